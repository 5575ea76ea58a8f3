internal import CCurl

/// A URL's parts as libcurl's URL parser reads them, the parser that also decides where the
/// request goes: the one reading behind origins, cookie matching and the request signers.
struct URLParts {
    /// Lowercased.
    var scheme: String
    /// As written (the signers that need it lowercased say so).
    var host: String
    /// The port written in the URL, if one is.
    var writtenPort: String?
    /// The port the request goes to: the written one, or the scheme's default (nil for a scheme
    /// libcurl knows no default of).
    var port: String?
    /// `/` when the URL has no path.
    var path: String
    var query: String?

    /// - Parameter guessingScheme: take `example.com/x` as curl does (a script may name a URL so).
    init?(_ url: String, guessingScheme: Bool = false) {
        guard let handle = curl_url() else { return nil }
        defer { curl_url_cleanup(handle) }
        guard curl_url_set(handle, CURLUPART_URL, url, guessingScheme ? UInt32(CURLU_GUESS_SCHEME) : 0) == CURLUE_OK,
            let scheme = Self.part(handle, CURLUPART_SCHEME, flags: 0),
            let host = Self.part(handle, CURLUPART_HOST, flags: 0)
        else { return nil }
        self.scheme = scheme.lowercased()
        self.host = host
        port = Self.part(handle, CURLUPART_PORT, flags: UInt32(CURLU_DEFAULT_PORT))
        writtenPort = Self.part(handle, CURLUPART_PORT, flags: 0)
        let path = Self.part(handle, CURLUPART_PATH, flags: 0) ?? ""
        self.path = path.isEmpty ? "/" : path
        query = Self.part(handle, CURLUPART_QUERY, flags: 0)
    }

    /// The path with `?query` after it, as the request line carries them.
    var pathAndQuery: String { path + (query.map { "?" + $0 } ?? "") }

    private static func part(_ handle: OpaquePointer, _ what: CURLUPart, flags: UInt32) -> String? {
        var value: UnsafeMutablePointer<CChar>? = nil
        guard curl_url_get(handle, what, &value, flags) == CURLUE_OK, let value else { return nil }
        defer { curl_free(value) }
        return String(cString: value)
    }
}
