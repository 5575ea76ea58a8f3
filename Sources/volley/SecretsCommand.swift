import ArgumentParser
import Foundation
import VolleyCore
import VolleyParser
import VolleySecrets
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

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
            let prompt = "Secret for \(item.service)/\(item.account): "
            let value: String
            do {
                value = try SecretValueInput.read(prompt: prompt)
            } catch {
                throw SecretsCommand.fail(output, error.message)
            }
            guard !value.isEmpty else {
                throw SecretsCommand.fail(output, "refusing to store an empty secret for \(item.service)/\(item.account)")
            }
            let store = SecretStores.platformDefault()
            do {
                try store.store(
                    service: item.service, account: item.account, value: value,
                    label: label ?? "volley \(item.service)/\(item.account)")
            } catch {
                throw SecretsCommand.fail(output, error.message)
            }
            output.err("stored \(item.service)/\(item.account) in the \(store.backendName)")
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
            let output = Output()
            let store = SecretStores.platformDefault()
            let value: String?
            do {
                value = try store.lookup(service: item.service, account: item.account)
            } catch {
                throw SecretsCommand.fail(output, error.message)
            }
            guard let value else {
                output.err("error: no secret stored for \(item.service)/\(item.account) in the \(store.backendName): "
                    + "store one with `volley secrets set \(item.service) \(item.account)`")
                throw ExitCode(1)
            }
            output.out(value)
        }
    }

    struct DeleteSecret: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "delete",
            abstract: "Remove a stored secret (exit 1 when there was nothing to remove).")

        @OptionGroup var item: KeyringItemArguments

        mutating func run() throws {
            let output = Output()
            let store = SecretStores.platformDefault()
            let deleted: Bool
            do {
                deleted = try store.delete(service: item.service, account: item.account)
            } catch {
                throw SecretsCommand.fail(output, error.message)
            }
            guard deleted else {
                output.err("nothing to delete: no secret stored for \(item.service)/\(item.account) in the \(store.backendName)")
                throw ExitCode(1)
            }
            output.err("deleted \(item.service)/\(item.account) from the \(store.backendName)")
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
            let sources = SourceFiles()
            let environment: Environment
            do {
                let file = try VariableOptions.environmentPath(env, besideCollectionAt: "")
                let name = file == env ? PathText.baseName(of: file) : env
                environment = try CollectionParser.parseEnvironment(source: try sources.read(file), file: file, name: name)
            } catch let error as InputError {
                throw SecretsCommand.fail(output, error.message)
            } catch let error as DiagnosticList {
                for diagnostic in error.diagnostics { output.err(sources.render(diagnostic)) }
                throw ExitCode(2)
            } catch {
                throw SecretsCommand.fail(output, "\(error)")
            }
            guard let declared = Self.declaredSecrets(in: environment) else {
                throw SecretsCommand.fail(output, "'secrets check' needs environment files' `secrets:` maps, which are not parsed yet")
            }
            try Self.check(declared, in: environment.file, store: SecretStores.platformDefault(), output: output)
        }

        /// The environment's `secrets:` map.
        ///
        /// The environment file's `secrets:`, with where each was declared.
        static func declaredSecrets(in environment: Environment) -> [String: (SecretSource, SourceLocation)]? {
            environment.secrets.mapValues { ($0.value, $0.location) }
        }

        /// Resolves every declared secret and reports each on its own line: `ok` lines on stdout,
        /// failures as `file:line:column: error: ...` on stderr.
        static func check(
            _ declared: [String: (SecretSource, SourceLocation)], in file: String,
            store: any SecretStore, output: Output
        ) throws {
            guard !declared.isEmpty else {
                output.out("\(file): declares no secrets")
                return
            }
            // Values go to the redactor as they resolve: nothing below may print one.
            let resolver = SecretResolver(declared: declared, store: store, onResolve: { output.addSecret($0) })
            var failures = 0
            for name in declared.keys.sorted() {
                do {
                    _ = try resolver.resolve(name)
                    output.out("ok  \(name)  (\(resolver.origin(of: name) ?? "?"))")
                } catch {
                    failures += 1
                    let location = error.location ?? declared[name]?.1
                    output.err("\(location.map { "\($0): " } ?? "")error: \(error.message)")
                }
            }
            if failures > 0 {
                output.err("\(failures) of \(declared.count) secret\(declared.count == 1 ? "" : "s") could not be read.")
                throw ExitCode(2)
            }
        }
    }

    /// `error: MESSAGE` on stderr, then exit code 2.
    static func fail(_ output: Output, _ message: String) -> ExitCode {
        output.err("error: \(message)")
        return ExitCode(2)
    }
}

