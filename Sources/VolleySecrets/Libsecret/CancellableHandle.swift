#if canImport(CSecret)
internal import CSecret

/// Owns a `GCancellable`, the one libsecret object shared between the thread that talks to the
/// Secret Service and the thread that waits for it. `g_cancellable_cancel` is thread-safe, and
/// the pointer never changes, hence `@unchecked Sendable`.
final class CancellableHandle: @unchecked Sendable {
    let pointer: UnsafeMutablePointer<GCancellable>

    init() {
        pointer = Libsecret.api.g_cancellable_new()!  // GLib aborts when out of memory; it never returns NULL
    }

    deinit {
        Libsecret.api.g_object_unref(pointer)
    }

    func cancel() {
        Libsecret.api.g_cancellable_cancel(pointer)
    }
}
#endif
