import VolleyCore
import VolleyExecutor

/// What `--version` prints: Volley's version, then libcurl's line (it names the TLS backend,
/// OpenSSL or another, and nghttp2) and its features, which say what it can speak (HTTP2, SSL, …).
public enum VersionText {
    /// Built only when asked for: `curl_version` starts LDAP and SASL (6M instructions, a dlopen).
    public static var full: String {
        """
        volley \(VolleyVersion.current)
        \(CurlTransport.libcurlVersion)
        features: \(CurlTransport.libcurlFeatures.joined(separator: " "))
        """
    }
}
