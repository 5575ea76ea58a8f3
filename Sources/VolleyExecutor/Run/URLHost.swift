/// The part of a URL that quotas and pacing are kept per: `host:port`, lowercased.
enum URLHost {
    static func of(_ url: String) -> String {
        var rest = Substring(url)
        if let scheme = rest.firstRange(of: "://") { rest = rest[scheme.upperBound...] }
        let authority = rest.prefix { $0 != "/" && $0 != "?" && $0 != "#" }
        // Credentials in the URL are not part of the host (and must never be printed as one).
        let hostPort = authority.split(separator: "@").last ?? authority
        return hostPort.lowercased()
    }
}
