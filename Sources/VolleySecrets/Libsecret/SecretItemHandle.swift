#if canImport(CSecret)
internal import CSecret

/// Owns one reference to a `SecretItem` found by a search.
final class SecretItemHandle {
    let pointer: UnsafeMutablePointer<SecretItem>

    init(adopting pointer: UnsafeMutablePointer<SecretItem>) {
        self.pointer = pointer
    }

    deinit {
        Libsecret.api.g_object_unref(pointer)
    }

    var isLocked: Bool { Libsecret.api.secret_item_get_locked(pointer) != 0 }

    /// The secret loaded by the search, as UTF-8 text; nil when it was not loaded.
    func secretText() -> String? {
        guard let value = Libsecret.api.secret_item_get_secret(pointer) else { return nil }
        defer { Libsecret.api.secret_value_unref(UnsafeMutableRawPointer(value)) }
        var length = 0
        guard let bytes = Libsecret.api.secret_value_get(value, &length) else { return nil }
        return String(decoding: UnsafeRawBufferPointer(start: bytes, count: length), as: UTF8.self)
    }
}
#endif
