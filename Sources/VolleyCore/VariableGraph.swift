/// The variables of a run as a graph: each name points at the names its value is written in
/// terms of (`base: "https://{{host}}"` → `host`). Walked once, without expanding anything, it
/// finds what would fail or blow up when rendered: cycles, chains deeper than the stack may
/// go, and values that expand past the size limit (doubling variables reach terabytes in 40 lines).
///
/// The walk is iterative (an explicit stack), so a 10,000-long chain cannot overflow the
/// stack here either, and each variable is visited once, so a bomb costs no more than its text.
public struct VariableGraph: Sendable {
    public enum Finding: Sendable, Hashable {
        /// Names that refer to one another, in order; the first follows the last.
        case cycle([String])
        /// A chain from `chain.first` that nests `depth` variables, more than the limit allows.
        case tooDeep(chain: [String], depth: Int)
        /// A variable whose value expands past the limit, though each variable it uses stays within it.
        case tooLarge(name: String, size: Int)
    }

    private struct Node {
        /// Bytes of the value's own text (literals, built-ins), without the variables it uses.
        var ownSize: Int
        /// The variables it uses, once per use (`{{a}}{{a}}` counts `a` twice).
        var uses: [String]
        /// Whether its value is written in terms of others (a level of nesting when rendered).
        var isTemplate: Bool
    }

    private var nodes: [String: Node] = [:]
    let limits: TemplateLimits

    /// The graph of every name `scopes` defines, resolved as the renderer resolves it.
    public init(_ scopes: VariableScopes) {
        limits = scopes.limits
        for name in scopes.allNames {
            switch scopes.resolve(name) {
            case .value(let value):
                guard case .string = value, let template = scopes.valueTemplate(of: name) else {
                    nodes[name] = Node(ownSize: value.templateText.utf8.count, uses: [], isTemplate: false)
                    continue
                }
                var node = Node(ownSize: 0, uses: [], isTemplate: true)
                for part in template.parts {
                    switch part {
                    case .literal(let text): node.ownSize = Self.adding(node.ownSize, text.utf8.count)
                    case .builtin(let builtin): node.ownSize = Self.adding(node.ownSize, Self.largestSize(of: builtin))
                    case .variable(let used): node.uses.append(used)
                    }
                }
                nodes[name] = node
            case .secret, .undefined:
                // A secret's length is not known without fetching it; an undefined name is
                // reported by the undefined-variable check.
                nodes[name] = Node(ownSize: 0, uses: [], isTemplate: false)
            }
        }
    }

    /// What is wrong, cycles first, each in a stable order.
    public func findings() -> [Finding] {
        let walk = walk()
        var found = walk.cycles.map(Finding.cycle)
        let inCycle = Set(walk.cycles.joined())
        let used = Set(nodes.values.flatMap(\.uses))
        // Only the outermost of an over-deep chain: every variable along it is over the limit too.
        for name in nodes.keys.sorted() where !used.contains(name) && !inCycle.contains(name) {
            guard let depth = walk.depth[name], depth > limits.maxDepth else { continue }
            var chain = [name]
            while let next = walk.deepest[chain[chain.count - 1]] { chain.append(next) }
            found.append(.tooDeep(chain: chain, depth: depth))
        }
        // Only where a value crosses the limit: the variables that use it are over it too.
        for name in nodes.keys.sorted() where !inCycle.contains(name) {
            guard let size = walk.size[name], size > limits.maxExpandedSize, let node = nodes[name] else { continue }
            if node.uses.allSatisfy({ (walk.size[$0] ?? 0) <= limits.maxExpandedSize }) {
                found.append(.tooLarge(name: name, size: size))
            }
        }
        return found
    }

    private struct Walk {
        var size: [String: Int] = [:]
        var depth: [String: Int] = [:]
        /// The used variable with the deepest chain below each name, to spell the chain.
        var deepest: [String: String] = [:]
        var cycles: [[String]] = []
    }

    /// Depth-first over every name, sizes and depths computed on the way back up.
    private func walk() -> Walk {
        var result = Walk()
        var onStack: [String: Int] = [:]
        var seenCycles = Set<[String]>()
        struct Frame { var name: String; var next = 0 }
        for root in nodes.keys.sorted() where result.size[root] == nil {
            var stack = [Frame(name: root)]
            onStack[root] = 0
            while let top = stack.last {
                let node = nodes[top.name] ?? Node(ownSize: 0, uses: [], isTemplate: false)
                if top.next < node.uses.count {
                    let child = node.uses[top.next]
                    stack[stack.count - 1].next += 1
                    if let position = onStack[child] {
                        let cycle = stack[position...].map(\.name)
                        // The same cycle is met again from each of its names: keep it once.
                        if seenCycles.insert(cycle.sorted()).inserted { result.cycles.append(cycle) }
                    } else if result.size[child] == nil {
                        onStack[child] = stack.count
                        stack.append(Frame(name: child))
                    }
                    continue
                }
                // Every use is settled (a use inside a cycle counts nothing): sum them.
                var size = node.ownSize
                var below = 0
                for used in node.uses {
                    size = Self.adding(size, result.size[used] ?? 0)
                    if let depth = result.depth[used], depth > below {
                        below = depth
                        result.deepest[top.name] = used
                    }
                }
                result.size[top.name] = size
                result.depth[top.name] = node.isTemplate ? below + 1 : 0
                onStack[top.name] = nil
                stack.removeLast()
            }
        }
        return result
    }

    /// A sum that stops at `Int.max` instead of trapping: a bomb's size only has to exceed the limit.
    private static func adding(_ a: Int, _ b: Int) -> Int {
        let (sum, overflow) = a.addingReportingOverflow(b)
        return overflow ? Int.max : sum
    }

    /// The longest text a built-in renders to.
    private static func largestSize(of builtin: Template.Builtin) -> Int {
        builtin.largestSize
    }
}
