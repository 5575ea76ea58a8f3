import Foundation
import Testing
import VolleyCore
@testable import VolleyReporter

@Suite struct JUnitReportTests {
    static let canValidate = ExternalTools.xmllint != nil && ExternalTools.junitSchema != nil
    static let cannotValidate: Comment = """
        JUnit schema check skipped: needs xmllint (apt-get install libxml2-utils) and \
        ../shared/corpora/junit-10.xsd (Jenkins xunit plugin)
        """

    /// Renders, and validates against junit-10.xsd when the schema and xmllint are there;
    /// always checks the XML is well-formed when xmllint is.
    func rendered(_ report: RunReport, names: SettingNames = .plain) throws -> String {
        let xml = JUnitReport(names: names).render(report)
        if let xmllint = ExternalTools.xmllint {
            var arguments = ["--noout"]
            if let schema = ExternalTools.junitSchema { arguments += ["--schema", schema.path] }
            let result = try ExternalTools.withTemporaryFile(named: "junit.xml", contents: xml) { file in
                try ExternalTools.run(xmllint, arguments + [file.path])
            }
            #expect(result.status == 0, "xmllint: \(result.stderr)")
        }
        return xml
    }

    @Test(.enabled(if: canValidate, cannotValidate))
    func everyReportValidatesAgainstJenkinsSchema() throws {
        _ = try rendered(SampleResults.report())
        _ = try rendered(SampleResults.repeatedReport(iterations: 30))
        let stop = RunStop(reason: .quotaExhausted, message: "quota exhausted: 429 after 3 retries; run stopped")
        _ = try rendered(SampleResults.report(end: RunEnd(duration: .seconds(5), exitCode: 4, partial: true, partialReason: "interrupted", stop: stop)))
        var recorder = RunRecorder(metadata: SampleResults.metadata)
        recorder.beginCollection(name: "Nothing ran", file: "empty.yaml")
        _ = try rendered(recorder.finish(RunEnd(duration: .zero, exitCode: 130, partial: true)))
    }

