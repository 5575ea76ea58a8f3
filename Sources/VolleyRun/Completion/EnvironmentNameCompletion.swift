import VolleyCore

/// The environment names a shell offers after `--env`: the `environments/NAME.yaml|yml` files beside
/// the collections already typed, or beside the current directory when none is. The shell passes
/// every word of the command line verbatim, so a word counts as a collection only when it is an
/// existing directory or `.yaml`, `.yml` or `.json` file; a report path beside them adds nothing new.
public enum EnvironmentNameCompletion {
    /// Collection files the loader reads; the same endings the shells' file completion offers.
    public static let collectionExtensions = ["yaml", "yml", "json"]

    /// The completion the shell calls: the file system read through `kind` and `entries`.
    public static func candidates(words: [String], completing index: Int, prefix: String) -> [String] {
        candidates(words: words, completing: index, prefix: prefix, kind: FileSystem.kind(of:), entries: FileSystem.entries(of:))
    }

    /// The names starting with `prefix`, sorted, each once, for `words` with the one at `index` being completed.
    public static func candidates(
        words: [String], completing index: Int, prefix: String,
        kind: (String) -> FileSystem.Kind, entries: (String) -> [String]
    ) -> [String] {
        let typed = words.indices.filter { $0 != index }.map { words[$0] }
        var folders: [String] = []
        for word in typed where !word.hasPrefix("-") {
            switch kind(word) {
            case .directory: folders.append(word)
            case .file where isCollectionFile(word): folders.append(PathText.directory(of: word))
            default: continue
            }
        }
        if folders.isEmpty { folders = [""] }  // PathText's current folder
        var names = Set<String>()
        for folder in folders {
            names.formUnion(environmentNames(inEntries: entries(PathText.join(folder, "environments"))))
        }
        return names.filter { $0.hasPrefix(prefix) }.sorted()
    }

    /// The environment names an `environments` folder with these entries defines.
    public static func environmentNames(inEntries entries: [String]) -> [String] {
        let names = entries.compactMap { entry -> String? in
            for ending in [".yaml", ".yml"] where entry.hasSuffix(ending) && entry.count > ending.count && !entry.hasPrefix(".") {
                return String(entry.dropLast(ending.count))
            }
            return nil
        }
        return Array(Set(names)).sorted()
    }

    private static func isCollectionFile(_ path: String) -> Bool {
        collectionExtensions.contains { path.hasSuffix("." + $0) }
    }
}
