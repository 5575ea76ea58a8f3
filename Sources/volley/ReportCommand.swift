import ArgumentParser
import VolleyRun

/// `volley report`: commands over reports already written.
struct ReportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: "Work with volley-report/1 JSON reports.",
        subcommands: [ReportMergeCommand.self])
}

/// `volley report merge A.json B.json …`: the shards of a suite (`--shard K/N`) as one report.
struct ReportMergeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "merge",
        abstract: "Merge the JSON reports of a suite's shards (or runs) into one.",
        discussion: """
            Counts are added, percentiles recomputed from the reports' histograms, credits summed per host. \
            Reports of different collection sets are refused unless --allow-mixed. \
            --report-junit, --report-html and --report-markdown write the merged run as volley run writes those \
            reports (what a JSON report does not keep, the HTML quota chart and source lines, is left out); \
            the JSON goes to stdout unless --report-json names a file or another report is asked for. \
            Exit codes: 0 merged, 2 a report unreadable or refused, or the merged report not written.
            """)

    @Argument(help: ArgumentHelp("JSON reports written by volley run --report-json.", valueName: "report.json"), completion: .file(extensions: ["json"]))
    var reports: [String]

    @Option(name: .customLong("report-json"), help: ArgumentHelp("Where the merged JSON report goes; '-' is stdout (the default when no other report is asked for).", valueName: "file"), completion: .file())
    var output: String?

    @Option(name: .customLong("report-junit"), help: ArgumentHelp("Write the merged run as JUnit XML ('-' for stdout).", valueName: "file"), completion: .file())
    var junit: String?

    @Option(name: .customLong("report-html"), help: ArgumentHelp("Write the merged run as a self-contained HTML page ('-' for stdout).", valueName: "file"), completion: .file())
    var html: String?

    @Option(name: .customLong("report-markdown"), help: ArgumentHelp("Write the merged run as a Markdown summary ('-' for stdout).", valueName: "file"), completion: .file())
    var markdown: String?

    @Flag(name: .customLong("allow-mixed"), help: "Merge reports of different collection sets (or shard splits) anyway.")
    var allowMixed = false

    func validate() throws {
        guard !reports.isEmpty else { throw ValidationError("volley report merge needs at least one report") }
        let named = [("--report-json", output), ("--report-junit", junit), ("--report-html", html), ("--report-markdown", markdown)]
        for (flag, path) in named where path?.isEmpty == true {
            throw ValidationError("\(flag) needs a file name ('-' for stdout), found an empty path")
        }
        let toStdout = named.filter { $0.1 == "-" }.map(\.0)
        guard toStdout.count <= 1 else { throw ValidationError("only one report can go to stdout, not \(toStdout.joined(separator: " and "))") }
    }

    func run() throws {
        let output = Output(secrets: SecretRegistry(), consoleOnStandardError: true)
        do {
            let warnings = try ReportMerging.run(
                paths: reports, allowMixed: allowMixed,
                outputs: ReportMerging.Outputs(json: self.output, junit: junit, html: html, markdown: markdown), names: .flags,
                commandLine: CommandLine.arguments,
                standardOutput: { output.report($0) })
            for warning in warnings { output.err("warning: " + warning) }
        } catch {
            output.err("error: " + Self.words(error))
            throw ExitStatus.invalidInput.exitCode
        }
    }

    static func words(_ error: ReportMerging.Failure) -> String {
        switch error {
        case .unreadable(let message), .notWritten(let message): return message
        case .refused(.notAReport(let path, let reason)): return "\(path) is not a volley-report/1 report: \(reason)"
        case .refused(.mixedSuites(let path, let files, let otherPath, let otherFiles)):
            return "\(path) and \(otherPath) ran different collection sets ([\(files.joined(separator: ", "))] and "
                + "[\(otherFiles.joined(separator: ", "))]); pass --allow-mixed to merge them anyway"
        case .refused(.shardTwice(let shard, let path, let otherPath)):
            return "\(path) and \(otherPath) are both shard \(shard)"
        case .refused(.mixedShards(let path, let shard, let otherPath, let otherShard)):
            return "\(path) is shard \(shard) but \(otherPath) is shard \(otherShard) of another split; pass --allow-mixed to merge them anyway"
        }
    }
}
