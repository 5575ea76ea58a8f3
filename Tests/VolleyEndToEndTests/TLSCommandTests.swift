import Foundation
import Testing
import TestSupport

/// TLS flags of `volley run` against nginx with a CA made at test time: `--cacert`,
/// `SSL_CERT_FILE` / `SSL_CERT_DIR` / `CURL_CA_BUNDLE` (and their order), a client certificate with `--cert`/`--key`, and
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

        // SSL_CERT_DIR: a directory holding the CA under OpenSSL's hash name, as `c_rehash` leaves it.
        let trustDirectory = try await hashedCADirectory(certificates.caCertificate, in: dir.path("hashed"))
        let byDirectory = try await runVolley(["run", file], environment: ["SSL_CERT_DIR": trustDirectory])
        #expect(byDirectory.exitCode == 0, "SSL_CERT_DIR: \(byDirectory)")
        // CURL_CA_BUNDLE wins over SSL_CERT_DIR (curl's order): a bundle without our CA fails.
        let bundleFirst = try await runVolley(
            ["run", file], environment: ["CURL_CA_BUNDLE": certificates.clientCertificate, "SSL_CERT_DIR": trustDirectory])
        #expect(bundleFirst.exitCode == 3, "CURL_CA_BUNDLE first: \(bundleFirst)")
        // --cacert wins over the environment.
        let flagFirst = try await runVolley(
            ["run", file, "--cacert", certificates.caCertificate], environment: ["CURL_CA_BUNDLE": certificates.clientCertificate])
        #expect(flagFirst.exitCode == 0, "--cacert first: \(flagFirst)")

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

/// A CA directory at `directory` holding the certificate at `path` as `HASH.0`, the name OpenSSL
/// looks a CA up by (what `c_rehash` leaves).
private func hashedCADirectory(_ path: String, in directory: String) async throws -> String {
    let hash = try await RunningProcess(
        executable: "/usr/bin/openssl", arguments: ["x509", "-hash", "-noout", "-in", path]).wait()
    guard hash.exitCode == 0 else { throw HashFailure(result: hash) }
    let name = hash.stdout.trimmingCharacters(in: .whitespacesAndNewlines) + ".0"
    try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
    try FileManager.default.copyItem(atPath: path, toPath: directory + "/" + name)
    return directory
}

private struct HashFailure: Error { var result: ProcessResult }
