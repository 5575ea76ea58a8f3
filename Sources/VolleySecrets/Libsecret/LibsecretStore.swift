#if canImport(CSecret)
/// The freedesktop.org Secret Service (GNOME Keyring, KWallet, KeePassXC) through libsecret.
///
/// Items are matched on the attributes `service` and `username` only, so values stored by
/// `secret-tool store --label=x service S username U` and by Python `keyring set S U` are found,
/// and theirs by them. Each call answers within `timeout` plus half a second: no session bus is
/// detected before libsecret is touched, and a daemon that does not answer is abandoned.
public struct LibsecretStore: SecretStore {
    public var backendName: String { SecretStoreError.secretServiceBackend }

    private let timeout: Duration
    private let environment: [String: String]

    public init() {
        self.init(timeout: .seconds(4), environment: ProcessEnvironment.current)
    }

    /// For tests: a shorter timeout, or an environment without a bus. (To talk to another
    /// daemon, libsecret reads SECRET_SERVICE_BUS_NAME from the process environment itself.)
    init(timeout: Duration, environment: [String: String]) {
        self.timeout = timeout
        self.environment = environment
    }

    public func lookup(service: String, account: String) throws(SecretStoreError) -> String? {
        try converse { connection throws(SecretStoreError) in
            try connection.lookup(service: service, account: account)
        }.map(SecretText.trimmed)
    }

    public func store(service: String, account: String, value: String, label: String) throws(SecretStoreError) {
        let value = SecretText.trimmed(value)
        try converse { connection throws(SecretStoreError) in
            try connection.store(service: service, account: account, value: value, label: label)
        }
    }

    public func delete(service: String, account: String) throws(SecretStoreError) -> Bool {
        try converse { connection throws(SecretStoreError) in
            try connection.delete(service: service, account: account)
        }
    }

    private func converse<Value: Sendable>(
        _ body: @escaping @Sendable (SecretServiceConnection) throws(SecretStoreError) -> Value
    ) throws(SecretStoreError) -> Value {
        if let problem = SessionBus.problem(in: environment) {
            throw .noSessionBus(problem)
        }
        if case .failure(let missing) = Libsecret.loaded { throw missing }
        return try DeadlineThread.run(timeout: timeout, timeoutError: .timedOut(after: timeout)) { cancellable in
            Result { () throws(SecretStoreError) -> Value in
                let connection = try SecretServiceConnection(cancellable: cancellable)
                return try body(connection)
            }
        }.get()
    }
}
#endif
