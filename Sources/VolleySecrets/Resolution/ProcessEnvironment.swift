#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// The process's variables and home directory read from the C library, so that neither secret
/// lookup nor the front end links Foundation (`ProcessInfo`) into the binary: Foundation's share
/// of a static binary's start-up is paid by every run, secrets or not. It lives here, the lowest
/// module that reads the process's surroundings, and VolleyRun and `volley` use it from here.
public enum ProcessEnvironment {
    /// Every `NAME=value` of `environ`, read once: building a copy costs more than a whole
    /// request, and a run's settings come from the environment it started with.
    public static let variables: [String: String] = current

    /// Every `NAME=value` of `environ` as it is now (a keyring client passes on what is set now).
    public static var current: [String: String] {
        var variables: [String: String] = [:]
        var entry = environ
        while let pointer = entry.pointee {
            let text = String(cString: pointer)
            if let equals = text.firstIndex(of: "=") {
                variables[String(text[..<equals])] = String(text[text.index(after: equals)...])
            }
            entry += 1
        }
        return variables
    }

    /// Every variable whose name starts with `prefix`, by the rest of its name (empty rest left out).
    public static func withPrefix(_ prefix: String) -> [String: String] {
        var found: [String: String] = [:]
        for (key, value) in variables where key.hasPrefix(prefix) {
            let name = String(key.dropFirst(prefix.count))
            if !name.isEmpty { found[name] = value }
        }
        return found
    }

    /// The account's home directory from the password database, for when `HOME` is unset.
    public static var accountHome: String {
        guard let record = getpwuid(getuid()), let directory = record.pointee.pw_dir else { return "/" }
        return String(cString: directory)
    }
}
