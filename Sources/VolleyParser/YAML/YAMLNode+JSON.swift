public import VolleyCore
public import VolleyJSON

extension YAMLNode {
    /// Why a node has no JSON form, and where.
    public struct JSONConversionError: Error, Sendable, Hashable {
        public var message: String
        public var location: SourceLocation
    }

    /// The node as JSON, with YAML 1.2 core-schema scalars. Map keys become strings as written.
    /// Collects every problem rather than stopping at the first: `.inf`/`.nan` (no JSON form)
    /// and keys that are maps or lists.
    public func jsonValue(problems: inout [JSONConversionError]) -> JSONValue {
        switch kind {
        case .scalar(let scalar):
            switch scalar.resolved {
            case .null: return .null
            case .bool(let b): return .bool(b)
            case .integer(let n): return .integer(Int64(n))
            case .float(let x):
                if !x.isFinite {
                    problems.append(JSONConversionError(
                        message: "'\(scalar.value)' is not a JSON number (quote it to send the text)", location: location))
                    return .null
                }
                return .number(x)
            case .string(let s): return .string(s)
            }
        case .sequence(let items):
            return .array(items.map { $0.jsonValue(problems: &problems) })
        case .mapping(let pairs):
            var object = JSONObject()
            for pair in pairs {
                guard let key = pair.key.jsonKey(problems: &problems) else { continue }
                object[key] = pair.value.jsonValue(problems: &problems)
            }
            return .object(object)
        }
    }

    /// A map key as a JSON member name: any scalar, as written.
    func jsonKey(problems: inout [JSONConversionError]) -> String? {
        if let scalar { return scalar.value }
        problems.append(JSONConversionError(message: "a key must be a string, found \(foundDescription)", location: location))
        return nil
    }
}
