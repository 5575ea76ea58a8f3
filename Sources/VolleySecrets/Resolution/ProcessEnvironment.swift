#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// The process's variables and home directory read from the C library, so that secret lookup
/// does not link Foundation (`ProcessInfo`) into the binary: Foundation's share of a static
/// binary's start-up is paid by every run, secrets or not.
@usableFromInline
enum ProcessEnvironment {
    /// Every `NAME=value` of `environ`.
    @usableFromInline
    static var current: [String: String] {
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

    /// The account's home directory from the password database, for when `HOME` is unset.
    static var accountHome: String {
        guard let record = getpwuid(getuid()), let directory = record.pointee.pw_dir else { return "/" }
        return String(cString: directory)
    }
}
