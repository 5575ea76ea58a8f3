import VolleyCore
import VolleyExecutor
import VolleySecrets

/// The transport options of the command line as typed, checked here (not in the executable)
/// and laid over `TransportSettings`. The messages name each option by curl's flag, which the
/// executable passes back as the `flag` of a `Problem`.
public struct TransportFlags: Sendable {
    public var caCertificate: String?
    public var clientCertificate: String?
    public var clientKey: String?
    /// Each HTTP version flag given; more than one is an error.
    public var httpVersions: [HTTPVersion] = []
    public var proxy: String?
    /// `--noproxy LIST`: hosts that skip the proxy; over `no_proxy` / `NO_PROXY`.
    public var noProxy: String?
    public var resolve: [String] = []
    public var connectTo: [String] = []
    public var ipv4 = false
    public var ipv6 = false
    public var unixSocket: String?
    public var userAgent: String?
    /// `Name: value` lines.
    public var headers: [String] = []
    public var maxRedirects: Int?
    public var compressed = false
    /// Where `CURL_CA_BUNDLE`, `SSL_CERT_FILE` and `SSL_CERT_DIR` are read, as curl's command line reads them:
    /// libcurl itself does not, and OpenSSL's variable is shadowed by libcurl's built-in bundle.
    public var environment: [String: String] = ProcessEnvironment.variables

    public init() {}

    /// What is wrong with one option: which (`option`, the executable spells it) and why.
    public struct Problem: Error, Sendable, Equatable {
        public enum Option: Sendable, Equatable {
            case caCertificate, clientCertificate, clientKey, httpVersion, resolve, connectTo, ipVersion, unixSocket
            case header, maxRedirects, noProxy
        }
        public var option: Option
        public var message: String
    }

    /// `settings` with these options on top; the first problem found is thrown.
    public func apply(to settings: inout TransportSettings, fileKind: (String) -> FileSystem.Kind = FileSystem.kind) throws(Problem) {
        for (path, option) in [(caCertificate, Problem.Option.caCertificate), (clientCertificate, .clientCertificate), (clientKey, .clientKey)] {
            guard let path else { continue }
            switch fileKind(path) {
            case .file: break
            case .missing: throw Problem(option: option, message: "'\(path)': no such file")
            case .directory: throw Problem(option: option, message: "'\(path)': it is a directory")
            case .other: throw Problem(option: option, message: "'\(path)': not a regular file")
            }
        }
        if clientKey != nil, clientCertificate == nil {
            throw Problem(option: .clientKey, message: "a key needs its client certificate as well")
        }
        if let file = caCertificate ?? settings.tls.certificateAuthority {
            settings.tls.certificateAuthority = file
        } else {
            let trust = environmentTrust
            settings.tls.certificateAuthority = trust.file
            settings.tls.certificateDirectory = trust.directory
        }
        settings.tls.clientCertificate = clientCertificate ?? settings.tls.clientCertificate
        settings.tls.clientKey = clientKey ?? settings.tls.clientKey

        guard httpVersions.count <= 1 else {
            throw Problem(option: .httpVersion, message: "give at most one HTTP version")
        }
        if let version = httpVersions.first {
            if version == .http3, !HTTPVersionPreference.http3Available {
                throw Problem(
                    option: .httpVersion,
                    message: "HTTP/3 is not available: this libcurl (\(CurlTransport.libcurlVersion)) was built without it")
            }
            settings.httpVersion = HTTPVersionPreference(version)
        }
        if let proxy { settings.proxy = proxy }
        if let noProxy {
            guard !noProxy.utf8.contains(where: { $0 == 10 || $0 == 13 || $0 == 0 }) else {
                throw Problem(option: .noProxy, message: "the host list holds a line break")
            }
            settings.noProxy = noProxy
        }
        for entry in resolve where !Self.isRoute(entry, parts: 3) {
            throw Problem(option: .resolve, message: "'\(entry)' is not HOST:PORT:ADDRESS")
        }
        for entry in connectTo where !Self.isRoute(entry, parts: 4) {
            throw Problem(option: .connectTo, message: "'\(entry)' is not HOST:PORT:CONNECT-TO-HOST:CONNECT-TO-PORT")
        }
        settings.network.resolve = resolve
        settings.network.connectTo = connectTo
        guard !(ipv4 && ipv6) else { throw Problem(option: .ipVersion, message: "give IPv4 or IPv6 only, not both") }
        settings.network.ipVersion = ipv4 ? .v4 : ipv6 ? .v6 : .any
        if let unixSocket {
            guard !unixSocket.isEmpty else { throw Problem(option: .unixSocket, message: "the socket path must not be empty") }
            settings.network.unixSocket = unixSocket
        }
        if let userAgent { settings.userAgent = userAgent }
        for line in headers { settings.extraHeaders.append(try Self.header(line)) }
        if let maxRedirects {
            guard (0...100).contains(maxRedirects) else {
                throw Problem(option: .maxRedirects, message: "must be from 0 to 100")
            }
            settings.maxRedirects = maxRedirects
        }
        if compressed { settings.compressed = true }
    }

