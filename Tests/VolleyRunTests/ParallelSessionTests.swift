import Testing
import TestSupport
import VolleyCore
import VolleyRun

/// `jobs` above 1, in process (so a thread-sanitizer run of this suite sees the workers, the
/// scheduler and the shared quota session): the observers hear the units in input order.
@Suite("a run session with several workers keeps input order")
struct ParallelSessionTests {
    @Test func unitsFinishOutOfOrderButAreHeardInOrder() async throws {
        // The first file is the slowest: every later unit finishes before it.
        let server = try await ScenarioServer.start { request in
            let delay = Int(request.query["ms"] ?? "0") ?? 0
            return ScenarioResponse.status(200).delayed(by: .milliseconds(delay))
        }
        defer { try? server.shutdownBlocking() }
        let dir = try TemporaryDirectory()
        var paths: [String] = []
        for (n, ms) in [400, 0, 0, 0, 0, 0].enumerated() {
            paths.append(try dir.write("""
                name: c\(n)
                requests:
                  - name: r1
                    url: "\(server.baseURL)/x?ms=\(ms)&n=\(n)"
                    expect: { status: 200 }
                  - name: r2
                    url: "\(server.baseURL)/x?n=\(n)"
                    expect: { status: 200 }
                """, to: "c\(n).yaml"))
        }
        var configuration = RunConfiguration(paths: paths)
        configuration.jobs = 3
        configuration.repeatCount = 2

        let (outcome, observer, _) = try runSession(configuration)

        #expect(ExitStatus(outcome) == .success)
        let expected = (1...2).flatMap { i in (0..<6).map { "c\($0)\(i)" } }
        #expect(observer.collectionsRun.map { "\($0.name)\($0.iteration)" } == expected)
        #expect(observer.results.map { "\($0.collection)\($0.iteration)\($0.name)" } == expected.flatMap { [$0 + "r1", $0 + "r2"] })
        #expect(server.requests.count == 24)
    }
}
