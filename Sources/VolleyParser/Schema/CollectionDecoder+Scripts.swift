import VolleyCore

extension CollectionDecoder {
    static let scriptsKeys = ["before", "after"]
    static let scriptFileKeys = ["file"]
    /// The largest `file:` script read: a hand-written script is a few KB; a bigger file is
    /// more likely a bundle or a mistake than something to load into every run.
    static let scriptFileLimit = 1 << 20

    /// A `scripts:` map (collection, folder or request): `before` and `after`, each JavaScript
    /// text or `{ file: path }`, in that order.
    mutating func decodeScripts(_ node: YAMLNode, level: Script.Level) -> [Script] {
        let fields = fields(node, "'scripts'", expected: "a map with 'before' or 'after'", allowed: Self.scriptsKeys) { key in
            // Postman users will reach for its names first.
            switch key.lowercased() {
            case "prerequest", "pre-request", "pre_request", "pre":
                "unknown key '\(key)' (Postman's pre-request script is 'before' here)"
            case "test", "tests":
                "unknown key '\(key)' (Postman's test script is 'after' here)"
            default: nil
            }
        }
        guard let fields else { return [] }
        var scripts: [Script] = []
        for phase in [Script.Phase.before, .after] {
            guard let entry = fields.entry(phase.rawValue),
                let (source, origin) = scriptText(entry.value, "'\(entry.name)'")
            else { continue }
            scripts.append(Script(phase: phase, level: level, source: source, origin: origin, declaredAt: entry.key.location))
        }
        return scripts
    }

    /// A script's text and where its first character is: inline, or read from its `file:`.
    private mutating func scriptText(_ node: YAMLNode, _ what: String) -> (String, SourceLocation)? {
        let expected = "JavaScript text or { file: path }"
        switch node.kind {
        case .mapping:
            guard let fields = fields(node, what, expected: expected, allowed: Self.scriptFileKeys) else { return nil }
            guard let file = required(["file"], of: fields, "a script file", read: { $0.string($1, $2) })?.first,
                let fileNode = fields["file"]
            else { return nil }
            return scriptFile(file, at: fileNode)
        case .scalar(let scalar) where scalar.resolved != .null:
            guard let origin = inlineOrigin(of: node, scalar, what) else { return nil }
            return (scalar.value, origin)
        default:
            error("\(what) must be \(expected), found \(node.foundDescription)", at: node.location)
            return nil
        }
    }

    /// Where an inline script's first character is, or an error for the styles whose text is not
    /// the file's lines (folded blocks, flow scalars over several lines, aliases).
    private mutating func inlineOrigin(of node: YAMLNode, _ scalar: YAMLScalar, _ what: String) -> SourceLocation? {
        if sourceLines == nil { sourceLines = SourceLines(source) }
        let lines = sourceLines ?? SourceLines(source)
        let start = lines.contentStart(line: node.location.line, column: node.location.column)
        let file = self.file
        let at = { (line: Int, column: Int) in SourceLocation(file: file, line: line, column: column) }
        if start.character == "*" {
            error(
                "\(what) cannot be an alias: its positions would point here, not at its text (share a script with { file: path })",
                at: node.location)
            return nil
        }
        switch scalar.style {
        case .literal:
            let origin = lines.blockOrigin(headerLine: start.line, value: scalar.value)
            return at(origin.line, origin.column)
        case .folded:
            error("\(what) is a folded block (>), which joins its lines; use | for scripts", at: node.location)
            return nil
        case .plain, .singleQuoted, .doubleQuoted:
            // A flow scalar over several lines is folded too; one with a "\n" escape has more lines than the file.
            guard scalar.sourceWidth != nil, !scalar.value.contains("\n") else {
                error("\(what) spans several lines outside a block, which YAML joins; use | for scripts", at: node.location)
                return nil
            }
            return at(start.line, start.column + (scalar.style == .plain ? 0 : 1))
        }
    }

    /// A `file:` script: read beside the collection, at most `scriptFileLimit` bytes of UTF-8.
    /// Its positions are its own file's, from line 1, column 1.
    private mutating func scriptFile(_ written: String, at node: YAMLNode) -> (String, SourceLocation)? {
        guard !written.isEmpty else {
            error("'file' must name a script file, found an empty string", at: node.location)
            return nil
        }
        let path = ScriptFileReader.path(written, besideCollection: file)
        let limit = Self.scriptFileLimit
        let bytes: [UInt8]
        switch scriptFiles.read(path, limit) {
        case .success(let read) where read.count <= limit: bytes = read
        case .success(let read): return tooLarge(path, bytes: read.count, at: node)
        case .failure(.tooLarge(let size)): return tooLarge(path, bytes: size, at: node)
        case .failure(let failure):
            let reason =
                switch failure {
                case .missing: "no such file"
                case .directory: "it is a directory"
                case .notRegularFile: "not a regular file"
                case .unreadable(let reason): reason
                case .tooLarge: ""
                }
            error("cannot read script '\(path)': \(reason)", at: node.location)
            return nil
        }
        guard let text = String(validating: bytes, as: UTF8.self) else {
            error("script '\(path)' is not UTF-8 text", at: node.location)
            return nil
        }
        return (text, SourceLocation(file: path, line: 1, column: 1))
    }

    private mutating func tooLarge(_ path: String, bytes: Int, at node: YAMLNode) -> (String, SourceLocation)? {
        error(
            "script '\(path)' has \(bytes) bytes; a script file may have at most \(Self.scriptFileLimit) (1 MiB)",
            at: node.location)
        return nil
    }
}
