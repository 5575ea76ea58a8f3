import Foundation
import Testing
import TestSupport

/// TLS flags of `volley run` against nginx with a CA made at test time: `--cacert`,
/// `SSL_CERT_FILE` / `CURL_CA_BUNDLE`, a client certificate with `--cert`/`--key`, and
/// `expect: version:` seeing HTTP/2.
@Suite("TLS, end to end", .serialized, .enabled(if: NginxServer.isAvailable))
struct TLSCommandTests {
    @Test func theCAComesFromTheFlagOrTheEnvironmentAndTheClientCertificateReachesNginx() async throws {
        let certificates = try TestCertificates()
        let server = try NginxServer.start(
            serverBlock: """
                ssl_certificate \(certificates.serverCertificate);
                ssl_certificate_key \(certificates.serverKey);
                ssl_client_certificate \(certificates.caCertificate);
                ssl_verify_client optional;
                location / { return 200 "$ssl_client_verify"; }
                """,
            listenParameters: "ssl http2")
        defer { server.stop() }
        let dir = try TemporaryDirectory()
        let file = try dir.write("""
            name: tls
            requests:
              - { name: one, url: "https://127.0.0.1:\(server.port)/", expect: { version: "2", status: 200 } }
            """, to: "c.yaml")

        let untrusted = try await runVolley(["run", file], environment: ["CURL_CA_BUNDLE": "", "SSL_CERT_FILE": ""])
        #expect(untrusted.exitCode == 3, "\(untrusted)")

        let flag = try await runVolley(["run", file, "--cacert", certificates.caCertificate])
        #expect(flag.exitCode == 0, "\(flag)")

        for variable in ["SSL_CERT_FILE", "CURL_CA_BUNDLE"] {
            let environment = try await runVolley(["run", file], environment: [variable: certificates.caCertificate])
            #expect(environment.exitCode == 0, "\(variable): \(environment)")
        }

        let client = try dir.write("""
            name: client
            requests:
              - { name: one, url: "https://127.0.0.1:\(server.port)/", expect: { body: SUCCESS } }
            """, to: "client.yaml")
        let withCertificate = try await runVolley([
            "run", client, "--cacert", certificates.caCertificate, "--cert", certificates.clientCertificate,
            "--key", certificates.clientKey,
        ])
        #expect(withCertificate.exitCode == 0, "\(withCertificate)")
        let without = try await runVolley(["run", client, "--cacert", certificates.caCertificate])
        #expect(without.exitCode == 1, "\(without)")

        // The certificate nginx presents, from libcurl's certinfo; it is valid for two days.
        let checked = try dir.write("""
            name: certificate
            requests:
              - name: valid
                url: "https://127.0.0.1:\(server.port)/"
                expect:
                  certificate:
                    subject: { contains: "CN = 127.0.0.1" }
                    issuer: { contains: Volley Test CA }
                    expire_date: { matches: "GMT$" }
                    expires_after: 1d
              - name: too-short
                url: "https://127.0.0.1:\(server.port)/"
                expect: { certificate: { expires_after: 3d } }
            """, to: "certificate.yaml")
        let certificate = try await runVolley(["run", checked, "--cacert", certificates.caCertificate])
        #expect(certificate.exitCode == 1, "\(certificate)")
        #expect(certificate.stdout.contains("✓ valid") || certificate.stdout.contains("valid"), "\(certificate)")
        #expect(certificate.stdout.contains("certificate seconds until expiry"), "\(certificate)")
        #expect(!certificate.stdout.contains("subject"), "only the lifetime check fails: \(certificate)")
    }
}
