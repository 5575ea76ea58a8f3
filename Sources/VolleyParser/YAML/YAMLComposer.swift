import VolleyCore

/// Builds `YAMLNode`s from libyaml's events: resolves aliases, applies `<<` merge keys,
/// drops (and reports) duplicate keys, and refuses documents that aliases blow up past a node budget.
///
/// Containers being built sit in a stack of frames that children are appended to in place;
/// a frame is popped once, when its container ends: popping and re-pushing it per child copied
/// its array each time (15× slower on a 10,000-request collection).
struct YAMLComposer {
    /// What `compose` hands back: the root (nil for a file with no document) and problems that
    /// did not stop the parse (duplicate keys, unknown aliases, bad merges).
    struct Result {
        var root: YAMLNode?
        var diagnostics: [Diagnostic]
    }

    /// Aliases copy whole subtrees; a billion-laughs file would otherwise expand without bound.
    static let defaultNodeLimit = 1_000_000

    private struct Frame {
        var isMapping: Bool
        var location: SourceLocation
        var anchor: String?
        var items: [YAMLNode] = []
        var pairs: [YAMLNode.Pair] = []
        var pendingKey: YAMLNode?
        var hasMergeKey = false
        /// Nodes in this subtree, itself included, counting alias expansions.
        var nodeCount = 1

        /// One mutating call on the frame in place: the node moves into its container and the
        /// pending key is taken, not copied (each copy of a node retains its strings and arrays).
        mutating func add(_ node: consuming YAMLNode, nodeCount: Int) {
            self.nodeCount += nodeCount
            if !isMapping {
                items.append(node)
            } else if let key = pendingKey.take() {
                pairs.append(YAMLNode.Pair(key: key, value: node))
            } else {
                if YAMLComposer.isMergeKey(node) { hasMergeKey = true }
                pendingKey = node
            }
        }
    }

    private let file: String
    private let nodeLimit: Int
    private var stack: [Frame] = []
    private var anchors: [String: (node: YAMLNode, nodeCount: Int)] = [:]
    private var expandedNodes = 0
    /// How many of `expandedNodes` are copies aliases made, so the limit's message can blame the
    /// aliases only when they are what passed it.
    private var aliasedNodes = 0
    private var root: YAMLNode?
    var diagnostics: [Diagnostic] = []

    private init(file: String, nodeLimit: Int) {
        self.file = file
        self.nodeLimit = nodeLimit
    }

    /// Parses one YAML document. A syntax error, a second document or an alias bomb stops
    /// the parse and is thrown; other problems come back with the tree.
    static func compose(
        source: String, file: String, nodeLimit: Int = defaultNodeLimit
    ) throws(DiagnosticList) -> Result {
        var composer = YAMLComposer(file: file, nodeLimit: nodeLimit)
        let parser = LibYAMLParser(source: source)
        var documents = 0
        loop: while true {
            switch try composer.nextEvent(parser) {
            case .streamStart, .documentEnd: continue
            case .streamEnd: break loop
            case .documentStart(let mark):
                documents += 1
                if documents > 1 {
                    throw DiagnosticList([
                        Diagnostic(
                            .error, "a file holds one YAML document; found a second one here",
                            at: composer.location(mark))
                    ])
                }
            case .alias(let anchor, let mark):
                try composer.alias(anchor, at: mark)
            case .scalar(let scalar, let anchor, let mark):
                try composer.scalar(scalar, anchor: anchor, at: mark)
            case .sequenceStart(let anchor, let mark):
                try composer.start(isMapping: false, anchor: anchor, at: mark)
            case .mappingStart(let anchor, let mark):
                try composer.start(isMapping: true, anchor: anchor, at: mark)
            case .sequenceEnd, .mappingEnd:
                composer.end()
            }
        }
        return Result(root: composer.root, diagnostics: composer.diagnostics)
    }

    func location(_ mark: YAMLMark) -> SourceLocation {
        SourceLocation(file: file, line: mark.line, column: mark.column)
    }

