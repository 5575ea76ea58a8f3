import Testing
import TestSupport

/// `--proxy`, `--noproxy`, `no_proxy:` and the `NO_PROXY` variable through the binary, against a
/// real forward proxy (Debian's tinyproxy): the server tells a proxied request by the `Via`
/// header tinyproxy adds, and tinyproxy's log by its upstream connections.
@Suite("proxies through tinyproxy, end to end", .enabled(if: TinyproxyServer.isAvailable, "needs tinyproxy (scripts/install-deps.sh)"))
struct ProxyCommandTests {
    static func via(_ server: ScenarioServer) -> [String?] {
        server.requests.map { $0.header("via") }
    }

    @Test func aProxyFlagSendsThroughTheProxyAndNoproxyBypassesIt() async throws {
        let proxy = try TinyproxyServer.start()
        defer { proxy.stop() }
        let server = try await ScenarioServer.start { _ in .text("ok") }
        defer { try? server.shutdownBlocking() }
        let dir = try TemporaryDirectory()
        let file = try dir.write("""
            name: proxied
            requests:
              - { name: one, url: "\(server.baseURL)/one", expect: { status: 200 } }
            """, to: "c.yaml")

        let through = try await runVolley(["run", file, "--proxy", proxy.url])
        #expect(through.exitCode == 0, "\(through)")
        #expect(Self.via(server).count == 1)
        #expect(Self.via(server).first??.contains("tinyproxy") == true, "\(Self.via(server))")

        let bypassed = try await runVolley(["run", file, "--proxy", proxy.url, "--noproxy", "127.0.0.1"])
        #expect(bypassed.exitCode == 0, "\(bypassed)")
        #expect(Self.via(server).count == 2)
        #expect(Self.via(server).last == .some(nil), "the second request came through the proxy: \(Self.via(server))")

        // The environment's NO_PROXY (and no_proxy) is honoured as curl honours it, --noproxy over it.
        let environment = try await runVolley(["run", file, "--proxy", proxy.url], environment: ["NO_PROXY": "127.0.0.1"])
        #expect(environment.exitCode == 0, "\(environment)")
        #expect(Self.via(server).last == .some(nil), "\(Self.via(server))")
        let flagOverEnvironment = try await runVolley(
            ["run", file, "--proxy", proxy.url, "--noproxy", "other.example"], environment: ["no_proxy": "127.0.0.1"])
        #expect(flagOverEnvironment.exitCode == 0, "\(flagOverEnvironment)")
        #expect(Self.via(server).last??.contains("tinyproxy") == true, "\(Self.via(server))")
    }

    @Test func aRequestsNoProxyKeyBypassesTheProxyForThatRequestOnly() async throws {
        let proxy = try TinyproxyServer.start()
        defer { proxy.stop() }
        let server = try await ScenarioServer.start { _ in .text("ok") }
        defer { try? server.shutdownBlocking() }
        let dir = try TemporaryDirectory()
        let file = try dir.write("""
            name: per request
            requests:
              - { name: direct, url: "\(server.baseURL)/direct", no_proxy: "127.0.0.1" }
              - { name: listed, url: "\(server.baseURL)/listed", no_proxy: [other.example, 127.0.0.0/8] }
              - { name: proxied, url: "\(server.baseURL)/proxied" }
            """, to: "c.yaml")

        let run = try await runVolley(["run", file, "--proxy", proxy.url])

        #expect(run.exitCode == 0, "\(run)")
        #expect(server.requests.map(\.path) == ["/direct", "/listed", "/proxied"])
        #expect(Self.via(server)[0] == nil && Self.via(server)[1] == nil, "\(Self.via(server))")
        #expect(Self.via(server)[2]?.contains("tinyproxy") == true, "\(Self.via(server))")
    }

    @Test func badNoProxyInputIsRefusedBeforeAnythingIsSent() async throws {
        let server = try await ScenarioServer.start { _ in .text("ok") }
        defer { try? server.shutdownBlocking() }
        let dir = try TemporaryDirectory()
        let bad = try dir.write("""
            name: bad
            requests:
              - name: one
                url: "\(server.baseURL)/one"
                no_proxy: [ok.example, "a.example,b.example"]
              - { name: two, url: "\(server.baseURL)/two", no_proxy: { host: x } }
            """, to: "bad.yaml")
        let good = try dir.write("""
            name: good
            requests:
              - { name: one, url: "\(server.baseURL)/one" }
            """, to: "good.yaml")

        let yaml = try await runVolley(["run", bad])
        #expect(yaml.exitCode == 2, "\(yaml)")
        #expect(yaml.stderr.contains("bad.yaml:5:28:"), "\(yaml.stderr)")
        #expect(yaml.stderr.contains("an entry of 'no_proxy' must be one host, found 'a.example,b.example'"), "\(yaml.stderr)")
        #expect(yaml.stderr.contains("bad.yaml:6:"), "\(yaml.stderr)")

        let flag = try await runVolley(["run", good, "--noproxy", "a.example\nb.example"])
        #expect(flag.exitCode == 2, "\(flag)")
        #expect(flag.stderr.contains("--noproxy: the host list holds a line break"), "\(flag.stderr)")
        #expect(server.requests.isEmpty)
    }
}
