/// Where a setting that applied came from, so that a note can quote it and a user knows what to
/// change: `--retry`, `retry.count at coresignal.yaml:12:3`, or the default of `--retry`.
///
/// Indirect, so each origin is one pointer: request specs and retry policies carry several and
/// are copied on every request (inline, they made a 1000-request run 2% more instructions).
public indirect enum SettingOrigin: Sendable, Hashable, CustomStringConvertible {
    /// Nothing set it: the built-in default of this command-line option.
    case defaultOf(option: String)
    /// Given on the command line; it beats every level of the collection.
    case commandLine(option: String)
    /// Written in a collection at `key` (a request's, its folder's or the collection's own).
    case collection(key: String, at: SourceLocation?)

    public var isCommandLine: Bool {
        if case .commandLine = self { return true }
        return false
    }

    public var description: String {
        switch self {
        case .defaultOf(let option): "default of \(option)"
        case .commandLine(let option): option
        case .collection(let key, let location?): "\(key) at \(location)"
        case .collection(let key, nil): key
        }
    }
}
