#if canImport(CSecret)
internal import CSecret

/// A `GError` copied into Swift and freed, so no C type outlives the call that produced it.
struct GLibError: Error, Sendable {
    var domain: UInt32
    var code: Int32
    var message: String

    /// Takes ownership of `error` (frees it) and returns its contents, or nil if there was none.
    static func take(_ error: inout UnsafeMutablePointer<GError>?) -> GLibError? {
        guard let pointer = error else { return nil }
        defer {
            Libsecret.api.g_error_free(pointer)
            error = nil
        }
        let message = pointer.pointee.message.map { String(cString: $0) } ?? "unknown error"
        return GLibError(domain: pointer.pointee.domain, code: pointer.pointee.code, message: message)
    }

    var isCancelled: Bool {
        domain == Libsecret.api.g_io_error_quark() && code == Int32(G_IO_ERROR_CANCELLED.rawValue)
    }

    var isLocked: Bool {
        domain == Libsecret.api.secret_error_get_quark() && code == Int32(SECRET_ERROR_IS_LOCKED.rawValue)
    }

    /// Nobody owns the Secret Service's bus name and nothing could be activated for it.
    var isServiceMissing: Bool {
        guard domain == Libsecret.api.g_dbus_error_quark() else { return false }
        let missing: [GDBusError] = [
            G_DBUS_ERROR_SERVICE_UNKNOWN, G_DBUS_ERROR_NAME_HAS_NO_OWNER, G_DBUS_ERROR_SPAWN_EXEC_FAILED,
            G_DBUS_ERROR_SPAWN_CHILD_EXITED, G_DBUS_ERROR_SPAWN_FAILED, G_DBUS_ERROR_SPAWN_SERVICE_NOT_FOUND,
            G_DBUS_ERROR_NO_REPLY, G_DBUS_ERROR_TIMEOUT, G_DBUS_ERROR_TIMED_OUT,
        ]
        return missing.contains { Int32($0.rawValue) == code }
    }
}
#endif
