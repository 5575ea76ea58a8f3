import Testing
import TestSupport
import VolleyCore
import VolleyRun

/// `parallel: true` on a folder or a collection, in process (so a thread-sanitizer run of this
/// suite sees the lanes): the group's entries reach the server at the same time, up to `jobs`,
/// and the run reports, captures and counts as if they had run one after another.
@Suite("a parallel group sends its entries at the same time and reports them in file order")
struct ParallelGroupTests {
    /// A server whose `/slow` answers after `ms` milliseconds (echoing `n`), counting what it holds at once.
    static func slowServer(_ counter: InFlightCounter) async throws -> ScenarioServer {
        try await ScenarioServer.start { request in
            let ms = Int(request.query["ms"] ?? "0") ?? 0
            return await counter.during {
                try? await Task.sleep(for: .milliseconds(ms))
                return ScenarioResponse.json(#"{"n": "\#(request.query["n"] ?? "")"}"#)
            }
        }
    }

    static func collection(_ server: ScenarioServer, reads: Int, ms: Int) -> String {
        var text = """
            name: grouped
            requests:
              - name: before
                url: "\(server.baseURL)/slow?n=start"
                capture: { start: { json: "$.n" } }
              - name: reads
                parallel: true
                requests:

            """
        for n in 0..<reads {
            text += """
                      - name: read\(n)
                        url: "\(server.baseURL)/slow?ms=\(ms)&n=\(n)&after={{start}}"
                        expect: { status: 200 }
                        capture: { last: { json: "$.n" } }

                """
        }
        text += """
              - name: after
                url: "\(server.baseURL)/slow?n=done&last={{last}}"
                expect: { status: 200 }
            """
        return text
    }

    @Test func entriesRunAtOnceUpToJobsAndAreReportedInFileOrder() async throws {
        let counter = InFlightCounter()
        let server = try await Self.slowServer(counter)
        defer { try? server.shutdownBlocking() }
        let dir = try TemporaryDirectory()
        // The first read is the slowest, so the others finish before it.
        var text = Self.collection(server, reads: 6, ms: 300)
        text = text.replacingOccurrences(of: "ms=300&n=0", with: "ms=600&n=0")
        let path = try dir.write(text, to: "grouped.yaml")
        var configuration = RunConfiguration(paths: [path])
        configuration.jobs = 4

        let (outcome, observer, _) = try runSession(configuration)

        #expect(ExitStatus(outcome) == .success)
        #expect(counter.peak == 4, "jobs 4 holds four requests in flight")
        #expect(observer.results.map(\.name) == ["before"] + (0..<6).map { "read\($0)" } + ["after"])
        // Every read saw the capture made before the group; the request after it saw the last
        // entry's capture in file order (read5), though read0 finished last.
        let paths = server.requests.map(\.uri)
        #expect(paths.filter { $0.contains("after=start") }.count == 6)
        #expect(paths.last?.hasSuffix("last=5") == true)
    }

    @Test func oneJobSendsTheEntriesOneAtATimeWithTheSameResults() async throws {
        let counter = InFlightCounter()
        let server = try await Self.slowServer(counter)
        defer { try? server.shutdownBlocking() }
        let dir = try TemporaryDirectory()
        let path = try dir.write(Self.collection(server, reads: 3, ms: 50), to: "grouped.yaml")

        let (outcome, observer, _) = try runSession(RunConfiguration(paths: [path]))

        #expect(ExitStatus(outcome) == .success)
        #expect(counter.peak == 1)
        #expect(observer.results.map(\.name) == ["before", "read0", "read1", "read2", "after"])
        #expect(server.requests.last?.uri.hasSuffix("last=2") == true)
    }

    @Test func aCaptureUsedByAnotherEntryIsAnErrorAtLoad() async throws {
        let dir = try TemporaryDirectory()
        let path = try dir.write("""
            name: racy
            requests:
              - name: reads
                parallel: true
                requests:
                  - name: login
                    url: "http://127.0.0.1:9/login"
                    capture: { token: { json: "$.token" } }
                  - name: me
                    url: "http://127.0.0.1:9/me?t={{token}}"
                  - name: chain
                    requests:
                      - name: login2
                        url: "http://127.0.0.1:9/login"
                        capture: { token2: { json: "$.token" } }
                      - name: me2
                        url: "http://127.0.0.1:9/me?t={{token2}}"
            """, to: "racy.yaml")

        let error = #expect(throws: (any Error).self) { try runSession(RunConfiguration(paths: [path])) }
        let text = String(describing: error).replacingOccurrences(of: "\\'", with: "'")
        #expect(text.contains("racy.yaml:10:"), "at the use of token in 'me': \(text)")
        #expect(text.contains("'token' comes from 'login', another entry of the parallel group (folder 'reads', parallel: true at line 4)"))
        #expect(!text.contains("token2"), "a chain inside one nested folder is one entry, run in order: \(text)")
    }

    @Test func aGroupInsideAGroupIsRefused() async throws {
        let dir = try TemporaryDirectory()
        let path = try dir.write("""
            name: nested
            parallel: true
            requests:
              - name: inner
                parallel: true
                requests:
                  - name: a
                    url: "http://127.0.0.1:9/a"
            """, to: "nested.yaml")

        let error = #expect(throws: (any Error).self) { try runSession(RunConfiguration(paths: [path])) }
        let text = String(describing: error).replacingOccurrences(of: "\\'", with: "'")
        #expect(text.contains("nested.yaml:5:"), "\(text)")
        #expect(text.contains("folder 'inner' cannot be 'parallel: true' inside the parallel group at line 2"), "\(text)")
    }

    @Test func aFailureWithBailSkipsTheEntriesNotStarted() async throws {
        let counter = InFlightCounter()
        let server = try await Self.slowServer(counter)
        defer { try? server.shutdownBlocking() }
        let dir = try TemporaryDirectory()
        var text = "name: bail\nparallel: true\nrequests:\n"
        for n in 0..<8 {
            let status = n == 0 ? 201 : 200
            text += "  - name: r\(n)\n    url: \"\(server.baseURL)/slow?ms=\(n == 0 ? 0 : 200)&n=\(n)\"\n    expect: { status: \(status) }\n"
        }
        let path = try dir.write(text, to: "bail.yaml")
        var configuration = RunConfiguration(paths: [path])
        configuration.jobs = 2
        configuration.bail = true

        let (outcome, observer, _) = try runSession(configuration)

        #expect(ExitStatus(outcome) == .assertionFailed)
        #expect(observer.results.map(\.name) == (0..<8).map { "r\($0)" }, "every entry is reported, in file order")
        #expect(observer.results[0].outcome == .failed)
        // r0 fails at once; r1 was already sending beside it and finishes; the rest never start.
        #expect(observer.results.filter { $0.outcome == .skipped }.count >= 5)
        #expect(server.requests.count <= 3)
    }

    @Test func scriptsRunOnEachLaneAndTheirWritesReachTheRequestsAfter() async throws {
        let counter = InFlightCounter()
        let server = try await Self.slowServer(counter)
        defer { try? server.shutdownBlocking() }
        let dir = try TemporaryDirectory()
        var text = "name: scripted\nrequests:\n  - name: reads\n    parallel: true\n    requests:\n"
        for n in 0..<4 {
            text += """
                      - name: r\(n)
                        url: "\(server.baseURL)/slow?ms=150&n=\(n)"
                        scripts:
                          after: |
                            pm.test("echoes its n", () => pm.expect(pm.response.json().n).to.equal("\(n)"));
                            pm.collectionVariables.set("seen\(n)", pm.response.json().n);

                """
        }
        text += """
              - name: after
                url: "\(server.baseURL)/slow?all={{seen0}}{{seen1}}{{seen2}}{{seen3}}"
            """
        let path = try dir.write(text, to: "scripted.yaml")
        var configuration = RunConfiguration(paths: [path])
        configuration.jobs = 4

        let (outcome, observer, _) = try runSession(configuration)

        #expect(ExitStatus(outcome) == .success)
        #expect(counter.peak == 4)
        #expect(observer.results.map { $0.hookAssertions.count } == [1, 1, 1, 1, 0])
        #expect(server.requests.last?.uri.hasSuffix("all=0123") == true)
    }

    @Test func workersLendTheirSpareJobsToTheirGroups() async throws {
        let counter = InFlightCounter()
        let server = try await Self.slowServer(counter)
        defer { try? server.shutdownBlocking() }
        let dir = try TemporaryDirectory()
        let paths = try (0..<2).map { n in try dir.write(Self.collection(server, reads: 6, ms: 200), to: "g\(n).yaml") }
        var configuration = RunConfiguration(paths: paths)
        configuration.jobs = 4

        let (outcome, observer, _) = try runSession(configuration)

        #expect(ExitStatus(outcome) == .success)
        // Two workers, two lanes between them: never more than four requests at once, and more than two.
        #expect(counter.peak <= 4)
        #expect(counter.peak > 2)
        #expect(observer.results.count == 16)
        #expect(observer.results.map(\.name) == Array(repeating: ["before"] + (0..<6).map { "read\($0)" } + ["after"], count: 2).flatMap { $0 })
    }

    @Test func aQuotaStopInOneEntryStopsTheRunWithEveryResultKept() async throws {
        let server = try await ScenarioServer.start { request in
            if request.query["n"] == "1" { return .status(402) }
            try? await Task.sleep(for: .milliseconds(100))
            return .status(200)
        }
        defer { try? server.shutdownBlocking() }
        let dir = try TemporaryDirectory()
        var text = "name: paid\nparallel: true\nrequests:\n"
        for n in 0..<6 { text += "  - name: r\(n)\n    url: \"\(server.baseURL)/x?n=\(n)\"\n" }
        let path = try dir.write(text, to: "paid.yaml")
        var configuration = RunConfiguration(paths: [path])
        configuration.jobs = 2

        let (outcome, observer, _) = try runSession(configuration)

        #expect(ExitStatus(outcome) == .quotaExhausted)
        #expect(observer.results.map(\.name) == (0..<6).map { "r\($0)" })
        #expect(observer.results.filter { $0.outcome == .skipped }.count >= 3, "entries not started after the 402 are not sent")
        #expect(server.requests.count <= 3)
    }

    @Test func aDryRunNamesEachGroupAndHowManyGoAtOnce() throws {
        let dir = try TemporaryDirectory()
        let path = try dir.write("""
            name: planned
            requests:
              - name: first
                url: "http://127.0.0.1:9/a"
              - name: reads
                parallel: true
                requests:
                  - name: a
                    url: "http://127.0.0.1:9/a"
                  - name: chain
                    requests:
                      - { name: b, url: "http://127.0.0.1:9/b" }
                      - { name: c, url: "http://127.0.0.1:9/c" }
            """, to: "planned.yaml")
        let plan = try RunPreparation.plan(
            RunConfiguration(paths: [path]), sources: SourceFiles(), secrets: SecretRegistry(), describe: { "\($0)" }).plan

        let text = DryRunText.lines(for: plan, jobs: 8)

        #expect(text.contains("    parallel: folder 'reads', 2 entries, up to 2 at a time"), "\(text)")
    }
}
