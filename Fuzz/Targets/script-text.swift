import VolleyCore

/// Arbitrary bytes as a script's text, read the way loading reads every script (before any
/// engine runs): the names it sets with a literal name, and whether it says `await`. Both walk
/// the tokenizer over hostile text, which must not crash, hang or go quadratic (the timeout).
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let text = String(decoding: UnsafeBufferPointer(start: data, count: size), as: UTF8.self)
    let script = Script(
        phase: .before, level: .request, source: text,
        origin: SourceLocation(file: "fuzz.js", line: 1, column: 1),
        declaredAt: SourceLocation(file: "fuzz.yaml", line: 1, column: 1))
    let names = script.variableNamesItSets
    // A name is a string literal's content with its escapes undone, so it is in the text once
    // every `\x` of the text is read as `x` (the pairing agrees with the tokenizer's from any
    // quote on, since a quote is never the first byte of a pair).
    let unescaped = undoingEscapes(Array(text.utf8))
    for (index, name) in names.enumerated() {
        precondition(contains(unescaped, Array(name.utf8)), "a name that is not in the text: \(name)")
        precondition(!names[..<index].contains(name), "a name found twice: \(name)")
    }
    // `await` in code is the word itself; without it in the text there is nothing to find.
    if script.usesAwait { precondition(text.utf8.count >= 5 && contains(Array(text.utf8), Array("await".utf8))) }
    return 0
}

private func undoingEscapes(_ bytes: [UInt8]) -> [UInt8] {
    var out: [UInt8] = []
    out.reserveCapacity(bytes.count)
    var i = 0
    while i < bytes.count {
        if bytes[i] == UInt8(ascii: "\\"), i + 1 < bytes.count {
            out.append(bytes[i + 1])
            i += 2
        } else {
            out.append(bytes[i])
            i += 1
        }
    }
    return out
}

private func contains(_ haystack: [UInt8], _ needle: [UInt8]) -> Bool {
    guard !needle.isEmpty else { return true }
    guard needle.count <= haystack.count else { return false }
    for start in 0...(haystack.count - needle.count) where haystack[start] == needle[0] {
        if haystack[start..<(start + needle.count)].elementsEqual(needle) { return true }
    }
    return false
}
