import VolleyCore

/// `auth: { edgegrid: … }` in a request being built: the tokens and secret rendered as
/// credentials (masked), then the finished request's signature put in its `Authorization`.
extension RequestBuilder {
    func signer(for auth: EdgeGridAuth) throws(RequestFailure) -> EdgeGridSigner {
        let values = EdgeGridSigner.Values(
            clientToken: try credential(auth.clientToken), clientSecret: try credential(auth.clientSecret),
            accessToken: try credential(auth.accessToken), nonce: try renderIfWritten(auth.nonce), timestamp: try renderIfWritten(auth.timestamp))
        return EdgeGridSigner(auth: auth, values: values)
    }

    func sign(
        with signer: EdgeGridSigner, _ spec: RequestSpec, url: String, headers: inout [HTTPHeader], body: [UInt8],
        credentialHeaders: inout Set<String>
    ) throws(RequestFailure) {
        guard let value = signer.header(method: spec.method, url: url, headers: headers, body: body) else {
            throw Self.unsignable(for: "EdgeGrid", url: url, spec)
        }
        putAuthorization(value, headers: &headers, credentialHeaders: &credentialHeaders)
    }
}
