import VolleyJSON

/// Comparison in filters (RFC 9535 §2.3.5.2.2). Nothing (nil) equals only Nothing; `<` holds
/// only between two numbers or two strings. Strings compare by code point, not by Swift's
/// canonical equivalence, so they are compared as UTF-8 bytes (which sort in code point order).
extension JSONValue {
    static func compare(_ left: JSONValue?, _ comparison: ComparisonOperator, _ right: JSONValue?) -> Bool {
        switch comparison {
        case .equal: equal(left, right)
        case .notEqual: !equal(left, right)
        case .less: less(left, right)
        case .lessOrEqual: less(left, right) || equal(left, right)
        case .greater: less(right, left)
        case .greaterOrEqual: less(right, left) || equal(left, right)
        }
    }

    private static func equal(_ left: JSONValue?, _ right: JSONValue?) -> Bool {
        switch (left, right) {
        case (.none, .none): true
        case (let left?, let right?): left.isFilterEqual(to: right)
        default: false
        }
    }

    private static func less(_ left: JSONValue?, _ right: JSONValue?) -> Bool {
        switch (left, right) {
        case (.string(let a)?, .string(let b)?): a.utf8.lexicographicallyPrecedes(b.utf8)
        case (let a?, let b?): numericOrder(a, b) == -1
        default: false
        }
    }

    private func isFilterEqual(to other: JSONValue) -> Bool {
        switch (self, other) {
        case (.null, .null): return true
        case (.bool(let a), .bool(let b)): return a == b
        case (.string(let a), .string(let b)): return a.utf8.elementsEqual(b.utf8)
        case (.array(let a), .array(let b)):
            return a.count == b.count && zip(a, b).allSatisfy { $0.isFilterEqual(to: $1) }
        case (.object(let a), .object(let b)):
            guard a.count == b.count else { return false }
            for key in a.keys {
                guard let theirs = b[key], a[key]!.isFilterEqual(to: theirs) else { return false }
            }
            return true
        default: return Self.numericOrder(self, other) == 0
        }
    }
}
