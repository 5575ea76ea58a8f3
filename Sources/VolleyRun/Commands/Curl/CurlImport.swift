import VolleyCore
import VolleyJSON

/// `volley import curl 'curl …'`: pasted curl commands as a collection file's YAML, one request
/// each. The options users paste from browsers' "Copy as cURL" and API docs are read; any other
/// option is an error at its position (exit 2), never silently dropped.
///
/// A credential in the paste (`-u user:pass`, `Authorization: Bearer …`) is not written into the
/// YAML: it becomes a `{{placeholder}}` and a note says to give it as a secret.
public enum CurlImport {
    public struct Imported: Sendable {
        public var yaml: String
        /// Things to know: a credential left out, a setting to pass on the command line.
        public var notes: [String]
    }

    public struct Failure: Error, Sendable {
        public var message: String
        public var location: SourceLocation
        /// `file:line:column: error: message`.
        public var text: String { "\(location): error: \(message)" }
    }

    /// Commands given on the command line (`volley import curl 'curl …' 'curl …'`).
    public static func importing(commands: [String], name: String = "Imported from curl") throws(Failure) -> Imported {
        var parsed: [[CurlWords.Word]] = []
        for (index, command) in commands.enumerated() {
            parsed += try words(command, file: "<command \(index + 1)>")
        }
        return try importing(parsed, name: name)
    }

    /// A file of commands, one per line (continued by `\`), blank lines and `#` comments between.
    public static func importing(file source: String, path: String, name: String = "Imported from curl") throws(Failure) -> Imported {
        try importing(try words(source, file: path), name: name)
    }

    private static func words(_ source: String, file: String) throws(Failure) -> [[CurlWords.Word]] {
        do {
            return try CurlWords.commands(in: source, file: file)
        } catch {
            throw Failure(message: error.message, location: error.location)
        }
    }

    private static func importing(_ commands: [[CurlWords.Word]], name: String) throws(Failure) -> Imported {
        guard !commands.isEmpty else {
            throw Failure(message: "no curl command found", location: .commandLine("input"))
        }
        var requests: [ImportedRequest] = []
        var notes: [String] = []
        var names = Set<String>()
        for words in commands {
            var request = try CurlOptionReader.read(words)
            // Request names are unique within a collection: a second GET of the same path gets " 2".
            var unique = request.name, counter = 2
            while names.contains(unique) {
                unique = "\(request.name) \(counter)"
                counter += 1
            }
            request.name = unique
            names.insert(unique)
            notes += request.notes.map { "\(request.name): \($0)" }
            requests.append(request)
        }
        var lines = ["name: " + yamlString(name), "requests:"]
        for request in requests { lines += request.yamlLines }
        return Imported(yaml: lines.joined(separator: "\n") + "\n", notes: notes)
    }

    /// A YAML double-quoted scalar: JSON's string syntax is valid YAML, and it keeps every byte.
    static func yamlString(_ text: String) -> String { JSONValue.string(text).jsonText }
}
