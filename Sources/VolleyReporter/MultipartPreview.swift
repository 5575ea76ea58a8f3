import VolleyCore

/// A `multipart/form-data` (or other `multipart/…`) request body split into its parts, for `-v`:
/// each part's header lines and its content, so the console shows fields and files instead of
/// one line of text full of `\r`. The body it is given is already redacted.
public struct MultipartPreview: Equatable, Sendable {
    public struct Part: Equatable, Sendable {
        /// `Content-Disposition: form-data; name="title"`, `Content-Type: image/png` …
        public var headers: [String]
        public var content: [UInt8]

        /// A part with a `filename` is a file: shown as its size and SHA-256, never as text.
        public var isFile: Bool {
            headers.contains { line in
                line.lowercased().hasPrefix("content-disposition:") && line.lowercased().contains("filename")
            }
        }
    }

    public var parts: [Part]

    /// The parts of `body`; nil when `contentType` is not multipart with a boundary, or the body
    /// is not framed by it (then it is shown as any other body).
    public init?(body: [UInt8], contentType: String?) {
        guard let contentType, contentType.lowercased().hasPrefix("multipart/"),
            let boundary = Self.boundary(in: contentType)
        else { return nil }
        let delimiter = Array(("--" + boundary).utf8)
        let separator = Array(("\r\n--" + boundary).utf8)
        guard body.starts(with: delimiter) else { return nil }
        var parts: [Part] = []
        var position = delimiter.count
        while true {
            // After a delimiter: `--` closes the body, CRLF starts a part.
            if body[position...].starts(with: [45, 45]) { break }
            guard body[position...].starts(with: [13, 10]) else { return nil }
            let start = position + 2
            guard let end = Self.firstIndex(of: separator, in: body, from: start) else { return nil }
            parts.append(Self.part(body[start..<end]))
            position = end + separator.count
        }
        self.parts = parts
    }

    /// Header lines up to the blank line, then the content.
    private static func part(_ bytes: ArraySlice<UInt8>) -> Part {
        let blank: [UInt8] = [13, 10, 13, 10]
        let headerEnd = firstIndex(of: blank, in: Array(bytes), from: 0)
        let head = headerEnd.map { Array(bytes.prefix($0)) } ?? []
        let content = headerEnd.map { Array(bytes.dropFirst($0 + blank.count)) } ?? Array(bytes)
        let lines = String(decoding: head, as: UTF8.self)
            .split(separator: "\r\n", omittingEmptySubsequences: true).map(String.init)
        return Part(headers: lines, content: content)
    }

    /// `boundary=abc` or `boundary="a b"` among the media type's parameters.
    private static func boundary(in contentType: String) -> String? {
        for parameter in contentType.split(separator: ";").dropFirst() {
            let pair = parameter.split(separator: "=", maxSplits: 1)
            guard pair.count == 2, pair[0].trimmingWhitespace().lowercased() == "boundary" else { continue }
            var value = pair[1].trimmingWhitespace()
            if value.count >= 2, value.hasPrefix("\""), value.hasSuffix("\"") { value = String(value.dropFirst().dropLast()) }
            return value.isEmpty ? nil : value
        }
        return nil
    }

    private static func firstIndex(of needle: [UInt8], in haystack: [UInt8], from start: Int) -> Int? {
        guard !needle.isEmpty, haystack.count >= needle.count, start <= haystack.count - needle.count else { return nil }
        var i = start
        while i <= haystack.count - needle.count {
            if haystack[i] == needle[0], haystack[i..<(i + needle.count)].elementsEqual(needle) { return i }
            i += 1
        }
        return nil
    }
}
