import VolleyCore

/// Collects what libcurl's callbacks hand us during one transfer. libcurl calls back on the thread
/// that called `curl_easy_perform`, so this needs no locking; it must outlive the transfer.
final class ExchangeRecorder {
    var body: [UInt8] = []
    var statusLine = ""
    var headers: [HTTPHeader] = []
    /// The raw request header block libcurl wrote last (after any redirect).
    var sentHeaderBlock = ""
    var cancellation: CancellationFlag?

    func reset() {
        body.removeAll(keepingCapacity: true)
        statusLine = ""
        headers.removeAll(keepingCapacity: true)
        sentHeaderBlock = ""
    }

    /// One header line of the response. A new status line starts a new header block
    /// (after a redirect or a `100 Continue`), so earlier lines are dropped.
    func receiveHeaderLine(_ bytes: UnsafeBufferPointer<UInt8>) {
        // Trim CR/LF as bytes: in a Swift String "\r\n" is one Character and hides from hasSuffix("\n").
        var end = bytes.count
        while end > 0, bytes[end - 1] == UInt8(ascii: "\n") || bytes[end - 1] == UInt8(ascii: "\r") { end -= 1 }
        let line = String(decoding: UnsafeBufferPointer(rebasing: bytes[0..<end]), as: UTF8.self)
        if line.hasPrefix("HTTP/") {
            statusLine = line
            headers.removeAll(keepingCapacity: true)
            return
        }
        guard let colon = line.firstIndex(of: ":") else { return }
        let name = String(line[..<colon])
        let value = line[line.index(after: colon)...].trimmingPrefix(" ")
        headers.append(HTTPHeader(name: name, value: String(value).trimmingTrailingSpace()))
    }

    /// libcurl reports each request header block as it writes it; the last one is what reached the server.
    func recordSentHeaders(_ bytes: UnsafeBufferPointer<UInt8>) {
        let text = String(decoding: bytes, as: UTF8.self)
        if text.contains("\r\n\r\n") || sentHeaderBlock.isEmpty || sentHeaderBlock.hasSuffix("\r\n\r\n") {
            sentHeaderBlock = text
        } else {
            sentHeaderBlock += text
        }
    }

    /// Header lines of the last request block, without the request line.
    var sentHeaders: [HTTPHeader] {
        sentHeaderBlock.split(separator: "\r\n", omittingEmptySubsequences: true).dropFirst().compactMap { line in
            guard let colon = line.firstIndex(of: ":") else { return nil }
            return HTTPHeader(
                name: String(line[..<colon]),
                value: String(line[colon...].dropFirst().trimmingPrefix(" ")))
        }
    }

    var httpVersion: String {
        String(statusLine.prefix { $0 != " " })
    }
}

extension String {
    func trimmingTrailingSpace() -> String {
        var s = Substring(self)
        while let last = s.last, last == " " || last == "\t" { s.removeLast() }
        return String(s)
    }
}
