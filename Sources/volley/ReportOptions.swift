import ArgumentParser
import VolleyRun

/// Where reports go; the run checks them before the first request.
struct ReportOptions: ParsableArguments {
    @Option(name: .customLong("report-json"), help: ArgumentHelp("Write a JSON report (schema volley-report/1)" + Self.standardOutputHelp, valueName: "file"), completion: .file())
    var json: String?

    @Option(name: .customLong("report-junit"), help: ArgumentHelp("Write a JUnit XML report" + Self.standardOutputHelp, valueName: "file"), completion: .file())
    var junit: String?

    @Option(name: .customLong("report-html"), help: ArgumentHelp("Write a self-contained HTML report" + Self.standardOutputHelp, valueName: "file"), completion: .file())
    var html: String?

    @Option(name: .customLong("report-markdown"), help: ArgumentHelp("Write a Markdown summary" + Self.standardOutputHelp, valueName: "file"), completion: .file())
    var markdown: String?

    /// Every report option says it, since `volley run --help` lists them one by one.
    static let standardOutputHelp = "; '-' writes it to stdout (the console then goes to stderr)."

    @Flag(name: .customLong("report-bodies"), help: "Include request and response bodies in the JSON report.")
    var bodies = false

    func validate() throws {
        let named = [("--report-json", json), ("--report-junit", junit), ("--report-html", html), ("--report-markdown", markdown)]
        if let (option, _) = named.first(where: { $0.1?.isEmpty == true }) {
            throw ValidationError("\(option) needs a file name ('-' for stdout), found an empty path")
        }
        if destinations.paths.filter({ $0 == ReportFile.standardOutput }).count > 1 {
            throw ValidationError("only one report can be written to stdout ('-')")
        }
    }

    var destinations: ReportDestinations {
        ReportDestinations(json: json, junit: junit, html: html, markdown: markdown, bodies: bodies)
    }
}
