import VolleyRegex

/// A pattern and a text, split at the first newline: compile, then match every way. The
/// automaton must end on any pair (the fuzzer's timeout catches a runaway).
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let text = String(decoding: UnsafeBufferPointer(start: data, count: size), as: UTF8.self)
    let parts = text.split(separator: "\n", maxSplits: 1, omittingEmptySubsequences: false)
    guard let regex = try? AutomatonRegex(String(parts[0])) else { return 0 }
    let subject = parts.count > 1 ? String(parts[1]) : ""
    let found = regex.isFound(in: subject)
    let match = regex.firstMatch(in: subject)
    if found != (match != nil) { fatalError("isFound and firstMatch disagree") }
    if regex.matchesWhole(subject), !found { fatalError("a whole match that is not found") }
    if let ranges = match, ranges.count != regex.groupCount + 1 { fatalError("wrong group count") }
    return 0
}