    private func nextEvent(_ parser: LibYAMLParser) throws(DiagnosticList) -> YAMLEvent {
        do {
            return try parser.next()
        } catch {
            throw DiagnosticList([syntaxDiagnostic(error)])
        }
    }

    /// libyaml's problem at its position; the construct it was reading is added when it started
    /// elsewhere, because that is often where the mistake is (an unclosed quote, a key without ':').
    private func syntaxDiagnostic(_ error: LibYAMLError) -> Diagnostic {
        var message = error.problem
        if let context = error.context, let mark = error.contextMark, mark != error.mark {
            message += " (\(context) at line \(mark.line), column \(mark.column))"
        }
        return Diagnostic(.error, message, at: location(error.mark))
    }

    // MARK: Events

    private mutating func scalar(_ scalar: YAMLScalar, anchor: String?, at mark: YAMLMark) throws(DiagnosticList) {
        try count(1, at: mark)
        let node = YAMLNode(kind: .scalar(scalar), location: location(mark))
        if let anchor { anchors[anchor] = (node, 1) }
        add(node, nodeCount: 1)
    }

    /// Deeper than this, a collection is not hand-written; refusing it keeps every later walk of
    /// the tree (decoding, conversion to JSON) well inside the stack, as the JSON parser's 512 does.
    static let maxDepth = 256

    private mutating func start(isMapping: Bool, anchor: String?, at mark: YAMLMark) throws(DiagnosticList) {
        try count(1, at: mark)
        guard stack.count < Self.maxDepth else {
            throw DiagnosticList([
                Diagnostic(.error, "nesting deeper than \(Self.maxDepth) levels; refusing to load this document", at: location(mark))
            ])
        }
        stack.append(Frame(isMapping: isMapping, location: location(mark), anchor: anchor))
    }

    private mutating func end() {
        var frame = stack.removeLast()
        let node: YAMLNode
        if frame.isMapping {
            if frame.hasMergeKey { applyMergeKeys(&frame.pairs) }
            removeDuplicateKeys(&frame.pairs)
            node = YAMLNode(kind: .mapping(frame.pairs), location: frame.location)
        } else {
            node = YAMLNode(kind: .sequence(frame.items), location: frame.location)
        }
        if let anchor = frame.anchor { anchors[anchor] = (node, frame.nodeCount) }
        add(node, nodeCount: frame.nodeCount)
    }

    private mutating func alias(_ anchor: String, at mark: YAMLMark) throws(DiagnosticList) {
        guard let (anchored, nodeCount) = anchors[anchor] else {
            diagnostics.append(Diagnostic(.error, "unknown alias '*\(anchor)' (no '&\(anchor)' before it)", at: location(mark)))
            add(YAMLNode(kind: .scalar(YAMLScalar(value: "")), location: location(mark)), nodeCount: 1)
            return
        }
        aliasedNodes += nodeCount
        try count(nodeCount, at: mark)
        // The copy points at the alias, where the value is used; its children keep their own places.
        var node = anchored
        node.location = location(mark)
        if case .scalar(var scalar) = node.kind {
            scalar.sourceWidth = nil  // the alias's width says nothing about the anchored text
            node.kind = .scalar(scalar)
        }
        add(node, nodeCount: nodeCount)
    }

    private mutating func count(_ nodes: Int, at mark: YAMLMark) throws(DiagnosticList) {
        expandedNodes += nodes
        guard expandedNodes > nodeLimit else { return }
        // A plain large file passes the limit too: say which it is.
        let message = aliasedNodes * 2 > expandedNodes
            ? "aliases expand this document past \(nodeLimit) nodes; refusing to load it"
            : "this document has more than \(nodeLimit) nodes (values, lists and maps); refusing to load it "
                + "(split it into several files)"
        throw DiagnosticList([Diagnostic(.error, message, at: location(mark))])
    }

    private mutating func add(_ node: consuming YAMLNode, nodeCount: Int) {
        guard !stack.isEmpty else {
            root = node
            return
        }
        stack[stack.count - 1].add(node, nodeCount: nodeCount)
    }
}
