import VolleyCore

#if canImport(Glibc)
import Glibc
#else
import Darwin
#endif

/// The Swift side of the sandbox libraries (`SandboxBootstrap`): the native `__volleySandbox`
/// function that reads Debian's browser builds on first `require`, hands out Volley's own module
/// sources, and computes digests and random bytes for `CryptoJS` and `uuid`.
///
/// Debian 12 ships lodash, moment, tv4 and chai as browser builds under `/usr/share/javascript`
/// (packages `libjs-lodash`, `libjs-moment`, `libjs-tv4`, `libjs-chai`); they are read at run
/// time, never copied into Volley. A missing file is an error that names its package.
struct SandboxLibraries {
    /// A library Debian ships: where its file is under the directory, and which package has it.
    struct DebianLibrary {
        var file: String
        var package: String
    }

    static let debianLibraries: [String: DebianLibrary] = [
        "lodash": DebianLibrary(file: "lodash/lodash.min.js", package: "libjs-lodash"),
        "moment": DebianLibrary(file: "moment/moment.min.js", package: "libjs-moment"),
        "tv4": DebianLibrary(file: "tv4/tv4.js", package: "libjs-tv4"),
        "chai": DebianLibrary(file: "chai/chai.js", package: "libjs-chai"),
    ]

    /// Volley's own modules, as JavaScript expressions whose value is the module.
    static let ownModules: [String: String] = [
        "bytes": SandboxBytesLibrary.source,
        "crypto-js": CryptoLibrary.source,
        "uuid": SandboxBytesLibrary.uuidSource,
        "jsonschema": JSONSchemaLibrary.source,
        "ajv": AjvLibrary.source,
        "postman-collection": PostmanCollectionLibrary.source,
    ]

    /// Where the Debian builds are read from (`/usr/share/javascript`; tests point it elsewhere).
    var directory: String

    init(directory: String = "/usr/share/javascript") {
        self.directory = directory
    }

    /// Defines `__volleySandbox` in `js` and evaluates the bootstrap that takes it.
    func install(in js: JavaScriptContext) throws(ScriptError) {
        let directory = directory
        js.define("__volleySandbox") { arguments in Self.answer(arguments, directory: directory) }
        try js.evaluate(SandboxBootstrap.source, sourceURL: SandboxBootstrap.sourceURL)
    }

    /// `library NAME` answers "S" and the file's text, or "E" and why it cannot; `module NAME`
    /// an own module's source; `digest ALG HEX` and `hmac ALG KEYHEX HEX` a hex digest;
    /// `random N` N random bytes as hex.
    static func answer(_ arguments: [String?], directory: String) -> String? {
        func argument(_ index: Int) -> String? { index < arguments.count ? arguments[index] : nil }
        switch argument(0) {
        case "library":
            guard let name = argument(1), let library = debianLibraries[name] else { return "Eno such library" }
            let path = directory + "/" + library.file
            guard let text = readFile(path) else {
                return "E\(name) is not installed: Volley loads it from \(path), which the Debian package \(library.package) provides (apt-get install \(library.package))"
            }
            return "S" + text
        case "module":
            return argument(1).flatMap { ownModules[$0] }
        case "digest":
            guard let digest = argument(1).flatMap(Digest.init(rawValue:)), let data = argument(2).flatMap(HexText.bytes) else { return nil }
            return HexText.lowercase(digest.hash(data))
        case "hmac":
            guard let digest = argument(1).flatMap(Digest.init(rawValue:)), let key = argument(2).flatMap(HexText.bytes),
                let data = argument(3).flatMap(HexText.bytes)
            else { return nil }
            return HexText.lowercase(digest.hmac(key: key, message: data))
        case "random":
            let count = min(max(argument(1).flatMap { Int($0) } ?? 0, 0), 1 << 16)
            var generator = SystemRandomNumberGenerator()
            return HexText.lowercase((0..<count).map { _ in UInt8.random(in: 0...255, using: &generator) })
        default:
            return nil
        }
    }

    /// The whole file as UTF-8 text, or nil when it cannot be read.
    static func readFile(_ path: String) -> String? {
        guard let file = fopen(path, "rb") else { return nil }
        defer { fclose(file) }
        var bytes: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 65536)
        while true {
            let count = fread(&buffer, 1, buffer.count, file)
            if count > 0 { bytes.append(contentsOf: buffer[0..<count]) }
            if count < buffer.count { break }
        }
        if ferror(file) != 0 { return nil }
        return String(decoding: bytes, as: UTF8.self)
    }
}
