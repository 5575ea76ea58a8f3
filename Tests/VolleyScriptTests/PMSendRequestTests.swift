import Testing
import TestSupport
import VolleyCore
import VolleyExecutor
import VolleyJSON
import VolleyQuota
@testable import VolleyScript

/// `pm.sendRequest` on real JavaScriptCore against real servers: both forms, what is sent, the
/// run's retries and pacing applied to it, its failures reaching the script as `err`, and its
/// record on the parent's result.
@Suite("pm.sendRequest", .serialized)
struct PMSendRequestTests {
    /// `/token` answers JSON with a header, `/echo` answers what it got; everything else 200.
    static func server() async throws -> ScenarioServer {
        try await ScenarioServer.start { request in
            switch request.path {
            case "/token": return .json(#"{"token": "t-1", "n": 2}"#, headers: [("X-Kind", "token")])
            case "/missing": return .json(#"{"error": "no"}"#, status: 404)
            default: return .status(200)
            }
        }
    }

    @Test func theCallbackGetsTheResponseAfterTheScriptsOwnCode() async throws {
        let server = try await Self.server()
        defer { try? server.shutdownBlocking() }
        let c = try oneRequest([script(.after, """
                const order = [];
                pm.sendRequest(pm.variables.get("base") + "/token", (err, res) => {
                  order.push("callback");
                  pm.test("got it", () => {
                    if (err !== null) throw new Error("err " + err);
                    pm.expect(res.code).to.equal(200);
                    pm.expect(res.status).to.equal("OK");
                    pm.expect(res.json().token).to.equal("t-1");
                    pm.expect(res.text()).to.include("t-1");
                    pm.expect(res.headers.get("x-kind")).to.equal("token");
                    pm.expect(res.responseTime).to.be.a("number");
                    res.to.have.status(200);
                  });
                  pm.test("order", () => pm.expect(order).to.eql(["after the call", "callback"]));
                });
                order.push("after the call");
                """)])

        let (results, _) = try runScripts(c, variables: ["base": .string(server.baseURL)])

        let one = try #require(results["one"])
        #expect(one.hookAssertions.map(\.name) == ["got it", "order"])
        #expect(one.hookAssertions.allSatisfy { $0.passed }, "\(one.hookAssertions)")
        #expect(server.requests.map(\.path) == ["/one", "/token"])
        let sub = try #require(one.subRequests.first)
        #expect(one.subRequests.count == 1)
        #expect(sub.phase == .after)
        #expect(sub.response?.status == 200)
        #expect(sub.sent?.method == "GET" && sub.sent?.url == server.baseURL + "/token")
        #expect(sub.attempts.count == 1)
        // The pm.sendRequest call: line 21 of the file, at its opening parenthesis.
        #expect(sub.location == SourceLocation(file: "test.yaml", line: 21, column: 21))
    }

    @Test func thePromiseFormSendsMethodHeadersAndAJSONBodyAndFeedsTheRequest() async throws {
        let server = try await Self.server()
        defer { try? server.shutdownBlocking() }
        let c = try collection("""
            name: t
            requests:
              - name: one
                url: "{{base}}/one"
                headers:
                  Authorization: "Bearer {{token}}"
            """).scripted(["one": [script(.before, """
                const res = await pm.sendRequest({
                  url: pm.variables.get("base") + "/login?x=1",
                  method: "post",
                  header: { "X-Client": "volley", "X-Two": 2 },
                  body: { mode: "raw", raw: JSON.stringify({ user: "u" }), options: { raw: { language: "json" } } },
                });
                pm.variables.set("token", "from-" + res.code);
                const form = await pm.sendRequest({ url: pm.variables.get("base") + "/form", method: "PUT",
                  header: [{ key: "X-List", value: "a" }, { key: "X-Off", value: "b", disabled: true }],
                  body: { mode: "urlencoded", urlencoded: [{ key: "a b", value: "c&d" }] } });
                """)]])

        let (results, _) = try runScripts(c, variables: ["base": .string(server.baseURL)])

        let one = try #require(results["one"])
        #expect(one.failure == nil, "\(String(describing: one.failure))")
        #expect(server.requests.map(\.path) == ["/login", "/form", "/one"])
        let login = server.requests[0]
        #expect(login.method == "POST")
        #expect(login.query["x"] == "1")
        #expect(login.header("x-client") == "volley" && login.header("x-two") == "2")
        #expect(login.header("content-type") == "application/json")
        #expect(login.bodyText == #"{"user":"u"}"#)
        let form = server.requests[1]
        #expect(form.method == "PUT" && form.header("x-list") == "a" && form.header("x-off") == nil)
        #expect(form.header("content-type") == "application/x-www-form-urlencoded")
        #expect(form.bodyText == "a%20b=c%26d")
        #expect(server.requests[2].header("authorization") == "Bearer from-200")
        #expect(one.subRequests.map(\.phase) == [.before, .before])
        #expect(one.subRequests.map { $0.sent?.method } == ["POST", "PUT"])
    }

    @Test func aTransportFailureIsTheCallbacksErrAndThePromisesRejection() async throws {
        let server = try await Self.server()
        defer { try? server.shutdownBlocking() }
        let refusing = try RefusingPort()
        let c = try oneRequest([script(.after, """
                const url = "\(refusing.baseURL)/nothing";
                pm.sendRequest(url, (err, res) => {
                  pm.test("callback err", () => {
                    pm.expect(err).to.be.an("error");
                    pm.expect(res).to.equal(null);
                    pm.expect(err.message).to.include("onnect");
                  });
                });
                try { await pm.sendRequest(url); pm.test("rejected", () => { throw new Error("resolved") }); }
                catch (e) { pm.test("rejected", () => pm.expect(e.message).to.include("onnect")); }
                // A status of 400 and more is a response, not an error, as in Postman.
                const missing = await pm.sendRequest(pm.variables.get("base") + "/missing");
                pm.test("404 is a response", () => pm.expect(missing.code).to.equal(404));
                """)])

        let (results, _) = try runScripts(c, variables: ["base": .string(server.baseURL)])

        let one = try #require(results["one"])
        #expect(one.hookAssertions.map(\.name).sorted() == ["404 is a response", "callback err", "rejected"])
        #expect(one.hookAssertions.allSatisfy { $0.passed }, "\(one.hookAssertions)")
        #expect(one.outcome == .passed)
        #expect(one.subRequests.count == 3)
        #expect(one.subRequests[0].failure?.kind == .transport)
        #expect(one.subRequests[0].response == nil)
        #expect(one.subRequests[2].response?.status == 404)
    }

    @Test func aThrowInTheCallbackIsTheScriptsError() async throws {
        let server = try await Self.server()
        defer { try? server.shutdownBlocking() }
        let c = try oneRequest([script(.after, """
                pm.sendRequest(pm.variables.get("base") + "/token", (err, res) => {
                  throw new Error("bad token " + res.json().token);
                });
                """)])

        let (results, _) = try runScripts(c, variables: ["base": .string(server.baseURL)])

        let failure = try #require(results["one"]?.failure)
        #expect(failure.kind == .script)
        #expect(failure.message.contains("bad token t-1"), "\(failure.message)")
        #expect(failure.location?.line == 21)
    }

    @Test func aBadRequestObjectThrowsAtTheCall() async throws {
        let server = try await Self.server()
        defer { try? server.shutdownBlocking() }
        let c = try oneRequest([script(.before, "pm.sendRequest({ method: 'GET' }, () => {});")])

        let (results, _) = try runScripts(c, variables: ["base": .string(server.baseURL)])

        let failure = try #require(results["one"]?.failure)
        #expect(failure.message.contains("pm.sendRequest: the request has no url"), "\(failure.message)")
        #expect(server.requests.isEmpty)
    }

    @Test func aTooManyRequestsWithRetryAfterIsRetriedThenSucceeds() async throws {
        let sequence = ResponseSequence([
            .status(429, headers: [("Retry-After", "2")]),
            .json(#"{"ok": true}"#),
        ])
        let server = try await ScenarioServer.start(sequence.handler)
        defer { try? server.shutdownBlocking() }
        let clock = ManualClock()
        let c = try oneRequest([script(.before, """
                const res = await pm.sendRequest(pm.variables.get("base") + "/limited");
                pm.test("retried to success", () => pm.expect(res.json().ok).to.equal(true));
                """)])

        let (results, outcome) = try runScripts(c, variables: ["base": .string(server.baseURL)], clock: clock)

        let one = try #require(results["one"])
        #expect(one.hookAssertions.map(\.passed) == [true], "\(one.hookAssertions)")
        let sub = try #require(one.subRequests.first)
        #expect(sub.attempts.map(\.status) == [429, 200])
        #expect(sub.attempts[1].waitedBefore >= .seconds(2))
        guard case .retry(let reason)? = sub.attempts[1].waitCause else {
            Issue.record("no retry cause: \(String(describing: sub.attempts[1].waitCause))")
            return
        }
        #expect(reason.trigger == .status(429))
        #expect(outcome.retries == 1)
        #expect(clock.advanced >= .seconds(2))
        #expect(server.requests.count == 3)
    }

    @Test func theRunsRatePacesSubRequestsAndTheRequestAlike() async throws {
        let server = try await Self.server()
        defer { try? server.shutdownBlocking() }
        let clock = ManualClock()
        let c = try oneRequest([script(.before, """
                await pm.sendRequest(pm.variables.get("base") + "/a");
                await pm.sendRequest(pm.variables.get("base") + "/b");
                """)])

        let (results, _) = try runScripts(
            c, variables: ["base": .string(server.baseURL)], clock: clock, rate: RateSpec(1, per: .second))

        let one = try #require(results["one"])
        #expect(server.requests.map(\.path) == ["/a", "/b", "/one"])
        let waits = one.subRequests.map { $0.attempts.first?.waitedBefore ?? .zero } + [one.attempts.first?.waitedBefore ?? .zero]
        // One request a second to the host: the second and third each wait for their turn.
        #expect(waits[1] > .milliseconds(500) && waits[2] > .milliseconds(500), "\(waits)")
        #expect(clock.advanced >= .milliseconds(1500))
        if case .pacing? = one.subRequests[1].attempts.first?.waitCause {} else {
            Issue.record("not paced: \(String(describing: one.subRequests[1].attempts.first?.waitCause))")
        }
    }

    @Test func aPaymentRequiredStopsTheRunBeforeTheRequestIsSent() async throws {
        let server = try await ScenarioServer.start { request in
            request.path == "/credits" ? .status(402) : .status(200)
        }
        defer { try? server.shutdownBlocking() }
        let c = try twoRequests([script(.before, """
                pm.sendRequest(pm.variables.get("base") + "/credits", (err, res) => console.log("got", res.code));
                pm.sendRequest(pm.variables.get("base") + "/again", (err) => console.log(err.message));
                """)])

        let (results, outcome) = try runScripts(c, variables: ["base": .string(server.baseURL)])

        #expect(server.requests.map(\.path) == ["/credits"])
        #expect(outcome.stop?.reason == .outOfCredits)
        let first = try #require(results["first"])
        #expect(first.console.map(\.text).first == "got 402")
        #expect(first.console.map(\.text).last?.contains("not sent: the run stopped") == true, "\(first.console)")
        #expect(first.subRequests.first?.stop?.reason == .outOfCredits)
        #expect(first.failure?.message.contains("a sub-request of its hooks stopped the run") == true, "\(String(describing: first.failure))")
        #expect(results["second"]?.skipped == true)
    }

    @Test func ctrlCDuringASubRequestEndsItAndTheRequestIsNotSent() async throws {
        let cancellation = CancellationFlag(describe: { _ in "interrupted (Ctrl-C)" })
        // The server presses Ctrl-C for the test once the sub-request is in, and answers late:
        // the transfer is cut at once, not waited for.
        let server = try await ScenarioServer.start { request in
            if request.path == "/slow" { cancellation.cancel(cause: 2) }
            return ScenarioResponse(status: 200, delay: request.path == "/slow" ? .seconds(30) : nil)
        }
        defer { try? server.shutdownBlocking() }
        let c = try oneRequest([script(.before, """
                pm.sendRequest(pm.variables.get("base") + "/slow", (err) => console.log("err:", err && err.message));
                """)])

        let (results, outcome) = try runScripts(c, variables: ["base": .string(server.baseURL)], cancellation: cancellation)

        #expect(outcome.interrupted)
        #expect(server.requests.map(\.path) == ["/slow"])
        let one = try #require(results["one"])
        #expect(one.subRequests.first?.failure?.message.contains("interrupted (Ctrl-C)") == true, "\(one.subRequests)")
        #expect(one.failure?.message.contains("interrupted") == true, "\(String(describing: one.failure))")
        #expect(one.response == nil)
    }

    @Test func aScriptThatSendsWithoutEndIsRefusedPastTheCap() async throws {
        let server = try await ScenarioServer.start { _ in .status(200) }
        defer { try? server.shutdownBlocking() }
        let c = try oneRequest([script(.after, """
                let sent = 0, refused;
                for (;;) {
                  try { await pm.sendRequest(pm.variables.get("base") + "/again"); sent++; }
                  catch (e) { refused = e.message; break; }
                }
                console.log(sent, refused);
                """)])

        let (results, _) = try runScripts(c, variables: ["base": .string(server.baseURL)])

        let one = try #require(results["one"])
        #expect(one.console.map(\.text) == [
            "\(ScriptSendRequests.maxPerCall) pm.sendRequest: not sent: this script already sent "
                + "\(ScriptSendRequests.maxPerCall) requests, the cap against an endless loop",
        ])
        #expect(server.requests.count == ScriptSendRequests.maxPerCall + 1)
        #expect(one.subRequests.count == ScriptSendRequests.maxPerCall)
    }

    @Test func aSecretInASubRequestsHeaderIsMaskedInItsRecord() async throws {
        let key = "0123456789abcdef0123456789abcdef"
        let server = try await ScenarioServer.start { request in
            .json(#"{"echo": "\#(request.header("apikey") ?? "")"}"#, status: request.header("apikey") == key ? 200 : 401)
        }
        defer { try? server.shutdownBlocking() }
        let c = try oneRequest([script(.before, """
                const res = await pm.sendRequest({ url: pm.variables.get("base") + "/keyed",
                  header: { apikey: pm.environment.get("apikey") } });
                pm.test("accepted", () => pm.expect(res.code).to.equal(200));
                """)])
        let secrets = TestSecrets(["apikey": key])

        let (results, _) = try runScripts(c, variables: ["base": .string(server.baseURL)], secrets: secrets)

        #expect(server.requests.first?.header("apikey") == key)
        var redactor = Redactor()
        redactor.add(secret: key)
        let shown = try #require(results["one"]).redacted(by: redactor)
        let sub = try #require(shown.subRequests.first)
        #expect(sub.sent?.headers.first { $0.name == "apikey" }?.value == "***")
        #expect(sub.response?.bodyText == #"{"echo": "***"}"#)
        #expect(shown.hookAssertions.map(\.passed) == [true])
    }

    @Test func theTimeASendTakesIsNotCountedAgainstTheScriptsLimits() async throws {
        let server = try await ScenarioServer.start { request in
            ScenarioResponse(status: 200, delay: request.path == "/slow" ? .milliseconds(1500) : nil)
        }
        defer { try? server.shutdownBlocking() }
        // After the send the script works a tenth of a second, so the limits are checked: counted
        // with the send, its 1.5 s would be past the 1 s wall-clock limit.
        let c = try oneRequest([script(.after, """
                const res = await pm.sendRequest(pm.variables.get("base") + "/slow");
                const end = Date.now() + 100;
                while (Date.now() < end) {}
                pm.test("answered", () => pm.expect(res.code).to.equal(200));
                """)])

        let (results, _) = try runScripts(
            c, variables: ["base": .string(server.baseURL)],
            limits: ScriptLimits(cpuTime: .seconds(1), wallTime: .seconds(1), memoryGrowth: .max))

        let one = try #require(results["one"])
        #expect(one.failure == nil, "\(String(describing: one.failure))")
        #expect(one.hookAssertions.map(\.passed) == [true])
    }
}
