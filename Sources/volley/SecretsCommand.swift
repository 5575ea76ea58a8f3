import ArgumentParser
import VolleyRun
import VolleySecrets

/// `volley secrets set|get|delete|check`: manage the keyring items that environment files'
/// `secrets:` maps point at, so a value never has to be typed into a file or a shell history.
///
/// Exit codes: 0 done; 1 nothing stored under that service/account (`get`, `delete`);
/// 2 invalid input, or the keyring could not answer.
struct SecretsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "secrets",
        abstract: "Store, read and check secrets in the OS keyring (Secret Service on Linux, Keychain on macOS).",
        discussion: """
            Items are found by SERVICE and ACCOUNT, the pair an environment file names with \
            `keyring: SERVICE/ACCOUNT`; on Linux these are the attributes `service` and `username` \
            that `secret-tool` and Python `keyring` use too. In CI, where there is no keyring, \
            set VOLLEY_SECRET_<name> or pass --secrets-file instead.
            """,
        subcommands: [SetSecret.self, GetSecret.self, DeleteSecret.self, CheckSecrets.self]
    )
}

/// SERVICE ACCOUNT, as every item subcommand takes them.
struct KeyringItemArguments: ParsableArguments {
    @Argument(help: ArgumentHelp("The keyring service, e.g. coresignal.", valueName: "service"))
    var service: String

    @Argument(help: ArgumentHelp("The account (username) under that service, e.g. default.", valueName: "account"))
    var account: String

    /// Words a keyring outcome: 0 done, 1 nothing stored under that item (`missing` says it), 2 failed.
    func finish(_ outcome: KeyringItems.Outcome, _ output: Output, missing: (_ backend: String) -> String = { _ in "" }) throws {
        let item = "\(service)/\(account)"
        switch outcome {
        case .stored(let backend): output.err("stored \(item) in the \(backend)")
        case .found(let value): output.out(value)
        case .deleted(let backend): output.err("deleted \(item) from the \(backend)")
        case .failed(let message): throw SecretsCommand.fail(output, message)
        case .notFound(let backend):
            output.err(missing(backend))
            throw ExitCode(1)
        }
    }
}

extension SecretsCommand {
    struct SetSecret: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "set",
            abstract: "Store a secret: typed at a prompt (not echoed) or piped on stdin.",
            discussion: "Replaces any value already stored for SERVICE ACCOUNT. An empty value is refused.")

        @OptionGroup var item: KeyringItemArguments

        @Option(help: ArgumentHelp("What keyring managers show for the item (default: volley SERVICE/ACCOUNT).", valueName: "text"))
        var label: String?

        mutating func run() throws {
            let output = Output()
            let value: String
            do {
                value = try SecretValueInput.read(prompt: "Secret for \(item.service)/\(item.account): ")
            } catch {
                throw SecretsCommand.fail(output, error.message)
            }
            let store = SecretStores.platformDefault()
            try item.finish(KeyringItems.set(service: item.service, account: item.account, value: value, label: label, store: store, names: .flags), output)
        }
    }

    struct GetSecret: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "get",
            abstract: "Print a stored secret and a newline on stdout, for scripts.")

        @OptionGroup var item: KeyringItemArguments

        mutating func run() throws {
            // A fresh Output has no secrets registered, so the value is printed as it is: showing
            // it is the point of this command.
            let outcome = KeyringItems.get(service: item.service, account: item.account, store: SecretStores.platformDefault(), names: .flags)
            try item.finish(outcome, Output()) { backend in
                "error: no secret stored for \(item.service)/\(item.account) in the \(backend): "
                    + "store one with `volley secrets set \(item.service) \(item.account)`"
            }
        }
    }

    struct DeleteSecret: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "delete",
            abstract: "Remove a stored secret (exit 1 when there was nothing to remove).")

        @OptionGroup var item: KeyringItemArguments

        mutating func run() throws {
            let outcome = KeyringItems.delete(
                service: item.service, account: item.account, store: SecretStores.platformDefault(), names: .flags)
            try item.finish(outcome, Output()) { "nothing to delete: no secret stored for \(item.service)/\(item.account) in the \($0)" }
        }
    }

    struct CheckSecrets: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "check",
            abstract: "Check that every secret an environment declares can be read; values are never shown.",
            discussion: """
                Resolves each secret as 'run' would (--secret and VOLLEY_SECRET_<name> still override) \
                and prints where it came from. Exit 0 when all resolve, 2 otherwise.
                """)

        @Argument(help: ArgumentHelp(
            "Environment: a NAME (environments/NAME.yaml in the current directory) or a PATH to a YAML file.",
            valueName: "env"))
        var env: String

        mutating func run() throws {
            let output = Output()
            let report: SecretsCheck.Report
            do {
                report = try SecretsCheck.run(
                    environment: env, store: SecretStores.platformDefault(), secrets: output.secrets, names: .flags)
            } catch {
                output.err(error.message)
                throw ExitCode(2)
            }
            for line in report.resolved { output.out(line) }
            output.err(report.failures)
            if !report.failures.isEmpty { throw ExitCode(2) }
        }
    }

    /// `error: MESSAGE` on stderr, then exit code 2.
    static func fail(_ output: Output, _ message: String) -> ExitCode {
        output.err("error: \(message)")
        return ExitCode(2)
    }
}
