import VolleyCore

/// `auth: { edgegrid: … }` in a request being built: the tokens and secret rendered as
/// credentials (masked), then the finished request's signature put in its `Authorization`.
extension RequestBuilder {
    func signer(for auth: EdgeGridAuth) throws(RequestFailure) -> EdgeGridSigner {
        func optional(_ template: Template?) throws(RequestFailure) -> String? {
            guard let template else { return nil }
            return try renderer.render(template)
        }
        let values = EdgeGridSigner.Values(
            clientToken: try credential(auth.clientToken), clientSecret: try credential(auth.clientSecret),
            accessToken: try credential(auth.accessToken), nonce: try optional(auth.nonce), timestamp: try optional(auth.timestamp))
        return EdgeGridSigner(auth: auth, values: values)
    }

    func sign(
        with signer: EdgeGridSigner, _ spec: RequestSpec, url: String, headers: inout [HTTPHeader], body: [UInt8],
        credentialHeaders: inout Set<String>
    ) throws(RequestFailure) {
        guard let value = signer.header(method: spec.method, url: url, headers: headers, body: body) else {
            throw RequestFailure(
                kind: .invalid, message: "cannot sign the request for EdgeGrid: its URL '\(url)' does not parse; nothing was sent",
                location: spec.url.location)
        }
        headers.removeAll { $0.name.caseInsensitiveEquals("Authorization") }
        headers.append(HTTPHeader(name: "Authorization", value: value))
        credentialHeaders.insert("authorization")
    }
}
