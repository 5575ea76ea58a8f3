import VolleyCore

/// A map's entries under their key names, once unknown keys have been reported.
/// Maps in a collection have a handful of keys, so lookup is a scan.
struct MappingFields {
    struct Entry {
        var name: String
        var key: YAMLNode
        var value: YAMLNode
    }

    var node: YAMLNode
    var entries: [Entry]

    subscript(name: String) -> YAMLNode? {
        entries.first { $0.name == name }?.value
    }

    func entry(_ name: String) -> Entry? {
        entries.first { $0.name == name }
    }

    func has(_ name: String) -> Bool {
        entries.contains { $0.name == name }
    }

    /// Whether a key was dropped as unknown. A misspelled required key is then already
    /// reported, so "missing" would say the same thing twice.
    var droppedAKey: Bool {
        entries.count < (node.mapping?.count ?? 0)
    }
}

extension CollectionDecoder {
    /// The node's pairs, or an error `"\(what) must be \(expected), found …"`: `expected` may
    /// show the map's shape (`a map like { json: "$.id" }`) where a bare "a map" would not help.
    mutating func pairs(_ node: YAMLNode, _ what: String, expected: String = "a map") -> [YAMLNode.Pair]? {
        if let pairs = node.mapping { return pairs }
        error("\(what) must be \(expected), found \(node.foundDescription)", at: node.location)
        return nil
    }

    /// The key of a pair as a name. Keys are scalars in every map the format defines.
    mutating func keyName(_ key: YAMLNode) -> String? {
        if let scalar = key.scalar { return scalar.value }
        error("a key must be a string, found \(key.foundDescription)", at: key.location)
        return nil
    }

    /// Whether `name` can be used as `{{name}}`; if not, says so at `location`:
    /// `invalid \(kind) name 'x'\(context) (use letters, …)`.
    mutating func checkVariableName(
        _ name: String, kind: String = "variable", context: String = "", at location: SourceLocation
    ) -> Bool {
        if Template.isValidVariableName(name) { return true }
        error("invalid \(kind) name '\(name)'\(context) (use letters, digits, '_', '-', '.')", at: location)
        return false
    }

    /// The key of a pair as a name usable as `{{name}}`, or nil once what is wrong is reported.
    mutating func variableName(_ key: YAMLNode, kind: String = "variable", context: String = "") -> String? {
        guard let name = keyName(key), checkVariableName(name, kind: kind, context: context, at: key.location) else {
            return nil
        }
        return name
    }

    /// The entries of a map whose keys the format fixes. A key outside `allowed` is reported at
    /// the key, with the closest allowed key as a suggestion; `unknown` may word it better for
    /// a known confusion (a request key in a folder, say) by returning its own message.
    mutating func fields(
        _ node: YAMLNode, _ what: String, expected: String = "a map", allowed: [String],
        unknown: (String) -> String? = { _ in nil }
    ) -> MappingFields? {
        guard let pairs = pairs(node, what, expected: expected) else { return nil }
        var entries: [MappingFields.Entry] = []
        entries.reserveCapacity(pairs.count)
        for pair in pairs {
            guard let name = keyName(pair.key) else { continue }
            if allowed.contains(name) {
                entries.append(MappingFields.Entry(name: name, key: pair.key, value: pair.value))
            } else {
                error(unknown(name) ?? Self.unknownKeyMessage(name, allowed: allowed), at: pair.key.location)
            }
        }
        return MappingFields(node: node, entries: entries)
    }

    static func unknownKeyMessage(_ name: String, allowed: [String]) -> String {
        "unknown key '\(name)' (\(hint(for: name, among: allowed)))"
    }

    /// "did you mean 'x'?" when one candidate is close, else the list of candidates.
    static func hint(for word: String, among candidates: [String]) -> String {
        if let close = Suggestion.closest(to: word, among: candidates) { return "did you mean '\(close)'?" }
        return "expected one of: " + candidates.joined(separator: ", ")
    }

    /// `'a', 'b' and 'c'` (or `'a', 'b' or 'c'`), for messages that list what a map may hold.
    static func quotedList(_ words: [String], joinedBy conjunction: String = "and") -> String {
        let quoted = words.map { "'\($0)'" }
        guard quoted.count > 1 else { return quoted.first ?? "" }
        return quoted.dropLast().joined(separator: ", ") + " \(conjunction) " + quoted[quoted.count - 1]
    }

    /// The values of `keys`, all required, in order, each read by `read`; nil unless every one is
    /// there and readable. A missing key is reported as `"\(what) is missing '\(key)'"`, unless
    /// a misspelled one was dropped (that is reported already).
    mutating func required<Value>(
        _ keys: [String], of fields: MappingFields, _ what: String,
        read: (inout CollectionDecoder, YAMLNode, String) -> Value?
    ) -> [Value]? {
        var values: [Value] = []
        for key in keys {
            if let node = fields[key] {
                if let value = read(&self, node, "'\(key)'") { values.append(value) }
            } else if !fields.droppedAKey {
                error("\(what) is missing '\(key)'", at: fields.node.location)
            }
        }
        return values.count == keys.count ? values : nil
    }

    /// The `name:` of a collection, folder or request, reported as `"\(owner) is missing 'name'"`.
    mutating func requiredName(in fields: MappingFields, of owner: String) -> String? {
        guard let node = fields["name"] else {
            error("\(owner) is missing 'name'", at: fields.node.location)
            return nil
        }
        return scalarText(node, "'name'")
    }
}
