extension JSONValue {
    /// Parses a JSON text (RFC 8259), strictly: no comments, trailing commas, leading zeros,
    /// unescaped control characters, lone surrogates or data after the value.
    public static func parse(_ text: String) throws(JSONSyntaxError) -> JSONValue {
        var text = text
        // `withUTF8` only rethrows untyped errors, so the typed error travels in a Result.
        let result = text.withUTF8 { bytes in
            Result { () throws(JSONSyntaxError) in try parse(utf8: bytes) }
        }
        return try result.get()
    }

    /// Parses a JSON text given as UTF-8 bytes; invalid UTF-8 inside strings is an error.
    public static func parse(bytes: [UInt8]) throws(JSONSyntaxError) -> JSONValue {
        let result = bytes.withUnsafeBufferPointer { buffer in
            Result { () throws(JSONSyntaxError) in try parse(utf8: buffer) }
        }
        return try result.get()
    }

    /// Parses a JSON text from a UTF-8 buffer that stays alive for the call.
    public static func parse(utf8 buffer: UnsafeBufferPointer<UInt8>) throws(JSONSyntaxError) -> JSONValue {
        var parser = JSONTextParser(buffer)
        return try parser.parseDocument()
    }
}

extension JSONValue {
    /// A number written as text (a header value, say): an exact integer when the text is one that
    /// fits Int64, else the double Swift reads from it; nil when it is not a number.
    public init?(numberText text: String) {
        if let integer = Int64(text) {
            self = .integer(integer)
        } else if let double = Double(text) {
            self = .number(double)
        } else {
            return nil
        }
    }
}
