import VolleyCore

/// `auth: { hawk: … }` in a request being built: the key rendered as a credential (masked),
/// then the finished request's MAC put in its `Authorization` header.
extension RequestBuilder {
    func signer(for auth: HawkAuth) throws(RequestFailure) -> HawkSigner {
        func optional(_ template: Template?) throws(RequestFailure) -> String? {
            guard let template else { return nil }
            return try renderer.render(template)
        }
        let values = HawkSigner.Values(
            id: try renderer.render(auth.id), key: try credential(auth.key), ext: try optional(auth.ext), app: try optional(auth.app),
            dlg: try optional(auth.dlg), nonce: try optional(auth.nonce), timestamp: try optional(auth.timestamp))
        return HawkSigner(algorithm: auth.algorithm, includePayloadHash: auth.includePayloadHash, values: values)
    }

    func sign(
        with signer: HawkSigner, _ spec: RequestSpec, url: String, headers: inout [HTTPHeader], body: [UInt8],
        credentialHeaders: inout Set<String>
    ) throws(RequestFailure) {
        guard let value = signer.header(method: spec.method, url: url, contentType: headers.value(of: "Content-Type"), body: body) else {
            throw RequestFailure(
                kind: .invalid, message: "cannot sign the request for Hawk: its URL '\(url)' does not parse; nothing was sent",
                location: spec.url.location)
        }
        headers.removeAll { $0.name.caseInsensitiveEquals("Authorization") }
        headers.append(HTTPHeader(name: "Authorization", value: value))
        credentialHeaders.insert("authorization")
    }
}
