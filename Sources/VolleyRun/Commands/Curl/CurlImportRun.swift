import VolleyCore
import VolleyParser
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The `import curl` command's work: read the commands (arguments, a file or standard input),
/// import them, check the YAML parses as a collection, and write it where asked.
public enum CurlImportRun {
    public static func run(
        commands: [String], file: String?, name: String, output: String?
    ) throws(CurlImport.Failure) -> CurlImport.Imported {
        let imported: CurlImport.Imported
        if let file {
            let bytes: [UInt8]
            switch file == "-" ? FileSystem.read(STDIN_FILENO) : FileSystem.contents(of: file) {
            case .success(let read): bytes = read
            case .failure(let error):
                throw CurlImport.Failure(message: "cannot read \(file): \(error.reason)", location: .commandLine("commands file"))
            }
            guard let text = String(validating: bytes, as: UTF8.self) else {
                throw CurlImport.Failure(message: "\(file) is not UTF-8 text", location: .commandLine("commands file"))
            }
            imported = try CurlImport.importing(file: text, path: file == "-" ? "<stdin>" : file, name: name)
        } else {
            imported = try CurlImport.importing(commands: commands, name: name)
        }
        // What the import writes must load: a collection that does not is a bug here, said as one.
        do {
            // The files -F uploads are read as the run will read them (absolute paths), so a missing one shows now.
            _ = try CollectionParser.parseCollection(source: imported.yaml, file: output ?? "<imported>", scriptFiles: .fileSystem)
        } catch {
            let first = error.diagnostics.first
            throw CurlImport.Failure(
                message: "the imported YAML does not load (\(first.map { "\($0.location): \($0.message)" } ?? "unknown problem")); please report this",
                location: first?.location ?? .commandLine("import"))
        }
        if let output, let error = FileSystem.write(imported.yaml, to: output) {
            throw CurlImport.Failure(message: "cannot write \(output): \(error.reason)", location: .commandLine("output file"))
        }
        return imported
    }
}
