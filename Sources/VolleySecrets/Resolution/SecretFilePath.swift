/// The file a `file:` secret is read from, as the resolver reads it: `~` is the home directory.
/// Public so the front end can tell when a report would replace it.
public enum SecretFilePath {
    public static func expanded(_ path: String, environment: [String: String] = ProcessEnvironment.variables) -> String {
        SecretFile.expand(path, home: home(in: environment))
    }

    /// `HOME`, else the account's home directory from the password database.
    static func home(in environment: [String: String]) -> String {
        if let home = environment["HOME"], !home.isEmpty { return home }
        return ProcessEnvironment.accountHome
    }
}
