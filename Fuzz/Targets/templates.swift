import VolleyCore
import VolleyJSON

/// Lines of `name=value` become collection variables (templates where they have `{{`), the
/// last line a template of its own: parse it, and walk the variable graph for cycles, depth
/// and expanded size (the checks that stop bombs, which must themselves stay bounded).
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let text = String(decoding: UnsafeBufferPointer(start: data, count: size), as: UTF8.self)
    var lines = text.split(separator: "\n", omittingEmptySubsequences: false)
    let last = lines.popLast().map(String.init) ?? ""
    var scopes = VariableScopes()
    scopes.limits = TemplateLimits(maxDepth: 16, maxExpandedSize: 4096)
    for line in lines {
        let pair = line.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
        guard pair.count == 2 else { continue }
        scopes.set(String(pair[0]), to: .string(String(pair[1])), in: .collection)
    }
    _ = try? Template.parse(last, at: .commandLine("fuzz"))
    let graph = VariableGraph(scopes)
    _ = graph.diagnostics(locations: [:])
    return 0
}
