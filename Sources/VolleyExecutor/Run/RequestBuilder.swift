import VolleyCore

/// Turns a planned request and the current variables into a plain `TransportRequest`:
/// templates filled, query appended, body encoded, content type defaulted.
struct RequestBuilder {
    var renderer: TemplateRenderer
    var options: TransportSettings

    func build(_ spec: RequestSpec) throws(RequestFailure) -> TransportRequest {
        var url = try renderer.render(spec.url)
        // Credentials in the URL become libcurl's `Authorization: Basic` and are printed with every URL.
        if let userinfo = URLUserInfo(of: url) {
            for spelling in userinfo.secretSpellings { renderer.scopes.secrets?.noteDerivedSecret(spelling) }
        }
        var query = try renderPairs(spec.query)
        var authHeader: HTTPHeader? = nil
        var challenge: ChallengeCredentials? = nil
        var oauth1: OAuth1Signer? = nil
        var aws: AWSSigV4Credentials? = nil
        var hawk: HawkSigner? = nil
        var edgeGrid: EdgeGridSigner? = nil
        switch spec.auth {
        case .apiKey(let value, .query, let name)?:
            query.append((name, try credential(value)))
        case .apiKey(let value, .header, let name)?:
            authHeader = HTTPHeader(name: name, value: try credential(value))
        case .bearer(let token)?:
            authHeader = HTTPHeader(name: "Authorization", value: "Bearer " + (try credential(token)))
        case .basic(let username, let password)?:
            let credentials = try renderer.render(username) + ":" + (try credential(password))
            // base64 hides the password from the redactor's spellings; the encoded form is a secret of its own.
            let encoded = noted(Base64.encode(Array(credentials.utf8)))
            authHeader = HTTPHeader(name: "Authorization", value: "Basic " + encoded)
        case .digest(let username, let password)?:
            challenge = ChallengeCredentials(.digest, username: try renderer.render(username), password: try credential(password))
        case .ntlm(let username, let password)?:
            challenge = ChallengeCredentials(.ntlm, username: try renderer.render(username), password: try credential(password))
        case .oauth1(let auth)?:
            oauth1 = try signer(for: auth)
        case .hawk(let auth)?:
            hawk = try signer(for: auth)
        case .edgeGrid(let auth)?:
            edgeGrid = try signer(for: auth)
        case .awsSigV4(let auth)?:
            aws = AWSSigV4Credentials(
                region: try renderer.render(auth.region), service: try renderer.render(auth.service),
                accessKey: try credential(auth.accessKey), secretKey: try credential(auth.secretKey))
            if let token = auth.sessionToken { authHeader = HTTPHeader(name: "X-Amz-Security-Token", value: try credential(token)) }
        case .none?, nil:
            break
        }
        if !query.isEmpty { url = Self.appending(query: PercentEncoding.query(query), to: url) }

        // AWS signs the query sorted; libcurl 7.88 signs it in the order written, so it is sent sorted.
        if aws != nil { url = Self.sortingQuery(of: url) }
        var credentialHeaders = Set<String>()
        var headers: [HTTPHeader] = []
        if !spec.headers.isEmpty { headers.reserveCapacity(spec.headers.count + 1) }
        for header in spec.headers {
            // A header that reads a secret is a credential, even if the URL read the same secret first,
            // and so is one that reads a name declared secret whose value `--var` gave instead.
            var headerRenderer = renderer
            headerRenderer.secretsUsed = SecretUsage()
            headers.append(HTTPHeader(name: header.name, value: try headerRenderer.render(header.value)))
            let declaredSecret = renderer.scopes.secrets.map { provider in
                header.value.variableNames.contains(where: provider.isSecret)
            } ?? false
            if declaredSecret || !headerRenderer.secretsUsed.names.isEmpty {
                credentialHeaders.insert(header.name.lowercased())
                renderer.secretsUsed.names.formUnion(headerRenderer.secretsUsed.names)
            }
        }
        for (header, written) in zip(headers, spec.headers) where Self.breaksTheLine(header.value) {
            // A line break in a value would end the header and start another: header injection.
            throw RequestFailure(
                kind: .invalid,
                message: "header '\(header.name)' would contain a line break or NUL after templating; nothing was sent",
                location: written.value.location)
        }
        if let authHeader {
            // `auth:` is the one place the credential is set; a same-named header would be a second, stale copy.
            headers.removeAll { $0.name.caseInsensitiveEquals(authHeader.name) }
            headers.append(authHeader)
            credentialHeaders.insert(authHeader.name.lowercased())
        }
        if challenge != nil || aws != nil {
            // libcurl writes the Digest, NTLM or AWS `Authorization` itself; a header of that name would stand in its way.
            headers.removeAll { $0.name.caseInsensitiveEquals("Authorization") }
            credentialHeaders.insert("authorization")
        }
        var body: [UInt8] = []
        switch spec.body {
        case nil:
            break
        case .json(let json):
            body = Array(try renderer.render(json).jsonText.utf8)
            addDefault(&headers, "Content-Type", "application/json")
        case .form(let fields):
            body = Array(PercentEncoding.query(try renderPairs(fields), spaceAsPlus: true).utf8)
            addDefault(&headers, "Content-Type", "application/x-www-form-urlencoded")
        case .raw(let template):
            body = Array(try renderer.render(template).utf8)
        case .file(let bytes, _):
            body = bytes
        case .multipart(let parts):
            let form = try MultipartBody(parts: parts, renderer: renderer)
            body = form.bytes
            addDefault(&headers, "Content-Type", form.contentType)
        }
        if let oauth1 {
            try sign(with: oauth1, spec, url: &url, headers: &headers, body: &body, credentialHeaders: &credentialHeaders)
        }
        if let hawk {
            try sign(with: hawk, spec, url: url, headers: &headers, body: body, credentialHeaders: &credentialHeaders)
        }
        if let edgeGrid {
            try sign(with: edgeGrid, spec, url: url, headers: &headers, body: body, credentialHeaders: &credentialHeaders)
        }
        for extra in options.extraHeaders {
            // -H is the last word on a header, as curl's -H is over what curl would send.
            headers.removeAll { $0.name.caseInsensitiveEquals(extra.name) }
            headers.append(extra)
        }
        var settings = Self.settings(for: spec, options: options)
        if let connection = spec.connection { try apply(connection, to: &settings) }
        if spec.assertions.contains(where: \.readsCertificate) { settings.certificateInfo = true }
        if spec.assertions.contains(where: \.readsEncodedBytes) { settings.keepEncodedBody = true }
        settings.challengeAuth = challenge
        settings.awsSigV4 = aws
        return TransportRequest(
            method: spec.method, url: url, headers: headers, body: body, settings: settings,
            credentialHeaders: credentialHeaders)
    }

