import VolleyCore

extension JUnitReport {
    /// An invalid collection sends nothing, yet CI must see why: one `<testsuite>` with a
    /// `<testcase>` holding an `<error>` per problem, named after where it is written.
    func notStartedSuite(_ report: RunReport) -> String {
        let problems = report.end.loadErrors
        var xml = "  <testsuite" + attributes([
            ("name", "volley: the run did not start"), ("tests", "\(problems.count)"), ("failures", "0"),
            ("errors", "\(problems.count)"), ("skipped", "0"), ("time", ReportTime.secondsText(0)), ("timestamp", report.metadata.startedAt),
        ]) + ">\n"
        for problem in problems {
            xml += "    <testcase" + attributes([
                ("name", problem.location?.description ?? problem.message), ("classname", problem.location?.file ?? "volley"),
                ("time", ReportTime.secondsText(0)),
            ]) + ">\n"
            xml += "      <error" + attributes([("type", "invalid input"), ("message", problem.message)]) + ">"
                + (problem.headline + "\nnothing was sent").markupEscaped() + "</error>\n"
            xml += "    </testcase>\n"
        }
        xml += "  </testsuite>\n"
        return xml
    }
}
