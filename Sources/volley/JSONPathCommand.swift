import ArgumentParser
import Foundation
import VolleyCore
import VolleyJSON
import VolleyJSONPath

/// `volley jsonpath EXPR [FILE]`: try a JSONPath query (RFC 9535) on a JSON document, the same
/// way assertions and captures will evaluate it.
struct JSONPathCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "jsonpath",
        abstract: "Evaluate an RFC 9535 JSONPath query against a JSON document.",
        discussion: """
            Prints the matched values as a JSON array, or with --paths their normalized paths. \
            Reads standard input when no file is given.
            Exit codes: 0 something matched, 1 nothing matched, 2 invalid expression or JSON.
            """)

    @Argument(help: ArgumentHelp("The JSONPath query, e.g. '$.store.book[?@.price < 10].title'.", valueName: "expression"))
    var expression: String

    @Argument(help: ArgumentHelp("The JSON document; standard input when omitted.", valueName: "file"))
    var file: String?

    @Flag(help: "Print the normalized paths of the matches (e.g. $['a'][0]) instead of their values.")
    var paths = false

    mutating func run() throws {
        let output = Output()
        let query: JSONPathQuery
        do {
            query = try JSONPathQuery(expression)
        } catch {
            output.err(Self.render(error, in: expression))
            throw ExitStatus.invalidInput.exitCode
        }

        let name = file ?? "<stdin>"
        let data: Data
        if let file {
            guard let contents = FileManager.default.contents(atPath: file) else {
                var isDirectory: ObjCBool = false
                let exists = FileManager.default.fileExists(atPath: file, isDirectory: &isDirectory)
                let reason = !exists ? "no such file" : isDirectory.boolValue ? "it is a directory" : "permission denied"
                output.err("error: cannot read '\(file)': \(reason)")
                throw ExitStatus.invalidInput.exitCode
            }
            data = contents
        } else {
            data = FileHandle.standardInput.readDataToEndOfFile()
        }

        let document: JSONValue
        do {
            document = try data.withUnsafeBytes { raw in
                try JSONValue.parse(utf8: raw.bindMemory(to: UInt8.self))
            }
        } catch let error as JSONSyntaxError {
            let location = SourceLocation(file: name, line: error.line, column: error.column)
            // Diagnostic finds lines by "\n" Characters, and "\r\n" is a single Character.
            let source = String(decoding: data, as: UTF8.self).replacingOccurrences(of: "\r\n", with: "\n")
            output.err(Diagnostic(.error, error.message, at: location).rendered(source: source))
            throw ExitStatus.invalidInput.exitCode
        }

        // Paths cost time and memory on big results: only build them when they are printed.
        let matches: [JSONValue] = paths
            ? query.evaluate(document).map { .string($0.path.description) }
            : query.values(in: document)
        // Bytes, not `prettyJSONText`: `$..*` on a large document prints hundreds of megabytes.
        var writer = JSONTextWriter(pretty: true, reservingCapacity: data.count)
        writer.write(.array(matches))
        output.out(String(decoding: writer.bytes, as: UTF8.self))
        // Like grep: "no match" is a result a script can test, not an error.
        if matches.isEmpty { throw ExitCode(1) }
    }

    /// `error: message`, the expression, and a caret under the offending character. Blank space
    /// inside a query may include newlines, so only the line holding the problem is shown.
    static func render(_ error: JSONPathSyntaxError, in expression: String) -> String {
        let characters = Array(expression)
        let offset = min(error.offset, characters.count)
        let lineStart = characters[..<offset].lastIndex { $0.isNewline }.map { $0 + 1 } ?? 0
        let lineEnd = characters[offset...].firstIndex { $0.isNewline } ?? characters.count
        let line = String(characters[lineStart..<lineEnd])
        let pad = String(characters[lineStart..<offset].map { $0 == "\t" ? "\t" : " " })
        return "error: \(error.message)\n\(line)\n\(pad)^"
    }
}
