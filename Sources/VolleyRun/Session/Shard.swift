/// `--shard K/N`: which share of a suite this machine runs, so that N CI jobs given the same
/// files run each collection (or iteration) exactly once between them.
///
/// Collection files are assigned by their path relative to the working directory, sorted: the
/// file at sorted position `p` (from 0) goes to shard `p % N + 1`. The assignment depends only on
/// the set of paths, never on the order the shell or the file system lists them, so every job
/// of a CI matrix computes the same one; round-robin over the sorted list keeps the shards
/// within one file of each other (a hash would leave some empty and others double).
/// Iterations (`by: .iteration`) go round-robin by number: iteration `i` to shard `(i - 1) % N + 1`.
public struct Shard: Sendable, Hashable {
    public enum Unit: String, Sendable, Hashable {
        case file
        case iteration
    }

    /// From 1 to `count`.
    public var index: Int
    public var count: Int
    public var by: Unit

    public init(index: Int, count: Int, by: Unit = .file) {
        self.index = index
        self.count = count
        self.by = by
    }

    /// `K/N` with 1 ≤ K ≤ N; nil for anything else.
    public init?(parsing text: String, by: Unit = .file) {
        let parts = text.split(separator: "/", omittingEmptySubsequences: false)
        guard parts.count == 2, let k = Int(parts[0]), let n = Int(parts[1]), n >= 1, (1...n).contains(k) else { return nil }
        self.init(index: k, count: n, by: by)
    }

    public var text: String { "\(index)/\(count)" }

    /// Positions in `files` this shard holds, in their given order (the run keeps input order).
    /// - Parameter workingDirectory: an absolute path names the same file as its relative spelling.
    public func positions(of files: [String], workingDirectory: String) -> [Int] {
        guard by == .file else { return Array(files.indices) }
        let keys = files.map { Self.key(of: $0, workingDirectory: workingDirectory) }
        // Ties (one file given twice) keep their given order: the same path twice is the same work.
        let sorted = files.indices.sorted { (keys[$0], $0) < (keys[$1], $1) }
        var held: [Int] = []
        for (position, fileIndex) in sorted.enumerated() where position % count == index - 1 { held.append(fileIndex) }
        return held.sorted()
    }

    /// Whether this shard runs iteration `iteration` (from 1).
    public func holds(iteration: Int) -> Bool {
        by == .file || (iteration - 1) % count == index - 1
    }

    /// Iterations (from 1) out of `total` this shard runs.
    public func iterationCount(of total: Int) -> Int {
        guard by == .iteration else { return total }
        return total >= index ? (total - index) / count + 1 : 0
    }

    /// The shard's `n`th iteration (from 0), as a number of the whole run (from 1).
    public func iteration(at n: Int) -> Int {
        by == .iteration ? index + n * count : n + 1
    }

    /// A path as the assignment sees it: relative to the working directory, without `.` or
    /// doubled slashes.
    static func key(of path: String, workingDirectory: String) -> String {
        var key = path
        let base = workingDirectory.hasSuffix("/") ? workingDirectory : workingDirectory + "/"
        if key.hasPrefix("/"), key.hasPrefix(base) { key = String(key.dropFirst(base.count)) }
        let absolute = key.hasPrefix("/")
        let parts = key.split(separator: "/").filter { $0 != "." }
        return (absolute ? "/" : "") + parts.joined(separator: "/")
    }
}
