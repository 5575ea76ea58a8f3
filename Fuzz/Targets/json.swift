import VolleyJSON

/// The JSON text parser, and the writer on what it parsed: parsing the written text again
/// must give the same value.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    guard let value = try? JSONValue.parse(bytes: bytes) else { return 0 }
    let written = value.jsonText
    guard let again = try? JSONValue.parse(written) else { fatalError("written JSON does not parse: \(written)") }
    if again != value { fatalError("round trip changed the value: \(written)") }
    return 0
}
