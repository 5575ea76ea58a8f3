import VolleyCore
import VolleyParser

/// A collection file, and the same bytes as an environment file: every key, scalar, template,
/// JSONPath and pattern the decoders read.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    guard let text = String(validating: UnsafeBufferPointer(start: data, count: size), as: UTF8.self) else { return 0 }
    if let collection = try? CollectionParser.parseCollection(source: text, file: "fuzz.yaml") {
        var scopes = VariableScopes()
        for (name, value) in collection.variables { scopes.set(name, to: value.value, in: .collection) }
        _ = VariableGraph(scopes).findings()
    }
    _ = try? CollectionParser.parseEnvironment(source: text, file: "fuzz-env.yaml", name: "fuzz")
    return 0
}
