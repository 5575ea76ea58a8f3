import VolleyCore

extension SettingNames {
    /// Each run setting by the option that sets it: the one place the library's setting
    /// identities meet the command line's spellings.
    static let flags = SettingNames([
        .retryCount: "--retry", .retryStatuses: "--retry-on", .maxRetryWait: "--max-retry-wait",
        .retryTimeBudget: "--retry-max-time", .rate: "--rate", .maxCredits: "--max-credits",
        .variable: "--var", .secret: "--secret", .secretsFile: "--secrets-file", .maxBodySize: "--max-filesize",
        .maxVariableSize: "--max-variable-size", .bail: "--bail",
    ])
}
