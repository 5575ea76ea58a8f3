import Logging
import VolleyRun
import VolleySecrets

/// Logging goes to stderr through the redacting output, at the level `VOLLEY_LOG` names (default: warning).
enum LoggingBootstrap {
    static func bootstrap(output: Output) {
        let level = ProcessEnvironment.variables["VOLLEY_LOG"].flatMap(Logger.Level.init(rawValue:)) ?? .warning
        LoggingSystem.bootstrap { label in
            var handler = RedactingLogHandler(label: label, output: output)
            handler.logLevel = level
            return handler
        }
    }
}

struct RedactingLogHandler: LogHandler {
    let label: String
    let output: Output
    var logLevel: Logger.Level = .warning
    var metadata: Logger.Metadata = [:]

    subscript(metadataKey key: String) -> Logger.Metadata.Value? {
        get { metadata[key] }
        set { metadata[key] = newValue }
    }

    func log(event: LogEvent) {
        let merged = metadata.merging(event.metadata ?? [:]) { $1 }
        let fields = merged.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }.joined(separator: " ")
        output.err("\(event.level) \(label): \(event.message)\(fields.isEmpty ? "" : " " + fields)")
    }
}
