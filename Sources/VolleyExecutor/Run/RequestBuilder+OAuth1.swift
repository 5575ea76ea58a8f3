import VolleyCore

/// `auth: { oauth1: … }` in a request being built: its values rendered (the secrets noted, so
/// they are masked), then the finished request signed, since the signature covers its URL,
/// query and form body.
extension RequestBuilder {
    func signer(for auth: OAuth1Auth) throws(RequestFailure) -> OAuth1Signer {
        func secret(_ template: Template?) throws(RequestFailure) -> String {
            guard let template else { return "" }
            let value = try credential(template)
            // The header and the query carry it percent-encoded: that spelling is masked too.
            let encoded = OAuth1Signer.encode(value)
            if encoded != value { renderer.scopes.secrets?.noteDerivedSecret(encoded) }
            return value
        }
        let values = OAuth1Signer.Values(
            consumerKey: try renderer.render(auth.consumerKey), consumerSecret: try credential(auth.consumerSecret),
            // The access token is a credential as a bearer token is; the signature is not (an HMAC).
            token: try secret(auth.token), tokenSecret: try secret(auth.tokenSecret),
            timestamp: try renderIfWritten(auth.timestamp), nonce: try renderIfWritten(auth.nonce), realm: try renderIfWritten(auth.realm),
            callback: try renderIfWritten(auth.callback), verifier: try renderIfWritten(auth.verifier))
        return OAuth1Signer(auth: auth, values: values)
    }

    func sign(
        with signer: OAuth1Signer, _ spec: RequestSpec, url: inout String, headers: inout [HTTPHeader], body: inout [UInt8],
        credentialHeaders: inout Set<String>
    ) throws(RequestFailure) {
        let isForm = headers.value(of: "Content-Type")?.lowercased().hasPrefix("application/x-www-form-urlencoded") == true
        let formBody = isForm ? String(decoding: body, as: UTF8.self) : nil
        switch signer.sign(method: spec.method, url: url, formBody: formBody, body: body) {
        case .header(let value)?:
            putAuthorization(value, headers: &headers, credentialHeaders: &credentialHeaders)
        case .query(let parameters)?:
            url = Self.appending(query: parameters, to: url)
        case .formBody(let parameters)?:
            body += Array(((body.isEmpty ? "" : "&") + parameters).utf8)
        case nil:
            throw Self.unsignable(for: "OAuth 1.0", url: url, spec)
        }
    }
}