    /// How `spec` is sent: the run's settings with its `timeout:` unless the command line set one,
    /// and a Postman request's own redirect and TLS options. A hook's sub-requests are sent so too
    /// (the request's `http_version:`, `proxy:`, `tls:` ... keys, which render templates, are the
    /// request's own).
    static func settings(for spec: RequestSpec, options: TransportSettings) -> TransportSettings {
        var settings = options
        if let timeout = spec.timeout, !settings.timeoutIsExplicit { settings.timeout = timeout }
        if let follow = spec.transport.followRedirects { settings.followRedirects = follow }
        if let most = spec.transport.maxRedirects { settings.maxRedirects = most }
        if let keep = spec.transport.redirectsKeepMethod { settings.redirectsKeepMethod = keep }
        // `strictSSL: false` relaxes the checks for its request; `true` does not undo `--insecure`.
        if spec.transport.verifyTLS == false { settings.insecure = true }
        // Postman asks for compressed responses (Accept-Encoding); they are decoded either way.
        if let compressed = spec.transport.decodeCompressed { settings.compressed = compressed }
        return settings
    }

    /// The request's own `http_version:`, `proxy:`, `tls:` ... over the run's settings.
    private func apply(_ connection: ConnectionOptions, to settings: inout TransportSettings) throws(RequestFailure) {
        if let version = connection.httpVersion { settings.httpVersion = HTTPVersionPreference(version) }
        if let follow = connection.followRedirects { settings.followRedirects = follow }
        if let count = connection.maxRedirects { settings.maxRedirects = count }
        if let keep = connection.redirectsKeepMethod { settings.redirectsKeepMethod = keep }
        if let compressed = connection.compressed { settings.compressed = compressed }
        if let cookies = connection.cookies { settings.cookies = cookies }
        if let proxy = connection.proxy { settings.proxy = try renderer.render(proxy) }
        if let noProxy = connection.noProxy { settings.noProxy = try renderer.render(noProxy) }
        if let agent = connection.userAgent { settings.userAgent = try renderer.render(agent) }
        if let tls = connection.tls {
            if let file = tls.certificateAuthority {
                // The request names its trust: the environment's CA directory no longer applies.
                settings.tls.certificateAuthority = file
                settings.tls.certificateDirectory = nil
            }
            if let file = tls.clientCertificate { settings.tls.clientCertificate = file }
            if let file = tls.clientKey { settings.tls.clientKey = file }
            if let password = tls.keyPassword { settings.tls.keyPassword = try credential(password) }
        }
    }

