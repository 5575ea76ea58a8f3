import VolleyCore

/// A body as `-v` shows it: text (decoded by its charset) cut to a screenful, or, for bytes that
/// are not text, their size and SHA-256 so two downloads can be told apart without dumping them.
/// The body it is given is already redacted, as everything the console prints is.
public enum BodyPreview {
    public enum Shape: Equatable, Sendable {
        case empty
        /// The text, cut to `limit` scalars, and whether it was cut.
        case text(String, total: Int, cut: Bool)
        case binary(byteCount: Int, sha256: String)
    }

    /// The first 2000 scalars: enough for an error body or a page of JSON.
    public static let limit = 2000

    public static func shape(of body: [UInt8], contentType: String?, limit: Int = limit) -> Shape {
        if body.isEmpty { return .empty }
        let charset = contentType.flatMap(BodyCharset.init(contentType:))
        let text: String
        if let charset, charset != .utf8 {
            text = charset.decode(body)
        } else {
            // Without a charset, text is UTF-8 without NULs; anything else is binary (images, gzip, protobuf).
            guard !body.contains(0), let decoded = String(validating: body, as: UTF8.self) else {
                return .binary(byteCount: body.count, sha256: Digest.sha256.hex(body))
            }
            text = decoded
        }
        let scalars = text.unicodeScalars
        let total = scalars.count
        if total <= limit { return .text(text, total: total, cut: false) }
        return .text(String(String.UnicodeScalarView(scalars.prefix(limit))), total: total, cut: true)
    }
}
