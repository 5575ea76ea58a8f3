import VolleyCore
import VolleyJSONPath

/// `jsonpath`: a JSONPath query (RFC 9535) tried on a JSON document, evaluated the same way
/// assertions and captures evaluate it.
public enum JSONPathTrial {
    public enum Outcome: Sendable, Equatable {
        /// The matches as a pretty JSON array (values, or normalized paths); `matched` false for none.
        case matches(text: String, matched: Bool)
        /// The expression, the document or the file was invalid: the rendered error.
        case invalid(String)
    }

    /// - Parameters:
    ///   - file: the document's path; standard input when nil.
    ///   - paths: normalized paths (`$['a'][0]`) instead of values.
    public static func run(_ expression: String, file: String?, paths: Bool) -> Outcome {
        let query: JSONPathQuery
        do {
            query = try JSONPathQuery(expression)
        } catch {
            return .invalid(render(error, in: expression))
        }
        let name = file ?? "<stdin>"
        let data: [UInt8]
        switch file.map(FileSystem.contents(of:)) ?? FileSystem.read(0) {
        case .success(let bytes): data = bytes
        case .failure(let error):
            let reason = switch FileSystem.kind(of: name) {
            case .missing: "no such file"
            case .directory: "it is a directory"
            default: error.isPermissionDenied ? "permission denied" : error.reason
            }
            return .invalid("error: cannot read '\(name)': \(reason)")
        }
        let document: JSONValue
        do {
            document = try data.withUnsafeBufferPointer { try JSONValue.parse(utf8: $0) }
        } catch let error as JSONSyntaxError {
            let location = SourceLocation(file: name, line: error.line, column: error.column)
            // Diagnostic finds lines by "\n" Characters, and "\r\n" is a single Character.
            let source = String(decoding: withoutCarriageReturnsBeforeNewlines(data), as: UTF8.self)
            return .invalid(Diagnostic(.error, error.message, at: location).rendered(source: source))
        } catch {
            return .invalid("error: \(error)")
        }
        // Paths cost time and memory on big results: only build them when they are printed.
        let matches: [JSONValue] = paths
            ? query.evaluate(document).map { .string($0.path.description) }
            : query.values(in: document)
        // Bytes, not `prettyJSONText`: `$..*` on a large document prints hundreds of megabytes.
        var writer = JSONTextWriter(pretty: true, reservingCapacity: data.count)
        writer.write(.array(matches))
        return .matches(text: String(decoding: writer.bytes, as: UTF8.self), matched: !matches.isEmpty)
    }

    static func withoutCarriageReturnsBeforeNewlines(_ bytes: [UInt8]) -> [UInt8] {
        var kept: [UInt8] = []
        kept.reserveCapacity(bytes.count)
        for (index, byte) in bytes.enumerated() {
            let next = index + 1 < bytes.count ? bytes[index + 1] : 0
            if byte == UInt8(ascii: "\r"), next == UInt8(ascii: "\n") { continue }
            kept.append(byte)
        }
        return kept
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
