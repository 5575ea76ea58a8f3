internal import CCurl
import VolleyCore

/// An HTTP client over one libcurl easy handle. Reusing the handle keeps connections alive across
/// a sequential run. Not Sendable on purpose: each worker owns its own transport, made by
/// `TransportFactory.curl`.
public final class CurlTransport: Transport {
    let handle: UnsafeMutableRawPointer
    private let recorder = ExchangeRecorder()
    private let errorBuffer = UnsafeMutablePointer<CChar>.allocate(capacity: Int(CURL_ERROR_SIZE) + 1)
    private let userAgent: String
    /// The run's cookies; nil sends none and keeps none (a transport made on its own).
    private let cookieJar: CookieJar?
    /// Whether the handle is attached to `cookieJar` now: `curl_easy_reset` keeps it attached.
    private var attachedToJar = false

    /// - Parameters:
    ///   - cancellation: when set, a transfer in flight is aborted as soon as it is cancelled.
    ///   - cookieJar: the run's jar, shared with its other transports.
    public init(
        userAgent: String = "volley/\(VolleyVersion.current)", cancellation: CancellationFlag? = nil,
        cookieJar: CookieJar? = nil
    ) throws(TransportError) {
        guard CurlGlobal.ensureInitialized(), let handle = curl_easy_init() else {
            throw TransportError(kind: .other, message: "libcurl failed to initialise", curlCode: -1, url: "")
        }
        self.handle = handle
        self.userAgent = userAgent
        self.cookieJar = cookieJar
        recorder.cancellation = cancellation
    }

    deinit {
        curl_easy_cleanup(handle)
        errorBuffer.deallocate()
    }

    /// Initializes libcurl for the process. Call once at start-up, before any thread exists:
    /// `curl_global_init` is not thread-safe. Transports call it too, harmlessly, as a fallback.
    @discardableResult
    public static func initializeLibrary() -> Bool { CurlGlobal.ensureInitialized() }

    /// libcurl's version line, for `volley --version` and bug reports.
    public static var libcurlVersion: String { CurlGlobal.version }

    /// libcurl's features (`HTTP2`, `SSL`, ...), for `volley --version`: what this build can speak.
    public static var libcurlFeatures: [String] { CurlGlobal.features }

    /// Sends one request and waits for the whole response; with `followRedirects`, follows the
    /// redirect chain one transfer per hop (see `followRedirects`).
    public func perform(_ request: TransportRequest) throws(TransportError) -> TransportResponse {
        request.settings.followRedirects ? try followRedirects(from: request) : try performHop(request)
    }

    /// One transfer: libcurl never follows a redirect itself.
    func performHop(_ request: TransportRequest) throws(TransportError) -> TransportResponse {
        recorder.reset()
        errorBuffer[0] = 0
        // Reset clears options but keeps live connections, the DNS cache and TLS sessions.
        curl_easy_reset(handle)
        var headerList: UnsafeMutablePointer<curl_slist>? = nil
        // libcurl reads --resolve and --connect-to lists during the transfer: freed after it.
        var routeLists: [UnsafeMutablePointer<curl_slist>?] = []
        defer {
            curl_slist_free_all(headerList)
            for list in routeLists { curl_slist_free_all(list) }
        }

        if let refusal = CurlSizeLimits.urlRefusal(request) {
            throw TransportError(
                kind: .invalidRequest, message: refusal, curlCode: Int(CURLE_BAD_FUNCTION_ARGUMENT.rawValue), url: request.url)
        }
        do {
            try configure(request, headerList: &headerList, routeLists: &routeLists)
        } catch {
            throw TransportError(kind: .invalidRequest, message: error.message, curlCode: Int(error.code.rawValue), url: request.url)
        }

        recorder.maxBodyBytes = request.settings.maxBodyBytes
        let code = curl_easy_perform(handle)
        guard code == CURLE_OK else {
            var error = failure(code, request: request)
            error.trace = recorder.trace.output
            throw error
        }
        return collect(request)
    }

