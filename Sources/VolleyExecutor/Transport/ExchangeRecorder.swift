import VolleyCore

/// Collects what libcurl's callbacks hand us during one transfer. libcurl calls back on the thread
/// that called `curl_easy_perform`, so this needs no locking; it must outlive the transfer.
final class ExchangeRecorder {
    var body: [UInt8] = []
    var statusLine = ""
    var headers: [HTTPHeader] = []
    /// The raw request header block libcurl wrote last (after any redirect).
    var sentHeaderBlock: [UInt8] = []
    var cancellation: CancellationFlag?
    /// Bodies are held in memory for assertions: past this size the transfer stops.
    var maxBodyBytes = Int.max
    var bodyTooLarge = false
    /// Whether libcurl's trace is kept (`-vv`), and the trace so far.
    var tracing = false
    var trace = CurlTrace()
    /// Whether the body data libcurl read is kept as well (`keepEncodedBody`), and that data.
    var keepsEncodedBody = false
    var wireBody: [UInt8] = []

    func reset() {
        trace = CurlTrace()
        body.removeAll(keepingCapacity: true)
        statusLine = ""
        headers.removeAll(keepingCapacity: true)
        sentHeaderBlock.removeAll(keepingCapacity: true)
        wireBody.removeAll(keepingCapacity: true)
        bodyTooLarge = false
    }

    /// One header line of the response. A new status line starts a new header block
    /// (after a redirect or a `100 Continue`), so earlier lines are dropped.
    func receiveHeaderLine(_ bytes: UnsafeBufferPointer<UInt8>) {
        // Work on bytes: this runs for every header of every response.
        var end = bytes.count
        while end > 0, bytes[end - 1] == UInt8(ascii: "\n") || bytes[end - 1] == UInt8(ascii: "\r") { end -= 1 }
        let line = UnsafeBufferPointer(rebasing: bytes[0..<end])
        if line.starts(with: "HTTP/".utf8) {
            statusLine = String(decoding: line, as: UTF8.self)
            headers.removeAll(keepingCapacity: true)
            return
        }
        if let header = Self.header(line) { headers.append(header) }
    }

    /// libcurl reports each request header block as it writes it; the last one is what reached the server.
    func recordSentHeaders(_ bytes: UnsafeBufferPointer<UInt8>) {
        sentHeaderBlock = Array(bytes)
    }

    /// Header lines of the last request block, without the request line.
    var sentHeaders: [HTTPHeader] {
        var headers: [HTTPHeader] = []
        sentHeaderBlock.withUnsafeBufferPointer { block in
            var lineStart = 0
            var isRequestLine = true
            for i in block.indices where block[i] == UInt8(ascii: "\n") {
                var lineEnd = i
                if lineEnd > lineStart, block[lineEnd - 1] == UInt8(ascii: "\r") { lineEnd -= 1 }
                defer { lineStart = i + 1 }
                if isRequestLine { isRequestLine = false; continue }
                if let header = Self.header(UnsafeBufferPointer(rebasing: block[lineStart..<lineEnd])) { headers.append(header) }
            }
        }
        return headers
    }

    /// `Name: value` → a header, with the value's surrounding spaces and tabs trimmed.
    static func header(_ line: UnsafeBufferPointer<UInt8>) -> HTTPHeader? {
        guard let colon = line.firstIndex(of: UInt8(ascii: ":")) else { return nil }
        var valueStart = colon + 1
        var valueEnd = line.count
        while valueStart < valueEnd, line[valueStart] == UInt8(ascii: " ") || line[valueStart] == UInt8(ascii: "\t") { valueStart += 1 }
        while valueEnd > valueStart, line[valueEnd - 1] == UInt8(ascii: " ") || line[valueEnd - 1] == UInt8(ascii: "\t") { valueEnd -= 1 }
        return HTTPHeader(
            name: String(decoding: UnsafeBufferPointer(rebasing: line[0..<colon]), as: UTF8.self),
            value: String(decoding: UnsafeBufferPointer(rebasing: line[valueStart..<valueEnd]), as: UTF8.self))
    }

    /// The body before libcurl decoded its `Content-Encoding`, without HTTP/1.1's chunk framing;
    /// nil when it was not kept or not encoded (then it is `body`).
    var encodedBody: [UInt8]? {
        guard keepsEncodedBody, let encoding = headers.value(of: "Content-Encoding"),
            !encoding.trimmingWhitespace().isEmpty, !encoding.caseInsensitiveEquals("identity")
        else { return nil }
        let chunked = headers.values(of: "Transfer-Encoding").contains { $0.lowercased().contains("chunked") }
        guard chunked, httpVersion.hasPrefix("HTTP/1") else { return wireBody }
        return ChunkedFraming.unframed(wireBody) ?? wireBody
    }

    /// `HTTP/1.1` of the status line; found over bytes, as Character iteration costs more than
    /// the rest of the response's bookkeeping.
    var httpVersion: String {
        guard let space = statusLine.utf8.firstIndex(of: UInt8(ascii: " ")) else { return statusLine }
        return String(statusLine[..<space])
    }
}

