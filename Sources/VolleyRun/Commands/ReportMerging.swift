import VolleyCore
import VolleyJSON
import VolleyReporter

/// The logic of `volley report merge`: read each report, merge them (`ReportMerge`), write the
/// merged `volley-report/1` document and, when asked, the merged run as JUnit, HTML and Markdown
/// through the reporters `volley run` uses (`ReportReader` reads the merged document back into
/// their `RunReport`). The front end words a refusal (it names its options).
public enum ReportMerging {
    /// Where each merged report goes: a path, `-` for stdout, nil for none. The JSON report
    /// goes to stdout unless a path is given.
    public struct Outputs: Sendable {
        public var json: String?
        public var junit: String?
        public var html: String?
        public var markdown: String?

        public init(json: String? = nil, junit: String? = nil, html: String? = nil, markdown: String? = nil) {
            self.json = json
            self.junit = junit
            self.html = html
            self.markdown = markdown
        }
    }

    public enum Failure: Error, Sendable {
        /// A file could not be read or is not JSON: `path:line:column: message` where known.
        case unreadable(String)
        case refused(ReportMerge.Failure)
        case notWritten(String)
    }

    /// - Parameters:
    ///   - outputs: the merged reports' paths, `-` for stdout (through `standardOutput`).
    ///   - names: how the reports spell a setting (the front end's flags).
    /// - Returns: the warnings to show (shards missing).
    public static func run(
        paths: [String], allowMixed: Bool, outputs: Outputs, names: SettingNames = .plain, commandLine: [String],
        standardOutput: (String) -> Void
    ) throws(Failure) -> [String] {
        var inputs: [ReportMerge.Input] = []
        for path in paths {
            let bytes: [UInt8]
            switch FileSystem.contents(of: path) {
            case .success(let read): bytes = read
            case .failure(let error): throw .unreadable("cannot read report '\(path)': \(error.reason)")
            }
            do {
                inputs.append(ReportMerge.Input(path: path, document: try JSONValue.parse(bytes: bytes)))
            } catch {
                throw .unreadable("\(path):\(error.line):\(error.column): not JSON: \(error.message)")
            }
        }
        let merged: ReportMerge.Merged
        do {
            merged = try ReportMerge.merge(inputs, allowMixed: allowMixed, commandLine: commandLine)
        } catch {
            throw .refused(error)
        }
        // Every report is attempted; the first that could not be written is the failure.
        var notWritten: String?
        func write(_ path: String?, _ render: () -> String) {
            guard let path else { return }
            do {
                try ReportFile.write(render(), to: path, standardOutput: standardOutput)
            } catch {
                notWritten = notWritten ?? error.message
            }
        }
        let others = [outputs.junit, outputs.html, outputs.markdown]
        write(outputs.json ?? (others.allSatisfy { $0 == nil } ? ReportFile.standardOutput : nil)) {
            merged.document.prettyJSONText + "\n"
        }
        if others.contains(where: { $0 != nil }) {
            let report = ReportReader.runReport(merged.document)
            write(outputs.junit) { JUnitReport(names: names).render(report) }
            write(outputs.html) { HTMLReport(names: names).render(report) }
            write(outputs.markdown) { MarkdownSummary().render(report) }
        }
        if let notWritten { throw .notWritten(notWritten) }
        return merged.warnings
    }
}
