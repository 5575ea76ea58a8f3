import Foundation
import Testing
import TestSupport

// Tests of the TestSupport servers themselves, over raw sockets (`HTTPTestConnection`)
// so that keep-alive and timing are under the test's control.

@Suite("ScenarioServer")
struct ScenarioServerTests {
    @Test func answersAndRecordsTheRequest() async throws {
        let server = try await ScenarioServer.start { request in
            .json(#"{"ok":true}"#, status: 201).withHeader("X-Seen", request.method)
        }
        defer { try? server.shutdownBlocking() }

        let connection = try HTTPTestConnection(port: server.port)
        let response = try connection.request(
            "POST", "/things?name=a%20b&tag=x+y&empty",
            headers: [("Content-Type", "application/json"), ("X-Trace", "1"), ("x-trace", "2")],
            body: Array(#"{"n":1}"#.utf8)
        )

        #expect(response.status == 201)
        #expect(response.bodyText == #"{"ok":true}"#)
        #expect(response.header("content-length") == "11")
        #expect(response.header("content-type") == "application/json")
        #expect(response.header("x-seen") == "POST")

        let recorded = try #require(server.requests.first)
        #expect(server.requests.count == 1)
        #expect(server.baseURL == "http://127.0.0.1:\(server.port)")
        #expect(recorded.method == "POST")
        #expect(recorded.uri == "/things?name=a%20b&tag=x+y&empty")
        #expect(recorded.path == "/things")
        #expect(recorded.query == ["name": "a b", "tag": "x y", "empty": ""])
        #expect(recorded.header("CONTENT-TYPE") == "application/json")
        #expect(recorded.headerValues("X-Trace") == ["1", "2"])
        #expect(recorded.headers.contains { $0.name == "X-Trace" }, "header names keep their received spelling")
        #expect(recorded.bodyText == #"{"n":1}"#)
        #expect(recorded.connectionID == 1)
    }

    @Test func keepAliveRequestsShareOneConnection() async throws {
        let server = try await ScenarioServer.start { request in .text("hello \(request.path)") }
        defer { try? server.shutdownBlocking() }

        let connection = try HTTPTestConnection(port: server.port)
        #expect(try connection.request("GET", "/one").bodyText == "hello /one")
        #expect(try connection.request("GET", "/two").bodyText == "hello /two")
        #expect(server.connectionCount == 1)
        #expect(server.requests.map(\.connectionID) == [1, 1])

        let second = try HTTPTestConnection(port: server.port)
        _ = try second.request("GET", "/three")
        #expect(server.connectionCount == 2)
        #expect(server.requests.map(\.connectionID) == [1, 1, 2])
    }

    @Test func closeConnectionEndsTheConnection() async throws {
        let server = try await ScenarioServer.start { _ in ScenarioResponse.text("bye").closingConnection() }
        defer { try? server.shutdownBlocking() }

        let connection = try HTTPTestConnection(port: server.port)
        let response = try connection.request("GET", "/")
        #expect(response.header("connection") == "close")
        #expect(try connection.isClosedByPeer())
    }

    @Test func headGetsContentLengthButNoBody() async throws {
        let server = try await ScenarioServer.start { _ in .text("twelve bytes") }
        defer { try? server.shutdownBlocking() }

        let connection = try HTTPTestConnection(port: server.port)
        let head = try connection.request("HEAD", "/")
        #expect(head.status == 200)
        #expect(head.header("content-length") == "12")
        #expect(head.body.isEmpty)
        // If a body had been sent anyway, this response would be misread.
        #expect(try connection.request("GET", "/").bodyText == "twelve bytes")
    }

    @Test func statusesWithoutBodyHaveNoContentLength() async throws {
        let server = try await ScenarioServer.start { _ in ScenarioResponse(status: 204, body: Array("ignored".utf8)) }
        defer { try? server.shutdownBlocking() }

        let connection = try HTTPTestConnection(port: server.port)
        let response = try connection.request("DELETE", "/item")
        #expect(response.status == 204)
        #expect(response.header("content-length") == nil)
        #expect(try connection.request("DELETE", "/item").status == 204)
    }

    @Test func aggregatesLargeBodiesAndAnswersExpectContinue() async throws {
        let server = try await ScenarioServer.start { request in .text("\(request.body.count)") }
        defer { try? server.shutdownBlocking() }

        let body = [UInt8]((0..<1_000_000).map { UInt8(truncatingIfNeeded: $0) })
        let connection = try HTTPTestConnection(port: server.port)
        try connection.send("PUT", "/upload", headers: [("Expect", "100-continue"), ("content-length", "\(body.count)")])
        let interim = try connection.readResponse()
        #expect(interim.status == 100)
        try connection.sendRaw(body)
        let response = try connection.readResponse()
        #expect(response.bodyText == "1000000")
        #expect(server.requests.first?.body == body)
    }

    @Test func delayedResponseDoesNotBlockOtherConnections() async throws {
        let delay = Duration.seconds(1)
        let server = try await ScenarioServer.start { request in
            request.path == "/slow" ? ScenarioResponse.text("slow").delayed(by: delay) : .text("fast")
        }
        defer { try? server.shutdownBlocking() }

        let clock = ContinuousClock()
        let start = clock.now
        let slow = try HTTPTestConnection(port: server.port)
        try slow.send("GET", "/slow")
        let fast = try HTTPTestConnection(port: server.port)
        #expect(try fast.request("GET", "/fast").bodyText == "fast")
        let fastElapsed = start.duration(to: clock.now)
        #expect(try slow.readResponse().bodyText == "slow")
        let slowElapsed = start.duration(to: clock.now)

        #expect(fastElapsed < delay * 0.8, "the fast request waited for the slow one")
        #expect(slowElapsed >= delay)
    }

    /// More blocking clients than cooperative threads, and a handler that awaits: this
    /// only finishes because handlers run on the server's event loops.
    @Test func servesConcurrentConnectionsWhileClientsBlockEveryThread() async throws {
        let server = try await ScenarioServer.start { request in
            try? await Task.sleep(for: .milliseconds(50))
            return .text(request.path)
        }
        defer { try? server.shutdownBlocking() }

        let port = server.port
        let bodies = try await withThrowingTaskGroup(of: String.self) { group in
            for index in 0..<20 {
                group.addTask {
                    try HTTPTestConnection(port: port, timeout: .seconds(5)).request("GET", "/\(index)").bodyText
                }
            }
            return try await group.reduce(into: Set<String>()) { $0.insert($1) }
        }
        #expect(bodies == Set((0..<20).map { "/\($0)" }))
        #expect(server.connectionCount == 20)
    }

    @Test func http10WithoutKeepAliveIsClosed() async throws {
        let server = try await ScenarioServer.start { _ in .text("old") }
        defer { try? server.shutdownBlocking() }

        let connection = try HTTPTestConnection(port: server.port)
        try connection.sendRaw(Array("GET / HTTP/1.0\r\n\r\n".utf8))
        let response = try connection.readResponse()
        #expect(response.bodyText == "old")
        #expect(try connection.isClosedByPeer())
    }

    @Test func routerMatchesMethodAndParameters() async throws {
        var router = Router()
        router.get("/items/{id}") { _, parameters in .text("item \(parameters["id"] ?? "?")") }
        router.post("/items") { request, _ in .text("created \(request.bodyText)", status: 201) }
        let server = try await ScenarioServer.start(router: router)
        defer { try? server.shutdownBlocking() }

        let connection = try HTTPTestConnection(port: server.port)
        #expect(try connection.request("GET", "/items/a%2Fb").bodyText == "item a/b")
        #expect(try connection.request("POST", "/items", body: Array("x".utf8)).status == 201)
        #expect(try connection.request("DELETE", "/items/1").status == 405)
        #expect(try connection.request("GET", "/nothing").status == 404)
        #expect(try connection.request("HEAD", "/items/7").header("content-length") == "6")
    }

    @Test func blockingStartAndShutdown() throws {
        let server = try ScenarioServer.startBlocking { _ in .status(418) }
        #expect(try HTTPTestConnection(port: server.port).request("GET", "/").status == 418)
        #expect(server.isListening)
        try server.shutdownBlocking()
        // Not "connecting now fails": the freed port may already belong to a server of a test running
        // in parallel (or a loopback connect may meet itself), so ask the socket, not the port.
        #expect(!server.isListening)
    }

    @Test func shutdownClosesOpenConnectionsAndPendingDelays() async throws {
        let server = try await ScenarioServer.start { _ in ScenarioResponse.text("late").delayed(by: .seconds(30)) }
        let connection = try HTTPTestConnection(port: server.port)
        try connection.send("GET", "/")
        while server.requests.isEmpty { try await Task.sleep(for: .milliseconds(5)) }

        try await server.shutdown()
        // Under load a byte of a response may be on its way as the server shuts down: what matters is the close.
        #expect(try connection.readsUntilClosedByPeer())
        try await server.shutdown()  // idempotent
    }
}

@Suite("DemoAPI")
struct DemoAPITests {
    let key = DemoAPI.defaultAPIKey

    @Test func defaultKeyIs32Characters() {
        #expect(DemoAPI.defaultAPIKey == "demo0000000000000000000000000000")
        #expect(DemoAPI.defaultAPIKey.count == 32)
    }

    @Test func rejectsMissingOrWrongKey() async throws {
        try await withDemoServer { server, _ in
            let connection = try HTTPTestConnection(port: server.port)
            for headers in [[], [("apikey", "wrong")]] as [[(String, String)]] {
                let response = try connection.request("GET", "/cdapi/v2/company_base/collect/1", headers: headers)
                #expect(response.status == 401)
                #expect(response.bodyText == #"{"message":"Invalid API key"}"#)
                #expect(response.header("content-type") == "application/json")
                #expect(response.header("x-credits-remaining") == nil)
            }
        }
    }

    @Test func searchesAndCollectsSpendingCredits() async throws {
        try await withDemoServer { server, api in
            let connection = try HTTPTestConnection(port: server.port)
            let search = try connection.request(
                "POST", "/cdapi/v2/company_base/search/filter",
                headers: [("apikey", key), ("content-type", "application/json")], body: Array(#"{"name": "Acme"}"#.utf8)
            )
            #expect(search.status == 200)
            #expect(search.bodyText == "[1,5]")
            #expect(search.header("content-type") == "application/json")
            #expect(search.header("x-credits-remaining") == "999")

            let company = try connection.request("GET", "/cdapi/v2/company_base/collect/5", headers: [("ApiKey", key)])
            #expect(company.header("x-credits-remaining") == "998")
            let decoded = try JSONDecoder().decode(DemoCompany.self, from: Data(company.body))
            #expect(decoded == DemoDataset.company(id: 5))
            #expect(company.bodyText.contains(#""employees_count":35"#))

            let missing = try connection.request("GET", "/cdapi/v2/company_base/collect/99", headers: [("apikey", key)])
            #expect(missing.status == 404)
            #expect(missing.header("content-type") == "application/json")
            #expect(missing.header("x-credits-remaining") == "998", "a miss costs nothing")
            #expect(api.creditsRemaining == 998)
        }
    }

    @Test func searchesEmployees() async throws {
        try await withDemoServer { server, _ in
            let connection = try HTTPTestConnection(port: server.port)
            func search(_ filter: String) throws -> HTTPTestResponse {
                try connection.request(
                    "POST", "/cdapi/v2/employee_base/search/filter", headers: [("apikey", key)], body: Array(filter.utf8)
                )
            }
            #expect(try search(#"{"company_id": 1}"#).bodyText == "[101,102,103]")
            #expect(try search(#"{"title": "Engineer"}"#).bodyText == "[101,102,106,109,110]")
            #expect(try search(#"{"title": "engineer", "company_id": 5}"#).bodyText == "[109,110]")
            #expect(try search(#"{"titel": "Engineer"}"#).status == 422)
            #expect(try search("[1]").status == 400)

            let employee = try connection.request("GET", "/cdapi/v2/employee_base/collect/109", headers: [("apikey", key)])
            #expect(try JSONDecoder().decode(DemoEmployee.self, from: Data(employee.body)).fullName == "Ona Petraitytė")
        }
    }

    @Test func runsOutOfCredits() async throws {
        try await withDemoServer(apiKey: "k", credits: 1) { server, _ in
            let connection = try HTTPTestConnection(port: server.port)
            #expect(try connection.request("GET", "/cdapi/v2/company_base/collect/1", headers: [("apikey", "k")]).status == 200)
            let refused = try connection.request("GET", "/cdapi/v2/company_base/collect/1", headers: [("apikey", "k")])
            #expect(refused.status == 402)
            #expect(refused.header("x-credits-remaining") == "0")
        }
    }

    @Test func genericRoutes() async throws {
        try await withDemoServer { server, _ in
            let connection = try HTTPTestConnection(port: server.port)
            #expect(try connection.request("GET", "/json/small").bodyText == #"{"id":1,"name":"Acme","tags":["a","b"],"price":9.5}"#)
            #expect(try connection.request("GET", "/status/418").status == 418)
            #expect(try connection.request("GET", "/status/abc").status == 400)

            let echo = try connection.request("PATCH", "/echo?q=a%20b", headers: [("X-Token", "t")], body: Array("hi".utf8))
            let echoed = try JSONSerialization.jsonObject(with: Data(echo.body)) as? [String: Any]
            #expect(echoed?["method"] as? String == "PATCH")
            #expect(echoed?["path"] as? String == "/echo")
            #expect(echoed?["query"] as? [String: String] == ["q": "a b"])
            #expect((echoed?["headers"] as? [String: String])?["x-token"] == "t")
            #expect(echoed?["body"] as? String == "hi")

            let headers = try connection.request("GET", "/headers?Retry-After=3&X-Custom=yes")
            #expect(headers.status == 200)
            #expect(headers.header("retry-after") == "3")
            #expect(headers.header("x-custom") == "yes")

            let start = ContinuousClock.now
            let delayed = try connection.request("GET", "/delay/200")
            #expect(delayed.bodyText == #"{"delay_ms":200}"#)
            #expect(ContinuousClock.now - start >= .milliseconds(200))
        }
    }
}

@Suite("NginxServer", .enabled(if: NginxServer.isAvailable, "nginx is not installed (apt install nginx-light); skipping"))
struct NginxServerTests {
    @Test func servesAFile() throws {
        let nginx = try NginxServer.start(
            serverBlock: "location / { root $ROOT; }",
            files: ["hello.txt": "hello from nginx\n", "data/items.json": "[1,2]"]
        )
        defer { nginx.stop() }

        let connection = try HTTPTestConnection(port: nginx.port)
        let text = try connection.request("GET", "/hello.txt")
        #expect(text.status == 200)
        #expect(text.bodyText == "hello from nginx\n")
        #expect(text.header("content-type") == "text/plain")
        let json = try connection.request("GET", "/data/items.json")
        #expect(json.header("content-type") == "application/json")
        #expect(json.bodyText == "[1,2]")
        #expect(try connection.request("GET", "/missing").status == 404)
        #expect(nginx.baseURL == "http://127.0.0.1:\(nginx.port)")
    }

    @Test func rateLimitedPresetAnswers429WhenHammered() throws {
        let nginx = try NginxServer.rateLimited()
        defer { nginx.stop() }

        let connection = try HTTPTestConnection(port: nginx.port)
        let responses = try (0..<20).map { _ in try connection.request("GET", "/api/data.json") }

        #expect(responses.first?.status == 200)
        #expect(responses.first?.header("content-type") == "application/json")
        #expect(responses.first?.header("x-ratelimit-limit") == "5")
        let limited = try #require(responses.first { $0.status == 429 }, "no 429 in 20 rapid requests")
        #expect(limited.header("retry-after") == "1")
        #expect(limited.header("x-ratelimit-limit") == "5")
    }

    @Test func stopRemovesEverything() throws {
        let nginx = try NginxServer.start(serverBlock: "location / { return 204; }")
        #expect(try HTTPTestConnection(port: nginx.port).request("GET", "/").status == 204)
        nginx.stop()
        #expect(!FileManager.default.fileExists(atPath: nginx.directory.path))
        nginx.stop()
    }
}

@Suite("RunningProcess")
struct RunningProcessTests {
    @Test func capturesLargeOutputOnBothPipesWithoutDeadlock() async throws {
        let script = "head -c 2000000 /dev/zero | tr '\\0' o; head -c 1000000 /dev/zero | tr '\\0' e >&2; exit 3"
        let result = try await RunningProcess(executable: "/bin/sh", arguments: ["-c", script]).wait()
        #expect(result.stdout.utf8.count == 2_000_000)
        #expect(result.stderr.utf8.count == 1_000_000)
        #expect(result.exitCode == 3)
    }

    @Test func feedsStdinAndUsesAMinimalEnvironment() throws {
        let result = try RunningProcess(
            executable: "/bin/sh", arguments: ["-c", "cat; echo; env; test -t 0 || echo stdin-not-a-tty"],
            stdin: "piped input", environment: ["VOLLEY_TEST_MARK": "1"]
        ).waitBlocking()
        #expect(result.stdout.hasPrefix("piped input\n"))
        #expect(result.stdout.contains("VOLLEY_TEST_MARK=1"))
        #expect(result.stdout.contains("stdin-not-a-tty"))
        #expect(!result.stdout.contains("TERM="))
    }

    @Test func killsAProcessThatOutlivesItsTimeout() async throws {
        let process = try RunningProcess(executable: "/bin/sh", arguments: ["-c", "echo started; exec sleep 30"], timeout: .milliseconds(300))
        let error = await #expect(throws: ChildProcessError.self) { try await process.wait() }
        #expect(error?.code == .timedOut)
        #expect(error?.partialResult?.stdout == "started\n")
    }

    @Test func reportsAMissingProduct() {
        let error = #expect(throws: ChildProcessError.self) { try BuildProducts.path(of: "no-such-product") }
        #expect(error?.code == .executableNotFound)
        #expect(error?.description.contains("NO_SUCH_PRODUCT_BINARY") == true)
    }

    @Test func temporaryDirectoryAndPackageRoot() throws {
        let directory = try TemporaryDirectory()
        let file = try directory.write("x", to: "a/b.txt")
        #expect(try directory.read("a/b.txt") == "x")
        #expect(file.hasPrefix("/tmp/"))
        directory.remove()
        #expect(!FileManager.default.fileExists(atPath: directory.path))

        #expect(FileManager.default.fileExists(atPath: packageRoot() + "/Package.swift"))
    }
}
