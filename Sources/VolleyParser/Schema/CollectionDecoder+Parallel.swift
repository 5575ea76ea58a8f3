import VolleyCore

extension CollectionDecoder {
    /// `parallel:` of a folder or of the collection: where `true` is written, nil for `false` or
    /// no key. A group inside another is refused: the outer group's entries already run at the
    /// same time, and a nested folder is one of them, its requests in order.
    mutating func parallelFlag(in fields: MappingFields, of what: String) -> SourceLocation? {
        guard let node = fields["parallel"], bool(node, "'parallel'") == true else { return nil }
        if let outer = enclosingParallel {
            error(
                "\(what) cannot be 'parallel: true' inside the parallel group at line \(outer.line): "
                    + "that group's entries already run at the same time, and a folder among them is one entry "
                    + "whose requests run in order; remove one of the two",
                at: node.location)
            return nil
        }
        return node.location
    }

    /// Decodes `node`'s entries as the members of the parallel group at `group` (nil: no new group).
    mutating func decodeItems(_ node: YAMLNode, inParallelGroup group: SourceLocation?) -> [CollectionItem] {
        guard let group else { return decodeItems(node) }
        let outer = enclosingParallel
        enclosingParallel = group
        defer { enclosingParallel = outer }
        return decodeItems(node)
    }
}
