/// A request rate: `--rate 5/s`, `rate: 100/m` in a collection or folder.
public struct RateSpec: Sendable, Hashable, CustomStringConvertible {
    public enum Unit: String, Sendable, Hashable, CaseIterable {
        case second = "s", minute = "m", hour = "h"

        public var seconds: Double {
            switch self {
            case .second: 1
            case .minute: 60
            case .hour: 3600
            }
        }

        /// Spellings accepted after the slash.
        static func named(_ text: String) -> Unit? {
            switch text.lowercased() {
            case "s", "sec", "second": .second
            case "m", "min", "minute": .minute
            case "h", "hr", "hour": .hour
            default: nil
            }
        }
    }

    /// Requests per `unit`; more than zero.
    public var count: Double
    public var unit: Unit

    /// `count` must be positive and finite (`init(parsing:)` checks; this initializer trusts).
    public init(_ count: Double, per unit: Unit) {
        self.count = count
        self.unit = unit
    }

    /// `5/s`, `18/s`, `100/m`, `1000/h`, `0.5/s`; also `sec`, `min`, `hour` after the slash.
    public init(parsing text: String) throws(RateSpecError) {
        let parts = text.split(separator: "/", omittingEmptySubsequences: false).map { $0.trimmingWhitespace() }
        guard parts.count == 2, let count = Double(decimalText: parts[0]) else {
            throw RateSpecError(text: text, message: "expected requests per unit, like 5/s, 100/m or 1000/h")
        }
        guard let unit = Unit.named(parts[1]) else {
            throw RateSpecError(text: text, message: "unknown unit \"\(parts[1])\"; use s, m or h")
        }
        guard count > 0 else {
            throw RateSpecError(text: text, message: "the rate must be more than 0")
        }
        self.init(count, per: unit)
    }

    public var perSecond: Double { count / unit.seconds }

    /// `5/s`: the form `init(parsing:)` reads back.
    public var description: String {
        let number = count == count.rounded() && count < 1e15 ? "\(Int64(count))" : "\(count)"
        return "\(number)/\(unit.rawValue)"
    }
}

/// A rate that does not parse, with the text and why.
public struct RateSpecError: Error, Sendable, Hashable, CustomStringConvertible {
    public var text: String
    public var message: String

    public init(text: String, message: String) {
        self.text = text
        self.message = message
    }

    /// `invalid rate "5/x": unknown unit "x"; use s, m or h`
    public var description: String { "invalid rate \"\(text)\": \(message)" }
}
