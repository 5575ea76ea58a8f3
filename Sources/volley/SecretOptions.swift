import ArgumentParser
import Foundation
import VolleyCore
import VolleyParser
import VolleySecrets

/// `--secret`, `--secrets-file` and `--show-secret-suffix`, shared by `run` and `validate`.
struct SecretOptions: ParsableArguments {
    @Option(name: .customLong("secret"), help: ArgumentHelp(
        "Set a secret (redacted in every output). Repeatable. For CI without a keyring.", valueName: "name=value"))
    var secrets: [String] = []

    @Option(name: .customLong("secrets-file"), help: ArgumentHelp(
        "A YAML map of secret names to values (must not be readable by others).", valueName: "file"))
    var secretsFile: String?

    @Flag(name: .customLong("show-secret-suffix"), help: "Show the last four characters of secrets (***abcd), to tell keys apart.")
    var showSecretSuffix = false

    func validate() throws {
        for assignment in secrets where Self.split(assignment) == nil {
            throw ValidationError("--secret expects name=value")  // never echo the value
        }
    }

    static func split(_ assignment: String) -> (String, String)? {
        guard let equals = assignment.firstIndex(of: "="), equals != assignment.startIndex else { return nil }
        return (String(assignment[..<equals]), String(assignment[assignment.index(after: equals)...]))
    }

    var commandLineSecrets: [String: String] {
        Dictionary(secrets.compactMap(Self.split), uniquingKeysWith: { $1 })
    }

    /// Every secret value already in hand is masked from the start, so even the command line
    /// echoed into a report is safe; keyring values are masked as they are fetched.
    func registerKnownValues(with output: Output) {
        for value in commandLineSecrets.values { output.addSecret(value) }
        for (key, value) in ProcessInfo.processInfo.environment where key.hasPrefix(SecretResolver.processVariablePrefix) {
            output.addSecret(value)
        }
    }

    /// Reads `--secrets-file`. Its errors name positions but never print its lines: they hold secrets.
    func loadSecretsFile(sources: SourceFiles, output: Output) throws -> [String: String] {
        guard let secretsFile else { return [:] }
        if let attributes = try? FileManager.default.attributesOfItem(atPath: secretsFile),
            let mode = (attributes[.posixPermissions] as? NSNumber)?.intValue, mode & 0o077 != 0
        {
            throw InputError("secrets file '\(secretsFile)' can be read by others (mode \(String(mode, radix: 8))): run `chmod 600 \(secretsFile)`")
        }
        let text = try sources.read(secretsFile, secret: true)
        do {
            let values = try CollectionParser.parseSecretsFile(source: text, file: secretsFile).mapValues(\.value)
            for value in values.values { output.addSecret(value) }
            return values
        } catch {
            throw InputError(error.diagnostics.map { "\($0.location): \($0.message)" }.joined(separator: "\n"))
        }
    }

    func resolver(for environment: Environment?, secretsFile values: [String: String], output: Output) -> SecretResolver {
        SecretResolver(
            declared: environment?.secrets.mapValues { ($0.value, $0.location) } ?? [:],
            commandLine: commandLineSecrets,
            secretsFile: values, secretsFilePath: secretsFile,
            onResolve: { output.addSecret($0) })
    }
}
