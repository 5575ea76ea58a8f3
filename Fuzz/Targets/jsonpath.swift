import VolleyJSON
import VolleyJSONPath

/// A JSONPath query and a document, split at the first newline: compile the query, evaluate it.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let text = String(decoding: UnsafeBufferPointer(start: data, count: size), as: UTF8.self)
    let parts = text.split(separator: "\n", maxSplits: 1, omittingEmptySubsequences: false)
    guard let query = try? JSONPathQuery(String(parts[0])) else { return 0 }
    let document = parts.count > 1 ? (try? JSONValue.parse(String(parts[1]))) ?? .null : .null
    _ = query.evaluate(document)
    return 0
}
