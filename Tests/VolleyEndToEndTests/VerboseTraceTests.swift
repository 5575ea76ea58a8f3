import Foundation
import Testing
import TestSupport

/// `-vv`: libcurl's trace under each request, with credentials and secrets masked and body data
/// as sizes only; `-v` stays without it.
@Suite("-vv trace, end to end")
struct VerboseTraceTests {
    static let token = "Tk5pQ8sWm2ZxV7bN4cR1yL6dH3jF9gAe"  // 32 letters and digits
    static let password = "pw-Hq3Lz8Rk1Vn6"
    static let body = "the-response-body-text"

    @Test func theTraceShowsLibcurlsLinesAndNoSecret() async throws {
        let server = try await ScenarioServer.start { _ in .json(#"{"says":"\#(Self.body)"}"#) }
        defer { try? server.shutdownBlocking() }
        let dir = try TemporaryDirectory()
        let file = try dir.write("""
            name: trace
            requests:
              - name: bearer
                url: "\(server.baseURL)/a"
                headers: { X-Token: "{{token}}" }
                auth: { bearer: "{{token}}" }
                expect: { status: 200 }
              - name: basic
                url: "\(server.baseURL)/b"
                auth: { basic: { username: someone, password: "{{password}}" } }
                expect: { status: 200 }
            """, to: "c.yaml")
        let secrets = ["--secret", "token=\(Self.token)", "--secret", "password=\(Self.password)", "--color", "never"]

        let traced = try await runVolley(["run", file, "-vv"] + secrets)
        #expect(traced.exitCode == 0, "\(traced)")
        // Both reached the server with their credentials: masking is only in the output.
        #expect(server.requests.count == 2)
        #expect(server.requests.first?.header("X-Token") == Self.token)

        let trace = traced.stdout.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }
            .filter { $0.hasPrefix("| ") }
        #expect(trace.contains { $0.hasPrefix("| * ") && $0.contains("127.0.0.1") }, "libcurl's connection note: \(traced.stdout)")
        #expect(trace.contains("| > GET /a HTTP/1.1"), "\(traced.stdout)")
        #expect(trace.contains { $0.hasPrefix("| < HTTP/1.1 200") }, "\(traced.stdout)")
        #expect(trace.contains("| > Authorization: Bearer ***"), "\(traced.stdout)")
        #expect(trace.contains("| > X-Token: ***"), "\(traced.stdout)")
        #expect(trace.contains("| > Authorization: Basic ***"), "the Basic pair is masked though no secret spells it: \(traced.stdout)")
        #expect(trace.contains { $0.hasPrefix("| < [") && $0.hasSuffix(" bytes data]") }, "\(traced.stdout)")
        // Data as sizes only: the body text is in -v's preview, never among the trace lines.
        #expect(!trace.contains { $0.contains(Self.body) }, "\(traced.stdout)")
        let basic = Data("someone:\(Self.password)".utf8).base64EncodedString()
        for text in [traced.stdout, traced.stderr] {
            #expect(!text.contains(Self.token))
            #expect(!text.contains(Self.password))
            #expect(!text.contains(basic))
        }

        let verbose = try await runVolley(["run", file, "-v"] + secrets)
        #expect(verbose.exitCode == 0, "\(verbose)")
        #expect(verbose.stdout.contains("> GET"), "\(verbose)")
        #expect(!verbose.stdout.contains("| * "), "-v has no trace: \(verbose.stdout)")
    }
    @Test func aFailedTransferShowsItsTraceToo() async throws {
        let refusing = try RefusingPort()
        let dir = try TemporaryDirectory()
        let file = try dir.write("""
            name: refused
            requests:
              - { name: down, url: "\(refusing.baseURL)/a", retry: { count: 0 } }
            """, to: "c.yaml")

        let run = try await runVolley(["run", file, "-vv", "--color", "never"])

        #expect(run.exitCode == 3, "\(run)")
        let trace = run.stdout.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }.filter { $0.hasPrefix("| ") }
        #expect(trace.contains { $0.hasPrefix("| * ") && $0.contains("127.0.0.1") && $0.contains("\(refusing.port)") }, "\(run.stdout)")
    }

    @Test func theJSONReportCarriesTheMaskedTraceOnlyWithVV() async throws {
        let server = try await ScenarioServer.start { _ in .status(204) }
        defer { try? server.shutdownBlocking() }
        let refusing = try RefusingPort()
        let dir = try TemporaryDirectory()
        let file = try dir.write("""
            name: report
            requests:
              - { name: ok, url: "\(server.baseURL)/a", auth: { bearer: "{{token}}" } }
              - { name: down, url: "\(refusing.baseURL)/b", retry: { count: 0 } }
            """, to: "c.yaml")
        let secrets = ["--secret", "token=\(Self.token)", "--color", "never"]

        let traced = try await runVolley(["run", file, "-vv", "--report-json", dir.path("vv.json")] + secrets)
        #expect(traced.exitCode == 3, "\(traced)")
        let report = try dir.read("vv.json")
        #expect(!report.contains(Self.token))
        let complaint = try Validators.jsonSchema(json: dir.path("vv.json"), schema: packageRoot() + "/schemas/volley-report-1.schema.json")
        #expect(complaint == nil, "\(complaint ?? "")")
        let json = try JSONSerialization.jsonObject(with: Data(report.utf8)) as! [String: Any]
        let requests = (json["collections"] as! [[String: Any]])[0]["requests"] as! [[String: Any]]
        func trace(_ index: Int) -> [String]? {
            (requests[index]["request"] as? [String: Any])?["trace"] as? [String]
        }
        #expect(trace(0)?.contains("> Authorization: Bearer ***") == true, "\(report)")
        #expect(trace(1)?.contains { $0.hasPrefix("* ") && $0.contains("\(refusing.port)") } == true, "\(report)")

        let plain = try await runVolley(["run", file, "-v", "--report-json", dir.path("v.json")] + secrets)
        #expect(plain.exitCode == 3, "\(plain)")
        #expect(!(try dir.read("v.json")).contains("\"trace\""))
    }
}
