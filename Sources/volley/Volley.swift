import ArgumentParser
import VolleyCore
import VolleyExecutor
import VolleyRun
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

@main
struct Volley: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "volley",
        abstract: "Run shared HTTP request collections written in YAML.",
        discussion: """
            Exit codes:
              0  every assertion passed
              1  an assertion, capture or script failed
              2  invalid usage, collection, environment or secret (nothing was sent),
                 or a report that could not be written at the end of the run
              3  a request could not complete (DNS, connect, TLS, timeout,
                 a reply that is not HTTP)
              4  out of credits (402), the credit budget reached (--max-credits),
                 or rate limit exhausted (429 after retries); the run stopped
            130  interrupted (Ctrl-C, SIGTERM or SIGHUP); what finished is still
                 reported
            """,
        version: versionRequested ? VersionText.full : VolleyVersion.current,
        subcommands: [
            RunCommand.self, ValidateCommand.self, InitCommand.self, ImportCommand.self, ExportCommand.self, JSONPathCommand.self, SecretsCommand.self, ReportCommand.self,
        ],
        defaultSubcommand: nil  // `volley run` is explicit, as a typo of a subcommand must not become a file name
    )

    /// ArgumentParser builds the configuration on every run, so the full text (libcurl's, which
    /// costs a dlopen) is built only when `--version` is asked for.
    private static var versionRequested: Bool { CommandLine.arguments.dropFirst().contains("--version") }

    /// Usage errors exit 2, as documented, not ArgumentParser's 64.
    static func main() {
        CurlTransport.initializeLibrary()  // before any other thread exists
        do {
            var command = try parseAsRoot()
            try command.run()
        } catch {
            let code = exitCode(for: error)
            if code == .validationFailure {
                let message = fullMessage(for: error)
                // No Output yet: no secret is known before the options are parsed.
                DescriptorWriter.writeAll(message + "\n", to: STDERR_FILENO)
                terminate(ExitStatus.invalidInput.rawValue)
            }
            exit(withError: error)
        }
    }

    /// The C library's `exit`: inside a command, `exit` names ArgumentParser's.
    static func terminate(_ status: Int32) -> Never {
        #if canImport(Glibc)
        Glibc.exit(status)
        #else
        Darwin.exit(status)
        #endif
    }
}

extension ExitStatus {
    /// What a command throws to end the process with this status.
    var exitCode: ExitCode { ExitCode(rawValue) }
}