    /// Why the transfer failed, most particular reason first.
    private func failure(_ code: CURLcode, request: TransportRequest) -> TransportError {
        if recorder.bodyTooLarge {
            return TransportError(
                kind: .other,
                message: TransportError.bodyTooLarge(limit: request.settings.maxBodyBytes, names: .plain),
                curlCode: Int(CURLE_FILESIZE_EXCEEDED.rawValue), url: request.url, bodyLimit: request.settings.maxBodyBytes)
        }
        if code == CURLE_OUT_OF_MEMORY, let refusal = CurlSizeLimits.headRefusal(request) {
            return TransportError(kind: .invalidRequest, message: refusal, curlCode: Int(code.rawValue), url: request.url)
        }
        return transportError(code, request: request)
    }

    private func configure(
        _ request: TransportRequest, headerList: inout UnsafeMutablePointer<curl_slist>?,
        routeLists: inout [UnsafeMutablePointer<curl_slist>?]
    ) throws(CurlOptionError) {
        let settings = request.settings
        try set(CURLOPT_URL, request.url)
        // Only HTTP: a shared collection must not read local files (file://) or speak other protocols.
        try set(CURLOPT_PROTOCOLS_STR, "http,https")
        try set(CURLOPT_REDIR_PROTOCOLS_STR, "http,https")
        try set(CURLOPT_NOSIGNAL, 1)  // timeouts without SIGALRM, required off the main thread
        try set(CURLOPT_ERRORBUFFER, UnsafeMutableRawPointer(errorBuffer))
        try set(CURLOPT_TIMEOUT_MS, Int(settings.timeout.milliseconds.rounded(.up)))
        try set(CURLOPT_CONNECTTIMEOUT_MS, Int(settings.connectTimeout.milliseconds.rounded(.up)))
        try set(CURLOPT_USERAGENT, settings.userAgent ?? userAgent)
        try configureConnection(settings)
        if !settings.network.isDefault { try configureRoutes(settings.network, lists: &routeLists) }
        try configureCookies(settings)
        // Decoding needs ACCEPT_ENCODING set; without --compressed its header is taken out
        // below, so a server that compresses anyway is still decoded before assertions.
        try set(CURLOPT_ACCEPT_ENCODING, "")

        try configureMethod(request)

        for header in request.headers {
            // `Name;` is libcurl's spelling for a header sent with an empty value.
            let line = header.value.isEmpty ? "\(header.name);" : "\(header.name): \(header.value)"
            headerList = curl_slist_append(headerList, line)
        }
        // libcurl 7.88's SigV4 signs these removal entries as empty headers it then does not send,
        // so the server's signature would differ: an AWS-signed request goes without them.
        let removesHeaders = settings.awsSigV4 == nil
        // "Expect:" stops libcurl from waiting on `100 Continue` before large bodies: one round trip less.
        if removesHeaders, !request.headers.contains(where: { $0.name.caseInsensitiveEquals("Expect") }) {
            headerList = curl_slist_append(headerList, "Expect:")
        }
        if removesHeaders, !settings.compressed,
            !request.headers.contains(where: { $0.name.caseInsensitiveEquals("Accept-Encoding") }) {
            headerList = curl_slist_append(headerList, "Accept-Encoding:")
        }
        // libcurl labels every POSTFIELDS body a form; a body the caller did not type has no type.
        if removesHeaders, !request.headers.contains(where: { $0.name.caseInsensitiveEquals("Content-Type") }) {
            headerList = curl_slist_append(headerList, "Content-Type:")
        }
        try check(volley_easy_setopt_slist(handle, CURLOPT_HTTPHEADER, headerList), "HTTPHEADER")

        let box = Unmanaged.passUnretained(recorder).toOpaque()
        try check(volley_easy_setopt_write_callback(handle, CURLOPT_WRITEFUNCTION, curlWriteBody), "WRITEFUNCTION")
        try set(CURLOPT_WRITEDATA, box)
        try check(volley_easy_setopt_write_callback(handle, CURLOPT_HEADERFUNCTION, curlWriteHeader), "HEADERFUNCTION")
        try set(CURLOPT_HEADERDATA, box)
        // The debug callback is the only place libcurl shows the request headers it really wrote.
        // It needs VERBOSE, which makes libcurl format a note for every step of every transfer
        // (~7k instructions a request): set only when the headers or the trace are shown.
        recorder.tracing = settings.trace
        recorder.keepsEncodedBody = settings.keepEncodedBody
        if settings.trace || settings.recordSentHeaders || settings.keepEncodedBody {
            try check(volley_easy_setopt_debug_callback(handle, curlDebug), "DEBUGFUNCTION")
            try set(CURLOPT_DEBUGDATA, box)
            try set(CURLOPT_VERBOSE, 1)
        }
        if recorder.cancellation != nil {
            // The progress callback runs often during a transfer; returning non-zero aborts it (Ctrl-C).
            try check(volley_easy_setopt_xferinfo_callback(handle, curlProgress), "XFERINFOFUNCTION")
            try set(CURLOPT_XFERINFODATA, box)
            try set(CURLOPT_NOPROGRESS, 0)
        }
    }