    @Test func suitesAndCasesWithExactCounts() throws {
        let xml = try rendered(SampleResults.report())
        #expect(xml.hasPrefix("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<testsuites name=\"volley\" tests=\"6\" failures=\"2\" errors=\"1\" time=\"1.234\">\n"))
        #expect(xml.contains("""
              <testsuite name="Users API" tests="5" failures="1" errors="1" skipped="1" time="0.041" timestamp="2025-11-27T07:47:00.123Z" file="collections/users.yaml">
                <properties>
                  <property name="volley.version" value="0.1.0"/>
                  <property name="volley.environment" value="staging"/>
                </properties>
                <testcase name="List users" classname="Users API" time="0.013">
                  <system-out>GET https://api.example.test/users -&gt; 200 in 12.500 ms
            quota 97/100 per 60s (burst) · resets 0.8s · credits 9973
            at collections/users.yaml:3:5</system-out>
                </testcase>
            """))
        #expect(xml.contains("<testsuite name=\"Orders &amp; &lt;Billing&gt;\" tests=\"1\" failures=\"1\" errors=\"0\" skipped=\"0\" time=\"0.004\""))
        #expect(xml.components(separatedBy: "<testcase ").count - 1 == 6)
        #expect(xml.components(separatedBy: "<failure ").count - 1 == 2)
        #expect(xml.components(separatedBy: "<error ").count - 1 == 1)
        #expect(xml.components(separatedBy: "<skipped ").count - 1 == 1)
    }

    @Test func classnameFromCollectionAndFolders() throws {
        let xml = try rendered(SampleResults.report())
        #expect(xml.contains("<testcase name=\"Get user\" classname=\"Users API.Users\" time=\"0.008\">"))
        #expect(xml.contains("<testcase name=\"Create token\" classname=\"Users API.Users.Admin\" time=\"0.020\">"))
    }

    @Test func everyTimeHasThreeDecimals() throws {
        let xml = try rendered(SampleResults.repeatedReport(iterations: 30))
        let times = xml.matches(of: /time="([^"]*)"/).map { String($0.1) }
        #expect(times.count == 5)
        for time in times { #expect(time.wholeMatch(of: /\d+\.\d{3}/) != nil, "\(time)") }
    }

    @Test func failureNamesTheAssertionAndListsExpectedActualAndLocation() throws {
        let xml = try rendered(SampleResults.report())
        #expect(xml.contains("""
                  <failure type="assertion" message="json $.name: expected equals &quot;Acme&quot;, actual nothing (the body is not JSON) (and 1 more)">json $.name equals &quot;Acme&quot;
              expected: equals &quot;Acme&quot;
              actual:   nothing
              message:  the body is not JSON
              at collections/users.yaml:19:13
            header Content-Type contains &quot;json&quot;
              expected: contains &quot;json&quot;
              actual:   &quot;text/html&quot;
              at collections/users.yaml:21:29</failure>
            """))
    }

    @Test func errorForARequestThatCouldNotComplete() throws {
        let xml = try rendered(SampleResults.report())
        #expect(xml.contains("""
                  <error type="transport" message="could not connect to 127.0.0.1:9: Connection refused">could not connect to 127.0.0.1:9: Connection refused
              curl code: 7
              at collections/users.yaml:23:14
              attempt 1: Connection refused
              attempt 2 after 200ms (connection reset: retry 1 of 2 in 0.2s (backoff)): Connection refused
              attempt 3 after 400ms (connection reset: retry 2 of 2 in 0.4s (backoff)): Connection refused</error>
            """))
        #expect(xml.contains("<skipped message=\"not run: an earlier request failed under the stop-on-failure setting, or the run stopped\"/>"))
        let spelled = try rendered(SampleResults.report(), names: SettingNames([.bail: "--bail"]))
        #expect(spelled.contains("<skipped message=\"not run: an earlier request failed under --bail, or the run stopped\"/>"))
        #expect(xml.contains("<system-out>POST https://api.example.test/tokens -&gt; 201 in 20.125 ms\n2 attempts, waited 1s\n"))
    }

    @Test func repeatedRunsOneCaseWithCountsAndGroupedSamples() throws {
        let xml = try rendered(SampleResults.repeatedReport(iterations: 30))
        #expect(xml.contains("<testsuites name=\"volley\" tests=\"3\" failures=\"1\" errors=\"0\" time=\"30.000\">"))
        #expect(xml.contains("<property name=\"volley.iterations\" value=\"30\"/>"))
        #expect(xml.contains(">failed in 4 of 30 runs\niteration 28:\njson $.name equals"))
        #expect(xml.contains("other failed runs:\n  iterations 7, 14, 21: json $.name: expected"))
        #expect(xml.contains("30 runs; total ms: p50 "))
    }

    @Test func partialAndStoppedRunsSaySo() throws {
        let stop = RunStop(reason: .outOfCredits, message: "402 Payment Required: out of credits; run stopped")
        let xml = try rendered(SampleResults.report(end: RunEnd(duration: .seconds(5), exitCode: 4, partial: true, partialReason: "interrupted (SIGINT)", stop: stop)))
        #expect(xml.contains("<property name=\"volley.partial\" value=\"true\"/>"))
        #expect(xml.contains("<property name=\"volley.partialReason\" value=\"interrupted (SIGINT)\"/>"))
        #expect(xml.contains("<property name=\"volley.stop\" value=\"402 Payment Required: out of credits; run stopped\"/>"))
    }

    @Test func escapesMarkupAndDropsCharactersXMLForbids() throws {
        var odd = SampleResults.search
        odd.name = "Bell\u{07} & \"quotes\" <tag>\u{1B}[31m"
        odd.assertions[0].message = "line one\nline two\u{0}"
        var recorder = RunRecorder(metadata: SampleResults.metadata)
        recorder.record(odd)
        let xml = try rendered(recorder.finish(RunEnd(duration: .zero, exitCode: 1)))
        #expect(xml.contains("<testcase name=\"Bell &amp; &quot;quotes&quot; &lt;tag&gt;[31m\""))
        #expect(xml.contains("message:  line one\nline two\n"))
        #expect(!xml.unicodeScalars.contains { $0.value < 0x20 && $0 != "\n" })
        #expect("a\nb\tc".markupEscaped(attribute: true) == "a&#10;b&#9;c")
        #expect("it's <a & b>".markupEscaped() == "it&#39;s &lt;a &amp; b&gt;")
    }
}
