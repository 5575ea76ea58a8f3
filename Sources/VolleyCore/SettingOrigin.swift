/// Where a setting that applied came from, so that a note can quote it and a user knows what to
/// change: the command line, `retry.count at coresignal.yaml:12:3`, or the built-in default.
/// Settings are named by identity; `text(naming:)` spells them with the front end's table.
///
/// Indirect, so each origin is one pointer: request specs and retry policies carry several and
/// are copied on every request (inline, they made a 1000-request run 2% more instructions).
public indirect enum SettingOrigin: Sendable, Hashable {
    /// Nothing set it: the built-in default of this setting.
    case defaultOf(RunSetting)
    /// Given on the command line; it beats every level of the collection.
    case commandLine(RunSetting)
    /// Written in a collection at `key` (a request's, its folder's or the collection's own).
    case collection(key: String, at: SourceLocation?)

    public var isCommandLine: Bool {
        if case .commandLine = self { return true }
        return false
    }

    /// `--retry`, `default of --retry`, `retry.count at api.yaml:12:3`.
    public func text(naming names: SettingNames) -> String {
        switch self {
        case .defaultOf(let setting): "default of \(names.name(of: setting))"
        case .commandLine(let setting): names.name(of: setting)
        case .collection(let key, let location?): "\(key) at \(location)"
        case .collection(let key, nil): key
        }
    }
}