    /// TLS, HTTP version and proxy: only what a request's settings name is set, so the defaults
    /// stay libcurl's (and a request without settings costs no extra calls).
    private func configureConnection(_ settings: TransportSettings) throws(CurlOptionError) {
        if settings.insecure {
            try set(CURLOPT_SSL_VERIFYPEER, 0)
            try set(CURLOPT_SSL_VERIFYHOST, 0)
        }
        if let file = settings.tls.certificateAuthority { try set(CURLOPT_CAINFO, file) }
        if let directory = settings.tls.certificateDirectory { try set(CURLOPT_CAPATH, directory) }
        if let file = settings.tls.clientCertificate { try set(CURLOPT_SSLCERT, file) }
        if let file = settings.tls.clientKey { try set(CURLOPT_SSLKEY, file) }
        if let password = settings.tls.keyPassword { try set(CURLOPT_KEYPASSWD, password) }
        if let proxy = settings.proxy { try set(CURLOPT_PROXY, proxy) }
        if let noProxy = settings.noProxy { try set(CURLOPT_NOPROXY, noProxy) }
        if let credentials = settings.challengeAuth {
            try set(CURLOPT_HTTPAUTH, Int(credentials.scheme == .ntlm ? volley_auth_ntlm : volley_auth_digest))
            try set(CURLOPT_USERNAME, credentials.username)
            try set(CURLOPT_PASSWORD, credentials.password)
        }
        if let aws = settings.awsSigV4 {
            try set(CURLOPT_AWS_SIGV4, aws.provider)
            try set(CURLOPT_USERNAME, aws.accessKey)
            try set(CURLOPT_PASSWORD, aws.secretKey)
        }
        if settings.certificateInfo {
            try set(CURLOPT_CERTINFO, 1)
            try set(CURLOPT_FRESH_CONNECT, 1)
        }
        switch settings.httpVersion {
        case .automatic: break
        case .http1_0: try set(CURLOPT_HTTP_VERSION, Int(CURL_HTTP_VERSION_1_0))
        case .http1_1: try set(CURLOPT_HTTP_VERSION, Int(CURL_HTTP_VERSION_1_1))
        case .http2: try set(CURLOPT_HTTP_VERSION, Int(CURL_HTTP_VERSION_2TLS))
        case .http2PriorKnowledge: try set(CURLOPT_HTTP_VERSION, Int(CURL_HTTP_VERSION_2_PRIOR_KNOWLEDGE))
        case .http3: try set(CURLOPT_HTTP_VERSION, Int(CURL_HTTP_VERSION_3ONLY))
        }
    }

    /// `--resolve`, `--connect-to`, `-4`/`-6`, `--unix-socket`.
    private func configureRoutes(_ routes: NetworkRoutes, lists: inout [UnsafeMutablePointer<curl_slist>?]) throws(CurlOptionError) {
        if !routes.resolve.isEmpty {
            var list: UnsafeMutablePointer<curl_slist>? = nil
            for entry in routes.resolve { list = curl_slist_append(list, entry) }
            lists.append(list)
            try check(volley_easy_setopt_slist(handle, CURLOPT_RESOLVE, list), "RESOLVE")
        }
        if !routes.connectTo.isEmpty {
            var list: UnsafeMutablePointer<curl_slist>? = nil
            for entry in routes.connectTo { list = curl_slist_append(list, entry) }
            lists.append(list)
            try check(volley_easy_setopt_slist(handle, CURLOPT_CONNECT_TO, list), "CONNECT_TO")
        }
        switch routes.ipVersion {
        case .any: break
        case .v4: try set(CURLOPT_IPRESOLVE, Int(CURL_IPRESOLVE_V4))
        case .v6: try set(CURLOPT_IPRESOLVE, Int(CURL_IPRESOLVE_V6))
        }
        if let path = routes.unixSocket { try set(CURLOPT_UNIX_SOCKET_PATH, path) }
    }

