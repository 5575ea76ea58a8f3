import VolleyCore

/// The `--report-html` file: one self-contained page to open after a run. A summary, a table of
/// requests with outcome and phase timings and a waterfall bar each, latency percentile charts
/// for repeated requests, quota and credits over the run, and the failures with their source lines.
///
/// Everything is rendered here, as HTML and SVG; the inline script only filters rows and checks
/// the counts. All text is HTML-escaped, and nothing is re-encoded (no JSON or base64 islands),
/// so the executable's redactor sees every secret in a form it knows.
public struct HTMLReport: Sendable {
    /// Words the attempts' wait reasons, with the settings spelled as the front end names them.
    public var wording: RetryWording

    public init(names: SettingNames = .plain) {
        wording = RetryWording(names: names)
    }

    /// `sourceLine` gives the text of a line of a collection file (nil when unknown), to show
    /// under each failure.
    public func render(_ report: RunReport, sourceLine: @escaping (SourceLocation) -> String? = { _ in nil }) -> String {
        var document = HTMLDocument(report: report, sourceLine: sourceLine, wording: wording)
        document.write()
        return document.html
    }

    /// A `sourceLine` for `render` over file texts already read, keyed by path as in locations.
    public static func sourceLines(_ texts: [String: String]) -> @Sendable (SourceLocation) -> String? {
        { location in
            guard let text = texts[location.file], location.line >= 1 else { return nil }
            var line = 1
            var start = text.startIndex
            while line < location.line {
                // `\r\n` is one Character, and a newline like `\n` and `\r`.
                guard let newline = text[start...].firstIndex(where: \.isNewline) else { return nil }
                start = text.index(after: newline)
                line += 1
            }
            let end = text[start...].firstIndex(where: \.isNewline) ?? text.endIndex
            return String(text[start..<end])
        }
    }
}
