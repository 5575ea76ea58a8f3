import VolleyCore
import VolleyExecutor

/// `http_version: 3` needs a libcurl built with QUIC, which Debian 12's is not: said at the key,
/// before anything is sent, rather than as a transfer error on the request.
enum HTTPVersionCheck {
    static func diagnostics(for requests: [PlannedRequest], http3Available: Bool = HTTPVersionPreference.http3Available) -> [Diagnostic] {
        guard !http3Available else { return [] }
        return requests.compactMap { planned in
            guard let connection = planned.spec.connection, connection.httpVersion == .http3 else { return nil }
            return Diagnostic(
                .error, "http_version 3 (HTTP/3) is not available: this libcurl (\(CurlTransport.libcurlVersion)) was built without HTTP/3",
                at: connection.httpVersionLocation ?? planned.spec.location)
        }
    }
}
