/// The store on platforms without a supported keyring: every call explains the alternatives.
public struct UnavailableSecretStore: SecretStore {
    public var backendName: String { "keyring" }

    public init() {}

    public func lookup(service: String, account: String) throws(SecretStoreError) -> String? {
        throw unsupported
    }

    public func store(service: String, account: String, value: String, label: String) throws(SecretStoreError) {
        throw unsupported
    }

    public func delete(service: String, account: String) throws(SecretStoreError) -> Bool {
        throw unsupported
    }

    private var unsupported: SecretStoreError {
        SecretStoreError(
            .serviceUnavailable, backend: backendName, problem: "this platform has no supported keyring",
            fix: "use \(SecretStoreError.alternativesPlaceholder) instead")
    }
}
