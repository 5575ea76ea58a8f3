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
    // Only the outgoing header block matters; libcurl's chatter (CURLINFO_TEXT) is dropped here,
    // which also keeps it, and anything secret in it, out of every output.
    guard type == CURLINFO_HEADER_OUT, let data, let userData else { return 0 }
    let recorder = Unmanaged<ExchangeRecorder>.fromOpaque(userData).takeUnretainedValue()
    data.withMemoryRebound(to: UInt8.self, capacity: length) { bytes in
        recorder.recordSentHeaders(UnsafeBufferPointer(start: bytes, count: length))
    }
    return 0
}

let curlProgress: @convention(c) (UnsafeMutableRawPointer?, curl_off_t, curl_off_t, curl_off_t, curl_off_t) -> Int32 = {
    userData, _, _, _, _ in
    guard let userData else { return 0 }
    let recorder = Unmanaged<ExchangeRecorder>.fromOpaque(userData).takeUnretainedValue()
    return recorder.cancellation?.isCancelled == true ? 1 : 0
}
