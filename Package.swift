// swift-tools-version:6.0
import PackageDescription

// Dependencies point inward: volley → executor/parser/reporter → core → JSONPath → JSON.
let package = Package(
    name: "Volley",
    platforms: [.macOS(.v15)],  // Synchronization (Mutex, Atomic)
    products: [
        .executable(name: "volley", targets: ["volley"]),
        .executable(name: "volley-demo-server", targets: ["volley-demo-server"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/apple/swift-log", from: "1.16.2"),
        .package(url: "https://github.com/apple/swift-nio", from: "2.101.2"),
    ],
    targets: [
        .systemLibrary(
            name: "CCurl",
            pkgConfig: "libcurl",
            providers: [.apt(["libcurl4-openssl-dev"]), .brew(["curl"])]
        ),
        // libxml2 for `expect: xpath:` on HTML and XML bodies.
        .systemLibrary(
            name: "CXML2",
            pkgConfig: "libxml-2.0",
            providers: [.apt(["libxml2-dev"]), .brew(["libxml2"])]
        ),
        .systemLibrary(
            name: "CYAML",
            pkgConfig: "yaml-0.1",
            providers: [.apt(["libyaml-dev"]), .brew(["libyaml"])]
        ),
        // The Linux Secret Service client, loaded with dlopen on first use (its own declarations, no
        // headers or link flags); macOS uses the Keychain (Security framework) instead.
        .systemLibrary(name: "CSecret"),
        // JavaScriptCore for scripts (Debian libjavascriptcoregtk-4.1-0, macOS's system framework),
        // loaded with dlopen by the first script: its own declarations, no headers or link flags.
        .systemLibrary(name: "CJavaScriptCore"),
        .target(name: "VolleyJSON"),
        // A pthread-mutex lock (`Locked`), which the thread sanitizer understands where it does not
        // understand Synchronization's futex-based Mutex.
        .target(name: "VolleyLock"),
        // Regular expressions matched by an automaton (no backtracking), for I-Regexp and `matches:`.
        .target(name: "VolleyRegex"),
        .target(name: "VolleyJSONPath", dependencies: ["VolleyJSON", "VolleyRegex"]),
        // XPath on HTML and XML bodies, over libxml2.
        .target(name: "VolleyXML", dependencies: ["VolleyJSON", "CXML2"]),
        .target(name: "VolleyCore", dependencies: ["VolleyJSON", "VolleyJSONPath", "VolleyRegex"]),
        // The quota engine: header parsers, token bucket, pacer, retry policy; Core keeps the values.
        .target(name: "VolleyQuota", dependencies: ["VolleyCore", "VolleyLock"]),
        .target(name: "VolleyParser", dependencies: ["VolleyCore", "VolleyJSON", "VolleyJSONPath", "VolleyRegex", "VolleyXML", "CYAML"]),
        .target(
            name: "VolleyExecutor",
            dependencies: [
                "VolleyCore", "VolleyQuota", "VolleyJSON", "VolleyXML", "VolleyLock", "CCurl",
                .product(name: "Logging", package: "swift-log"),
            ]
        ),
        .target(name: "VolleyReporter", dependencies: ["VolleyCore", "VolleyJSON"]),
        // Postman collections, environments and globals mapped onto the model, in memory.
        .target(name: "VolleyPostman", dependencies: ["VolleyCore", "VolleyJSON"]),
        .target(
            name: "VolleySecrets",
            dependencies: ["VolleyCore", "VolleyLock", .target(name: "CSecret", condition: .when(platforms: [.linux]))]
        ),
        // Scripts: the `pm` API on JavaScriptCore, run as request hooks.
        .target(name: "VolleyScript", dependencies: ["VolleyCore", "VolleyJSON", "VolleyExecutor", "VolleyLock", "CJavaScriptCore"]),
        // The front end as a library: loading, configuration, plan, session, exit status.
        .target(
            name: "VolleyRun",
            dependencies: ["VolleyCore", "VolleyJSON", "VolleyQuota", "VolleyParser", "VolleyExecutor", "VolleyReporter", "VolleySecrets", "VolleyJSONPath", "VolleyScript", "VolleyPostman", "VolleyLock"]
        ),
        .executableTarget(
            name: "volley",
            dependencies: [
                "VolleyRun", "VolleyCore", "VolleyQuota", "VolleyExecutor", "VolleyReporter", "VolleySecrets",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "Logging", package: "swift-log"),
            ]
        ),
        // A real HTTP server for tests and the offline demo; never linked into `volley`.
        .target(
            name: "TestSupport",
            dependencies: [
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOPosix", package: "swift-nio"),
                .product(name: "NIOHTTP1", package: "swift-nio"),
                .product(name: "NIOConcurrencyHelpers", package: "swift-nio"),
            ]
        ),
        .executableTarget(name: "volley-demo-server", dependencies: ["TestSupport"]),
        .testTarget(name: "VolleyCoreTests", dependencies: ["VolleyCore", "TestSupport"]),
        .testTarget(name: "VolleyQuotaTests", dependencies: ["VolleyQuota", "VolleyCore", "TestSupport"]),
        .testTarget(name: "VolleyJSONTests", dependencies: ["VolleyJSON"]),
        .testTarget(name: "VolleyRegexTests", dependencies: ["VolleyRegex"]),
        .testTarget(name: "VolleyJSONPathTests", dependencies: ["VolleyJSONPath", "VolleyJSON"]),
        .testTarget(name: "VolleyParserTests", dependencies: ["VolleyParser", "VolleyCore", "VolleyJSON"]),
        .testTarget(name: "VolleyExecutorTests", dependencies: ["VolleyExecutor", "VolleyRegex", "VolleyQuota", "VolleyCore", "VolleyJSON", "VolleyParser", "VolleyReporter", "TestSupport"]),
        .testTarget(name: "VolleyReporterTests", dependencies: ["VolleyReporter", "VolleyCore", "VolleyJSON", "TestSupport"]),
        .testTarget(name: "VolleySecretsTests", dependencies: ["VolleySecrets", "VolleyCore", "TestSupport"]),
        .testTarget(name: "VolleyScriptTests", dependencies: ["VolleyScript", "VolleyExecutor", "VolleyCore", "VolleyJSON", "VolleyParser", "VolleyQuota", "TestSupport"]),
        .testTarget(name: "VolleyPostmanTests", dependencies: ["VolleyPostman", "VolleyCore", "VolleyJSON"]),
        .testTarget(name: "VolleyRunTests", dependencies: ["VolleyRun", "VolleyCore", "VolleyJSON", "VolleyExecutor", "VolleyQuota", "VolleyReporter", "VolleySecrets", "TestSupport"]),
        // Depends on the executables so that `swift build --build-tests` always builds the binaries it runs.
        .testTarget(name: "VolleyEndToEndTests", dependencies: ["TestSupport", "volley", "volley-demo-server"]),
    ],
    swiftLanguageModes: [.v6]
)
