import VolleyCore
import VolleyJSON

/// Applies an assertion's `filter:` steps to its subject's value, in order. A step that cannot
/// apply (text that is not Base64, an index past the end) fails the assertion with the step's
/// name; a value that does not exist stays so through every step, so `exists: false` still reads.
struct SubjectFilterEvaluator {
    var cancellation: CancellationFlag?

    struct Failure: Error {
        var message: String
    }

    func apply(_ filters: [SubjectFilter], to value: JSONValue?) -> Result<JSONValue?, Failure> {
        var current = value
        for filter in filters {
            guard let value = current else { return .success(nil) }
            switch apply(filter, to: value) {
            case .success(let next): current = next
            case .failure(let reason): return .failure(Failure(message: "filter \(filter): \(reason.message)"))
            }
        }
        return .success(current)
    }

    private func apply(_ filter: SubjectFilter, to value: JSONValue) -> Result<JSONValue?, Failure> {
        func fail(_ message: String) -> Result<JSONValue?, Failure> { .failure(Failure(message: message)) }
        switch filter {
        case .base64Decode:
            guard case .string(let text) = value else { return fail("expects text, found \(value.typeName)") }
            guard let bytes = Base64.decode(text) else { return fail("not Base64 text") }
            // Text predicates compare text, so the bytes must be UTF-8; compare binary through bytes:.
            guard let decoded = String(validating: bytes, as: UTF8.self) else { return fail("the decoded bytes are not UTF-8 text") }
            return .success(.string(decoded))
        case .urlDecode:
            guard case .string(let text) = value else { return fail("expects text, found \(value.typeName)") }
            return .success(.string(PercentEncoding.decode(Array(text.utf8)[...])))
        case .toInt:
            switch value {
            case .integer: return .success(value)
            case .number(let x) where x.isFinite && x.rounded(.towardZero) >= -9.2e18 && x.rounded(.towardZero) <= 9.2e18:
                return .success(.integer(Int64(x.rounded(.towardZero))))
            case .string(let text):
                guard let n = Int64(text.trimmingWhitespace()) else { return fail("\(value.jsonText) is not an integer") }
                return .success(.integer(n))
            default: return fail("\(value.typeName) is not a number")
            }
        case .toFloat:
            switch value {
            case .integer(let n): return .success(.number(Double(n)))
            case .number: return .success(value)
            case .string(let text):
                guard let x = Double(text.trimmingWhitespace()), x.isFinite else { return fail("\(value.jsonText) is not a number") }
                return .success(.number(x))
            default: return fail("\(value.typeName) is not a number")
            }
        case .count:
            switch value {
            case .array(let items): return .success(.integer(Int64(items.count)))
            case .object(let members): return .success(.integer(Int64(members.count)))
            default: return fail("counts the elements of an array, found \(value.typeName)")
            }
        case .nth(let index):
            guard case .array(let items) = value else { return fail("picks from an array, found \(value.typeName)") }
            let position = index < 0 ? items.count + index : index
            guard items.indices.contains(position) else { return fail("no element \(index) in an array of \(items.count)") }
            return .success(items[position])
        case .split(let separator):
            guard case .string(let text) = value else { return fail("expects text, found \(value.typeName)") }
            return .success(.array(Self.split(text, at: separator).map { .string($0) }))
        case .regex(let pattern):
            guard case .string(let text) = value else { return fail("expects text, found \(value.typeName)") }
            guard let found = pattern.firstCapture(in: text) else { return .success(nil) }
            return .success(found.map { .string($0) })
        case .jsonpath(let query):
            let root: JSONValue
            if case .string(let text) = value {
                do {
                    root = try JSONValue.parse(bytes: Array(text.utf8))
                } catch {
                    return fail("the text is not JSON (\(error))")
                }
            } else {
                root = value
            }
            let values = query.query.values(in: root)
            switch values.count {
            case 0: return .success(nil)
            case 1: return .success(values[0])
            default: return .success(.array(values))
            }
        }
    }

    /// Splits on Unicode scalars, so a `\n` separator splits a CRLF text after each `\r`.
    private static func split(_ text: String, at separator: String) -> [String] {
        let scalars = Array(text.unicodeScalars), needle = Array(separator.unicodeScalars)
        var parts: [String] = []
        var start = 0, index = 0
        while index + needle.count <= scalars.count {
            if scalars[index..<index + needle.count].elementsEqual(needle) {
                parts.append(String(String.UnicodeScalarView(scalars[start..<index])))
                index += needle.count
                start = index
            } else {
                index += 1
            }
        }
        parts.append(String(String.UnicodeScalarView(scalars[start...])))
        return parts
    }
}
