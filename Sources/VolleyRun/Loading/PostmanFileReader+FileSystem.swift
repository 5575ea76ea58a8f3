import VolleyParser
import VolleyPostman

extension PostmanFileReader {
    /// The files Postman requests send, read from disk as a YAML collection's `body: { file: }`
    /// is: a FIFO or device refused (it could block the load), at most 100 MiB (bodies are held
    /// in memory, as responses are).
    static let fileSystem = PostmanFileReader { path in
        let limit = 100 * 1024 * 1024
        switch ScriptFileReader.fileSystem.read(path, limit) {
        case .success(let bytes): return .success(bytes)
        case .failure(let failure): return .failure(Failure(reason: reason(failure, limit: limit)))
        }
    }

    private static func reason(_ failure: ScriptFileReader.Failure, limit: Int) -> String {
        switch failure {
        case .missing: "no such file"
        case .directory: "it is a directory"
        case .notRegularFile: "not a regular file"
        case .unreadable(let reason): reason
        case .tooLarge(let bytes): "it has \(bytes) bytes, more than \(limit) (100 MiB)"
        }
    }
}
