import Testing
import TestSupport
import VolleyCore
import VolleyExecutor
import VolleyJSON
@testable import VolleyScript

/// Variables and their precedence, `setNextRequest`, `skipRequest` and script order.
@Suite("pm variables and flow", .serialized)
struct PMVariablesAndFlowTests {
    @Test func scriptWritesRankBelowTheCommandLineAndEachScopeReadsItsOwn() async throws {
        let server = try await ScenarioServer.start { _ in .status(200) }
        defer { try? server.shutdownBlocking() }
        let c = try collection("""
            name: t
            variables:
              page: "1"
            requests:
              - name: one
                url: "{{base}}/{{fixed}}/{{page}}/{{env}}/{{global}}"
            """).scripted(["one": [script(.before, """
                pm.variables.set("fixed", "script");
                pm.collectionVariables.set("page", "2");
                pm.environment.set("env", "e2");
                pm.globals.set("global", "g");
                const seen = [pm.variables.get("fixed"), pm.environment.get("env"), pm.collectionVariables.get("page"),
                  pm.globals.get("global"), pm.variables.has("nothing"), pm.globals.has("global")];
                console.log(seen.join(","));
                pm.environment.unset("gone");
                console.log(pm.environment.has("gone"), JSON.stringify(pm.environment.toObject()));
                pm.globals.clear();
                console.log(pm.globals.toObject().global === undefined, pm.variables.replaceIn("{{env}}-{{nope}}"));
                pm.globals.set("global", "g2");
                // Dynamic variables are fresh values, an unknown one stays as written.
                const ids = [pm.variables.replaceIn("{{$guid}}"), pm.variables.replaceIn("{{ $guid }}")];
                console.log(ids.every((id) => /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/.test(id)),
                  ids[0] !== ids[1], /^\\d+$/.test(pm.variables.replaceIn("{{$timestamp}}")), pm.variables.replaceIn("{{$nope}}"));
                """)]])

        let (results, _) = try runScripts(
            c, variables: ["base": .string(server.baseURL), "env": "e1", "gone": "x"], commandLine: ["fixed": "cli"])

        #expect(server.requests.first?.path == "/cli/2/e2/g2")
        #expect(try #require(results["one"]).console.map(\.text) == [
            "cli,e2,2,g,false,true", #"false {"base":"\#(server.baseURL)","env":"e2"}"#, "true e2-{{nope}}",
            "true true true {{$nope}}",
        ])
    }

    @Test func setNextRequestLoopsUntilTheScriptStopsIt() async throws {
        let server = try await ScenarioServer.start { request in
            let page = Int(request.query["page"] ?? "1") ?? 1
            return .json("{}", headers: page < 3 ? [("x-next-page-after", String(page + 1))] : [])
        }
        defer { try? server.shutdownBlocking() }
        let c = try collection("""
            name: t
            variables:
              after: "1"
            requests:
              - name: page
                url: "{{base}}/search?page={{after}}"
              - name: never
                url: "{{base}}/never"
            """).scripted(["page": [script(.after, """
                const next = pm.response.headers.get("x-next-page-after");
                if (next) { pm.variables.set("after", next); pm.execution.setNextRequest("page"); }
                else postman.setNextRequest(null);
                """)]])

        _ = try runScripts(c, variables: ["base": .string(server.baseURL)])

        #expect(server.requests.map(\.uri) == ["/search?page=1", "/search?page=2", "/search?page=3"])
    }

    @Test func aLoopWithNoExitStopsAtTheCap() async throws {
        let server = try await ScenarioServer.start { _ in .status(200) }
        defer { try? server.shutdownBlocking() }
        let c = try collection("""
            name: t
            requests:
              - name: again
                url: "{{base}}/again"
            """).scripted(["again": [script(.after, #"pm.execution.setNextRequest("again")"#)]])

        let (results, _) = try runScripts(c, variables: ["base": .string(server.baseURL)], maxPicks: 3)

        #expect(server.requests.count == 4)
        #expect(results.all.last?.failure?.message.contains("already followed 3 next-request picks") == true)
    }

    @Test func skipRequestSendsNothing() async throws {
        let server = try await ScenarioServer.start { _ in .status(200) }
        defer { try? server.shutdownBlocking() }
        let c = try collection("""
            name: t
            requests:
              - name: paid
                url: "{{base}}/paid"
              - name: free
                url: "{{base}}/free"
            """).scripted(["paid": [script(.before, "if (!pm.variables.has('credits')) pm.execution.skipRequest()")]])

        let (results, _) = try runScripts(c, variables: ["base": .string(server.baseURL)])

        #expect(server.requests.map(\.path) == ["/free"])
        #expect(try #require(results["paid"]).skipReason == "the before script asked to skip it")
    }

    @Test func collectionScriptsRunFirstThenTheRequestsOwn() async throws {
        let server = try await ScenarioServer.start { _ in .status(200) }
        defer { try? server.shutdownBlocking() }
        let c = try collection("""
            name: t
            requests:
              - name: one
                url: "{{base}}/{{trace}}"
            """).scripted(
                ["one": [script(.before, #"pm.variables.set("trace", pm.variables.get("trace") + "-request")"#)]],
                collection: [script(.before, #"pm.variables.set("trace", "t-" + pm.info.requestName)"#, level: .collection)])

        _ = try runScripts(c, variables: ["base": .string(server.baseURL)])

        #expect(server.requests.first?.path == "/t-one-request")
    }

    @Test func awaitAndAsyncTestsSettleBeforeTheResultsAreRead() async throws {
        let server = try await ScenarioServer.start { _ in .status(200) }
        defer { try? server.shutdownBlocking() }
        let c = try oneRequest([script(.after, """
                const value = await Promise.resolve(5);
                pm.test("async", async () => { await null; if (value !== 5) throw new Error("no") });
                pm.test("rejected", () => Promise.reject(new Error("nope")));
                if (value === 5) return;
                pm.test("after return", () => {});
                """)])

        let (results, _) = try runScripts(c, variables: ["base": .string(server.baseURL)])

        let result = try #require(results["one"])
        #expect(result.hookAssertions.map(\.name) == ["async", "rejected"])
        #expect(result.hookAssertions.map(\.passed) == [true, false])
        #expect(result.hookAssertions.last?.message == "nope")
        #expect(result.failure == nil)
    }
}

/// The older `postman.*` words.
@Suite("postman.* words", .serialized)
struct PostmanLegacyTests {
    @Test func postmansOlderVariableWordsReadAndWriteTheSameScopes() async throws {
        let server = try await ScenarioServer.start { _ in .status(200) }
        defer { try? server.shutdownBlocking() }
        let c = try oneRequest([script(.before, """
            postman.setEnvironmentVariable("region", "eu");
            postman.setGlobalVariable("g", 1);
            console.log(pm.environment.get("region"), postman.getGlobalVariable("g"));
            postman.clearEnvironmentVariable("region");
            console.log(String(postman.getEnvironmentVariable("region")));
            """)])

        let (results, _) = try runScripts(c, variables: ["base": .string(server.baseURL)])

        #expect(try #require(results["one"]).console.map(\.text) == ["eu 1", "undefined"])
    }
}

/// What a script can reach: `pm`, `postman`, `console` and the sandbox libraries, and nothing of the host beyond them.
@Suite("the script sandbox", .serialized)
struct ScriptSandboxTests {
    @Test func scriptsSeeNoFileProcessOrNetworkAPIAndNotTheHostBridge() async throws {
        let server = try await ScenarioServer.start { _ in .status(200) }
        defer { try? server.shutdownBlocking() }
        // `require` is the sandbox's (SandboxLibraryTests): it knows only its own modules.
        let names = ["process", "fetch", "XMLHttpRequest", "print", "readFile", "load",
            "__volleyHost", "__volleyRun", "__volleyCollect", "__volleySandbox", "__volleyLegacy", "__volleyModules",
            "__volleyTimerWait", "__volleyTimerFire", "__volleyTimerReset"]
        let c = try oneRequest([script(.before, "console.log(\(names).map((n) => typeof globalThis[n]).join())")])

        let (results, _) = try runScripts(c, variables: ["base": .string(server.baseURL)])

        #expect(try #require(results["one"]).console.map(\.text) == [names.map { _ in "undefined" }.joined(separator: ",")])
    }
}
