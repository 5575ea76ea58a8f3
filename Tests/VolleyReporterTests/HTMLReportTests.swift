import Foundation
import Testing
import VolleyCore
@testable import VolleyReporter

@Suite struct HTMLReportTests {
    func html(_ report: RunReport = SampleResults.report()) -> String {
        HTMLReport().render(report, sourceLine: HTMLReport.sourceLines(SampleResults.sources))
    }

    @Test func escapesEveryName() {
        let page = html()
        #expect(!page.contains("<script>alert"))
        #expect(page.contains("Search &lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;"))
        #expect(page.contains("<h2>Orders &amp; &lt;Billing&gt; <small>collections/orders.yaml</small></h2>"))
        #expect(page.components(separatedBy: "<script").count - 1 == 2, "only the report's own two inline scripts")
        #expect(page.contains("title=\"GET https://api.example.test/orders?q=a&amp;b=&lt;c&gt;\""))
    }

    @Test func selfContained() {
        let page = html(SampleResults.repeatedReport(iterations: 20))
        #expect(page.contains("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:\">"))
        #expect(!page.contains(" src="))
        #expect(!page.contains("url("))
        #expect(!page.contains("@import"))
        #expect(!page.contains("<link"))
        for match in page.matches(of: /href="([^"]*)"/) { #expect(match.1.hasPrefix("#"), "\(match.1)") }
    }

    @Test func summaryCountsHaveIds() {
        let page = html()
        #expect(page.contains("<span id=\"count-requests\">6</span>"))
        #expect(page.contains("<span id=\"count-passed\">2</span>"))
        #expect(page.contains("<span id=\"count-failed\">2</span>"))
        #expect(page.contains("<span id=\"count-errored\">1</span>"))
        #expect(page.contains("<span id=\"count-skipped\">1</span>"))
        #expect(page.contains("<span id=\"count-assertions-failed\">3</span><small> / 7</small>"))
        #expect(page.components(separatedBy: "<tr class=\"request\"").count - 1 == 6)
    }

    @Test func failuresWithSourceLineAndCaret() {
        let page = html()
        #expect(page.contains("<section id=\"failures\" data-count=\"3\">"))
        #expect(page.contains("""
            <div class="problem"><div class="message">json $.name: expected equals &quot;Acme&quot;, actual nothing (the body is not JSON)</div>\
            <div class="loc"><code>collections/users.yaml:19:13</code></div>\
            <pre class="source"><span class="ln">19</span>            &quot;$.name&quot;: Acme
            <span class="ln"></span>            <span class="caret">^</span></pre></div>
            """))
        #expect(page.contains("<a href=\"#failure-1\">Get user</a>"))
        #expect(page.contains("<article class=\"failure\" id=\"failure-2\" data-outcome=\"errored\">"))
        #expect(page.contains("<li>attempt 2 after 200ms (connection reset: retry 1 of 2 in 0.2s (backoff)): Connection refused</li>"))
    }

    @Test func timingsWaterfallAndQuota() {
        let page = html()
        // List users: 1.2 / 0.8 / 3.4 / 5.325 / 1.775 ms of 12.5, on the scale of the slowest row (20.125 ms).
        #expect(page.contains("<td class=\"ms\">1.2</td><td class=\"ms\">0.80</td><td class=\"ms\">3.4</td><td class=\"ms\">5.3</td><td class=\"ms\">1.8</td><td class=\"ms total\">12.5</td>"))
        #expect(page.contains("<rect class=\"ph-dns\" x=\"0\" y=\"0\" width=\"59.63\" height=\"14\"/>"))
        #expect(page.contains("<div class=\"chart\" id=\"quota-remaining\">"))
        #expect(page.contains("<small>97 → 96 remaining · 1 × 429</small>"))
        #expect(page.contains("<small>credits ≥ 9973 → 9972, ≥ 1 used (the first request&#39;s cost is unknown)</small>"))
        #expect(!page.contains("id=\"percentiles\""), "percentiles only for repeated runs")
    }

    @Test func repeatedRunsGetPercentileChartsAndMedians() {
        let page = html(SampleResults.repeatedReport(iterations: 100))
        #expect(page.contains("<section id=\"percentiles\">"))
        #expect(page.components(separatedBy: "class=\"chart percentile-chart\"").count - 1 == 3)
        #expect(page.contains("<span class=\"runs\">14 of 100 runs</span>"))
        #expect(page.contains("<span id=\"count-executions\">300</span>"))
        #expect(page.contains("<li>iterations 7, 14, 21, 28, 35, 42, 49, 56, 63, 70, 77, 84, 91: json $.name"))
    }

    @Test func partialAndStopBanners() {
        let stop = RunStop(reason: .outOfCredits, message: "402 Payment Required: out of credits; run stopped")
        let page = html(SampleResults.report(end: RunEnd(duration: .seconds(2), exitCode: 4, partial: true, partialReason: "interrupted (SIGINT)", stop: stop)))
        #expect(page.contains("<div class=\"banner partial\" id=\"partial\">Partial report: interrupted (SIGINT). Requests that did not run are not listed.</div>"))
        #expect(page.contains("<div class=\"banner stop\" id=\"stop\">Run stopped: 402 Payment Required: out of credits; run stopped</div>"))
    }

    @Test func sourceLinesFromFileTexts() {
        let lines = HTMLReport.sourceLines(["a.yaml": "one\ntwo\r\nthree"])
        #expect(lines(SourceLocation(file: "a.yaml", line: 2, column: 1)) == "two")
        #expect(lines(SourceLocation(file: "a.yaml", line: 3, column: 1)) == "three")
        #expect(lines(SourceLocation(file: "a.yaml", line: 4, column: 1)) == nil)
        #expect(lines(SourceLocation(file: "b.yaml", line: 1, column: 1)) == nil)
    }
}

/// The report opened in a real browser: it loads with no script error or blocked resource, and
/// its script counts the same rows as the summary.
@Suite(.serialized, .enabled(if: ExternalTools.chromium != nil, "chromium is not installed (apt-get install chromium): browser check skipped"))
struct HTMLReportBrowserTests {
    struct Loaded {
        var dom: String
        var log: String
    }

    /// `--dump-dom` prints the DOM after the page's scripts ran; console messages go to stderr.
    func load(_ html: String, screenshot: String? = nil) throws -> Loaded {
        let result = try ExternalTools.withTemporaryFile(named: "report.html", contents: html) { file in
            // A profile of its own, so parallel runs do not share (and lock) one.
            let profile = file.deletingLastPathComponent().appendingPathComponent("profile").path
            var arguments = [
                "90", ExternalTools.chromium!, "--headless", "--disable-gpu", "--no-sandbox", "--no-first-run",
                "--user-data-dir=\(profile)", "--enable-logging=stderr", "--v=0", "--hide-scrollbars",
            ]
            arguments += screenshot.map { ["--screenshot=\($0)", "--window-size=1280,2000"] } ?? ["--dump-dom"]
            return try ExternalTools.run("/usr/bin/timeout", arguments + [file.absoluteString])
        }
        #expect(result.status == 0, "chromium exited with \(result.status): \(result.stderr.suffix(2000))")
        return Loaded(dom: result.stdout, log: result.stderr)
    }

    func expectClean(_ loaded: Loaded) {
        for line in loaded.log.split(separator: "\n") where line.contains("CONSOLE") || line.contains("Refused to") || line.contains("Uncaught") {
            Issue.record("browser console: \(line)")
        }
    }

    @Test func loadsWithoutErrorsAndCountsMatch() throws {
        let loaded = try load(HTMLReport().render(SampleResults.report(), sourceLine: HTMLReport.sourceLines(SampleResults.sources)))
        #expect(loaded.dom.contains("data-rendered=\"ok:2:2:1:1\""), "\(loaded.dom.prefix(300))")
        expectClean(loaded)
    }

    @Test func repeatedReportLoadsToo() throws {
        let loaded = try load(HTMLReport().render(SampleResults.repeatedReport(iterations: 200)))
        #expect(loaded.dom.contains("data-rendered=\"ok:2:1:0:0\""), "\(loaded.dom.prefix(300))")
        expectClean(loaded)
    }

    /// The check itself: a summary that disagrees with the table is reported as a script error.
    @Test func aWrongCountIsCaught() throws {
        let page = HTMLReport().render(SampleResults.report()).replacingOccurrences(of: "<span id=\"count-passed\">2</span>", with: "<span id=\"count-passed\">3</span>")
        let loaded = try load(page)
        #expect(loaded.dom.contains("data-rendered=\"error:Uncaught Error: summary says 3 passed but the table has 2\""), "\(loaded.dom.prefix(300))")
        #expect(loaded.log.contains("Uncaught Error: summary says 3 passed"), "console errors reach the log the other tests check")
    }

    /// Screenshots for people to look at: /tmp/volley-report.png and /tmp/volley-report-repeated.png.
    @Test func screenshots() throws {
        let stop = RunStop(reason: .outOfCredits, message: "402 Payment Required: out of credits (credits 0); run stopped")
        let pages = [
            ("/tmp/volley-report.png", HTMLReport().render(SampleResults.report(), sourceLine: HTMLReport.sourceLines(SampleResults.sources))),
            ("/tmp/volley-report-repeated.png", HTMLReport().render({
                var report = SampleResults.repeatedReport(iterations: 200)
                report.end = RunEnd(duration: .seconds(200), exitCode: 4, partial: true, partialReason: "interrupted (SIGINT)", stop: stop)
                return report
            }(), sourceLine: HTMLReport.sourceLines(SampleResults.sources))),
        ]
        for (path, page) in pages {
            try? FileManager.default.removeItem(atPath: path)
            _ = try load(page, screenshot: path)
            let size = (try FileManager.default.attributesOfItem(atPath: path)[.size] as? Int) ?? 0
            #expect(size > 50_000, "\(path): \(size) bytes")
        }
    }
}
