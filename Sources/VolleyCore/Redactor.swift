/// Replaces secret values with `***` in any text about to leave the process.
///
/// One mechanism for every output: the console, error messages, logs and every report are
/// passed through the same redactor at the point where they are written, so a new output
/// format cannot forget it. Besides the raw value it also hides the spellings a secret takes on
/// the way out (`SecretEncoding.all`: percent-encoded, form-encoded, a server's escapings, JSON,
/// XML, Markdown…), and any run of `shortestSlice` or more bytes of a secret's value: a capture,
/// a log line or a server can hold part of a key, and half a key is still worth stealing.
public struct Redactor: Sendable {
    public static let mask = "***"
    private static let maskBytes = Array(mask.utf8)

    /// One spelling of one secret, as bytes, with what replaces it.
    private struct Needle: Sendable {
        var bytes: [UInt8]
        var replacement: [UInt8]
    }

    /// Needles by their first byte (256 buckets), longest first, so a value that contains another is replaced whole.
    private var needlesByFirstByte: [[Needle]] = Array(repeating: [], count: 256)
    private var spellings: Set<[UInt8]> = []
    /// The values added, so adding one again (a derived secret, noted on every request) costs a lookup.
    private var values: Set<String> = []
    /// Where every `shortestSlice`-byte window of every secret value starts, for the slice rule.
    private var slices = SliceIndex()
    /// With `--show-secret-suffix`: keep the last four characters (`***abcd`), to tell keys apart.
    public var showSuffix: Bool

    public init(showSuffix: Bool = false) {
        self.showSuffix = showSuffix
    }

    public var isEmpty: Bool { spellings.isEmpty }

    /// Registers a secret value. Short values are still hidden: a short secret is still a
    /// secret, even if masking it may hide innocent text too.
    public mutating func add(secret: String) {
        guard !secret.isEmpty, values.insert(secret).inserted else { return }
        let suffix = showSuffix && secret.count > 8 ? String(secret.suffix(4)) : ""
        let replacement = Array((Self.mask + suffix).utf8)
        var touched = Set<UInt8>()
        for form in Self.forms(of: secret) {
            let bytes = Array(form.utf8)
            guard spellings.insert(bytes).inserted, let first = bytes.first else { continue }
            needlesByFirstByte[Int(first)].append(Needle(bytes: bytes, replacement: replacement))
            touched.insert(first)
        }
        for first in touched { needlesByFirstByte[Int(first)].sort { $0.bytes.count > $1.bytes.count } }
        slices.add(Array(secret.utf8))
    }

    /// The mark reporters put where they shortened a value.
    public static let ellipsis = "…"
    private static let ellipsisBytes = Array(ellipsis.utf8)
    /// A cut-off head shorter than this is too short to tell anything of the secret, and too
    /// likely to match innocent text.
    static let shortestHead = 4
    /// The slice rule: a run of this many bytes or more of a secret's value is masked wherever it
    /// appears (a capture of `key[0:16]`, a server quoting the first half of a key). Shorter runs
    /// stay: eight bytes of a random key are a 1-in-2^40 coincidence or more, while shorter ones
    /// would start to hide innocent words.
    public static let shortestSlice = 8

    /// `text` with every spelling of every secret masked. Long values are shortened for display
    /// with a trailing "…", which can cut a secret in two: a head of a secret (4 bytes or more)
    /// right before "…" is masked too, as is any slice of 8 bytes or more of a secret's value.
    /// One pass over the bytes, whatever the number of spellings.
    public func redact(_ text: String) -> String {
        guard !spellings.isEmpty else { return text }
        var output: [UInt8] = []
        var contiguous = text
        let changed = contiguous.withUTF8 { redact($0, into: &output) }
        return changed ? String(decoding: output, as: UTF8.self) : text
    }

    private func redact(_ input: UnsafeBufferPointer<UInt8>, into output: inout [UInt8]) -> Bool {
        var changed = false
        var i = 0
        scan: while i < input.count {
            for needle in needlesByFirstByte[Int(input[i])] {
                let common = Self.commonPrefix(needle.bytes, input, at: i)
                if common == needle.bytes.count {
                    output += needle.replacement
                    i += common
                    changed = true
                    continue scan
                }
                if common >= Self.shortestHead, Self.matches(Self.ellipsisBytes, input, at: i + common) {
                    output += Self.maskBytes
                    i += common
                    changed = true
                    continue scan
                }
            }
            if let slice = slices.longestSlice(in: input, at: i) {
                output += Self.maskBytes
                i += slice
                changed = true
                continue
            }
            output.append(input[i])
            i += 1
        }
        return changed
    }

    private static func commonPrefix(_ needle: [UInt8], _ input: UnsafeBufferPointer<UInt8>, at start: Int) -> Int {
        var n = 0
        while n < needle.count, start + n < input.count, needle[n] == input[start + n] { n += 1 }
        return n
    }

    private static func matches(_ needle: [UInt8], _ input: UnsafeBufferPointer<UInt8>, at start: Int) -> Bool {
        guard start + needle.count <= input.count else { return false }
        return input[start..<(start + needle.count)].elementsEqual(needle)
    }

    /// How many encodings deep spellings nest: a response that echoes a JSON request, shown as a
    /// JSON string in a report, escapes the secret twice; a third level covers a report of that.
    static let nesting = 3

    /// The spellings a secret can take in our outputs, from the one table of encodings: the
    /// value-only ones (a server's re-spelling) on the value itself, the nested ones on every
    /// spelling up to `nesting` deep.
    static func forms(of secret: String) -> [String] {
        var forms = [secret]
        var seen: Set<String> = [secret]
        var frontier = [secret]
        for depth in 0..<nesting {
            var next: [String] = []
            for form in frontier {
                for encoding in SecretEncoding.all where depth == 0 || encoding.depth == .nested {
                    let encoded = encoding.encode(form)
                    if seen.insert(encoded).inserted {
                        forms.append(encoded)
                        next.append(encoded)
                    }
                }
            }
            frontier = next
        }
        return forms
    }
}
