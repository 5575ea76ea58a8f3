import Foundation

/// Runs the external checkers the report tests use (python3 with jsonschema, xmllint, chromium)
/// and finds files next to the package.
enum ExternalTools {
    /// The package root: this file is `Tests/VolleyReporterTests/ExternalTools.swift`.
    static let packageRoot = URL(fileURLWithPath: #filePath).resolvingSymlinksInPath().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    static var reportSchema: URL { packageRoot.appendingPathComponent("schemas/volley-report-1.schema.json") }

    /// Jenkins xunit's JUnit schema: third-party data kept outside the repository.
    static var junitSchema: URL? {
        let url = packageRoot.appendingPathComponent("../shared/corpora/junit-10.xsd").standardizedFileURL
        return FileManager.default.fileExists(atPath: url.path) ? url : nil
    }

    static func executable(_ name: String) -> String? {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/local/bin:/usr/bin:/bin"
        for dir in path.split(separator: ":") {
            let candidate = "\(dir)/\(name)"
            if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
        }
        return nil
    }

    static let python3WithJSONSchema: String? = {
        guard let python = executable("python3"), let result = try? run(python, ["-c", "import jsonschema"]) else { return nil }
        return result.status == 0 ? python : nil
    }()

    static let xmllint = executable("xmllint")
    static let chromium = executable("chromium") ?? executable("chromium-browser")

    struct Result {
        var status: Int32
        var stdout: String
        var stderr: String
    }

    static func run(_ executable: String, _ arguments: [String]) throws -> Result {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        // Read both pipes before waiting, so a chatty child cannot block on a full pipe.
        let errors = DataBox()
        let group = DispatchGroup()
        let errHandle = err.fileHandleForReading
        DispatchQueue.global().async(group: group) { errors.data = errHandle.readDataToEndOfFile() }
        let outData = out.fileHandleForReading.readDataToEndOfFile()
        group.wait()
        process.waitUntilExit()
        return Result(
            status: process.terminationStatus, stdout: String(decoding: outData, as: UTF8.self),
            stderr: String(decoding: errors.data, as: UTF8.self))
    }

    private final class DataBox: @unchecked Sendable {
        var data = Data()
    }

    /// Writes `text` to a file in a fresh temporary folder, runs `body` with its URL, and removes
    /// the folder (with anything `body` put next to the file, a browser profile say).
    static func withTemporaryFile<T>(named name: String, contents text: String, _ body: (URL) throws -> T) throws -> T {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("volley-reporter-tests-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let url = dir.appendingPathComponent(name)
        try text.write(to: url, atomically: true, encoding: .utf8)
        return try body(url)
    }

    /// Validates a JSON document against the report schema with python's `jsonschema`; returns
    /// the validator's complaints (empty when valid).
    static func schemaErrors(json: String) throws -> String {
        let script = """
            import json, sys, jsonschema
            schema = json.load(open(sys.argv[1]))
            doc = json.load(open(sys.argv[2]))
            v = jsonschema.Draft202012Validator(schema, format_checker=jsonschema.FormatChecker())
            errs = sorted(v.iter_errors(doc), key=lambda e: list(e.absolute_path))
            for e in errs[:20]:
                print("/".join(map(str, e.absolute_path)) + ": " + e.message[:300])
            """
        let result = try withTemporaryFile(named: "report.json", contents: json) { file in
            try run(python3WithJSONSchema!, ["-c", script, reportSchema.path, file.path])
        }
        return result.stdout + (result.status == 0 ? "" : result.stderr)
    }
}
