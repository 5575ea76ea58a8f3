import VolleyCore

extension PostmanCollectionDecoder {
    /// `auth` at the collection, a folder or a request: nil (or absent) inherits, `noauth` switches
    /// the inherited one off. Parameters are an array of `{key, value}` in v2.1 and an object in v2.0.
    mutating func auth(_ node: PostmanNode?, owner: String) -> AuthSpec? {
        guard let node else { return nil }
        guard node.isObject, let typeNode = node["type"], let type = typeNode.text else {
            error("\(owner): 'auth' must be an object with a 'type'", at: node)
            return nil
        }
        func parameter(_ key: String) -> Template? {
            guard let parameters = node[type] else { return nil }
            let value: PostmanNode?
            if parameters.isArray {
                value = parameters.elements.last { $0["key"]?.text == key }?["value"]
            } else {
                value = parameters[key]
            }
            guard let value else { return nil }
            return PostmanTemplate.parse(value.text ?? "", at: value.contentLocation)
        }
        func empty() -> Template { Template(parts: [.literal("")], location: node.location) }
        func literal(_ text: String) -> Template { Template(parts: [.literal(text)], location: node.location) }
        func flag(_ key: String) -> Bool? {
            guard let parameters = node[type] else { return nil }
            let value = parameters.isArray ? parameters.elements.last { $0["key"]?.text == key }?["value"] : parameters[key]
            return value.map(\.isTrue)
        }
        switch type {
        case "noauth":
            return AuthSpec.none
        case "bearer":
            return .bearer(parameter("token") ?? empty())
        case "basic":
            return .basic(username: parameter("username") ?? empty(), password: parameter("password") ?? empty())
        case "apikey":
            let name = parameter("key").map(\.writtenText) ?? "apikey"
            let placement: AuthSpec.APIKeyPlacement = parameter("in").map(\.writtenText) == "query" ? .query : .header
            return .apiKey(value: parameter("value") ?? empty(), placement: placement, name: name.isEmpty ? "apikey" : name)
        case "digest":
            // Postman's realm, nonce, algorithm, qop, nc, cnonce and opaque are what the server's
            // challenge gives; libcurl reads them from there, so only the credentials are taken.
            return .digest(username: parameter("username") ?? empty(), password: parameter("password") ?? empty())
        case "hawk":
            let written = parameter("algorithm")?.writtenText ?? ""
            guard let algorithm = written.isEmpty ? .sha256 : HawkAuth.Algorithm(rawValue: written.lowercased()) else {
                error("\(owner): Hawk algorithm '\(written)' is not supported (sha256 or sha1); nothing was sent", at: typeNode)
                return nil
            }
            // Empty fields are Postman's "not set": a fresh nonce and time, no ext, app or dlg.
            func set(_ key: String) -> Template? { parameter(key).flatMap { $0.writtenText.isEmpty ? nil : $0 } }
            return .hawk(HawkAuth(
                id: parameter("authId") ?? empty(), key: parameter("authKey") ?? empty(), algorithm: algorithm,
                ext: set("extraData"), app: set("appId") ?? set("app"), dlg: set("delegation"), nonce: set("nonce"),
                timestamp: set("timestamp"), includePayloadHash: flag("includePayloadHash") ?? false))
        case "awsv4":
            // Postman's "add auth data to query" (a presigned URL) is not what libcurl signs.
            if flag("addAuthDataToQuery") == true {
                error("\(owner): awsv4 with addAuthDataToQuery (a presigned URL) is not supported; Volley signs the "
                    + "Authorization header; nothing was sent", at: typeNode)
                return nil
            }
            let token = parameter("sessionToken").flatMap { $0.writtenText.isEmpty ? nil : $0 }
            return .awsSigV4(AWSSigV4Auth(
                accessKey: parameter("accessKey") ?? empty(), secretKey: parameter("secretKey") ?? empty(),
                region: parameter("region").flatMap { $0.writtenText.isEmpty ? nil : $0 } ?? literal("us-east-1"),
                service: parameter("service") ?? empty(), sessionToken: token))
        case "ntlm":
            // libcurl takes the domain in the user name (`DOMAIN\\user`); the workstation is not sent.
            let user = parameter("username") ?? empty()
            guard let domain = parameter("domain"), !domain.writtenText.isEmpty else {
                return .ntlm(username: user, password: parameter("password") ?? empty())
            }
            let qualified = Template(parts: domain.parts + [.literal("\\")] + user.parts, location: user.location)
            return .ntlm(username: qualified, password: parameter("password") ?? empty())
        case "oauth1":
            return oauth1(parameter, flag: flag, owner: owner, at: node)
        case "oauth2":
            return oauth2(token: parameter("accessToken"), addTo: parameter("addTokenTo"), prefix: parameter("headerPrefix"))
        default:
            error(
                "\(owner): auth type '\(type)' is not supported (Volley runs noauth, apikey, bearer, basic, digest, ntlm, awsv4, hawk, oauth1 and oauth2 with a stored token); "
                    + "nothing was sent", at: typeNode)
            return nil
        }
    }

    /// OAuth 2.0 as Newman runs it: the access token saved in the collection (or a variable) is
    /// sent, in the `Authorization` header after `headerPrefix` (`Bearer` unless given) or as
    /// the `access_token` query parameter; no token is fetched. An empty token sends nothing, as
    /// in Postman.
    private func oauth2(token: Template?, addTo: Template?, prefix: Template?) -> AuthSpec {
        guard let token, !token.parts.isEmpty, token.writtenText != "" else { return AuthSpec.none }
        if addTo?.writtenText == "queryParams" { return .apiKey(value: token, placement: .query, name: "access_token") }
        let written = prefix?.writtenText ?? ""
        guard !written.isEmpty, written != "Bearer" else { return .bearer(token) }
        let value = Template(parts: (prefix?.parts ?? []) + [.literal(" ")] + token.parts, location: token.location)
        return .apiKey(value: value, placement: .header, name: "Authorization")
    }

    /// OAuth 1.0a as Postman signs: its keys mapped one to one. `addParamsToHeader` absent or
    /// false puts the parameters in the request (a form body, else the query), as Newman does.
    private mutating func oauth1(
        _ parameter: (String) -> Template?, flag: (String) -> Bool?, owner: String, at node: PostmanNode
    ) -> AuthSpec? {
        func empty() -> Template { Template(parts: [.literal("")], location: node.location) }
        let written = parameter("signatureMethod")?.writtenText ?? ""
        let method = written.isEmpty ? .hmacSHA1 : OAuth1Auth.SignatureMethod(rawValue: written.uppercased())
        guard let method else {
            error("\(owner): OAuth 1.0 signature method '\(written)' is not supported (Volley signs with HMAC-SHA1, "
                + "HMAC-SHA256, HMAC-SHA512 and PLAINTEXT); nothing was sent", at: node)
            return nil
        }
        let version = parameter("version")?.writtenText ?? "1.0"
        return .oauth1(OAuth1Auth(
            consumerKey: parameter("consumerKey") ?? empty(), consumerSecret: parameter("consumerSecret") ?? empty(),
            token: parameter("token"), tokenSecret: parameter("tokenSecret"), signatureMethod: method,
            placement: flag("addParamsToHeader") == true ? .header : .request, timestamp: parameter("timestamp"),
            nonce: parameter("nonce"), version: version, realm: parameter("realm"), callback: parameter("callback"),
            verifier: parameter("verifier"), includeEmptyParameters: flag("addEmptyParamsToSign") ?? false,
            includeBodyHash: flag("includeBodyHash") ?? false, encodeSignature: flag("encodeOAuthSign") ?? true))
    }
}
