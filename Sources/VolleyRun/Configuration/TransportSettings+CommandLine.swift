import VolleyExecutor

extension TransportSettings {
    /// The defaults with what the command line gave on top. A timeout given there beats a
    /// request's own `timeout:`; without one, the request's (or 30 s) applies.
    public static func commandLine(
        timeout: Duration?, connectTimeout: Duration?, insecure: Bool, followRedirects: Bool, trustRedirects: Bool,
        maxBodyBytes: Int
    ) -> TransportSettings {
        var settings = TransportSettings(
            insecure: insecure, followRedirects: followRedirects || trustRedirects, trustRedirects: trustRedirects,
            maxBodyBytes: maxBodyBytes)
        if let timeout {
            settings.timeout = timeout
            settings.timeoutIsExplicit = true
        }
        if let connectTimeout { settings.connectTimeout = connectTimeout }
        return settings
    }
}
