/// Picks the keyring of the platform Volley runs on.
public enum SecretStores {
    /// The macOS Keychain, the Secret Service on Linux, else a store that explains it has none.
    /// Creating one touches nothing: the keyring is contacted on the first lookup.
    public static func platformDefault() -> any SecretStore {
        #if canImport(Security)
        KeychainStore()
        #elseif canImport(CSecret)
        LibsecretStore()
        #else
        UnavailableSecretStore()
        #endif
    }
}
