/// File paths as text, split and joined on `/` only. Foundation's `NSString` path methods crash
/// (SIGILL) on Linux for one-character paths such as `r` or `-`; these are plain string
/// operations with the same answers and no file system access.
public enum PathText {
    /// The folder part: `a/b/c.yaml` → `a/b`, `c.yaml` → `` (the current folder), `/c` → `/`.
    /// Trailing slashes are ignored, as the shell does: `a/b/` → `a`.
    public static func directory(of path: String) -> String {
        let trimmed = withoutTrailingSlashes(path)
        guard let slash = trimmed.lastIndex(of: "/") else { return "" }
        let folder = withoutTrailingSlashes(String(trimmed[..<slash]))
        return folder.isEmpty ? "/" : folder
    }

    /// The last component: `a/b/c.yaml` → `c.yaml`, `a/b/` → `b`, `/` → `/`.
    public static func fileName(of path: String) -> String {
        let trimmed = withoutTrailingSlashes(path)
        guard let slash = trimmed.lastIndex(of: "/") else { return trimmed }
        let name = String(trimmed[trimmed.index(after: slash)...])
        return name.isEmpty ? trimmed : name
    }

    /// The last component without its extension: `envs/staging.yaml` → `staging`. A leading dot
    /// is part of the name (`.env` stays `.env`), as is a name with no dot.
    public static func baseName(of path: String) -> String {
        let name = fileName(of: path)
        guard let dot = name.lastIndex(of: "."), dot != name.startIndex else { return name }
        return String(name[..<dot])
    }

    /// `folder/name`; just `name` when the folder is empty (the current folder).
    public static func join(_ folder: String, _ name: String) -> String {
        if folder.isEmpty { return name }
        return folder.hasSuffix("/") ? folder + name : folder + "/" + name
    }

    /// `a//` → `a`; `/` and `//` stay `/`.
    private static func withoutTrailingSlashes(_ path: String) -> String {
        var text = Substring(path)
        while text.count > 1, text.hasSuffix("/") { text = text.dropLast() }
        return String(text)
    }
}
