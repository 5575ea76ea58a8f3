public import VolleyCore

/// The run loop reads secrets through VolleyCore's `SecretProvider`; this is the real one.
extension SecretResolver: SecretProvider {
    public var secretNames: [String] { names }

    public func noteDerivedSecret(_ value: String) {
        onResolve(value)
    }

    public func secretValue(_ name: String) throws(SecretUnavailable) -> String {
        do {
            return try resolve(name)
        } catch {
            throw SecretUnavailable(message: error.message, location: error.location)
        }
    }
}
