extension Double {
    /// `42`, `-3`, `0.25`: plain decimal notation only. `Double("…")` also takes `inf`, `nan`,
    /// `1e9` and hex floats, none of which a header number should ever be read as.
    public init?(decimalText text: some StringProtocol) {
        let trimmed = text.trimmingWhitespace()
        let unsigned = trimmed.hasPrefix("-") ? trimmed.dropFirst() : Substring(trimmed)
        var dots = 0
        var digits = 0
        for byte in unsigned.utf8 {
            if byte == UInt8(ascii: ".") {
                dots += 1
            } else if (0x30...0x39).contains(byte) {
                digits += 1
            } else {
                return nil
            }
        }
        guard digits > 0, dots <= 1, unsigned.first != ".", unsigned.last != ".", let value = Double(trimmed) else {
            return nil
        }
        self = value
    }
}
