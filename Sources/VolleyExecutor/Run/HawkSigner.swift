import VolleyCore
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The `Authorization: Hawk …` value of a rendered request: the MAC of Hawk's normalized string
/// (`hawk.1.header`, time, nonce, method, resource, host, port, payload hash, ext, app, dlg),
/// keyed with the credentials' key. Written from Hawk's protocol description; checked against
/// its published example in the tests.
struct HawkSigner {
    struct Values {
        var id: String
        var key: String
        var ext: String?
        var app: String?
        var dlg: String?
        var nonce: String?
        var timestamp: String?
    }

    let algorithm: HawkAuth.Algorithm
    let includePayloadHash: Bool
    let values: Values

    func header(method: String, url: String, contentType: String?, body: [UInt8]) -> String? {
        guard let target = Self.target(url) else { return nil }
        let timestamp = values.timestamp.flatMap { $0.isEmpty ? nil : $0 } ?? String(time(nil))
        let nonce = values.nonce.flatMap { $0.isEmpty ? nil : $0 } ?? RandomToken.make(length: 8)
        let hash = includePayloadHash ? payloadHash(contentType: contentType, body: body) : nil
        let ext = values.ext ?? ""
        var normalized = ["hawk.1.header", timestamp, nonce, method.uppercased(), target.resource, target.host, target.port, hash ?? "", ext]
        if let app = values.app, !app.isEmpty { normalized += [app, values.dlg ?? ""] }
        let mac = Base64.encode(digest.hmac(key: Array(values.key.utf8), message: Array((normalized.joined(separator: "\n") + "\n").utf8)))

        var fields = ["id=\"\(values.id)\"", "ts=\"\(timestamp)\"", "nonce=\"\(nonce)\""]
        if let hash { fields.append("hash=\"\(hash)\"") }
        if !ext.isEmpty { fields.append("ext=\"\(Self.escaped(ext))\"") }
        fields.append("mac=\"\(mac)\"")
        if let app = values.app, !app.isEmpty {
            fields.append("app=\"\(app)\"")
            if let dlg = values.dlg, !dlg.isEmpty { fields.append("dlg=\"\(dlg)\"") }
        }
        return "Hawk " + fields.joined(separator: ", ")
    }

    private var digest: Digest { algorithm == .sha1 ? .sha1 : .sha256 }

    /// `hawk.1.payload`, the media type (lowercase, without parameters) and the body.
    private func payloadHash(contentType: String?, body: [UInt8]) -> String {
        let type = (contentType ?? "").split(separator: ";", maxSplits: 1).first.map { $0.trimmingWhitespace().lowercased() } ?? ""
        let message = Array("hawk.1.payload\n\(type)\n".utf8) + body + Array("\n".utf8)
        return Base64.encode(digest.hash(message))
    }

    /// `"` and `\` escaped, as the header's quoted strings need.
    private static func escaped(_ text: String) -> String {
        var out = ""
        for character in text {
            if character == "\\" || character == "\"" { out.append("\\") }
            out.append(character)
        }
        return out
    }

    /// The resource (path and query as sent), host (lowercase) and port (the scheme's default
    /// when none is written), as libcurl's URL parser reads them.
    static func target(_ url: String) -> (resource: String, host: String, port: String)? {
        guard let parts = URLParts(url), let port = parts.port else { return nil }
        return (parts.pathAndQuery, parts.host.lowercased(), port)
    }
}
