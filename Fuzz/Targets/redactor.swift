import VolleyCore

/// The first byte says how long the secret is; the secret comes next, the text after it. The
/// property: once the secret is registered, no raw or percent-encoded spelling of it is left
/// in the redacted text, wherever it stood.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    guard size > 1 else { return 0 }
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    let length = min(Int(bytes[0] % 24) + 1, bytes.count - 1)
    let secret = String(decoding: bytes[1...length], as: UTF8.self)
    let text = String(decoding: bytes[(length + 1)...], as: UTF8.self)
    // A secret spelled with the mask's own characters may legitimately remain as the mask.
    guard !secret.contains("*"), !secret.contains("…"), !secret.contains("\u{FFFD}") else { return 0 }
    var redactor = Redactor()
    redactor.add(secret: secret)
    for spelling in Set([secret, PercentEncoding.encode(secret)]) {
        let redacted = redactor.redact(text + spelling + text + spelling)
        if redacted.utf8.count >= spelling.utf8.count, redacted.contains(spelling) {
            fatalError("secret spelling \(spelling.debugDescription) left in \(redacted.debugDescription)")
        }
    }
    return 0
}
