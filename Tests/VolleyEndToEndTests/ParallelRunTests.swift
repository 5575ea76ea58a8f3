import Foundation
import Testing
import TestSupport

/// Requests that wait until `count` of them are at the server at once: a run that does not
/// send them concurrently never gets them answered (503 after `patience`, so it fails, not hangs).
actor ArrivalBarrier {
    private let count: Int
    private var arrived = 0
    private var waiting: [CheckedContinuation<Void, Never>] = []

    init(count: Int) { self.count = count }

    /// Returns whether `count` requests were in at once.
    func arrive(patience: Duration = .seconds(20)) async -> Bool {
        arrived += 1
        if arrived >= count {
            for w in waiting { w.resume() }
            waiting = []
            return true
        }
        let deadline = ContinuousClock.now + patience
        let timer = Task { [weak self] in
            try? await Task.sleep(until: deadline)
            await self?.releaseAll()
        }
        await withCheckedContinuation { waiting.append($0) }
        timer.cancel()
        return arrived >= count
    }

    private func releaseAll() {
        for w in waiting { w.resume() }
        waiting = []
    }
}

/// `--jobs`: collection files and iterations run side by side, output stays in input order.
@Suite("volley run --jobs runs collections concurrently", .serialized)
struct ParallelRunTests {
    static func collection(_ name: String, _ base: String, paths: [String]) -> String {
        let items = paths.enumerated().map { "  - name: \(name)-\($0.offset + 1)\n    url: \"\(base)\($0.element)\"\n    expect: { status: 200 }" }
        return "name: \(name)\nrequests:\n" + items.joined(separator: "\n") + "\n"
    }

