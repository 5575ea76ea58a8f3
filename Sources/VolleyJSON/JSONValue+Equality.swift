extension JSONValue {
    /// Deep equality in which numbers compare by value, exactly: `1 == 1.0`, but
    /// 9007199254740993 differs from the double 9007199254740992 that it would round to.
    public static func == (lhs: JSONValue, rhs: JSONValue) -> Bool {
        switch (lhs, rhs) {
        case (.null, .null): true
        case (.bool(let a), .bool(let b)): a == b
        case (.string(let a), .string(let b)): a == b
        case (.array(let a), .array(let b)): a == b
        case (.object(let a), .object(let b)): a == b
        default: numericOrder(lhs, rhs) == 0
        }
    }

    /// Equal numbers hash alike: an integral double that fits Int64 hashes as that integer.
    public func hash(into hasher: inout Hasher) {
        switch self {
        case .null: hasher.combine(0 as UInt8)
        case .bool(let b): hasher.combine(1 as UInt8); hasher.combine(b)
        case .integer(let i): hasher.combine(2 as UInt8); hasher.combine(i)
        case .number(let n):
            if let exact = Self.exactInteger(n) {
                hasher.combine(2 as UInt8); hasher.combine(exact)
            } else {
                hasher.combine(3 as UInt8); hasher.combine(n)
            }
        case .string(let s): hasher.combine(4 as UInt8); hasher.combine(s)
        case .array(let a): hasher.combine(5 as UInt8); hasher.combine(a)
        case .object(let o): hasher.combine(6 as UInt8); hasher.combine(o)
        }
    }

    /// How two numbers order, exactly (no rounding of an integer to a double): -1, 0 or 1.
    /// nil when either is not a number, or is NaN.
    public static func numericOrder(_ lhs: JSONValue, _ rhs: JSONValue) -> Int? {
        switch (lhs, rhs) {
        case (.integer(let a), .integer(let b)): a < b ? -1 : (a > b ? 1 : 0)
        case (.number(let a), .number(let b)): a < b ? -1 : (a > b ? 1 : (a == b ? 0 : nil))
        case (.integer(let a), .number(let b)): order(a, b)
        case (.number(let a), .integer(let b)): order(b, a).map { -$0 }
        default: nil
        }
    }

    private static let twoToThe63 = 9_223_372_036_854_775_808.0

    /// The Int64 a double equals exactly, if any.
    private static func exactInteger(_ n: Double) -> Int64? {
        guard n.rounded(.towardZero) == n, n >= -twoToThe63, n < twoToThe63 else { return nil }
        return Int64(n)
    }

    private static func order(_ integer: Int64, _ double: Double) -> Int? {
        if double.isNaN { return nil }
        if double >= twoToThe63 { return -1 }
        if double < -twoToThe63 { return 1 }
        // In range: compare whole parts as integers, then the fraction decides a tie.
        let whole = double.rounded(.towardZero)
        let wholeInteger = Int64(whole)
        if integer != wholeInteger { return integer < wholeInteger ? -1 : 1 }
        let fraction = double - whole
        return fraction > 0 ? -1 : (fraction < 0 ? 1 : 0)
    }
}
