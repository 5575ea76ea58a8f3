import VolleyCore
import VolleyJSON
import VolleyReporter

/// Assertions and captures read back from a report: the subject, its filters and the predicate
/// from the words `Assertion.subjectText` and `Predicate.expectedJSON` wrote, so the reporters
/// word them again as a run's would. A pattern is compiled again only to hold its text (it never
/// runs); a masked one keeps its mask.
extension ReportReader {
    static func assertion(_ value: JSONValue) -> AssertionOutcome? {
        guard let object = value.objectValue, let text = object["subject"]?.stringValue,
              let keyword = object["predicate"]?.stringValue,
              let predicate = predicate(keyword, object["expected"] ?? .null) else { return nil }
        var steps = text.split(separator: " | ", omittingEmptySubsequences: false).map(String.init)
        guard let subject = subject(steps.removeFirst()) else { return nil }
        let filters = steps.compactMap(filter)
        guard filters.count == steps.count else { return nil }
        let at = location(object["location"]) ?? SourceLocation(file: "", line: 0, column: 0)
        // A report writes a missing value and a JSON null alike; missing is what a failure usually saw.
        let actual = present(object["actual"])
        return AssertionOutcome(
            assertion: Assertion(subject: subject, predicate: predicate, filters: filters, location: at),
            passed: object["passed"] == .bool(true), actual: actual, message: object["message"]?.stringValue)
    }

    static func capture(_ value: JSONValue) -> CaptureOutcome? {
        guard let object = value.objectValue, let name = object["name"]?.stringValue,
              let source = object["source"]?.stringValue.flatMap(captureSource) else { return nil }
        let capture = Capture(
            name: name, source: source, isSecret: object["secret"] == .bool(true),
            location: location(object["location"]) ?? SourceLocation(file: "", line: 0, column: 0))
        return CaptureOutcome(capture: capture, value: present(object["value"]), error: object["error"]?.stringValue)
    }

    /// The reverse of `Predicate.expectedJSON`, keyword by keyword.
    static func predicate(_ keyword: String, _ expected: JSONValue) -> Predicate? {
        func inner(_ value: JSONValue) -> Predicate? {
            guard let members = value.objectValue?.entries, members.count == 1 else { return nil }
            return predicate(members[0].0, members[0].1)
        }
        switch keyword {
        case "equals": return .equals(expected)
        case "not_equals": return .notEquals(expected)
        case "contains": return .contains(expected)
        case "lt": return .lessThan(expected)
        case "lte": return .lessThanOrEqual(expected)
        case "gt": return .greaterThan(expected)
        case "gte": return .greaterThanOrEqual(expected)
        case "exists":
            guard case .bool(let exists) = expected else { return nil }
            return .exists(exists)
        case "type": return expected.stringValue.flatMap(JSONType.init).map(Predicate.type)
        case "matches": return expected.stringValue.map { .matches(pattern($0)) }
        case "length": return inner(expected).map(Predicate.length)
        case "not": return inner(expected).map(Predicate.not)
        case "one_of": return expected.arrayValue.map(Predicate.oneOf)
        case "all":
            guard let members = expected.objectValue?.entries else { return nil }
            let all = members.compactMap { predicate($0.0, $0.1) }
            return all.count == members.count ? .all(all) : nil
        default: return nil
        }
    }

    /// The reverse of `Assertion.Subject.description`.
    static func subject(_ text: String) -> Assertion.Subject? {
        switch text {
        case "status": return .status
        case "duration": return .duration
        case "body": return .body
        case "version": return .httpVersion
        case "url": return .url
        case "redirects": return .redirects
        case "certificate seconds until expiry": return .certificate(.expiresAfter)
        default: break
        }
        let (word, rest) = split(text)
        switch word {
        case "header": return .header(rest)
        case "json": return (try? CompiledQuery(rest)).map(Assertion.Subject.json)
        case "xpath": return .xpath(rest)
        case "bytes": return Assertion.ByteProperty(rawValue: rest).map(Assertion.Subject.bytes)
        case "certificate": return CertificateField(rawValue: rest).map(Assertion.Subject.certificate)
        case "cookie":
            let (name, attribute) = split(rest)
            if attribute.isEmpty { return .cookie(name, .value) }
            return CookieAttribute(rawValue: attribute).map { .cookie(name, $0) }
        default: return nil
        }
    }

    /// The reverse of `SubjectFilter.description`.
    static func filter(_ text: String) -> SubjectFilter? {
        let bare: [SubjectFilter] = [.base64Decode, .urlDecode, .toInt, .toFloat, .count]
        if let filter = bare.first(where: { $0.keyword == text }) { return filter }
        let (word, rest) = split(text)
        switch word {
        case "nth": return Int(rest).map(SubjectFilter.nth)
        case "split" where rest.count >= 2 && rest.hasPrefix("\"") && rest.hasSuffix("\""):
            return .split(String(rest.dropFirst().dropLast()))
        case "regex" where rest.count >= 2 && rest.hasPrefix("/") && rest.hasSuffix("/"):
            return .regex(pattern(String(rest.dropFirst().dropLast())))
        case "jsonpath": return (try? CompiledQuery(rest)).map(SubjectFilter.jsonpath)
        default: return nil
        }
    }

    /// The reverse of `Capture.Source.description`.
    static func captureSource(_ text: String) -> Capture.Source? {
        if text == "status" { return .status }
        let (word, rest) = split(text)
        switch word {
        case "json": return (try? CompiledQuery(rest)).map(Capture.Source.json)
        case "header": return .header(rest)
        case "regex": return .regex(pattern(rest))
        case "cookie": return .cookie(rest)
        default: return nil
        }
    }

    /// The value, or nil for a JSON null (`JSONValue` takes a `nil` literal as null, so no `?:` here).
    private static func present(_ value: JSONValue?) -> JSONValue? {
        guard let value, value != .null else { return nil }
        return value
    }

    /// A pattern that only has to read as written: a masked one need not compile.
    private static func pattern(_ text: String) -> CompiledPattern {
        ((try? CompiledPattern(text)) ?? CompiledPattern("")).showing(text)
    }

    /// The first word and the rest after one space.
    private static func split(_ text: String) -> (String, String) {
        guard let space = text.firstIndex(of: " ") else { return (text, "") }
        return (String(text[..<space]), String(text[text.index(after: space)...]))
    }
}
