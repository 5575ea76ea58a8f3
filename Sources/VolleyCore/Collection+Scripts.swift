extension Collection {
    /// Every script in the collection, each once: its own `scripts:`, then each folder's and
    /// request's in file order (a planned request's list repeats the outer ones).
    public var allScripts: [Script] {
        var out = scripts
        func walk(_ items: [CollectionItem]) {
            // Members read in place: `for item in items` copies each request, retaining every
            // field of it, to read one list (2k+ instructions a request, five walks a run).
            for index in items.indices {
                out += items[index].ownScripts
                if items[index].isFolder { walk(items[index].folderItems) }
            }
        }
        walk(items)
        return out
    }
}

extension CollectionItem {
    /// The item's own `scripts:`.
    var ownScripts: [Script] {
        switch self {
        case .request(let spec): spec.scripts
        case .folder(let folder): folder.scripts
        }
    }

    var isFolder: Bool {
        if case .folder = self { return true }
        return false
    }

    /// A folder's items; none for a request.
    var folderItems: [CollectionItem] {
        if case .folder(let folder) = self { return folder.items }
        return []
    }
}
