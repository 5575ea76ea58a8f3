import ArgumentParser
import VolleyCore
import VolleyRun

/// How requests are sent, with curl's flag names: TLS files, HTTP version, proxy, routing,
/// headers, redirects, compression and cookies. The values are checked and turned into
/// `TransportSettings` by `TransportFlags` (VolleyRun).
struct TransportOptions: ParsableArguments {
    @Option(help: ArgumentHelp(
        "CA certificates (PEM) to trust instead of the system's; default: CURL_CA_BUNDLE, else SSL_CERT_FILE and SSL_CERT_DIR.",
        valueName: "file"), completion: .file())
    var cacert: String?

    @Option(name: [.customShort("E"), .long], help: ArgumentHelp("Client certificate (PEM).", valueName: "file"), completion: .file())
    var cert: String?

    @Option(help: ArgumentHelp("Private key of the client certificate (PEM).", valueName: "file"), completion: .file())
    var key: String?

    @Flag(name: .customLong("http1.0"), help: "Speak HTTP/1.0.") var http1_0 = false
    @Flag(name: .customLong("http1.1"), help: "Speak HTTP/1.1.") var http1_1 = false
    @Flag(name: .customLong("http2"), help: "Ask for HTTP/2 over TLS (HTTP/1.1 when the server declines).") var http2 = false
    @Flag(name: .customLong("http2-prior-knowledge"), help: "Speak HTTP/2 from the first byte, also over plain http (h2c).")
    var http2PriorKnowledge = false
    @Flag(name: .customLong("http3"), help: "Speak HTTP/3 (only with a libcurl built for it).") var http3 = false

    @Option(name: [.customShort("x"), .long], help: ArgumentHelp(
        "Proxy URL for every request (http://host:port, socks5h://…); default: http_proxy, https_proxy, no_proxy.",
        valueName: "url"))
    var proxy: String?

    @Option(help: ArgumentHelp(
        "Hosts to reach without the proxy, comma-separated (names, domains, addresses, CIDR; '*' for all); default: no_proxy.",
        valueName: "list"))
    var noproxy: String?

    @Option(help: ArgumentHelp("Resolve HOST:PORT to ADDR instead of asking DNS. Repeatable.", valueName: "host:port:addr"))
    var resolve: [String] = []

    @Option(name: .customLong("connect-to"), help: ArgumentHelp(
        "Connect to HOST2:PORT2 for requests to HOST:PORT. Repeatable.", valueName: "host:port:host2:port2"))
    var connectTo: [String] = []

    @Flag(name: [.customShort("4"), .customLong("ipv4")], help: "Resolve names to IPv4 addresses only.") var ipv4 = false
    @Flag(name: [.customShort("6"), .customLong("ipv6")], help: "Resolve names to IPv6 addresses only.") var ipv6 = false

    @Option(name: .customLong("unix-socket"), help: ArgumentHelp("Connect through this Unix domain socket.", valueName: "path"))
    var unixSocket: String?

    @Option(name: [.customShort("A"), .customLong("user-agent")], help: ArgumentHelp(
        "User-Agent for every request (a request's 'user_agent:' wins).", valueName: "text"))
    var userAgent: String?

    @Option(name: [.customShort("H"), .customLong("header")], help: ArgumentHelp(
        "Add a header to every request, replacing a same-named one. Repeatable.", valueName: "'Name: value'"))
    var headers: [String] = []

    @Option(name: .customLong("max-redirs"), help: ArgumentHelp("Most redirects to follow; default 10.", valueName: "n"))
    var maxRedirects: Int?

    @Flag(help: "Ask for a compressed response (Accept-Encoding: gzip, deflate, br, zstd). Responses are decoded either way.")
    var compressed = false

    @Option(name: [.customShort("b"), .customLong("cookie")], help: ArgumentHelp(
        "Start with the cookies of this Netscape cookie file.", valueName: "file"), completion: .file())
    var cookieFile: String?

    @Option(name: [.customShort("c"), .customLong("cookie-jar")], help: ArgumentHelp(
        "Write the run's cookies to this file (Netscape format) when it ends.", valueName: "file"), completion: .file())
    var cookieJar: String?

    var flags: TransportFlags {
        var flags = TransportFlags()
        flags.caCertificate = cacert
        flags.clientCertificate = cert
        flags.clientKey = key
        let versions: [(given: Bool, version: HTTPVersion)] = [
            (http1_0, .http1_0), (http1_1, .http1_1), (http2, .http2), (http2PriorKnowledge, .http2PriorKnowledge),
            (http3, .http3),
        ]
        flags.httpVersions = versions.filter(\.given).map(\.version)
        flags.proxy = proxy
        flags.noProxy = noproxy
        flags.resolve = resolve
        flags.connectTo = connectTo
        flags.ipv4 = ipv4
        flags.ipv6 = ipv6
        flags.unixSocket = unixSocket
        flags.userAgent = userAgent
        flags.headers = headers
        flags.maxRedirects = maxRedirects
        flags.compressed = compressed
        return flags
    }
}

extension TransportFlags.Problem.Option {
    /// The flag as typed, for the executable's message.
    var flag: String {
        switch self {
        case .caCertificate: "--cacert"
        case .clientCertificate: "--cert"
        case .clientKey: "--key"
        case .httpVersion: "--http1.0/--http1.1/--http2/--http2-prior-knowledge/--http3:"
        case .resolve: "--resolve"
        case .connectTo: "--connect-to"
        case .ipVersion: "-4/-6:"
        case .unixSocket: "--unix-socket:"
        case .header: "-H"
        case .maxRedirects: "--max-redirs"
        case .noProxy: "--noproxy:"
        }
    }
}
