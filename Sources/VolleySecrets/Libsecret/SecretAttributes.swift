#if canImport(CSecret)
internal import CSecret

/// The attribute table Volley looks items up by: `service` and `username`, as Python `keyring`
/// and `secret-tool store service S username U` write them. Owns its `GHashTable`.
final class SecretAttributes {
    let table: OpaquePointer

    init(service: String, account: String) {
        var api = Libsecret.api
        table = volley_secret_attributes_new(&api)
        volley_secret_attributes_insert(&api, table, "service", service)
        volley_secret_attributes_insert(&api, table, "username", account)
    }

    deinit {
        Libsecret.api.g_hash_table_unref(table)
    }
}
#endif
