import VolleyCore

/// GitHub Actions workflow commands: an `::error` line per problem of a request (a failed
/// assertion or capture, a request error, the 402 or 429 that stopped the run), which GitHub
/// shows on the collection file's line. The executable prints them when `GITHUB_ACTIONS=true`.
///
/// Escaping follows the Actions toolkit: `%`, CR and LF in the message; those plus `:` and `,`
/// in properties. (A secret containing these characters comes out escaped; the executable's
/// redactor should be applied to the fields before, through `transform`.)
public struct GitHubAnnotations: Sendable {
    public init() {}

    /// The lines for one result, as it arrives. `transform` is applied to each field before
    /// escaping (pass the redactor).
    public func annotations(for result: RequestResult, transform: (String) -> String = { $0 }) -> [String] {
        var title = "\(result.collection) / \(result.displayName)"
        if result.iteration > 1 { title += " (iteration \(result.iteration))" }
        return result.problems.map { problem in
            Self.command(location: problem.location, title: title, message: problem.message, transform: transform)
        }
    }

    /// The lines for a whole (possibly repeated) run, one set per failing request rather than
    /// per failed run: with `--repeat 1000` a flaky assertion is annotated once, saying how often.
    public func annotations(for report: RunReport, transform: (String) -> String = { $0 }) -> [String] {
        let notStarted = report.end.diagnostics.map { Self.command(for: $0, transform: transform) }
        return notStarted + report.failingRequests.flatMap { collection, request -> [String] in
            guard let shown = request.failureToShow?.result else { return [] }
            var title = "\(collection.name) / \(request.displayName)"
            if request.isRepeated {
                title += " (\(request.runs.failed + request.runs.errored) of \(request.runs.total) runs)"
            }
            return shown.problems.map { problem in
                Self.command(location: problem.location, title: title, message: problem.message, transform: transform)
            }
        }
    }

    /// `::error file=F,line=L,col=C::message` (or `::warning`) for a problem that stopped the run
    /// before it started; `::error::message` for one with no position.
    static func command(for diagnostic: RunDiagnostic, transform: (String) -> String) -> String {
        let properties = diagnostic.location.map {
            " file=\(escapeProperty(transform($0.file))),line=\($0.line),col=\($0.column)"
        } ?? ""
        // GitHub's word for a note is `notice`.
        let command = diagnostic.severity == .note ? "notice" : diagnostic.severity.rawValue
        return "::\(command)\(properties)::\(escapeData(transform(diagnostic.message)))"
    }

    /// `::error file=F,line=L,col=C,title=T::message`
    static func command(location: SourceLocation, title: String, message: String, transform: (String) -> String) -> String {
        "::error file=\(escapeProperty(transform(location.file))),line=\(location.line),col=\(location.column),"
            + "title=\(escapeProperty(transform(title)))::\(escapeData(transform(message)))"
    }

    static func escapeData(_ text: String) -> String {
        OutputEscaping.gitHubData(text)
    }

    static func escapeProperty(_ text: String) -> String {
        OutputEscaping.gitHubProperty(text)
    }
}
