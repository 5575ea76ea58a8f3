/// Where each value of a parsed JSON text starts, in the order a depth-first walk meets them
/// (a container before its members, members in document order): index 0 is the whole document.
/// Kept beside the value rather than in it, so `JSONValue` stays as small as it is for bodies;
/// only loaders that report positions (Postman collections) ask for it.
public struct JSONPositions: Sendable {
    /// 1-based line and column (columns in Unicode scalars) of each value, in walk order.
    public var starts: [(line: Int, column: Int)]

    /// The position of the value with walk index `index`; the last one known past the end
    /// (a repeated member name keeps one value, so a walk can meet fewer values than the text has).
    public func position(_ index: Int) -> (line: Int, column: Int) {
        guard !starts.isEmpty else { return (1, 1) }
        return starts[min(max(index, 0), starts.count - 1)]
    }

    /// One pass over the text: the offsets come in increasing order.
    init(offsets: [Int], in bytes: UnsafeBufferPointer<UInt8>) {
        var starts: [(line: Int, column: Int)] = []
        starts.reserveCapacity(offsets.count)
        var line = 1
        var column = 1
        var at = 0
        for offset in offsets {
            while at < offset && at < bytes.count {
                let byte = bytes[at]
                if byte == UInt8(ascii: "\n") {
                    line += 1
                    column = 1
                } else if byte & 0xC0 != 0x80 {
                    column += 1  // a scalar's first byte; continuation bytes add nothing
                }
                at += 1
            }
            starts.append((line, column))
        }
        self.starts = starts
    }
}

extension JSONValue {
    /// Parses like `parse(_:)` and also returns where every value starts, for messages that
    /// point into the file (`file:line:column`).
    public static func parseWithPositions(_ text: String) throws(JSONSyntaxError) -> (value: JSONValue, positions: JSONPositions) {
        var text = text
        let result = text.withUTF8 { bytes in
            Result { () throws(JSONSyntaxError) in
                var parser = JSONTextParser(bytes)
                parser.valueOffsets = []
                let value = try parser.parseDocument()
                return (value, JSONPositions(offsets: parser.valueOffsets ?? [], in: bytes))
            }
        }
        return try result.get()
    }
}
