/// One part of a `multipart:` body (`multipart/form-data`, RFC 7578).
public struct MultipartPart: Sendable, Hashable {
    public var name: String
    public var content: Content
    public var location: SourceLocation

    public enum Content: Sendable, Hashable {
        /// A text field: `name: value`.
        case text(Template)
        /// A file field: its bytes (read when the collection loads, so a missing file stops the
        /// run before anything is sent), the file name sent and the part's content type.
        case file(bytes: [UInt8], filename: String, contentType: String)
    }

    public init(name: String, content: Content, location: SourceLocation) {
        self.name = name
        self.content = content
        self.location = location
    }
}
