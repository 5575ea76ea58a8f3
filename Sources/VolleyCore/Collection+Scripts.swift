extension Collection {
    /// Every script in the collection, each once: its own `scripts:`, then each folder's and
    /// request's in file order (a planned request's list repeats the outer ones).
    public var allScripts: [Script] {
        var out = scripts
        func walk(_ items: [CollectionItem]) {
            for item in items {
                switch item {
                case .request(let spec): out += spec.scripts
                case .folder(let folder):
                    out += folder.scripts
                    walk(folder.items)
                }
            }
        }
        walk(items)
        return out
    }
}
