import Foundation
import Testing
import TestSupport

/// `--shard K/N`, `--dry-run` and `volley report merge`: shards of a suite run apart and merge
/// back into what one run of the whole suite reports.
@Suite("volley run --shard and volley report merge", .serialized)
struct ShardMergeTests {
    static let schema = packageRoot() + "/schemas/volley-report-1.schema.json"

    /// Seven files of 1–3 requests; one request in `e.yaml` fails.
    func suite(_ base: String, in dir: TemporaryDirectory) throws -> [String] {
        try ["a", "b", "c", "d", "e", "f", "g"].enumerated().map { index, name in
            let count = index % 3 + 1
            let items = (1...count).map { n in
                "  - name: \(name)\(n)\n    url: \"\(base)/x?f=\(name)&n=\(n)\"\n    expect: { status: \(name == "e" && n == 2 ? 201 : 200) }"
            }
            return try dir.write("name: \(name)\nrequests:\n" + items.joined(separator: "\n") + "\n", to: "suite/\(name).yaml")
        }
    }

    func json(_ path: String) throws -> [String: Any] {
        try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: path))) as! [String: Any]
    }

    func summary(_ report: [String: Any]) -> NSDictionary { report["summary"] as! NSDictionary }

    @Test func dryRunPrintsEachShardsShareAndTheSharesAreDisjointAndComplete() async throws {
        let dir = try TemporaryDirectory()
        _ = try suite("http://127.0.0.1:9", in: dir)
        var held: [[String]] = []
        for k in 1...3 {
            // Given in two different orders: the shard holds the same files.
            let forward = try await runVolley(["run", "suite", "--shard", "\(k)/3", "--dry-run"], currentDirectory: dir.path)
            let shuffled = try await runVolley(
                ["run", "suite/g.yaml", "suite/c.yaml", "./suite/a.yaml", "suite/f.yaml", "suite/b.yaml", "suite/e.yaml", dir.path("suite/d.yaml"),
                 "--shard", "\(k)/3", "--dry-run"], currentDirectory: dir.path)
            #expect(forward.exitCode == 0, "\(forward)")
            #expect(forward.stdout.contains("shard \(k)/3 by file:"), "\(forward.stdout)")
            #expect(forward.stdout.contains("nothing was sent"))
            let names = { (out: String) in
                out.split(separator: "\n").compactMap { line in line.contains(" · ") ? String(line.split(separator: "·")[1].split(separator: "(")[0]).trimmingCharacters(in: .whitespaces) : nil }.sorted()
            }
            #expect(names(forward.stdout) == names(shuffled.stdout), "\(forward.stdout)\n---\n\(shuffled.stdout)")
            held.append(names(forward.stdout))
        }
        #expect(held.flatMap { $0 }.sorted() == ["a", "b", "c", "d", "e", "f", "g"], "complete and disjoint: \(held)")
        #expect(held.map(\.count).max()! - held.map(\.count).min()! <= 1, "balanced: \(held)")
    }

    @Test func mergedShardsReportWhatTheWholeRunReports() async throws {
        let server = try await ScenarioServer.start { request in request.path == "/x" ? .status(200) : .status(404) }
        defer { try? server.shutdownBlocking() }
        let dir = try TemporaryDirectory()
        _ = try suite(server.baseURL, in: dir)
        let whole = try await runVolley(["run", "suite", "--report-json", "whole.json"], currentDirectory: dir.path)
        #expect(whole.exitCode == 1, "\(whole)")
        var shards: [String] = []
        for k in 1...3 {
            let shard = try await runVolley(["run", "suite", "--shard", "\(k)/3", "--jobs", "2", "--report-json", "s\(k).json"], currentDirectory: dir.path)
            #expect([0, 1].contains(shard.exitCode), "\(shard)")
            #expect(try Validators.jsonSchema(json: dir.path("s\(k).json"), schema: Self.schema) == nil)
            shards.append("s\(k).json")
        }

        let merged = try await runVolley(["report", "merge"] + shards.reversed() + ["--report-json", "merged.json"], currentDirectory: dir.path)

        #expect(merged.exitCode == 0, "\(merged)")
        #expect(try Validators.jsonSchema(json: dir.path("merged.json"), schema: Self.schema) == nil)
        let a = try json(dir.path("whole.json")), b = try json(dir.path("merged.json"))
        #expect(summary(a)["requests"] as! NSDictionary == summary(b)["requests"] as! NSDictionary)
        #expect(summary(a)["executions"] as! NSDictionary == summary(b)["executions"] as! NSDictionary)
        #expect(summary(a)["assertions"] as! NSDictionary == summary(b)["assertions"] as! NSDictionary)
        let names = { (r: [String: Any]) in (r["collections"] as! [[String: Any]]).map { $0["name"] as! String } }
        #expect(names(b) == names(a), "the suite's order, not the shards'")
        #expect((b["run"] as! [String: Any])["exitCode"] as? Int == 1)
        #expect((b["run"] as! [String: Any])["partial"] as? Bool == false)

        // One shard short: merged, with a warning, and marked partial.
        let short = try await runVolley(["report", "merge", "s1.json", "s3.json"], currentDirectory: dir.path)
        #expect(short.exitCode == 0, "\(short)")
        #expect(short.stderr.contains("shard 2/3 missing"), "\(short.stderr)")
        #expect(short.stdout.contains(#""partial": true"#))
        // The same shard twice is refused.
        let twice = try await runVolley(["report", "merge", "s1.json", "s1.json"], currentDirectory: dir.path)
        #expect(twice.exitCode == 2)
        #expect(twice.stderr.contains("are both shard 1/3"), "\(twice.stderr)")
    }

    @Test func iterationShardsMergeTheirRunsAndPercentilesFromTheHistograms() async throws {
        let server = try await ScenarioServer.start { _ in .status(200) }
        defer { try? server.shutdownBlocking() }
        let dir = try TemporaryDirectory()
        _ = try suite(server.baseURL, in: dir)
        let whole = try await runVolley(
            ["run", "suite/c.yaml", "--repeat", "5", "--report-json", "whole.json", "--report-junit", "whole.xml"], currentDirectory: dir.path)
        #expect(whole.exitCode == 0, "\(whole)")
        for k in 1...2 {
            let shard = try await runVolley(
                ["run", "suite/c.yaml", "--repeat", "5", "--shard", "\(k)/2", "--shard-by", "iteration", "--report-json", "i\(k).json"],
                currentDirectory: dir.path)
            #expect(shard.exitCode == 0, "\(shard)")
        }
        let one = try json(dir.path("i1.json"))
        #expect((summary(one)["executions"] as! NSDictionary)["total"] as? Int == 9, "iterations 1, 3, 5 of three requests")

        let merged = try await runVolley(["report", "merge", "i1.json", "i2.json", "--report-json", "-", "--report-junit", "m.xml"], currentDirectory: dir.path)

        #expect(merged.exitCode == 0, "\(merged)")
        let mergedJUnit = try dir.read("m.xml"), wholeJUnit = try dir.read("whole.xml")
        #expect(junitCounts(mergedJUnit) == junitCounts(wholeJUnit))
        #expect(mergedJUnit.contains("5 runs; total ms: p50 "), "percentiles over the merged runs: \(mergedJUnit)")
        try dir.write(merged.stdout, to: "merged.json")
        #expect(try Validators.jsonSchema(json: dir.path("merged.json"), schema: Self.schema) == nil)
        let a = try json(dir.path("whole.json")), b = try json(dir.path("merged.json"))
        #expect(summary(a)["executions"] as! NSDictionary == summary(b)["executions"] as! NSDictionary)
        let request = ((b["collections"] as! [[String: Any]])[0]["requests"] as! [[String: Any]])[0]
        #expect(request["iteration"] as? Int == 1, "the first run in full is iteration 1's")
        let latency = try #require(request["latency"] as? [String: Any])
        #expect(latency["samples"] as? Int == 5)
        let total = try #require(latency["total"] as? [String: Double])
        #expect(total["max"]! >= total["p50"]!)
    }

    @Test func reportsOfDifferentSuitesAreRefusedUnlessAllowMixed() async throws {
        let server = try await ScenarioServer.start { _ in .status(200) }
        defer { try? server.shutdownBlocking() }
        let dir = try TemporaryDirectory()
        _ = try suite(server.baseURL, in: dir)
        _ = try await runVolley(["run", "suite/a.yaml", "--report-json", "a.json"], currentDirectory: dir.path)
        _ = try await runVolley(["run", "suite/b.yaml", "--report-json", "b.json"], currentDirectory: dir.path)

        let refused = try await runVolley(["report", "merge", "a.json", "b.json"], currentDirectory: dir.path)
        #expect(refused.exitCode == 2)
        #expect(refused.stderr.contains("ran different collection sets"), "\(refused.stderr)")
        #expect(refused.stderr.contains("--allow-mixed"))

        let allowed = try await runVolley(["report", "merge", "a.json", "b.json", "--allow-mixed"], currentDirectory: dir.path)
        #expect(allowed.exitCode == 0, "\(allowed)")
        #expect(allowed.stdout.contains(#""total": 3"#), "1 + 2 requests")

        try dir.write("{\"schema\": \"other\"}", to: "bad.json")
        let bad = try await runVolley(["report", "merge", "a.json", "bad.json"], currentDirectory: dir.path)
        #expect(bad.exitCode == 2)
        #expect(bad.stderr.contains("bad.json is not a volley-report/1 report"), "\(bad.stderr)")
    }

    /// `<testsuites … tests="12" failures="1" errors="0" …>`: the counts a CI server reads.
    func junitCounts(_ xml: String) -> [String] {
        let head = xml.split(separator: "\n").first { $0.hasPrefix("<testsuites") }.map(String.init) ?? ""
        let counts = ["tests", "failures", "errors"].map { name in
            head.firstMatch(of: try! Regex("\(name)=\"[0-9]+\"")).map { String(head[$0.range]) } ?? "no \(name)"
        }
        let testcases = xml.components(separatedBy: "<testcase ").count - 1
        let failures = xml.components(separatedBy: "<failure ").count - 1
        return counts + ["\(testcases) testcases", "\(failures) failure elements"]
    }

    /// The Markdown summary's headline and its table of collections.
    func markdownSummary(_ text: String) -> [String] {
        text.split(separator: "\n").map(String.init).filter { $0.hasPrefix("## ") || ($0.hasPrefix("| ") && !$0.hasPrefix("| Request")) }
    }

    /// The HTML report's cards: requests, passed, failed, errored, skipped, assertions failed, waited.
    func htmlSummary(_ html: String) -> String {
        guard let start = html.range(of: "<section class=\"cards\" id=\"summary\">"),
              let end = html.range(of: "</section>", range: start.upperBound..<html.endIndex) else { return "no summary in \(html.prefix(200))" }
        return String(html[start.lowerBound..<end.upperBound])
    }

    @Test func mergedShardsWriteJUnitHTMLAndMarkdownWithTheWholeRunsCounts() async throws {
        let server = try await ScenarioServer.start { request in request.path == "/x" ? .status(200) : .status(404) }
        defer { try? server.shutdownBlocking() }
        let dir = try TemporaryDirectory()
        _ = try suite(server.baseURL, in: dir)
        let formats = ["--report-junit", "whole.xml", "--report-markdown", "whole.md", "--report-html", "whole.html"]
        let whole = try await runVolley(["run", "suite", "--report-json", "whole.json"] + formats, currentDirectory: dir.path)
        #expect(whole.exitCode == 1, "\(whole)")
        var shards: [String] = []
        for k in 1...3 {
            let shard = try await runVolley(["run", "suite", "--shard", "\(k)/3", "--report-json", "s\(k).json"], currentDirectory: dir.path)
            #expect([0, 1].contains(shard.exitCode), "\(shard)")
            shards.append("s\(k).json")
        }

        let merged = try await runVolley(
            ["report", "merge"] + shards + ["--report-junit", "m.xml", "--report-markdown", "m.md", "--report-html", "m.html"],
            currentDirectory: dir.path)

        #expect(merged.exitCode == 0, "\(merged)")
        #expect(merged.stdout.isEmpty, "no JSON on stdout when other reports are asked for: \(merged.stdout.prefix(200))")
        // Jenkins' schema, read where the corpora are (never copied in), as ReportCommandTests does.
        if let xsd = Validators.junitSchema(root: packageRoot()) {
            #expect(try Validators.xmllint(dir.path("m.xml"), schema: xsd) == nil)
        }
        let wholeJUnit = try dir.read("whole.xml"), mergedJUnit = try dir.read("m.xml")
        #expect(junitCounts(mergedJUnit) == junitCounts(wholeJUnit))
        #expect(junitCounts(mergedJUnit).contains(#"failures="1""#), "\(junitCounts(mergedJUnit))")
        #expect(mergedJUnit.contains("expected: equals 201"), "the failed assertion as the run words it")
        let mergedMarkdown = markdownSummary(try dir.read("m.md")), wholeMarkdown = markdownSummary(try dir.read("whole.md"))
        #expect(mergedMarkdown == wholeMarkdown)
        #expect(mergedMarkdown.first?.contains("12 passed, 1 failed") == true, "\(mergedMarkdown)")
        let mergedHTML = htmlSummary(try dir.read("m.html")), wholeHTML = htmlSummary(try dir.read("whole.html"))
        #expect(mergedHTML == wholeHTML)
        #expect(mergedHTML.contains(#"<span id="count-failed">1</span>"#), "\(mergedHTML)")
    }

    /// A report merged alone, read back and rendered, is the run's own JUnit and Markdown, and its
    /// HTML says why each attempt waited as the run's did: the reader gives the reporters what the
    /// run gave them (assertions of each kind, a failed capture, an error, credits, a retry's
    /// reason, a run stop and the request it skipped).
    @Test func oneReportReadBackRendersAsTheRunRenderedIt() async throws {
        let server = try await ScenarioServer.start { request in
            switch request.path {
            case "/item":
                .json(#"{"id": 7, "name": "Acme", "tags": ["a", "b"]}"#,
                      headers: [("X-Kind", "thing"), ("X-Credits-Remaining", request.query["c"] ?? "0")])
            case "/limited": .status(429, headers: [("Retry-After", "1")])
            default: .status(404)
            }
        }
        defer { try? server.shutdownBlocking() }
        let dir = try TemporaryDirectory()
        try dir.write("""
            name: kinds
            requests:
              - name: checks
                url: "\(server.baseURL)/item?c=100"
                expect:
                  status: 201
                  duration: { lt: 60s }
                  headers:
                    x-kind: { contains: other }
                  json:
                    "$.name": { matches: "^Z", not: { equals: "B" } }
                    "$.tags": { length: { gt: 5 } }
                    "$.missing": { exists: true }
                capture:
                  gone: { json: "$.nothing" }
              - name: fine
                url: "\(server.baseURL)/item?c=98"
                expect: { status: 200, json: { "$.id": { one_of: [7, 8] } } }
              - name: refused
                url: "http://127.0.0.1:9/none"
              - name: limited
                url: "\(server.baseURL)/limited"
                retry: 1
              - name: never sent
                url: "\(server.baseURL)/item"
            """, to: "kinds.yaml")
        let run = try await runVolley(
            ["run", "kinds.yaml", "--report-json", "r.json", "--report-junit", "r.xml", "--report-markdown", "r.md", "--report-html", "r.html"],
            currentDirectory: dir.path)
        #expect(run.exitCode == 4, "\(run)")

        let merged = try await runVolley(
            ["report", "merge", "r.json", "--report-junit", "m.xml", "--report-markdown", "-", "--report-html", "m.html"], currentDirectory: dir.path)

        #expect(merged.exitCode == 0, "\(merged)")
        let mergedJUnit = try dir.read("m.xml"), runJUnit = try dir.read("r.xml"), runMarkdown = try dir.read("r.md")
        #expect(mergedJUnit == runJUnit)
        #expect(merged.stdout == runMarkdown)
        #expect(merged.stdout.contains("json $.tags: expected length gt 5"), "\(merged.stdout)")
        #expect(merged.stdout.contains("credits ≥ 100 → 98"), "\(merged.stdout)")
        let runHTML = try dir.read("r.html"), mergedHTML = try dir.read("m.html")
        let attempts = runHTML.split(separator: "<li>").filter { $0.hasPrefix("attempt ") }.map { String($0.prefix { $0 != "<" }) }
        #expect(attempts.contains { $0.contains("Retry-After") }, "the run's HTML words the wait: \(attempts)")
        for attempt in attempts { #expect(mergedHTML.contains("<li>" + attempt + "</li>"), "\(attempt)") }
        #expect(htmlSummary(mergedHTML) == htmlSummary(runHTML))
    }

    @Test func onlyOneMergedReportMayGoToStdout() async throws {
        let both = try await runVolley(["report", "merge", "a.json", "--report-junit", "-", "--report-markdown", "-"])
        #expect(both.exitCode == 2)
        #expect(both.stderr.contains("only one report can go to stdout"), "\(both.stderr)")
    }
}
