#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The process's environment variables, read from the C library once: building Foundation's
/// copy of the environment costs more than a whole request.
public enum ProcessEnvironment {
    public static let variables: [String: String] = {
        var variables: [String: String] = [:]
        var cursor = environ
        while let entry = cursor.pointee {
            let text = String(cString: entry)
            if let equals = text.firstIndex(of: "=") {
                variables[String(text[..<equals])] = String(text[text.index(after: equals)...])
            }
            cursor += 1
        }
        return variables
    }()

    /// Every variable whose name starts with `prefix`, by the rest of its name (empty rest left out).
    public static func withPrefix(_ prefix: String) -> [String: String] {
        var found: [String: String] = [:]
        for (key, value) in variables where key.hasPrefix(prefix) {
            let name = String(key.dropFirst(prefix.count))
            if !name.isEmpty { found[name] = value }
        }
        return found
    }
}
