/// Scheme, host and port of a URL, as libcurl's URL parser reads them (default ports filled in):
/// the unit curl's `--location-trusted` rule compares before it sends credentials on.
struct URLOrigin: Equatable {
    var scheme: String
    var host: String
    var port: String

    init?(_ url: String) {
        guard let parts = URLParts(url), let port = parts.port else { return nil }
        scheme = parts.scheme
        host = parts.host.lowercased()
        self.port = port
    }
}
