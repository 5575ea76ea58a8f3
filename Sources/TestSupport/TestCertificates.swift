import Foundation

/// A certificate authority, a server certificate for 127.0.0.1 and a client certificate (with a
/// passphrase-protected copy of its key), made with `openssl` at test time, so no key is ever
/// committed. nginx reads them, so the folder is opened to its unprivileged workers.
public struct TestCertificates: Sendable {
    public let directory: TemporaryDirectory
    public var caCertificate: String { directory.path("ca.pem") }
    public var serverCertificate: String { directory.path("server.pem") }
    public var serverKey: String { directory.path("server.key") }
    public var clientCertificate: String { directory.path("client.pem") }
    public var clientKey: String { directory.path("client.key") }
    /// The client key encrypted with `passphrase`.
    public var encryptedClientKey: String { directory.path("client-encrypted.key") }
    public let passphrase = "test-passphrase"

    public init() throws {
        directory = try TemporaryDirectory(prefix: "volley-tls")
        let d = directory.path
        try directory.write("subjectAltName=IP:127.0.0.1,DNS:localhost\n", to: "server.ext")
        let steps: [[String]] = [
            ["req", "-x509", "-newkey", "rsa:2048", "-nodes", "-keyout", "\(d)/ca.key", "-out", "\(d)/ca.pem",
             "-days", "2", "-subj", "/CN=Volley Test CA"],
            ["req", "-newkey", "rsa:2048", "-nodes", "-keyout", "\(d)/server.key", "-out", "\(d)/server.csr",
             "-subj", "/CN=127.0.0.1/O=Volley Test Server"],
            ["x509", "-req", "-in", "\(d)/server.csr", "-CA", "\(d)/ca.pem", "-CAkey", "\(d)/ca.key", "-CAcreateserial",
             "-out", "\(d)/server.pem", "-days", "2", "-extfile", "\(d)/server.ext"],
            ["req", "-newkey", "rsa:2048", "-nodes", "-keyout", "\(d)/client.key", "-out", "\(d)/client.csr",
             "-subj", "/CN=volley-client"],
            ["x509", "-req", "-in", "\(d)/client.csr", "-CA", "\(d)/ca.pem", "-CAkey", "\(d)/ca.key", "-CAcreateserial",
             "-out", "\(d)/client.pem", "-days", "2"],
            ["pkey", "-in", "\(d)/client.key", "-out", "\(d)/client-encrypted.key", "-aes256", "-passout", "pass:test-passphrase"],
        ]
        for arguments in steps {
            let process = Process()
            process.executableURL = URL(fileURLWithPath: "/usr/bin/openssl")
            process.arguments = arguments
            process.standardOutput = FileHandle.nullDevice
            process.standardError = FileHandle.nullDevice
            try process.run()
            process.waitUntilExit()
            guard process.terminationStatus == 0 else {
                throw HelperFailure("openssl \(arguments.prefix(2).joined(separator: " ")) failed")
            }
        }
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: d)
        for file in ["ca.pem", "server.pem", "server.key"] {
            try FileManager.default.setAttributes([.posixPermissions: 0o644], ofItemAtPath: "\(d)/\(file)")
        }
    }
}
