/// How the front end spells each `RunSetting` (`--retry`, `--max-retry-wait`): handed to the
/// wording, so library values never carry a command-line spelling.
public struct SettingNames: Sendable, Hashable {
    private var names: [RunSetting: String]

    public init(_ names: [RunSetting: String]) {
        self.names = names
    }

    /// The spelling of `setting`; a setting the table leaves out is named by what it is.
    public func name(of setting: RunSetting) -> String {
        names[setting] ?? Self.plain(setting)
    }

    /// The setting given a value: `--var apikey=...`, `--max-filesize 100 bytes`; plainly, the
    /// value in brackets after what the setting is (`a command-line variable (apikey=...)`).
    public func name(of setting: RunSetting, given value: String) -> String {
        if let spelled = names[setting] { return "\(spelled) \(value)" }
        return "\(Self.plain(setting)) (\(value))"
    }

    /// Names that assume no front end: what each setting is, in words.
    public static let plain = SettingNames([:])

    private static func plain(_ setting: RunSetting) -> String {
        switch setting {
        case .retryCount: "the retry count"
        case .retryStatuses: "the retry statuses"
        case .maxRetryWait: "the max retry wait"
        case .retryTimeBudget: "the retry time budget"
        case .rate: "the run's rate"
        case .maxCredits: "the credit budget"
        case .variable: "a command-line variable"
        case .secret: "a command-line secret"
        case .secretsFile: "a secrets file"
        case .maxBodySize: "the max body size"
        case .maxVariableSize: "the max variable size"
        case .bail: "the stop-on-failure setting"
        }
    }
}
