import VolleyCore

/// What the request signers (`RequestBuilder+OAuth1`, `+Hawk`, `+EdgeGrid`) share: their
/// optional values rendered, and the signed `Authorization` put on the finished request.
extension RequestBuilder {
    /// A template an auth scheme may leave out, rendered; nil when it is not written.
    func renderIfWritten(_ template: Template?) throws(RequestFailure) -> String? {
        guard let template else { return nil }
        return try renderer.render(template)
    }

    /// Replaces any `Authorization` the request has with a signer's `value`, a credential header
    /// from then on (redirects to another host drop it).
    func putAuthorization(_ value: String, headers: inout [HTTPHeader], credentialHeaders: inout Set<String>) {
        headers.removeAll { $0.name.caseInsensitiveEquals("Authorization") }
        headers.append(HTTPHeader(name: "Authorization", value: value))
        credentialHeaders.insert("authorization")
    }

    /// A signer found no host in the URL: the request's error, nothing sent.
    static func unsignable(for scheme: String, url: String, _ spec: RequestSpec) -> RequestFailure {
        RequestFailure(
            kind: .invalid, message: "cannot sign the request for \(scheme): its URL '\(url)' does not parse; nothing was sent",
            location: spec.url.location)
    }
}
