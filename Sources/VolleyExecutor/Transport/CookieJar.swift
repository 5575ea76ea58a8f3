internal import CCurl
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The cookies of one run: a libcurl share that every transport of the run attaches its handle
/// to, so a cookie one worker's response sets is sent by the next request of any worker, by
/// libcurl's own domain, path, expiry and `Secure` rules, and on every hop of a redirect chain.
/// The run owns it (`RunSession`) and hands it to each transport it makes. Sendable: libcurl
/// takes the share's locks (below) around every use of the cookies.
public final class CookieJar: @unchecked Sendable {
    let share: UnsafeMutableRawPointer
    /// One mutex per kind of data libcurl locks (`curl_lock_data`), recursive in case libcurl
    /// takes one while holding another of the same kind.
    private let locks: UnsafeMutablePointer<pthread_mutex_t>
    private static let lockCount = Int(CURL_LOCK_DATA_LAST.rawValue) + 1

    public init() throws(TransportError) {
        guard CurlGlobal.ensureInitialized(), let share = curl_share_init() else {
            throw TransportError(kind: .other, message: "libcurl failed to create a cookie jar", curlCode: -1, url: "")
        }
        self.share = share
        locks = .allocate(capacity: Self.lockCount)
        var attributes = pthread_mutexattr_t()
        pthread_mutexattr_init(&attributes)
        pthread_mutexattr_settype(&attributes, Int32(PTHREAD_MUTEX_RECURSIVE))
        for index in 0..<Self.lockCount { pthread_mutex_init(locks + index, &attributes) }
        pthread_mutexattr_destroy(&attributes)
        _ = volley_share_setopt_pointer(share, CURLSHOPT_USERDATA, UnsafeMutableRawPointer(locks))
        _ = volley_share_setopt_lock(share, cookieJarLock)
        _ = volley_share_setopt_unlock(share, cookieJarUnlock)
        guard volley_share_setopt_long(share, CURLSHOPT_SHARE, Int(CURL_LOCK_DATA_COOKIE.rawValue)) == CURLSHE_OK else {
            curl_share_cleanup(share)
            throw TransportError(kind: .other, message: "libcurl cannot share cookies", curlCode: -1, url: "")
        }
    }

    deinit {
        // Every transport holds the jar, so none is attached any more.
        curl_share_cleanup(share)
        for index in 0..<Self.lockCount { pthread_mutex_destroy(locks + index) }
        locks.deallocate()
    }

    /// Adds the cookies of a Netscape cookie file (curl's `-b FILE`, `-c FILE` format): one
    /// cookie a line, tab-separated, `#HttpOnly_` before the domain of an HTTP-only cookie.
    /// Comments and blank lines are skipped; returns how many lines were taken as cookies.
    @discardableResult
    public func load(netscape text: String) -> Int {
        withHandle { handle in
            var added = 0
            for line in text.split(whereSeparator: { $0 == "\n" || $0 == "\r\n" || $0 == "\r" }) {
                let isComment = line.hasPrefix("#") && !line.hasPrefix("#HttpOnly_")
                guard !isComment, line.contains("\t") else { continue }
                if volley_easy_setopt_string(handle, CURLOPT_COOKIELIST, String(line)) == CURLE_OK { added += 1 }
            }
            return added
        } ?? 0
    }

    /// The jar as a Netscape cookie file, as curl's `-c FILE` writes it.
    public func netscapeFile() -> String {
        "# Netscape HTTP Cookie File\n# Written by Volley; curl reads this file with -b.\n\n"
            + netscapeLines().map { $0 + "\n" }.joined()
    }

    /// One Netscape cookie-file line per cookie, as libcurl lists them (`CURLINFO_COOKIELIST`).
    func netscapeLines() -> [String] {
        withHandle { handle -> [String] in
            var list: UnsafeMutablePointer<curl_slist>? = nil
            guard volley_easy_getinfo_slist(handle, CURLINFO_COOKIELIST, &list) == CURLE_OK else { return [] }
            defer { curl_slist_free_all(list) }
            var lines: [String] = []
            var item = list
            while let node = item {
                if let data = node.pointee.data { lines.append(String(cString: data)) }
                item = node.pointee.next
            }
            return lines
        } ?? []
    }

    /// A throwaway easy handle attached to the jar, for reading or writing it outside a transfer.
    func withHandle<T>(_ body: (UnsafeMutableRawPointer) -> T) -> T? {
        guard let handle = curl_easy_init() else { return nil }
        defer { curl_easy_cleanup(handle) }
        guard volley_easy_setopt_pointer(handle, CURLOPT_SHARE, share) == CURLE_OK else { return nil }
        return body(handle)
    }
}

private let cookieJarLock: @convention(c) (UnsafeMutableRawPointer?, curl_lock_data, curl_lock_access, UnsafeMutableRawPointer?) -> Void = {
    _, data, _, userData in
    guard let locks = userData?.assumingMemoryBound(to: pthread_mutex_t.self) else { return }
    pthread_mutex_lock(locks + Int(data.rawValue))
}

private let cookieJarUnlock: @convention(c) (UnsafeMutableRawPointer?, curl_lock_data, UnsafeMutableRawPointer?) -> Void = {
    _, data, userData in
    guard let locks = userData?.assumingMemoryBound(to: pthread_mutex_t.self) else { return }
    pthread_mutex_unlock(locks + Int(data.rawValue))
}
