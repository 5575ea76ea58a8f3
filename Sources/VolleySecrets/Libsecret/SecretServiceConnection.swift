#if canImport(CSecret)
internal import CSecret

/// One conversation with the Secret Service, confined to the thread that opened it.
///
/// Never unlocks anything: libsecret's convenience calls (`secret_password_lookup_sync`,
/// `secret_service_store_sync`) answer a locked item by asking the daemon to prompt, which on a
/// desktop opens a dialog and headless can wait forever. Here a locked item or collection is an
/// error instead, and every call takes the cancellable that the deadline cancels.
final class SecretServiceConnection {
    private let service: UnsafeMutablePointer<SecretService>
    private let cancellable: CancellableHandle

    init(cancellable: CancellableHandle) throws(SecretStoreError) {
        self.cancellable = cancellable
        var error: UnsafeMutablePointer<GError>?
        guard let bus = Libsecret.api.g_bus_get_sync(G_BUS_TYPE_SESSION, cancellable.pointer, &error) else {
            let detail = GLibError.take(&error)?.message ?? "unknown error"
            throw .noSessionBus("cannot connect to the D-Bus session bus (\(detail))")
        }
        // GLib's shared session connection exits the process when the bus goes away; a keyring
        // problem must be an error message, not a silent exit.
        Libsecret.api.g_dbus_connection_set_exit_on_close(bus, 0)
        Libsecret.api.g_object_unref(UnsafeMutableRawPointer(bus))

        guard let service = Libsecret.api.secret_service_open_sync(
            Libsecret.api.secret_service_get_type(), nil, SECRET_SERVICE_OPEN_SESSION, cancellable.pointer, &error)
        else {
            let failure = GLibError.take(&error)
            throw .serviceMissing(failure?.message ?? "unknown error")
        }
        self.service = service
    }

    deinit {
        Libsecret.api.g_object_unref(service)
    }

    func lookup(service name: String, account: String) throws(SecretStoreError) -> String? {
        let items = try search(SecretAttributes(service: name, account: account), loadSecrets: true)
        guard let item = items.first(where: { !$0.isLocked }) else {
            if !items.isEmpty { throw .locked("the keyring item for \(name)/\(account)") }
            return nil
        }
        guard let value = item.secretText() else {
            throw .failed("reading \(name)/\(account)", .noSecretLoaded)
        }
        return value
    }

    /// Updates every item that matches (so duplicates written by other tools agree) or, when
    /// there is none, creates one in the default collection.
    func store(service name: String, account: String, value: String, label: String) throws(SecretStoreError) {
        let attributes = SecretAttributes(service: name, account: account)
        let items = try search(attributes, loadSecrets: false)
        if items.contains(where: \.isLocked) { throw .locked("the keyring item for \(name)/\(account)") }

        let secret = Libsecret.api.secret_value_new(value, -1, "text/plain")
        defer { Libsecret.api.secret_value_unref(UnsafeMutableRawPointer(secret)) }
        var error: UnsafeMutablePointer<GError>?
        for item in items {
            if Libsecret.api.secret_item_set_secret_sync(item.pointer, secret, cancellable.pointer, &error) == 0 {
                throw .failed("updating \(name)/\(account)", GLibError.take(&error) ?? .unknown)
            }
        }
        guard items.isEmpty else { return }

        let collection = Libsecret.api.secret_collection_for_alias_sync(
            service, "default", SECRET_COLLECTION_NONE, cancellable.pointer, &error)
        if let failure = GLibError.take(&error) { throw .failed("finding the default keyring", failure) }
        guard let collection else { throw .noDefaultCollection }
        defer { Libsecret.api.g_object_unref(collection) }
        if Libsecret.api.secret_collection_get_locked(collection) != 0 { throw .locked("the default keyring") }

        let created = Libsecret.api.secret_item_create_sync(
            collection, volley_secret_schema(), attributes.table, label, secret,
            SECRET_ITEM_CREATE_REPLACE, cancellable.pointer, &error)
        guard let created else {
            throw .failed("storing \(name)/\(account)", GLibError.take(&error) ?? .unknown)
        }
        Libsecret.api.g_object_unref(created)
    }

    func delete(service name: String, account: String) throws(SecretStoreError) -> Bool {
        let items = try search(SecretAttributes(service: name, account: account), loadSecrets: false)
        if items.contains(where: \.isLocked) { throw .locked("the keyring item for \(name)/\(account)") }
        var error: UnsafeMutablePointer<GError>?
        for item in items {
            if Libsecret.api.secret_item_delete_sync(item.pointer, cancellable.pointer, &error) == 0 {
                throw .failed("deleting \(name)/\(account)", GLibError.take(&error) ?? .unknown)
            }
        }
        return !items.isEmpty
    }

    /// Every matching item, locked or not; without SECRET_SEARCH_UNLOCK nothing is unlocked.
    private func search(_ attributes: SecretAttributes, loadSecrets: Bool) throws(SecretStoreError) -> [SecretItemHandle] {
        var flags = SECRET_SEARCH_ALL.rawValue
        if loadSecrets { flags |= SECRET_SEARCH_LOAD_SECRETS.rawValue }
        var error: UnsafeMutablePointer<GError>?
        let list = Libsecret.api.secret_service_search_sync(
            service, volley_secret_schema(), attributes.table, SecretSearchFlags(rawValue: flags),
            cancellable.pointer, &error)
        if let failure = GLibError.take(&error) {
            Libsecret.api.g_list_free_full(list, Libsecret.api.g_object_unref)
            throw .failed("searching the keyring", failure)
        }
        var items: [SecretItemHandle] = []
        var node = list
        while let current = node {
            if let data = current.pointee.data {
                items.append(SecretItemHandle(adopting: data.assumingMemoryBound(to: SecretItem.self)))
            }
            node = current.pointee.next
        }
        Libsecret.api.g_list_free(list)  // the handles now own the items' references
        return items
    }
}

extension GLibError {
    fileprivate static let unknown = GLibError(domain: 0, code: 0, message: "unknown error")
    fileprivate static let noSecretLoaded = GLibError(domain: 0, code: 0, message: "the item's secret could not be loaded")
}
#endif
