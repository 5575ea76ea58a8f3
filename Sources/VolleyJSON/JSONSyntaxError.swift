/// Why a JSON text was rejected, and where.
///
/// Positions are stored, not the text: the front end renders the source line and a caret.
public struct JSONSyntaxError: Error, Sendable, Equatable, CustomStringConvertible {
    public var message: String
    /// Byte offset into the UTF-8 text, 0-based.
    public var offset: Int
    /// 1-based line; only `\n` starts a new line (so `\r\n` counts once).
    public var line: Int
    /// 1-based column in Characters, so a caret lines up the way `Diagnostic.rendered` draws it.
    public var column: Int

    public init(message: String, offset: Int, line: Int, column: Int) {
        self.message = message
        self.offset = offset
        self.line = line
        self.column = column
    }

    /// Computes line and column from the byte offset; only called once an error is certain.
    init(_ message: String, at offset: Int, in bytes: UnsafeBufferPointer<UInt8>) {
        let offset = min(max(offset, 0), bytes.count)
        var line = 1
        var lineStart = 0
        for i in 0..<offset where bytes[i] == UInt8(ascii: "\n") {
            line += 1
            lineStart = i + 1
        }
        let prefix = String(decoding: UnsafeBufferPointer(rebasing: bytes[lineStart..<offset]), as: UTF8.self)
        self.init(message: message, offset: offset, line: line, column: prefix.count + 1)
    }

    /// `line:column: message`.
    public var description: String { "\(line):\(column): \(message)" }
}
