import VolleyCore

/// A `multipart:` body as `multipart/form-data` (RFC 7578): text fields rendered, file fields
/// as their bytes, each part between boundary lines.
struct MultipartBody {
    var bytes: [UInt8] = []
    let boundary: String

    /// What starts each boundary line and ends the last (RFC 2046 §5.1.1).
    private static let dashes = "--"

    var contentType: String { "multipart/form-data; boundary=\(boundary)" }

    init(parts: [MultipartPart], renderer: TemplateRenderer) throws(RequestFailure) {
        // Random, so no field's content can end the part early by chance.
        var generator = SystemRandomNumberGenerator()
        boundary = "volley-" + String(generator.next(), radix: 16) + String(generator.next(), radix: 16)
        for part in parts {
            append(Self.dashes + boundary + "\r\n")
            switch part.content {
            case .text(let template):
                let value = try renderer.render(template)
                append("Content-Disposition: form-data; name=\"\(Self.quoted(part.name))\"\r\n\r\n")
                append(value)
            case .file(let content, let filename, let contentType):
                append(
                    "Content-Disposition: form-data; name=\"\(Self.quoted(part.name))\"; filename=\"\(Self.quoted(filename))\"\r\n")
                append("Content-Type: \(contentType)\r\n\r\n")
                bytes += content
            }
            append("\r\n")
        }
        append(Self.dashes + boundary + Self.dashes + "\r\n")
    }

    private mutating func append(_ text: String) { bytes += text.utf8 }

    /// A name inside a quoted header parameter: quotes and line breaks percent-encoded, as
    /// browsers do (RFC 7578 §4.2 leaves it to them).
    private static func quoted(_ name: String) -> String {
        var out = ""
        for scalar in name.unicodeScalars {
            switch scalar {
            case "\"": out += "%22"
            case "\r": out += "%0D"
            case "\n": out += "%0A"
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
    }
}
