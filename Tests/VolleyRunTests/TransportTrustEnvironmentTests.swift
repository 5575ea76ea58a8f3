import Testing
import VolleyExecutor
import VolleyRun

/// Which CA file and directory a run trusts, from `--cacert` and the environment, in curl's
/// order. (That libcurl then trusts them is shown against nginx in `TLSCommandTests`.)
@Suite("TLS trust from the environment")
struct TransportTrustEnvironmentTests {
    private func trust(cacert: String? = nil, _ environment: [String: String]) throws -> TLSFiles {
        var flags = TransportFlags()
        flags.caCertificate = cacert
        flags.environment = environment
        var settings = TransportSettings()
        try flags.apply(to: &settings, fileKind: { _ in .file })
        return settings.tls
    }

    @Test func curlCABundleComesFirstAndHidesTheOpenSSLVariables() throws {
        let tls = try trust(["CURL_CA_BUNDLE": "/bundle.pem", "SSL_CERT_FILE": "/file.pem", "SSL_CERT_DIR": "/dir"])
        #expect(tls.certificateAuthority == "/bundle.pem")
        #expect(tls.certificateDirectory == nil)
    }

    @Test func sslCertFileAndDirAreBothUsed() throws {
        let tls = try trust(["SSL_CERT_FILE": "/file.pem", "SSL_CERT_DIR": "/dir"])
        #expect(tls.certificateAuthority == "/file.pem")
        #expect(tls.certificateDirectory == "/dir")
    }

    @Test func theFlagWinsOverEveryVariable() throws {
        let tls = try trust(cacert: "/flag.pem", ["CURL_CA_BUNDLE": "/bundle.pem", "SSL_CERT_DIR": "/dir"])
        #expect(tls.certificateAuthority == "/flag.pem")
        #expect(tls.certificateDirectory == nil)
    }

    @Test func emptyVariablesCountAsUnset() throws {
        let tls = try trust(["CURL_CA_BUNDLE": "", "SSL_CERT_FILE": "", "SSL_CERT_DIR": ""])
        #expect(tls.certificateAuthority == nil)
        #expect(tls.certificateDirectory == nil)
    }
}
