extension Duration {
    /// Parses `250ms`, `2s`, `1.5s`, `1m`, `1h`, or `6m0s` (Go style, as some rate-limit headers send).
    /// A bare number is seconds. Returns nil for anything else.
    public init?(parsing text: String) {
        let units: [(String, Double)] = [("ms", 0.001), ("us", 0.000_001), ("µs", 0.000_001), ("s", 1), ("m", 60), ("h", 3600)]
        var rest = Substring(text.trimmingWhitespace())
        guard !rest.isEmpty else { return nil }
        // Past about 292,000 years a duration no longer fits Int64 microseconds; nobody means that.
        let limit = 9e15
        if let bare = Double(rest) {
            guard bare >= 0, bare.isFinite, bare * 1_000_000 < limit else { return nil }
            self = .milliseconds(Int64((bare * 1000).rounded()))
            return
        }
        var seconds = 0.0
        while !rest.isEmpty {
            let number = rest.prefix { $0.isNumber || $0 == "." }
            guard !number.isEmpty, let value = Double(number) else { return nil }
            rest = rest.dropFirst(number.count)
            guard let unit = units.first(where: { rest.hasPrefix($0.0) }) else { return nil }
            rest = rest.dropFirst(unit.0.count)
            seconds += value * unit.1
        }
        guard seconds.isFinite, seconds * 1_000_000 < limit else { return nil }
        self = .microseconds(Int64((seconds * 1_000_000).rounded()))
    }

    public var milliseconds: Double {
        let (s, atto) = components
        return Double(s) * 1000 + Double(atto) / 1e15
    }
}