/// Reads the value for `volley secrets set`: one line typed at the terminal without echo, or all
/// of stdin when it is piped (`pass show x | volley secrets set svc acct`), without the trailing
/// newline. Never from an argument, which would land in shell history and `ps`.
private enum SecretValueInput {
    struct Failure: Error {
        var message: String
    }

    /// Enough for any token or key; more is a mistake (a file piped by accident).
    static let limit = 64 * 1024

    static func read(prompt: String) throws(Failure) -> String {
        let text: String
        if isatty(STDIN_FILENO) == 1 {
            text = try readWithoutEcho(prompt: prompt)
        } else {
            text = try readAll()
        }
        var value = Substring(text)
        while let last = value.last, last == "\n" || last == "\r\n" || last == "\r" { value.removeLast() }
        return String(value)
    }

    private static func readAll() throws(Failure) -> String {
        var bytes: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 4096)
        while true {
            let count = systemRead(STDIN_FILENO, &buffer, buffer.count)
            if count < 0 {
                if errno == EINTR { continue }
                throw Failure(message: "cannot read the secret from stdin: \(String(cString: strerror(errno)))")
            }
            if count == 0 { break }
            bytes += buffer[0..<count]
            if bytes.count > limit { throw Failure(message: "the secret on stdin is longer than \(limit) bytes") }
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    private static func readWithoutEcho(prompt: String) throws(Failure) -> String {
        var original = termios()
        guard tcgetattr(STDIN_FILENO, &original) == 0 else {
            throw Failure(message: "cannot configure the terminal: \(String(cString: strerror(errno)))")
        }
        var silent = original
        silent.c_lflag &= ~tcflag_t(ECHO)
        silent.c_lflag |= tcflag_t(ICANON)
        // Ctrl-C while echo is off must not leave the terminal silent.
        terminalToRestore = original
        let previousHandler = signal(SIGINT) { _ in
            tcsetattr(STDIN_FILENO, TCSANOW, &terminalToRestore)
            _exit(130)
        }
        defer {
            tcsetattr(STDIN_FILENO, TCSAFLUSH, &original)
            signal(SIGINT, previousHandler)
            writeToStderr("\n")  // the newline the user typed was not echoed
        }
        writeToStderr(prompt)
        guard tcsetattr(STDIN_FILENO, TCSAFLUSH, &silent) == 0 else {
            throw Failure(message: "cannot turn off terminal echo: \(String(cString: strerror(errno)))")
        }
        var bytes: [UInt8] = []
        var byte: UInt8 = 0
        while true {
            let count = systemRead(STDIN_FILENO, &byte, 1)
            if count < 0 {
                if errno == EINTR { continue }
                throw Failure(message: "cannot read the secret: \(String(cString: strerror(errno)))")
            }
            if count == 0 || byte == UInt8(ascii: "\n") { break }
            bytes.append(byte)
            if bytes.count > limit { throw Failure(message: "the secret is longer than \(limit) bytes") }
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// The prompt goes to stderr, unredacted and without a newline, so `Output` is not used.
    private static func writeToStderr(_ text: String) {
        var text = text
        text.withUTF8 { bytes in _ = systemWrite(STDERR_FILENO, bytes.baseAddress, bytes.count) }
    }
}

/// The terminal settings the SIGINT handler restores; a C signal handler cannot capture state.
/// Written once before the handler is installed, read only by it.
nonisolated(unsafe) private var terminalToRestore = termios()

#if canImport(Glibc)
private let systemRead = Glibc.read
private let systemWrite = Glibc.write
#elseif canImport(Darwin)
private let systemRead = Darwin.read
private let systemWrite = Darwin.write
#endif
