/// One part of a `multipart:` body (`multipart/form-data`, RFC 7578).
public struct MultipartPart: Sendable, Hashable {
    public var name: String
    public var content: Content
    public var location: SourceLocation
    /// The path a file field was read from, as the loader joined it (nil for a text field or
    /// when not known): what `volley import postman` writes as the field's `file:`.
    public var path: String?

    public enum Content: Sendable, Hashable {
        /// A text field: `name: value`.
        case text(Template)
        /// A file field: its bytes (read when the collection loads, so a missing file stops the
        /// run before anything is sent), the file name sent and the part's content type.
        case file(bytes: [UInt8], filename: String, contentType: String)
    }

    public init(name: String, content: Content, location: SourceLocation, path: String? = nil) {
        self.name = name
        self.content = content
        self.location = location
        self.path = path
    }
}
