import VolleyCore

extension YAMLComposer {
    static let mergeTag = "tag:yaml.org,2002:merge"

    /// `<<` written plain (a quoted "<<" is an ordinary key), or tagged `!!merge`.
    static func isMergeKey(_ node: YAMLNode) -> Bool {
        guard case .scalar(let scalar) = node.kind else { return false }
        return scalar.tag == mergeTag || (scalar.isPlain && scalar.tag == nil && scalar.value == "<<")
    }

    /// Applies `<<` (YAML merge key, as YAML 1.1 loaders do): keys written in the mapping win over
    /// merged ones, and among several merged maps (`<<: [*a, *b]`) the earlier wins.
    /// Merged pairs take the place of the first `<<`, keeping their own source positions.
    mutating func applyMergeKeys(_ pairs: inout [YAMLNode.Pair]) {
        var explicit = Set<String>()
        for pair in pairs where !Self.isMergeKey(pair.key) {
            if let key = pair.key.scalar?.value { explicit.insert(key) }
        }
        var merged: [YAMLNode.Pair] = []
        var mergedKeys = Set<String>()
        func take(_ source: YAMLNode) {
            for pair in source.mapping ?? [] {
                guard let key = pair.key.scalar?.value else {
                    merged.append(pair)
                    continue
                }
                if !explicit.contains(key), mergedKeys.insert(key).inserted { merged.append(pair) }
            }
        }
        var insertAt: Int?
        var kept: [YAMLNode.Pair] = []
        kept.reserveCapacity(pairs.count)
        for pair in pairs {
            guard Self.isMergeKey(pair.key) else {
                kept.append(pair)
                continue
            }
            if insertAt == nil { insertAt = kept.count }
            switch pair.value.kind {
            case .mapping:
                take(pair.value)
            case .sequence(let items) where items.allSatisfy({ $0.mapping != nil }):
                for item in items { take(item) }
            default:
                diagnostics.append(
                    Diagnostic(.error, "the value of '<<' must be a map or a list of maps to merge", at: pair.value.location))
            }
        }
        kept.insert(contentsOf: merged, at: insertAt ?? kept.count)
        pairs = kept
    }

    /// YAML requires unique keys; the first one stays so later checks still see a value.
    mutating func removeDuplicateKeys(_ pairs: inout [YAMLNode.Pair]) {
        guard pairs.count > 1 else { return }
        var duplicates: [Int] = []
        // Most maps have a few keys: comparing pairs beats hashing every key into a fresh dictionary.
        if pairs.count <= 16 {
            for index in 1..<pairs.count {
                guard let key = pairs[index].key.scalar?.value else { continue }
                if let first = pairs[..<index].first(where: { $0.key.scalar?.value == key }) {
                    reportDuplicate(key, at: pairs[index].key, first: first.key)
                    duplicates.append(index)
                }
            }
        } else {
            var firstIndex: [String: Int] = [:]
            for (index, pair) in pairs.enumerated() {
                guard let key = pair.key.scalar?.value else { continue }
                if let first = firstIndex[key] {
                    reportDuplicate(key, at: pair.key, first: pairs[first].key)
                    duplicates.append(index)
                } else {
                    firstIndex[key] = index
                }
            }
        }
        for index in duplicates.reversed() { pairs.remove(at: index) }
    }

    private mutating func reportDuplicate(_ key: String, at node: YAMLNode, first: YAMLNode) {
        diagnostics.append(
            Diagnostic(.error, "duplicate key '\(key)' (first defined on line \(first.location.line))", at: node.location))
    }
}
