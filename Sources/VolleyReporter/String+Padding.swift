extension String {
    /// `count` spaces, written straight into a new string's storage: the console pads every
    /// request line twice, and `String(repeating: " ", count:)` appends one string at a time
    /// (4,500 instructions for 30 spaces; 9M of a 1000-request run's 400M).
    static func spaces(_ count: Int) -> String {
        guard count > 0 else { return "" }
        return String(unsafeUninitializedCapacity: count) { buffer in
            buffer.initialize(repeating: UInt8(ascii: " "))
            return count
        }
    }

    func padded(to width: Int) -> String {
        count >= width ? self : self + .spaces(width - count)
    }

    func leftPadded(to width: Int) -> String {
        count >= width ? self : .spaces(width - count) + self
    }
}
