internal import CCurl
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
        let nonce = values.nonce.flatMap { $0.isEmpty ? nil : $0 } ?? Self.freshNonce()
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
        guard let handle = curl_url() else { return nil }
        defer { curl_url_cleanup(handle) }
        guard curl_url_set(handle, CURLUPART_URL, url, 0) == CURLUE_OK,
            let host = URLOrigin.part(handle, CURLUPART_HOST, flags: 0)?.lowercased(),
            let port = URLOrigin.part(handle, CURLUPART_PORT, flags: UInt32(CURLU_DEFAULT_PORT))
        else { return nil }
        let path = URLOrigin.part(handle, CURLUPART_PATH, flags: 0) ?? "/"
        let query = URLOrigin.part(handle, CURLUPART_QUERY, flags: 0).map { "?" + $0 } ?? ""
        return ((path.isEmpty ? "/" : path) + query, host, port)
    }

    private static func freshNonce() -> String {
        let alphabet = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789")
        var generator = SystemRandomNumberGenerator()
        return String((0..<8).map { _ in alphabet[Int(generator.next(upperBound: UInt64(alphabet.count)))] })
    }
}