    /// A value `auth:` renders is a credential wherever it came from (`--var`, a capture, a literal):
    /// the redactor learns it before anything can be written.
    /// `url` with `query` (encoded `a=1&b=2`) after its own query, a fragment kept at the end.
    static func appending(query: String, to url: String) -> String {
        guard let hash = url.firstIndex(of: "#") else { return url + (url.contains("?") ? "&" : "?") + query }
        let base = url[..<hash]
        return base + (base.contains("?") ? "&" : "?") + query + url[hash...]
    }

    /// The URL with its query's `name=value` pairs in byte order (by name, then value).
    static func sortingQuery(of url: String) -> String {
        guard let question = url.firstIndex(of: "?") else { return url }
        let fragmentStart = url[question...].firstIndex(of: "#") ?? url.endIndex
        let pairs = url[url.index(after: question)..<fragmentStart].split(separator: "&").map(String.init)
        let sorted = pairs.sorted { a, b in
            let (nameA, valueA) = (a.prefix { $0 != "=" }, a.drop { $0 != "=" })
            let (nameB, valueB) = (b.prefix { $0 != "=" }, b.drop { $0 != "=" })
            return nameA == nameB ? Array(valueA.utf8).lexicographicallyPrecedes(valueB.utf8) : Array(nameA.utf8).lexicographicallyPrecedes(nameB.utf8)
        }
        return String(url[...question]) + sorted.joined(separator: "&") + url[fragmentStart...]
    }

    func credential(_ template: Template) throws(RequestFailure) -> String {
        noted(try renderer.render(template))
    }

    private func noted(_ value: String) -> String {
        renderer.scopes.secrets?.noteDerivedSecret(value)
        return value
    }

    private func renderPairs(_ pairs: [KeyValueTemplate]) throws(RequestFailure) -> [(String, String)] {
        var out: [(String, String)] = []
        out.reserveCapacity(pairs.count)
        for pair in pairs { out.append((pair.name, try renderer.render(pair.value))) }
        return out
    }

    static func breaksTheLine(_ value: String) -> Bool {
        value.utf8.contains { $0 == 10 || $0 == 13 || $0 == 0 }
    }

    private func addDefault(_ headers: inout [HTTPHeader], _ name: String, _ value: String) {
        if headers.value(of: name) == nil { headers.append(HTTPHeader(name: name, value: value)) }
    }
}
