/// A fresh random string: the nonce of a signed request (OAuth 1.0, Hawk, EdgeGrid).
enum RandomToken {
    private static let alphanumerics = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789")
    private static let hexDigits = Array("0123456789abcdef")

    /// Letters and digits.
    static func make(length: Int) -> String { random(length, from: alphanumerics) }

    /// Lowercase hex digits.
    static func hex(length: Int) -> String { random(length, from: hexDigits) }

    private static func random(_ length: Int, from alphabet: [Character]) -> String {
        var generator = SystemRandomNumberGenerator()
        return String((0..<length).map { _ in alphabet[Int(generator.next(upperBound: UInt64(alphabet.count)))] })
    }
}
