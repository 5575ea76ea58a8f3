import VolleyCore

/// `auth: { hawk: … }` in a request being built: the key rendered as a credential (masked),
/// then the finished request's MAC put in its `Authorization` header.
extension RequestBuilder {
    func signer(for auth: HawkAuth) throws(RequestFailure) -> HawkSigner {
        let values = HawkSigner.Values(
            id: try renderer.render(auth.id), key: try credential(auth.key), ext: try renderIfWritten(auth.ext), app: try renderIfWritten(auth.app),
            dlg: try renderIfWritten(auth.dlg), nonce: try renderIfWritten(auth.nonce), timestamp: try renderIfWritten(auth.timestamp))
        return HawkSigner(algorithm: auth.algorithm, includePayloadHash: auth.includePayloadHash, values: values)
    }

    func sign(
        with signer: HawkSigner, _ spec: RequestSpec, url: String, headers: inout [HTTPHeader], body: [UInt8],
        credentialHeaders: inout Set<String>
    ) throws(RequestFailure) {
        guard let value = signer.header(method: spec.method, url: url, contentType: headers.value(of: "Content-Type"), body: body) else {
            throw Self.unsignable(for: "Hawk", url: url, spec)
        }
        putAuthorization(value, headers: &headers, credentialHeaders: &credentialHeaders)
    }
}