    @Test func fourFilesRunAtOnceAndPrintInInputOrder() async throws {
        let barrier = ArrivalBarrier(count: 4)
        let server = try await ScenarioServer.start { request in
            if request.path == "/together" { return await barrier.arrive() ? .status(200) : .status(503) }
            return .status(200)
        }
        defer { try? server.shutdownBlocking() }
        let dir = try TemporaryDirectory()
        var files: [String] = []
        for name in ["d", "c", "b", "a"] {
            files.append(try dir.write(Self.collection(name, server.baseURL, paths: ["/together", "/after"]), to: "\(name).yaml"))
        }

        let result = try await runVolley(["run"] + files + ["--jobs", "4", "--report-json", dir.path("report.json")])

        #expect(result.exitCode == 0, "\(result)")
        // Each collection's block whole, in the order given, whichever finished first.
        let lines = result.stdout.split(separator: "\n").map(String.init)
        let names = lines.compactMap { line in ["a", "b", "c", "d"].first { line.contains("\($0)-1") || line.contains("\($0)-2") }.map { "\($0)\(line.contains("-1") ? 1 : 2)" } }
        #expect(names == ["d1", "d2", "c1", "c2", "b1", "b2", "a1", "a2"], "\(result.stdout)")
        let report = try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: dir.path("report.json")))) as! [String: Any]
        let collections = (report["collections"] as! [[String: Any]]).map { $0["name"] as! String }
        #expect(collections == ["d", "c", "b", "a"])
        // One connection per worker, none shared.
        #expect(server.connectionCount == 4)
    }

    @Test func repeatIterationsRunConcurrentlyAndKeepTheirNumbers() async throws {
        let barrier = ArrivalBarrier(count: 3)
        let server = try await ScenarioServer.start { _ in await barrier.arrive() ? .status(200) : .status(503) }
        defer { try? server.shutdownBlocking() }
        let dir = try TemporaryDirectory()
        let file = try dir.write(Self.collection("r", server.baseURL, paths: ["/x"]), to: "r.yaml")

        let result = try await runVolley(["run", file, "--repeat", "3", "--jobs", "3"])

        #expect(result.exitCode == 0, "\(result)")
        let headers = result.stdout.split(separator: "\n").filter { $0.contains("[") && $0.contains("/3]") }
        #expect(headers.map { String($0.suffix(5)) } == ["[1/3]", "[2/3]", "[3/3]"], "\(result.stdout)")
    }

    @Test func fourWorkersShareOnePacerAndNginxRefusesNothing() async throws {
        try #require(NginxServer.isAvailable, "nginx is not installed: scripts/install-deps.sh installs it")
        // As QuotaCommandTests: one early request allowed for a send the scheduler delayed.
        let nginx = try NginxServer.rateLimited(requestsPerSecond: 5, burst: 1)
        defer { nginx.stop() }
        let dir = try TemporaryDirectory()
        var files: [String] = []
        for n in 1...4 {
            let paths = (1...4).map { "/api/data.json?f=\(n)&r=\($0)" }
            files.append(try dir.write(Self.collection("f\(n)", nginx.baseURL, paths: paths), to: "f\(n).yaml"))
        }

        let result = try await runVolley(["run"] + files + ["--jobs", "4", "--rate", "5/s", "--retry", "0"])

        #expect(result.exitCode == 0, "\(result)")
        #expect(result.stdout.contains("16 requests: 16 passed"), "\(result.stdout)")
        #expect(nginx.accessLog.components(separatedBy: "\" 429 ").count == 1, "nginx logged a 429:\n\(nginx.accessLog)")
        #expect(nginx.accessLog.components(separatedBy: "\" 200 ").count == 17)
    }

    @Test func outOfCreditsInOneWorkerStopsEveryWorkerWithExitFourAndAReport() async throws {
        let server = try await ScenarioServer.start { request in
            if request.path == "/pay" { return .status(402) }
            // The others are slow: they are in flight (or waiting their turn) when the 402 comes.
            return ScenarioResponse.status(200).delayed(by: .milliseconds(300))
        }
        defer { try? server.shutdownBlocking() }
        let dir = try TemporaryDirectory()
        var files = [try dir.write(Self.collection("pays", server.baseURL, paths: ["/pay", "/pay"]), to: "a-pays.yaml")]
        for n in 1...5 {
            files.append(try dir.write(Self.collection("slow\(n)", server.baseURL, paths: Array(repeating: "/slow", count: 6)), to: "s\(n).yaml"))
        }

        let result = try await runVolley(["run"] + files + ["--jobs", "3", "--report-json", dir.path("report.json")])

        #expect(result.exitCode == 4, "\(result)")
        #expect(result.stderr.contains("402"), "\(result.stderr)")
        // 1 + 5 × 6 planned; the stop came after the first: far fewer were sent.
        #expect(server.requests.count < 12, "\(server.requests.count) requests reached the server")
        let report = try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: dir.path("report.json")))) as! [String: Any]
        let run = report["run"] as! [String: Any]
        #expect(run["partial"] as? Bool == true)
        #expect(run["exitCode"] as? Int == 4)
        let executions = (report["summary"] as! [String: Any])["executions"] as! [String: Any]
        #expect(executions["total"] as? Int == 32, "every planned request is reported, the unsent as skipped")
        #expect((executions["skipped"] as? Int ?? 0) >= 20)
    }

    @Test func ctrlCWithWorkersInFlightStopsThemAllAndTheReportIsValid() async throws {
        let server = try await ScenarioServer.start { _ in ScenarioResponse.status(200).delayed(by: .seconds(20)) }
        defer { try? server.shutdownBlocking() }
        let dir = try TemporaryDirectory()
        var files: [String] = []
        for n in 1...4 {
            files.append(try dir.write(Self.collection("w\(n)", server.baseURL, paths: ["/slow", "/slow"]), to: "w\(n).yaml"))
        }
        let started = ContinuousClock.now

        let result = try await interruptedRun(
            ["run"] + files + ["--jobs", "3", "--report-json", dir.path("report.json")], server: server, requestsBeforeSignal: 3,
            signal: SIGINT)

        #expect(result.exitCode == 130, "\(result)")
        // Every worker's transfer was aborted: nobody waited out a 20 s response.
        #expect(ContinuousClock.now - started < .seconds(20))
        #expect(server.requests.count == 3, "the fourth file never started")
        let text = try String(contentsOfFile: dir.path("report.json"), encoding: .utf8)
        let complaint = try Validators.jsonSchema(json: dir.path("report.json"), schema: packageRoot() + "/schemas/volley-report-1.schema.json")
        #expect(complaint == nil, "\(complaint ?? "")")
        let report = try JSONSerialization.jsonObject(with: Data(text.utf8)) as! [String: Any]
        #expect((report["run"] as! [String: Any])["partial"] as? Bool == true)
        let executions = (report["summary"] as! [String: Any])["executions"] as! [String: Any]
        #expect(executions["total"] as? Int == 8)
    }

    @Test func bailStopsSchedulingAndTheUnitsNotStartedAreSkipped() async throws {
        // The failure is answered only once the second file's first request is in: that file is
        // surely running when the first bails.
        let barrier = ArrivalBarrier(count: 2)
        let server = try await ScenarioServer.start { request in
            if request.path == "/fail" { return await barrier.arrive() ? .status(500) : .status(503) }
            if request.path == "/slow", await barrier.arrive() {
                // Long enough that the failing file's worker is done long before this file is.
                return ScenarioResponse.status(200).delayed(by: .seconds(2))
            }
            return .status(200)
        }
        defer { try? server.shutdownBlocking() }
        let dir = try TemporaryDirectory()
        let files = [
            try dir.write(Self.collection("fails", server.baseURL, paths: ["/fail", "/fail"]), to: "a.yaml"),
            try dir.write(Self.collection("running", server.baseURL, paths: ["/slow", "/slow"]), to: "b.yaml"),
            try dir.write(Self.collection("later", server.baseURL, paths: ["/never"]), to: "c.yaml"),
        ]

        let result = try await runVolley(["run"] + files + ["--jobs", "2", "--bail"])

        #expect(result.exitCode == 1, "\(result)")
        #expect(server.requests.filter { $0.path == "/fail" }.count == 1, "the failing file bailed at its first failure")
        #expect(server.requests.filter { $0.path == "/slow" }.count == 2, "the file already running finished")
        #expect(!server.requests.contains { $0.path == "/never" }, "no file started after the failure")
        #expect(result.stdout.contains("5 requests: 2 passed, 1 failed, 2 skipped"), "\(result.stdout)")
    }

    @Test func concurrentCollectionRunsEachHaveTheirOwnScriptContext() async throws {
        let server = try await ScenarioServer.start { request in
            request.path == "/second" ? ScenarioResponse.status(200).delayed(by: .milliseconds(200)) : .status(200)
        }
        defer { try? server.shutdownBlocking() }
        let dir = try TemporaryDirectory()
        var files: [String] = []
        for n in 1...4 {
            // A global of the JavaScript context, set by the first request and read by the second:
            // a context shared between workers would show another file's value.
            files.append(try dir.write("""
                name: s\(n)
                requests:
                  - name: first
                    url: "\(server.baseURL)/first"
                    scripts:
                      after: |
                        globalThis.owner = "s\(n)";
                  - name: second
                    url: "\(server.baseURL)/second"
                    scripts:
                      after: |
                        pm.test("the context is this file's", () => pm.expect(globalThis.owner).to.eql("s\(n)"));
                """, to: "s\(n).yaml"))
        }

        let result = try await runVolley(["run"] + files + ["--jobs", "4", "--repeat", "2"])

        #expect(result.exitCode == 0, "\(result)")
        #expect(result.stdout.contains("16 requests: 16 passed"), "\(result.stdout)")
    }
}
