/// Where each 8-byte window of each secret value starts, so the redactor can find any run of 8
/// or more bytes of a secret in one pass over a text: at each position one multiply and one bit
/// test say whether any window can start there, and only then a table lookup and a comparison
/// forward. The cost grows with the text's length, not with the number or length of the secrets.
struct SliceIndex: Sendable {
    static let width = Redactor.shortestSlice

    private struct Start: Sendable {
        var secret: Int32
        var offset: Int32
    }

    private var secrets: [[UInt8]] = []
    private var starts: [UInt64: [Start]] = [:]
    /// One bit per hash of a window (2^16 bits): a clear bit means no secret has that window.
    private var filter = [UInt64](repeating: 0, count: 1 << 10)

    var isEmpty: Bool { secrets.isEmpty }

    mutating func add(_ secret: [UInt8]) {
        guard secret.count >= Self.width, !secrets.contains(secret) else { return }
        let index = Int32(secrets.count)
        secrets.append(secret)
        secret.withUnsafeBufferPointer { bytes in
            for offset in 0...(bytes.count - Self.width) {
                let window = Self.window(bytes, at: offset)
                starts[window, default: []].append(Start(secret: index, offset: Int32(offset)))
                let bit = Self.hash(window)
                filter[bit >> 6] |= 1 << UInt64(bit & 63)
            }
        }
    }

    /// The length of the longest run of a secret's bytes starting at `position`, if it is at least `width`.
    func longestSlice(in input: UnsafeBufferPointer<UInt8>, at position: Int) -> Int? {
        guard !secrets.isEmpty, position + Self.width <= input.count else { return nil }
        let window = Self.window(input, at: position)
        let bit = Self.hash(window)
        guard filter[bit >> 6] & (1 << UInt64(bit & 63)) != 0, let candidates = starts[window] else { return nil }
        var longest = 0
        for start in candidates {
            let secret = secrets[Int(start.secret)]
            var length = Self.width
            let offset = Int(start.offset)
            while offset + length < secret.count, position + length < input.count,
                secret[offset + length] == input[position + length] {
                length += 1
            }
            longest = max(longest, length)
        }
        return longest
    }

    private static func window(_ bytes: UnsafeBufferPointer<UInt8>, at offset: Int) -> UInt64 {
        UnsafeRawBufferPointer(bytes).loadUnaligned(fromByteOffset: offset, as: UInt64.self)
    }

    private static func hash(_ window: UInt64) -> Int {
        Int((window &* 0x9E37_79B9_7F4A_7C15) >> 48)
    }
}
