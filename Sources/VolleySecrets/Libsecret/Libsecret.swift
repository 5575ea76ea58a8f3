#if canImport(CSecret)
internal import CSecret

/// libsecret and the GLib stack under it, loaded by the first keyring call. Linking them made
/// every run pay for relocating a dozen libraries (7M instructions) that most runs never use.
enum Libsecret {
    /// The library's functions, or why it could not be loaded; looked up once per process.
    static let loaded: Result<Functions, SecretStoreError> = {
        let table = UnsafeMutablePointer<VolleyLibsecret>.allocate(capacity: 1)  // lives as long as the process
        guard volley_libsecret_load(table) == 0 else {
            let reason = volley_libsecret_load_error().map { String(cString: $0) } ?? "unknown error"
            return .failure(.libraryMissing(reason))
        }
        return .success(Functions(table: table.pointee))
    }()

    /// The functions, for code that runs after `loaded` succeeded: every call goes through
    /// `LibsecretStore.converse`, which checks it first.
    static var api: VolleyLibsecret {
        guard case .success(let functions) = loaded else { preconditionFailure("libsecret called before it was loaded") }
        return functions.table
    }

    /// C function pointers, written once before any thread can read them.
    struct Functions: @unchecked Sendable {
        let table: VolleyLibsecret
    }
}
#endif
