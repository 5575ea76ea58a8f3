#if canImport(Security)
import Foundation
import Security

/// The macOS login Keychain: generic passwords with service and account, the items
/// `security add-generic-password -s SERVICE -a ACCOUNT -w` and Python `keyring` write.
///
/// Never shows a dialog: a Keychain that would need one (locked, or an app not yet allowed to
/// read the item) is reported as locked instead. The calls do not block on the network, so no
/// separate deadline is needed as on Linux.
public struct KeychainStore: SecretStore {
    public var backendName: String { "macOS Keychain" }

    public init() {}

    public func lookup(service: String, account: String) throws(SecretStoreError) -> String? {
        var query = baseQuery(service: service, account: account)
        query[kSecReturnData as String] = true
        query[kSecMatchLimit as String] = kSecMatchLimitOne
        var result: CFTypeRef?
        let status = SecItemCopyMatching(query as CFDictionary, &result)
        switch status {
        case errSecSuccess:
            guard let data = result as? Data else { return nil }
            return SecretText.trimmed(String(decoding: data, as: UTF8.self))
        case errSecItemNotFound:
            return nil
        default:
            throw failure(status, doing: "reading \(service)/\(account)")
        }
    }

    public func store(service: String, account: String, value: String, label: String) throws(SecretStoreError) {
        let data = Data(SecretText.trimmed(value).utf8)
        let query = baseQuery(service: service, account: account)
        let update: [String: Any] = [kSecValueData as String: data]
        let status = SecItemUpdate(query as CFDictionary, update as CFDictionary)
        if status == errSecSuccess { return }
        guard status == errSecItemNotFound else {
            throw failure(status, doing: "updating \(service)/\(account)")
        }
        var add = query
        add[kSecValueData as String] = data
        add[kSecAttrLabel as String] = label
        let added = SecItemAdd(add as CFDictionary, nil)
        guard added == errSecSuccess else { throw failure(added, doing: "storing \(service)/\(account)") }
    }

    public func delete(service: String, account: String) throws(SecretStoreError) -> Bool {
        let status = SecItemDelete(baseQuery(service: service, account: account) as CFDictionary)
        switch status {
        case errSecSuccess: return true
        case errSecItemNotFound: return false
        default: throw failure(status, doing: "deleting \(service)/\(account)")
        }
    }

    private func baseQuery(service: String, account: String) -> [String: Any] {
        [
            kSecClass as String: kSecClassGenericPassword,
            kSecAttrService as String: service,
            kSecAttrAccount as String: account,
            // Fail instead of showing an unlock or "allow access" dialog.
            kSecUseAuthenticationUI as String: kSecUseAuthenticationUIFail,
        ]
    }

    private func failure(_ status: OSStatus, doing action: String) -> SecretStoreError {
        let text = (SecCopyErrorMessageString(status, nil) as String?) ?? "OSStatus \(status)"
        let alternatives = SecretStoreError.alternativesPlaceholder
        switch status {
        case errSecInteractionNotAllowed, errSecAuthFailed:
            return SecretStoreError(
                .locked, backend: backendName, problem: "\(action): the Keychain is locked or needs a dialog (\(text))",
                fix: "unlock it (`security unlock-keychain`) or allow volley in Keychain Access, "
                    + "volley never prompts; or use \(alternatives) instead")
        case errSecNoSuchKeychain, errSecNotAvailable:
            return SecretStoreError(
                .serviceUnavailable, backend: backendName, problem: "\(action): no Keychain is available (\(text))",
                fix: "log in to a user session, or use \(alternatives) instead")
        default:
            return SecretStoreError(
                .other, backend: backendName, problem: "\(action) failed: \(text)",
                fix: "use \(alternatives) instead")
        }
    }
}
#endif
