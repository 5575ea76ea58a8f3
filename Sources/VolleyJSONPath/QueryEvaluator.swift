import VolleyRegex
import VolleyJSON

/// A node being selected: a value and, when paths are wanted, the link to its location.
struct SelectedNode {
    var value: JSONValue
    var path: PathLink?
}

/// Evaluates parsed queries against one document (RFC 9535 §2.3 and §2.5).
///
/// Made per evaluation, so it can keep the regexes it compiles. Paths are tracked only for the
/// query the caller asked for; the queries inside filters need values alone.
final class QueryEvaluator {
    let root: JSONValue
    var regexCache: [String: AutomatonRegex?] = [:]

    init(root: JSONValue) {
        self.root = root
    }

    func select(_ query: PathQuery, current: JSONValue, trackingPaths: Bool) -> [SelectedNode] {
        var nodes = [SelectedNode(value: query.isAbsolute ? root : current, path: nil)]
        for segment in query.segments {
            var next: [SelectedNode] = []
            next.reserveCapacity(nodes.count)
            for node in nodes {
                if segment.isDescendant {
                    descend(from: node, applying: segment.selectors, into: &next, trackingPaths: trackingPaths)
                } else {
                    apply(segment.selectors, to: node, children: nil, into: &next, trackingPaths: trackingPaths)
                }
            }
            nodes = next
            if nodes.isEmpty { break }
        }
        return nodes
    }

    /// A descendant segment: the selectors applied to the node and to each of its descendants,
    /// parents before children and arrays in order. An explicit stack, not recursion, so deep
    /// documents built in code cannot overflow the stack.
    private func descend(from start: SelectedNode, applying selectors: [Selector], into out: inout [SelectedNode], trackingPaths: Bool) {
        var stack = [start]
        while let node = stack.popLast() {
            // The children are needed to walk on; a wildcard reuses them instead of rebuilding.
            let children = self.children(of: node, trackingPaths: trackingPaths)
            apply(selectors, to: node, children: children, into: &out, trackingPaths: trackingPaths)
            stack.append(contentsOf: children.reversed())
        }
    }

    private func children(of node: SelectedNode, trackingPaths: Bool) -> [SelectedNode] {
        switch node.value {
        case .array(let items):
            return items.enumerated().map { index, item in
                SelectedNode(value: item, path: trackingPaths ? PathLink(parent: node.path, element: .index(index)) : nil)
            }
        case .object(let object):
            return object.keys.map { key in
                SelectedNode(value: object[key]!, path: trackingPaths ? PathLink(parent: node.path, element: .name(key)) : nil)
            }
        default:
            return []
        }
    }

    private func apply(_ selectors: [Selector], to node: SelectedNode, children: [SelectedNode]?, into out: inout [SelectedNode], trackingPaths: Bool) {
        func child(_ value: JSONValue, _ element: NormalizedPath.Element) -> SelectedNode {
            SelectedNode(value: value, path: trackingPaths ? PathLink(parent: node.path, element: element) : nil)
        }
        for selector in selectors {
            switch (selector, node.value) {
            case (.name(let name), .object(let object)):
                if let value = object[name] { out.append(child(value, .name(name))) }
            case (.wildcard, .object), (.wildcard, .array):
                out.append(contentsOf: children ?? self.children(of: node, trackingPaths: trackingPaths))
            case (.index(let index), .array(let items)):
                let position = index < 0 ? items.count + index : index
                if items.indices.contains(position) { out.append(child(items[position], .index(position))) }
            case (.slice(let start, let end, let step), .array(let items)):
                for position in SliceSelection.positions(start: start, end: end, step: step, count: items.count) {
                    out.append(child(items[position], .index(position)))
                }
            case (.filter(let condition), .array(let items)):
                for (position, item) in items.enumerated() where test(condition, current: item) {
                    out.append(child(item, .index(position)))
                }
            case (.filter(let condition), .object(let object)):
                for key in object.keys {
                    let value = object[key]!
                    if test(condition, current: value) { out.append(child(value, .name(key))) }
                }
            default:
                // Selectors that do not apply to this kind of value select nothing (§2.3).
                break
            }
        }
    }
}
