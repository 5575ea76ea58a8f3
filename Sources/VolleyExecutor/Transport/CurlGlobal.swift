internal import CCurl

/// `curl_global_init` is not thread-safe, so it runs exactly once, before the first handle exists.
/// A Swift global's initializer is run once, atomically (swift_once), which gives us that.
enum CurlGlobal {
    private static let initialized: Bool = curl_global_init(Int(CURL_GLOBAL_ALL)) == CURLE_OK

    static func ensureInitialized() -> Bool { initialized }

    static var version: String {
        String(cString: curl_version())
    }

    /// libcurl's feature names (`HTTP2`, `SSL`, `libz`, ...), as `curl --version` lists them.
    static var features: [String] {
        guard let info = volley_version_info(), var names = info.pointee.feature_names else { return [] }
        var found: [String] = []
        while let name = names.pointee {
            found.append(String(cString: name))
            names += 1
        }
        return found
    }
}