    /// Attaches the handle to the run's jar, or detaches it for a request with `cookies: false`
    /// (a reset keeps the handle attached, so that must be undone by hand).
    private func configureCookies(_ settings: TransportSettings) throws(CurlOptionError) {
        guard let cookieJar else { return }
        if settings.cookies {
            // Attaching takes the share's lock and detaches first: done only when not attached.
            if !attachedToJar { try set(CURLOPT_SHARE, cookieJar.share) }
            attachedToJar = true
            try set(CURLOPT_COOKIEFILE, "")  // "" turns the cookie engine on without reading a file
        } else if attachedToJar {
            try check(volley_easy_setopt_pointer(handle, CURLOPT_SHARE, nil), "SHARE")
            attachedToJar = false
        }
    }

    private func configureMethod(_ request: TransportRequest) throws(CurlOptionError) {
        switch request.method {
        case "GET" where request.body.isEmpty:
            try set(CURLOPT_HTTPGET, 1)
        case "HEAD":
            try set(CURLOPT_NOBODY, 1)
        default:
            if request.method != "POST" || request.body.isEmpty {
                try set(CURLOPT_CUSTOMREQUEST, request.method)
            }
            if !request.body.isEmpty || request.method == "POST" || request.method == "PUT" || request.method == "PATCH" {
                try check(volley_easy_setopt_off_t(handle, CURLOPT_POSTFIELDSIZE_LARGE, curl_off_t(request.body.count)), "POSTFIELDSIZE")
                // COPYPOSTFIELDS copies, so the body need not outlive this call.
                let code = request.body.withUnsafeBytes { bytes in
                    if let base = bytes.baseAddress {
                        volley_easy_setopt_pointer(handle, CURLOPT_COPYPOSTFIELDS, UnsafeMutableRawPointer(mutating: base))
                    } else {
                        volley_easy_setopt_string(handle, CURLOPT_COPYPOSTFIELDS, "")
                    }
                }
                try check(code, "COPYPOSTFIELDS")
            }
        }
    }

    private func collect(_ request: TransportRequest) -> TransportResponse {
        var status = 0
        _ = volley_easy_getinfo_long(handle, CURLINFO_RESPONSE_CODE, &status)
        var connects = 0
        _ = volley_easy_getinfo_long(handle, CURLINFO_NUM_CONNECTS, &connects)
        var effectiveURL: UnsafeMutablePointer<CChar>? = nil
        _ = volley_easy_getinfo_string(handle, CURLINFO_EFFECTIVE_URL, &effectiveURL)

        var sentHeaders = recorder.sentHeaders
        if request.settings.challengeAuth != nil || request.settings.awsSigV4 != nil {
            // libcurl computed this answer from the password; no secret spells it, so the redactor
            // would print it: masked here as the -vv trace masks it.
            for i in sentHeaders.indices where sentHeaders[i].name.caseInsensitiveEquals("Authorization") {
                sentHeaders[i].value = CurlTrace.maskedCredential(sentHeaders[i].value)
            }
        }
        var sent = SentRequest(
            method: request.method,
            url: effectiveURL.map { String(cString: $0) } ?? request.url,
            headers: sentHeaders.isEmpty ? request.headers : sentHeaders,
            body: request.body)
        sent.trace = recorder.trace.output
        var response = ReceivedResponse(
            status: status, httpVersion: recorder.httpVersion, headers: recorder.headers, body: recorder.body)
        if request.settings.certificateInfo { response.certificate = certificate() }
        response.encodedBody = recorder.encodedBody
        let timings = PhaseTimings(
            namelookup: time(CURLINFO_NAMELOOKUP_TIME_T), connect: time(CURLINFO_CONNECT_TIME_T),
            appconnect: time(CURLINFO_APPCONNECT_TIME_T), pretransfer: time(CURLINFO_PRETRANSFER_TIME_T),
            starttransfer: time(CURLINFO_STARTTRANSFER_TIME_T), total: time(CURLINFO_TOTAL_TIME_T))
        return TransportResponse(sent: sent, response: response, timings: timings, newConnections: connects)
    }

