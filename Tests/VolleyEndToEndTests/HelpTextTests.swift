import Testing
import TestSupport

/// `--help` says what the README says: every exit 4 reason, every signal behind 130, and that
/// a report can go to stdout.
@Suite("volley --help, end to end")
struct HelpTextTests {
    /// Help wraps to the terminal's width; compare with runs of whitespace made one space.
    func flattened(_ text: String) -> String {
        text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }

    @Test func theExitCodesNameTheCreditBudgetAndEverySignal() async throws {
        let result = try await runVolley(["--help"])

        let help = flattened(result.stdout)
        #expect(help.contains("4 out of credits (402), the credit budget reached (--max-credits), or rate limit exhausted"), "\(help)")
        #expect(help.contains("130 interrupted (Ctrl-C, SIGTERM or SIGHUP)"), "\(help)")
        #expect(help.contains("or a report that could not be written at the end of the run"), "\(help)")
    }

    @Test func everyReportOptionSaysThatDashIsStdout() async throws {
        let result = try await runVolley(["run", "--help"])

        let help = flattened(result.stdout)
        for option in ["--report-json", "--report-junit", "--report-html", "--report-markdown"] {
            let entry = try #require(help.range(of: option + " <file> "), "\(option) in \(help)")
            #expect(help[entry.upperBound...].prefix(120).contains("'-' writes it to stdout"), "\(option)")
        }
    }
}
