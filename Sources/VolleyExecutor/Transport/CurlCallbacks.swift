internal import CCurl

// libcurl's callbacks as C function pointers. Each receives the `ExchangeRecorder` through its
// user-data pointer, unretained: the transport keeps the recorder alive for the whole transfer.

let curlWriteBody: @convention(c) (UnsafeMutablePointer<CChar>?, Int, Int, UnsafeMutableRawPointer?) -> Int = {
    data, size, count, userData in
    guard let data, let userData else { return 0 }
    let recorder = Unmanaged<ExchangeRecorder>.fromOpaque(userData).takeUnretainedValue()
    let length = size * count
    guard recorder.body.count + length <= recorder.maxBodyBytes else {
        recorder.bodyTooLarge = true
        return 0  // anything but `length` makes libcurl stop the transfer
    }
    data.withMemoryRebound(to: UInt8.self, capacity: length) { bytes in
        recorder.body.append(contentsOf: UnsafeBufferPointer(start: bytes, count: length))
    }
    return length
}

let curlWriteHeader: @convention(c) (UnsafeMutablePointer<CChar>?, Int, Int, UnsafeMutableRawPointer?) -> Int = {
    data, size, count, userData in
    guard let data, let userData else { return 0 }
    let recorder = Unmanaged<ExchangeRecorder>.fromOpaque(userData).takeUnretainedValue()
    let length = size * count
    data.withMemoryRebound(to: UInt8.self, capacity: length) { bytes in
        recorder.receiveHeaderLine(UnsafeBufferPointer(start: bytes, count: length))
    }
    return length
}

let curlDebug: @convention(c) (UnsafeMutableRawPointer?, curl_infotype, UnsafeMutablePointer<CChar>?, Int, UnsafeMutableRawPointer?) -> Int32 = {
    _, type, data, length, userData in
    // The outgoing header block is always kept (what reached the server); the rest of libcurl's
    // chatter only for `-vv`, through `CurlTrace`, which masks credentials and keeps no data.
    guard let data, let userData else { return 0 }
    let recorder = Unmanaged<ExchangeRecorder>.fromOpaque(userData).takeUnretainedValue()
    let keepsData = type == CURLINFO_DATA_IN && recorder.keepsEncodedBody
    guard type == CURLINFO_HEADER_OUT || keepsData || recorder.tracing else { return 0 }
    data.withMemoryRebound(to: UInt8.self, capacity: length) { raw in
        let bytes = UnsafeBufferPointer(start: raw, count: length)
        if type == CURLINFO_HEADER_OUT { recorder.recordSentHeaders(bytes) }
        // Body data as read, before libcurl decodes its Content-Encoding (with HTTP/1.1's
        // chunk framing still on it), for `bytes:`.
        if keepsData { recorder.wireBody.append(contentsOf: bytes) }
        guard recorder.tracing else { return }
        switch type {
        case CURLINFO_TEXT: recorder.trace.note(bytes)
        case CURLINFO_HEADER_OUT: recorder.trace.headers(bytes, marker: ">")
        case CURLINFO_HEADER_IN: recorder.trace.headers(bytes, marker: "<")
        case CURLINFO_DATA_OUT: recorder.trace.data(length, marker: ">")
        case CURLINFO_DATA_IN: recorder.trace.data(length, marker: "<")
        default: break  // TLS records: their sizes say nothing the phases do not
        }
    }
    return 0
}

let curlProgress: @convention(c) (UnsafeMutableRawPointer?, curl_off_t, curl_off_t, curl_off_t, curl_off_t) -> Int32 = {
    userData, _, _, _, _ in
    guard let userData else { return 0 }
    let recorder = Unmanaged<ExchangeRecorder>.fromOpaque(userData).takeUnretainedValue()
    return recorder.cancellation?.isCancelled == true ? 1 : 0
}
