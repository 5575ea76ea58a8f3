import VolleyCore

/// What the next request of a redirect chain is. Methods change as RFC 9110 §15.4 says; headers
/// that carry credentials go only where the first request went (curl's `--location-trusted` rule).
enum RedirectRule {
    /// Statuses that send the client elsewhere (300 and 304 do not).
    static let statuses: Set<Int> = [301, 302, 303, 307, 308]

    /// Headers that are credentials whatever rendered them (libcurl's own list for a host change).
    static let alwaysCredentials: Set<String> = ["authorization", "cookie"]

    /// The request to send to `url` after `previous` was answered with `status`.
    /// - Parameter original: the first request of the chain, whose headers every hop starts from.
    static func next(
        after status: Int, previous: TransportRequest, to url: String, original: TransportRequest
    ) -> TransportRequest {
        var next = previous
        next.url = url
        let becomesGET = !previous.settings.redirectsKeepMethod
            && ((status == 303 && previous.method != "HEAD") || ((status == 301 || status == 302) && previous.method == "POST"))
        if becomesGET {
            // A 303 points at a different resource to GET; a POST answered 301/302 becomes a GET by long practice.
            next.method = "GET"
            next.body = []
        }
        let sameOrigin = URLOrigin(url).map { $0 == URLOrigin(original.url) } ?? false
        let trusted = previous.settings.trustRedirects || sameOrigin
        // Digest and NTLM credentials answer whatever challenge comes: another host must not get them.
        if !trusted {
            next.settings.challengeAuth = nil
            next.settings.awsSigV4 = nil
        }
        next.headers = original.headers.filter { header in
            let name = header.name.lowercased()
            if !trusted, original.credentialHeaders.contains(name) || alwaysCredentials.contains(name) { return false }
            // The body is gone, so is what described it.
            if next.body.isEmpty, !original.body.isEmpty, name == "content-type" || name == "content-length" { return false }
            return true
        }
        return next
    }
}