    /// The leaf certificate of the last handshake, from libcurl's certinfo (`Subject:…` lines).
    private func certificate() -> CertificateInfo? {
        var info: UnsafeMutablePointer<curl_certinfo>? = nil
        guard volley_easy_getinfo_certinfo(handle, &info) == CURLE_OK, let info, info.pointee.num_of_certs > 0,
            var item = info.pointee.certinfo?[0]
        else { return nil }
        var fields: [String: String] = [:]
        while true {
            if let data = item.pointee.data {
                let line = String(cString: data)
                if let colon = line.firstIndex(of: ":") {
                    fields[String(line[..<colon])] = String(line[line.index(after: colon)...])
                }
            }
            guard let next = item.pointee.next else { break }
            item = next
        }
        return CertificateInfo(
            subject: fields["Subject"], issuer: fields["Issuer"], startDate: fields["Start date"],
            expireDate: fields["Expire date"], serialNumber: fields["Serial Number"])
    }

    /// The `Location` of the last response, resolved against its URL; nil when it had none.
    func lastRedirectURL() -> String? {
        var url: UnsafeMutablePointer<CChar>? = nil
        guard volley_easy_getinfo_string(handle, CURLINFO_REDIRECT_URL, &url) == CURLE_OK, let url else { return nil }
        return String(cString: url)
    }

    private func time(_ info: CURLINFO) -> Int64 {
        var value: curl_off_t = 0
        _ = volley_easy_getinfo_off_t(handle, info, &value)
        return Int64(value)
    }

    private func transportError(_ code: CURLcode, request: TransportRequest) -> TransportError {
        let buffered = String(cString: errorBuffer)
        let message = buffered.isEmpty ? String(cString: curl_easy_strerror(code)) : buffered
        var kind = TransportError.Kind(code)
        if kind == .invalidRequest, requestBytesSent > 0 {
            // libcurl reports a reply it cannot read as HTTP (HTTP/0.9) with the code it uses for a
            // refused URL; once the request went out, it is not the collection's fault.
            kind = .invalidResponse
        }
        // Pre-transfer is reached on a reused connection too, whatever its connect time says.
        let limit = kind != .timeout ? nil : TimeoutLimit.fired(
            connected: time(CURLINFO_CONNECT_TIME_T) > 0 || time(CURLINFO_PRETRANSFER_TIME_T) > 0,
            elapsed: .microseconds(time(CURLINFO_TOTAL_TIME_T)), settings: request.settings)
        var error = TransportError(kind: kind, message: message, curlCode: Int(code.rawValue), url: request.url, timeoutLimit: limit)
        if !recorder.statusLine.isEmpty, kind == .timeout || kind == .connectionLost {
            error.bodyBytesAfterHeaders = recorder.body.count
        }
        return error
    }

    /// Bytes of request libcurl wrote in the last transfer; 0 when it refused before sending.
    private var requestBytesSent: Int {
        var size = 0
        _ = volley_easy_getinfo_long(handle, CURLINFO_REQUEST_SIZE, &size)
        return size
    }

    // MARK: typed setopt with checked results

    private func set(_ option: CURLoption, _ value: Int) throws(CurlOptionError) {
        try check(volley_easy_setopt_long(handle, option, value), "option \(option.rawValue)")
    }

    private func set(_ option: CURLoption, _ value: String) throws(CurlOptionError) {
        // libcurl copies string options (since 7.17), so a temporary C string is enough.
        try check(volley_easy_setopt_string(handle, option, value), "option \(option.rawValue)")
    }

    private func set(_ option: CURLoption, _ value: UnsafeMutableRawPointer) throws(CurlOptionError) {
        try check(volley_easy_setopt_pointer(handle, option, value), "option \(option.rawValue)")
    }

    /// `what` is built only on failure: this runs a dozen times per request.
    private func check(_ code: CURLcode, _ what: @autoclosure () -> String) throws(CurlOptionError) {
        guard code == CURLE_OK else {
            throw CurlOptionError(code: code, message: "libcurl rejected \(what()): \(String(cString: curl_easy_strerror(code)))")
        }
    }
}

private struct CurlOptionError: Error {
    var code: CURLcode
    var message: String
}
