#if canImport(CSecret)
/// The Secret Service's failures, each with the fix a user can act on. Kept together so the
/// wording stays consistent between lookups, stores and deletes.
extension SecretStoreError {
    static let secretServiceBackend = "Secret Service"

    private static let alternatives = SecretStoreError.alternativesPlaceholder

    static func noSessionBus(_ problem: String) -> SecretStoreError {
        SecretStoreError(
            .noSessionBus, backend: secretServiceBackend, problem: problem,
            fix: "the Secret Service needs a desktop session; in CI use \(alternatives) instead")
    }

    static func serviceMissing(_ detail: String) -> SecretStoreError {
        SecretStoreError(
            .serviceUnavailable, backend: secretServiceBackend,
            problem: "no keyring daemon answers on the D-Bus session bus (\(detail))",
            fix: "start one (GNOME Keyring, KeePassXC's Secret Service integration, KWallet), "
                + "or use \(alternatives) instead")
    }

    static func libraryMissing(_ detail: String) -> SecretStoreError {
        SecretStoreError(
            .serviceUnavailable, backend: secretServiceBackend, problem: "libsecret could not be loaded (\(detail))",
            fix: "install libsecret (Debian and Ubuntu: libsecret-1-0), or use \(alternatives) instead")
    }

    static func timedOut(after timeout: Duration) -> SecretStoreError {
        SecretStoreError(
            .serviceUnavailable, backend: secretServiceBackend,
            problem: "no answer within \(timeout.components.seconds) s "
                + "(is the keyring daemon stuck, or waiting for an unlock prompt?)",
            fix: "check that the keyring daemon runs and is unlocked, or use \(alternatives) instead")
    }

    static func locked(_ what: String) -> SecretStoreError {
        SecretStoreError(
            .locked, backend: secretServiceBackend, problem: "\(what) is locked",
            fix: "unlock it (log in to the desktop, or unlock the keyring in Seahorse) and retry, "
                + "volley never prompts; or use \(alternatives) instead")
    }

    static let noDefaultCollection = SecretStoreError(
        .notFound, backend: secretServiceBackend, problem: "there is no default keyring to store into",
        fix: "create a keyring and make it the default (Seahorse: + → Password keyring); "
            + "headless, start `gnome-keyring-daemon --unlock` with a password on stdin")

    static func failed(_ action: String, _ error: GLibError) -> SecretStoreError {
        if error.isLocked { return locked("the keyring") }
        if error.isServiceMissing { return serviceMissing(error.message) }
        return SecretStoreError(
            .other, backend: secretServiceBackend, problem: "\(action) failed: \(error.message)",
            fix: "check the keyring daemon's log, or use \(alternatives) instead")
    }
}
#endif
