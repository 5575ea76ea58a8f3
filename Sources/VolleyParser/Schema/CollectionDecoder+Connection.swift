import VolleyCore

extension CollectionDecoder {
    /// A request's keys that say how it is sent rather than what it sends.
    static let connectionKeys = [
        "http_version", "follow_redirects", "max_redirects", "redirects_keep_method", "compressed", "cookies", "proxy", "no_proxy", "user_agent",
        "tls",
    ]
    static let tlsKeys = ["ca", "cert", "key", "key_password"]
    /// The most redirects a request may follow: curl's own ceiling for `--max-redirs` is far
    /// above any real chain; past this, a chain is a loop.
    static let maxRedirectsLimit = 100

    /// The connection keys `fields` holds, or nil when it holds none.
    mutating func decodeConnection(_ fields: MappingFields) -> ConnectionOptions? {
        var options = ConnectionOptions()
        for entry in fields.entries {
            let node = entry.value
            switch entry.name {
            case "http_version":
                guard let text = scalarText(node, "'http_version'", expected: "one of \(Self.httpVersionList)") else { continue }
                guard let version = HTTPVersion(rawValue: text) else {
                    error("unknown 'http_version' '\(text)' (expected one of \(Self.httpVersionList))", at: node.location)
                    continue
                }
                options.httpVersion = version
                options.httpVersionLocation = node.location
            case "follow_redirects": options.followRedirects = bool(node, "'follow_redirects'")
            case "max_redirects":
                guard case .integer(let count)? = node.scalar?.resolved, (0...Self.maxRedirectsLimit).contains(count) else {
                    error(
                        "'max_redirects' must be a whole number from 0 to \(Self.maxRedirectsLimit), found \(node.foundDescription)",
                        at: node.location)
                    continue
                }
                options.maxRedirects = count
            case "redirects_keep_method": options.redirectsKeepMethod = bool(node, "'redirects_keep_method'")
            case "compressed": options.compressed = bool(node, "'compressed'")
            case "cookies": options.cookies = bool(node, "'cookies'")
            case "proxy": options.proxy = nonEmptyTemplate(node, "'proxy'")
            case "no_proxy": options.noProxy = decodeNoProxy(node)
            case "user_agent": options.userAgent = template(node, "'user_agent'")
            case "tls": options.tls = decodeTLS(node)
            default: break
            }
        }
        return options.isEmpty ? nil : options
    }

    /// `no_proxy: "a.example,10.0.0.0/8"` or a list of hosts (joined with commas, as libcurl takes them).
    private mutating func decodeNoProxy(_ node: YAMLNode) -> Template? {
        guard let items = node.sequence else { return template(node, "'no_proxy'") }
        var hosts: [String] = []
        for item in items {
            guard let host = string(item, "an entry of 'no_proxy'") else { return nil }
            guard !host.isEmpty, !host.contains(",") else {
                error("an entry of 'no_proxy' must be one host, found '\(host)'", at: item.location)
                return nil
            }
            hosts.append(host)
        }
        return template(hosts.joined(separator: ","), of: node)
    }

    private static var httpVersionList: String { quotedList(HTTPVersion.spellings, joinedBy: "or") }

    private mutating func nonEmptyTemplate(_ node: YAMLNode, _ what: String) -> Template? {
        guard let text = string(node, what) else { return nil }
        guard !text.isEmpty else {
            error("\(what) must not be empty", at: node.location)
            return nil
        }
        return template(text, of: node)
    }

    /// `tls: { ca: …, cert: …, key: …, key_password: … }`; each file must exist when the
    /// collection loads, so a typo stops the run before anything is sent.
    private mutating func decodeTLS(_ node: YAMLNode) -> TLSPaths? {
        guard let fields = fields(node, "'tls'", allowed: Self.tlsKeys) else { return nil }
        var paths = TLSPaths()
        for entry in fields.entries {
            switch entry.name {
            case "ca": paths.certificateAuthority = existingFile(entry.value, "'tls.ca'")
            case "cert": paths.clientCertificate = existingFile(entry.value, "'tls.cert'")
            case "key": paths.clientKey = existingFile(entry.value, "'tls.key'")
            default: paths.keyPassword = template(entry.value, "'tls.key_password'")
            }
        }
        if paths.clientKey != nil, paths.clientCertificate == nil, fields["cert"] == nil {
            error("'tls' has a 'key' but no 'cert' (the key belongs to a client certificate)", at: node.location)
        }
        return paths
    }

    /// The path of a file written beside the collection, once it is known to be readable.
    mutating func existingFile(_ node: YAMLNode, _ what: String) -> String? {
        guard let written = string(node, what) else { return nil }
        guard !written.isEmpty else {
            error("\(what) must name a file, found an empty string", at: node.location)
            return nil
        }
        let path = ScriptFileReader.path(written, besideCollection: file)
        guard case .failure(let failure) = scriptFiles.read(path, Self.requestFileLimit) else { return path }
        error("cannot read \(what) file '\(path)': \(Self.reason(failure))", at: node.location)
        return nil
    }

    /// The most bytes a file a request sends (`body: { file: }`, a multipart file) may have:
    /// bodies are held in memory, as responses are.
    static let requestFileLimit = 100 * 1024 * 1024

    static func reason(_ failure: ScriptFileReader.Failure) -> String {
        switch failure {
        case .missing: "no such file"
        case .directory: "it is a directory"
        case .notRegularFile: "not a regular file"
        case .unreadable(let reason): reason
        case .tooLarge(let bytes): "it has \(bytes) bytes, more than \(requestFileLimit) (100 MiB)"
        }
    }
}
