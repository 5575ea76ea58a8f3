import ArgumentParser
import VolleyRun

/// `--secret`, `--secrets-file` and `--show-secret-suffix`, shared by `run` and `validate`.
struct SecretOptions: ParsableArguments {
    @Option(name: .customLong("secret"), help: ArgumentHelp(
        "Set a secret (redacted in every output). Repeatable. For CI without a keyring.", valueName: "name=value"))
    var secrets: [String] = []

    @Option(name: .customLong("secrets-file"), help: ArgumentHelp(
        "A YAML map of secret names to values (must not be readable by others).", valueName: "file"),
        completion: .file(extensions: ["yaml", "yml"]))
    var secretsFile: String?

    @Flag(name: .customLong("show-secret-suffix"), help: "Show the last four characters of secrets (***abcd), to tell keys apart.")
    var showSecretSuffix = false

    func validate() throws {
        for assignment in secrets where Assignment.split(assignment) == nil {
            throw ValidationError("--secret expects name=value")  // never echo the value
        }
    }

    var settings: SecretSettings {
        SecretSettings(
            commandLine: Dictionary(secrets.compactMap(Assignment.split), uniquingKeysWith: { $1 }),
            secretsFile: secretsFile, showSuffix: showSecretSuffix)
    }
}

/// `name=value`, as `--var` and `--secret` take it.
enum Assignment {
    static func split(_ assignment: String) -> (String, String)? {
        guard let equals = assignment.firstIndex(of: "="), equals != assignment.startIndex else { return nil }
        return (String(assignment[..<equals]), String(assignment[assignment.index(after: equals)...]))
    }
}
