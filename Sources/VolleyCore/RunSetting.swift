/// A setting of a run that a note or a stop may have to name, so the user knows what to change.
/// The library names settings by identity only; the front end spells them (`--max-retry-wait`)
/// through a `SettingNames` table.
public enum RunSetting: Sendable, Hashable, CaseIterable {
    case retryCount, retryStatuses, maxRetryWait, retryTimeBudget, rate, maxCredits
}
