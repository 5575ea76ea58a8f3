import VolleyJSON

/// A query that can select at most one node: only name and index selectors, one per child
/// segment (RFC 9535 §2.3.5.1). Comparisons need one; it evaluates by walking down directly.
struct SingularQuery: Sendable {
    enum Step: Sendable {
        case name(String)
        case index(Int)
    }

    var isAbsolute: Bool
    var steps: [Step]

    init?(isAbsolute: Bool, segments: [Segment]) {
        var steps: [Step] = []
        for segment in segments {
            guard !segment.isDescendant, segment.selectors.count == 1 else { return nil }
            switch segment.selectors[0] {
            case .name(let name): steps.append(.name(name))
            case .index(let index): steps.append(.index(index))
            default: return nil
            }
        }
        self.isAbsolute = isAbsolute
        self.steps = steps
    }

    /// The selected value, or nil when nothing is selected (RFC 9535's "Nothing").
    func value(current: JSONValue, root: JSONValue) -> JSONValue? {
        var value = isAbsolute ? root : current
        for step in steps {
            switch (step, value) {
            case (.name(let name), .object(let object)):
                guard let member = object[name] else { return nil }
                value = member
            case (.index(let index), .array(let array)):
                let position = index < 0 ? array.count + index : index
                guard array.indices.contains(position) else { return nil }
                value = array[position]
            default:
                return nil
            }
        }
        return value
    }
}