    /// The CA file and directory the environment names, in curl's order: `CURL_CA_BUNDLE` alone
    /// when set; otherwise `SSL_CERT_FILE` and `SSL_CERT_DIR` (OpenSSL's names), both if both are set.
    var environmentTrust: (file: String?, directory: String?) {
        func named(_ name: String) -> String? {
            guard let value = environment[name], !value.isEmpty else { return nil }
            return value
        }
        if let bundle = named("CURL_CA_BUNDLE") { return (bundle, nil) }
        return (named("SSL_CERT_FILE"), named("SSL_CERT_DIR"))
    }

    /// `Name: value`, as curl's `-H` takes it; `Name;` sends an empty value.
    static func header(_ line: String) throws(Problem) -> HTTPHeader {
        let separator = line.firstIndex(where: { $0 == ":" || $0 == ";" })
        guard let separator else {
            throw Problem(option: .header, message: "'\(line)' is not 'Name: value'")
        }
        let name = String(line[..<separator])
        let value = line[line.index(after: separator)...].trimmingWhitespace()
        let isToken = !name.isEmpty && name.utf8.allSatisfy { byte in
            byte > 0x20 && byte < 0x7F && !"()<>@,;:\\\"/[]?={}".utf8.contains(byte)
        }
        guard isToken else { throw Problem(option: .header, message: "'\(name)' is not a header name") }
        guard line[separator] == ":" || value.isEmpty else {
            throw Problem(option: .header, message: "'\(line)' is not 'Name: value'")
        }
        guard !value.utf8.contains(where: { $0 == 10 || $0 == 13 || $0 == 0 }) else {
            throw Problem(option: .header, message: "the value of '\(name)' holds a line break")
        }
        return HTTPHeader(name: name, value: value)
    }

    /// `a:b:c` with `parts` non-empty fields (an IPv6 address in brackets counts as one); the
    /// host and port of `--connect-to` may be empty, meaning any.
    private static func isRoute(_ entry: String, parts: Int) -> Bool {
        var fields: [String] = []
        var current = ""
        var inBrackets = false
        for character in entry {
            if character == "[" { inBrackets = true }
            if character == "]" { inBrackets = false }
            if character == ":", !inBrackets, fields.count < parts - 1 {
                fields.append(current)
                current = ""
            } else {
                current.append(character)
            }
        }
        fields.append(current)
        guard fields.count == parts else { return false }
        if parts == 3 { return !fields[0].isEmpty && Int(fields[1]) != nil && !fields[2].isEmpty }
        return (fields[1].isEmpty || Int(fields[1]) != nil) && (fields[3].isEmpty || Int(fields[3]) != nil)
    }
}
