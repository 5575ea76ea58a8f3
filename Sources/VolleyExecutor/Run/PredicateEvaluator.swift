import VolleyCore
import VolleyJSON

/// Decides whether a value satisfies a predicate, and says why not when it does not.
struct PredicateEvaluator {
    /// Header values arrive as text; `content-length: { gt: 100 }` should still compare numbers.
    var coerceText: Bool
    /// Ctrl-C: a long match stops instead of holding the run.
    var cancellation: CancellationFlag?

    /// nil when the predicate holds, else the reason it does not.
    func failure(of predicate: Predicate, on actual: JSONValue?) -> String? {
        switch predicate {
        case .exists(let expected):
            let exists = actual != nil
            return exists == expected ? nil : (expected ? "does not exist" : "exists")
        case .all(let predicates):
            return predicates.lazy.compactMap { failure(of: $0, on: actual) }.first
        case .not(let inner):
            if actual == nil, !inner.isAboutExistence { return "does not exist" }
            return failure(of: inner, on: actual) == nil ? "holds: \(inner.keyword)" : nil
        default:
            break
        }
        guard let actual else { return "does not exist" }

        switch predicate {
        case .equals(let expected):
            return equal(actual, expected) ? nil : "not equal"
        case .notEquals(let expected):
            return equal(actual, expected) ? "equal" : nil
        case .oneOf(let options):
            return options.contains { equal(actual, $0) } ? nil : "not one of the options"
        case .type(let type):
            return matchesType(actual, type) ? nil : "is of type \(actual.typeName)"
        case .contains(let needle):
            return contains(actual, needle)
        case .matches(let pattern):
            guard case .string(let text) = actual else { return "is not a string" }
            guard let found = pattern.isFound(in: text, stopping: { cancellation?.isCancelled ?? false }) else {
                return "not matched: the run was interrupted"
            }
            return found ? nil : "does not match"
        case .lessThan(let bound): return compare(actual, bound, "<") { $0 < 0 }
        case .lessThanOrEqual(let bound): return compare(actual, bound, "<=") { $0 <= 0 }
        case .greaterThan(let bound): return compare(actual, bound, ">") { $0 > 0 }
        case .greaterThanOrEqual(let bound): return compare(actual, bound, ">=") { $0 >= 0 }
        case .length(let inner):
            let length: Int
            switch actual {
            // Unicode scalars, as JSONPath's length() counts: "e\u{301}" is 2, "\r\n" is 2.
            case .string(let s): length = s.unicodeScalars.count
            case .array(let a): length = a.count
            case .object(let o): length = o.count
            default: return "has no length (\(actual.typeName))"
            }
            if let reason = failure(of: inner, on: .number(Double(length))) {
                return "length \(length) \(reason)"
            }
            return nil
        case .exists, .all, .not:
            return nil  // handled above
        }
    }

    private func equal(_ actual: JSONValue, _ expected: JSONValue) -> Bool {
        // Strings compare scalar by scalar: Swift's == would call a decomposed "é" equal to a
        // precomposed one, and the check must not normalize behind the user's back.
        // (Equal UTF-8 bytes are equal scalars, and comparing bytes is the cheaper walk.)
        if case .string(let a) = actual, case .string(let b) = expected { return a.utf8.elementsEqual(b.utf8) }
        if actual == expected { return true }
        if coerceText, case .string(let text) = actual, expected.stringValue == nil {
            return text == expected.templateText || JSONValue(numberText: text).map { $0 == expected } == true
        }
        return false
    }

    private func matchesType(_ value: JSONValue, _ type: JSONType) -> Bool {
        switch (type, value) {
        case (.string, .string), (.boolean, .bool), (.array, .array), (.object, .object), (.null, .null), (.number, .number),
            (.number, .integer), (.integer, .integer):
            true
        case (.integer, .number(let n)):
            n.isFinite && n.rounded() == n
        default:
            false
        }
    }

    private func contains(_ haystack: JSONValue, _ needle: JSONValue) -> String? {
        switch haystack {
        case .string(let text):
            // A byte search: String.contains compares characters, and a CRLF is one character,
            // so it would not find "\nb" in "a\r\nb"; UTF-8 bytes match exactly where scalars do.
            return text.containsBytes(of: needle.templateText) ? nil : "does not contain \(needle.jsonText)"
        case .array(let items):
            return items.contains { equal($0, needle) } ? nil : "has no element \(needle.jsonText)"
        case .object(let object):
            guard let key = needle.stringValue else { return "object keys are strings; \(needle.jsonText) is not" }
            return object[key] != nil ? nil : "has no key \(needle.jsonText)"
        default:
            return "is \(haystack.typeName), which cannot contain anything"
        }
    }

    private func compare(_ actual: JSONValue, _ bound: JSONValue, _ symbol: String, _ holds: (Int) -> Bool) -> String? {
        let ordering: Int
        if let a = number(actual), let b = number(bound), let order = JSONValue.numericOrder(a, b) {
            ordering = order
        } else if case .string(let a) = actual, case .string(let b) = bound {
            // Code-point order, without Swift's normalization: UTF-8 bytes sort as their code points do.
            ordering = a.utf8.lexicographicallyPrecedes(b.utf8) ? -1 : (b.utf8.lexicographicallyPrecedes(a.utf8) ? 1 : 0)
        } else {
            return "cannot compare \(actual.typeName) with \(bound.typeName)"
        }
        return holds(ordering) ? nil : "is not \(symbol) \(bound.jsonText)"
    }

    private func number(_ value: JSONValue) -> JSONValue? {
        switch value {
        case .integer, .number: value
        case .string(let s) where coerceText: JSONValue(numberText: s.trimmingWhitespace())
        default: nil
        }
    }
}

extension Predicate {
    /// `exists` (alone or among others), which a missing value can satisfy.
    var isAboutExistence: Bool {
        switch self {
        case .exists: true
        case .all(let parts): parts.contains { $0.isAboutExistence }
        case .not(let inner): inner.isAboutExistence
        default: false
        }
    }
}
