/// Where an environment file says a secret's value lives. The value itself is never in a file
/// that Volley reads as a collection or environment.
public enum SecretReference: Sendable, Hashable, CustomStringConvertible {
    /// `keyring: { service: coresignal, account: default }`: the OS keyring.
    case keyring(service: String, account: String)
    /// `env: OTHER_TOKEN`: a process variable.
    case environment(String)
    /// `file: ~/.config/acme/pass`: the first line of a file that only its owner can read.
    case file(String)

    public var description: String {
        switch self {
        case .keyring(let service, let account): "keyring \(service)/\(account)"
        case .environment(let name): "env \(name)"
        case .file(let path): "file \(path)"
        }
    }
}
