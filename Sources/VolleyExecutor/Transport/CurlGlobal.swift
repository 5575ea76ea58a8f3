internal import CCurl

/// `curl_global_init` is not thread-safe, so it runs exactly once, before the first handle exists.
/// A Swift global's initializer is run once, atomically (swift_once), which gives us that.
enum CurlGlobal {
    private static let initialized: Bool = curl_global_init(Int(CURL_GLOBAL_ALL)) == CURLE_OK

    static func ensureInitialized() -> Bool { initialized }

    static var version: String {
        String(cString: curl_version())
    }
}
