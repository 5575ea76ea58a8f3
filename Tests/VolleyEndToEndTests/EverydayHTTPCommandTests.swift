import Foundation
import Testing
import TestSupport

/// The request-side flags of `volley run` through the binary, each seen on the wire by the
/// server, and each bad input refused with exit 2 before anything is sent.
@Suite("cookies, headers, versions and files, end to end")
struct EverydayHTTPCommandTests {
    static func server() async throws -> ScenarioServer {
        try await ScenarioServer.start { request in
            switch request.path {
            case "/login": .status(204, headers: [("Set-Cookie", "session=s3cr3t-session; Path=/; HttpOnly")])
            default: .text(request.header("cookie") ?? "(none)")
            }
        }
    }

    @Test func headerAndUserAgentFlagsReachEveryRequest() async throws {
        let server = try await Self.server()
        defer { try? server.shutdownBlocking() }
        let dir = try TemporaryDirectory()
        let file = try dir.write("""
            name: flags
            requests:
              - { name: one, url: "\(server.baseURL)/a", headers: { X-Team: from-collection } }
              - { name: two, url: "\(server.baseURL)/b", user_agent: own-agent }
            """, to: "c.yaml")

        let run = try await runVolley(["run", file, "-H", "X-Team: from-flag", "-H", "X-Extra;", "-A", "cli-agent/2"])

        #expect(run.exitCode == 0, "\(run)")
        #expect(server.requests.map { $0.headerValues("x-team") } == [["from-flag"], ["from-flag"]])
        #expect(server.requests.map { $0.header("x-extra") } == ["", ""])
        #expect(server.requests.map { $0.header("user-agent") } == ["cli-agent/2", "own-agent"])
    }

    @Test func theCookieJarIsSavedAndLoadedAcrossRuns() async throws {
        let server = try await Self.server()
        defer { try? server.shutdownBlocking() }
        let dir = try TemporaryDirectory()
        let login = try dir.write("""
            name: login
            requests:
              - { name: login, url: "\(server.baseURL)/login" }
            """, to: "login.yaml")
        let use = try dir.write("""
            name: use
            requests:
              - { name: use, url: "\(server.baseURL)/use", expect: { body: session=s3cr3t-session } }
            """, to: "use.yaml")

        let first = try await runVolley(["run", login, "--cookie-jar", dir.path("jar.txt")])
        #expect(first.exitCode == 0, "\(first)")
        let jar = try dir.read("jar.txt")
        #expect(jar.hasPrefix("# Netscape HTTP Cookie File"))
        #expect(jar.contains("#HttpOnly_127.0.0.1\tFALSE\t/\tFALSE\t0\tsession\ts3cr3t-session"))
        let attributes = try FileManager.default.attributesOfItem(atPath: dir.path("jar.txt"))
        #expect((attributes[.posixPermissions] as? Int) == 0o600)

        let second = try await runVolley(["run", use, "-b", dir.path("jar.txt")])
        #expect(second.exitCode == 0, "\(second)")
        #expect(server.requests.last?.header("cookie") == "session=s3cr3t-session")
    }

    @Test func aJarFileMasksTheValueOfASecret() async throws {
        let server = try await ScenarioServer.start { _ in .status(204, headers: [("Set-Cookie", "token=Zq7XbN2pLm4RtY8v; Path=/")]) }
        defer { try? server.shutdownBlocking() }
        let dir = try TemporaryDirectory()
        let file = try dir.write("""
            name: secret cookie
            requests:
              - { name: login, url: "\(server.baseURL)/login", headers: { X-Key: "{{key}}" } }
            """, to: "c.yaml")

        let run = try await runVolley(["run", file, "--secret", "key=Zq7XbN2pLm4RtY8v", "-c", dir.path("jar.txt")])

        #expect(run.exitCode == 0, "\(run)")
        let jar = try dir.read("jar.txt")
        #expect(jar.contains("\ttoken\t"))
        #expect(!jar.contains("Zq7XbN2pLm4RtY8v"))
    }

    @Test func badInputIsRefusedBeforeAnythingIsSent() async throws {
        let server = try await Self.server()
        defer { try? server.shutdownBlocking() }
        let dir = try TemporaryDirectory()
        let good = try dir.write("""
            name: good
            requests:
              - { name: one, url: "\(server.baseURL)/a" }
            """, to: "good.yaml")
        let bad = try dir.write("""
            name: bad
            requests:
              - { name: upload, method: PUT, url: "\(server.baseURL)/a", body: { file: missing.bin } }
              - { name: tls, url: "https://127.0.0.1/", tls: { cert: client.pem, key: client.key } }
            """, to: "bad.yaml")
        let h3 = try dir.write("""
            name: h3
            requests:
              - { name: h3, url: "https://127.0.0.1/", http_version: "3" }
            """, to: "h3.yaml")

        let missingCookies = try await runVolley(["run", good, "--cookie", dir.path("nope.txt")])
        #expect(missingCookies.exitCode == 2, "\(missingCookies)")
        #expect(missingCookies.stderr.contains("cannot read the cookie file '\(dir.path("nope.txt"))': no such file"))

        let missingCA = try await runVolley(["run", good, "--cacert", dir.path("ca.pem")])
        #expect(missingCA.exitCode == 2, "\(missingCA)")
        #expect(missingCA.stderr.contains("--cacert '\(dir.path("ca.pem"))': no such file"))

        let http3 = try await runVolley(["run", good, "--http3"])
        #expect(http3.exitCode == 2, "\(http3)")
        #expect(http3.stderr.contains("HTTP/3 is not available"))

        let header = try await runVolley(["run", good, "-H", "no colon here"])
        #expect(header.exitCode == 2, "\(header)")
        // A usage error of run's options comes with run's usage, not the top-level one.
        #expect(header.stderr.contains("Usage: volley run"), "\(header.stderr)")
        #expect(!header.stderr.contains("<subcommand>"), "\(header.stderr)")

        let files = try await runVolley(["run", bad])
        #expect(files.exitCode == 2, "\(files)")
        #expect(files.stderr.contains("bad.yaml:3:"), "\(files.stderr)")
        #expect(files.stderr.contains("cannot read 'body.file' file '\(dir.path("missing.bin"))': no such file"))
        #expect(files.stderr.contains("bad.yaml:4:"), "\(files.stderr)")
        #expect(files.stderr.contains("cannot read 'tls.cert' file"))

        let version = try await runVolley(["run", h3])
        #expect(version.exitCode == 2, "\(version)")
        #expect(version.stderr.contains("h3.yaml:3:"), "\(version.stderr)")
        #expect(version.stderr.contains("was built without HTTP/3"))
        #expect(server.requests.isEmpty)
    }
}
