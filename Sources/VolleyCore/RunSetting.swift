/// A setting of a run that a note or a stop may have to name, so the user knows what to change.
/// The library names settings by identity only; the front end spells them (`--max-retry-wait`)
/// through a `SettingNames` table.
public enum RunSetting: Sendable, Hashable, CaseIterable {
    case retryCount, retryStatuses, maxRetryWait, retryTimeBudget, rate, maxCredits
    /// A variable given for the run (`--var NAME=VALUE`), above every file's.
    case variable
    /// A secret given for the run (`--secret NAME=VALUE`).
    case secret
    /// A file of secrets given for the run (`--secrets-file FILE`).
    case secretsFile
    /// The largest response body a request may receive (`--max-filesize`).
    case maxBodySize
    /// The largest value one variable may expand to (`--max-variable-size`).
    case maxVariableSize
    /// Stopping the run at the first failed request (`--bail`).
    case bail
}
