import Testing
import TestSupport
import VolleyCore
@testable import VolleyExecutor

/// TLS trust, client certificates, HTTP versions and connection routing against nginx, which
/// echoes what reached it: `$server_protocol`, `$ssl_client_verify`, `$host`, `$http_user_agent`.
@Suite("TLS, HTTP versions and routing against nginx", .serialized, .enabled(if: NginxServer.isAvailable))
struct TLSAndVersionTests {
    /// nginx on TLS with HTTP/2, asking for (not requiring) a client certificate from `certificates`' CA.
    static func tlsServer(_ certificates: TestCertificates) throws -> NginxServer {
        try NginxServer.start(
            serverBlock: """
                ssl_certificate \(certificates.serverCertificate);
                ssl_certificate_key \(certificates.serverKey);
                ssl_client_certificate \(certificates.caCertificate);
                ssl_verify_client optional;
                location / { return 200 "$server_protocol $ssl_client_verify"; }
                location /dn { return 200 "$ssl_client_s_dn"; }
                """,
            listenParameters: "ssl http2")
    }

    @Test func aCAFileIsTrustedAndHTTP2IsNegotiated() throws {
        let certificates = try TestCertificates()
        let server = try Self.tlsServer(certificates)
        defer { server.stop() }
        let url = "https://127.0.0.1:\(server.port)/"
        let transport = try CurlTransport()

        // The system's trust store does not know the test CA.
        #expect(throws: TransportError.self) { try transport.perform(TransportRequest(method: "GET", url: url)) }

        var settings = TransportSettings()
        settings.tls.certificateAuthority = certificates.caCertificate
        settings.httpVersion = .http2
        let exchange = try transport.perform(TransportRequest(method: "GET", url: url, settings: settings))
        #expect(exchange.response.httpVersion == "HTTP/2")
        #expect(exchange.response.bodyText == "HTTP/2.0 NONE")

        settings.httpVersion = .http1_1
        let old = try transport.perform(TransportRequest(method: "GET", url: url, settings: settings))
        #expect(old.response.bodyText == "HTTP/1.1 NONE")
    }

    @Test func aClientCertificateIsPresentedAndAnEncryptedKeyOpensWithItsPassphrase() throws {
        let certificates = try TestCertificates()
        let server = try Self.tlsServer(certificates)
        defer { server.stop() }
        let url = "https://127.0.0.1:\(server.port)/"
        var settings = TransportSettings()
        settings.tls = TLSFiles(
            certificateAuthority: certificates.caCertificate, clientCertificate: certificates.clientCertificate,
            clientKey: certificates.clientKey)

        let plain = try CurlTransport().perform(TransportRequest(method: "GET", url: url, settings: settings))
        #expect(plain.response.bodyText.hasSuffix(" SUCCESS"))

        settings.tls.clientKey = certificates.encryptedClientKey
        settings.tls.keyPassword = certificates.passphrase
        let encrypted = try CurlTransport().perform(TransportRequest(method: "GET", url: url, settings: settings))
        #expect(encrypted.response.bodyText.hasSuffix(" SUCCESS"))
        let name = try CurlTransport().perform(TransportRequest(method: "GET", url: url + "dn", settings: settings))
        #expect(name.response.bodyText == "CN=volley-client")

        settings.tls.keyPassword = "wrong"
        #expect(throws: TransportError.self) { try CurlTransport().perform(TransportRequest(method: "GET", url: url, settings: settings)) }
    }

    @Test func priorKnowledgeSpeaksHTTP2OverCleartext() throws {
        let server = try NginxServer.start(
            serverBlock: #"location / { return 200 "$server_protocol"; }"#, listenParameters: "http2")
        defer { server.stop() }
        var settings = TransportSettings()
        settings.httpVersion = .http2PriorKnowledge
        let exchange = try CurlTransport().perform(TransportRequest(method: "GET", url: server.baseURL + "/", settings: settings))
        #expect(exchange.response.bodyText == "HTTP/2.0")
    }

    @Test func resolveConnectToUnixSocketAndUserAgentReachTheServer() throws {
        let server = try NginxServer.start(
            serverBlock: """
                listen unix:SOCKET;
                location / { return 200 "$host"; }
                location /agent { return 200 "$http_user_agent"; }
                """.replacingOccurrences(of: "SOCKET", with: "$ROOT/../nginx.sock"))
        defer { server.stop() }
        let transport = try CurlTransport()

        var settings = TransportSettings()
        settings.network.resolve = ["api.test:\(server.port):127.0.0.1"]
        let resolved = try transport.perform(TransportRequest(
            method: "GET", url: "http://api.test:\(server.port)/resolved", settings: settings))
        #expect(resolved.response.bodyText == "api.test")

        settings = TransportSettings()
        settings.network.connectTo = ["elsewhere.test:80:127.0.0.1:\(server.port)"]
        settings.network.ipVersion = .v4
        let routed = try transport.perform(TransportRequest(method: "GET", url: "http://elsewhere.test/routed", settings: settings))
        #expect(routed.response.bodyText == "elsewhere.test")

        settings = TransportSettings()
        settings.network.unixSocket = server.directory.path("nginx.sock")
        let socket = try transport.perform(TransportRequest(method: "GET", url: "http://via-socket.test/socket", settings: settings))
        #expect(socket.response.bodyText == "via-socket.test")

        // nginx echoes what reached it (its access log is written after the reply, too late to read here).
        settings = TransportSettings()
        settings.userAgent = "agent/1"
        let agent = try transport.perform(TransportRequest(method: "GET", url: server.baseURL + "/agent", settings: settings))
        #expect(agent.response.bodyText == "agent/1")
    }
}
