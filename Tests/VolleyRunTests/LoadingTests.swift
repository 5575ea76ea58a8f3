import Testing
import TestSupport
import VolleyCore
import VolleyRun

@Suite("loading collections and environments for a run")
struct LoadingTests {
    @Test func anEnvironmentFileIsParsedOnceForEveryCollectionBesideIt() throws {
        let dir = try TemporaryDirectory()
        try dir.write("variables:\n  host: first\n", to: "environments/dev.yaml")
        let environments = EnvironmentFiles(sources: SourceFiles())
        let first = try environments.environment("dev", forCollectionAt: dir.path("a.yaml"))
        // Changed on disk between two collections: the run keeps the one it parsed.
        try dir.write("variables: [not, a, map\n", to: "environments/dev.yaml")
        let second = try environments.environment("dev", forCollectionAt: dir.path("b.yaml"))
        #expect(first.variables["host"]?.value == .string("first"))
        #expect(second.variables["host"]?.value == .string("first"))
    }

    @Test func everyProblemIsCollectedWithItsCountAndNothingIsPrinted() throws {
        let dir = try TemporaryDirectory()
        try dir.write("name: a\nrequests:\n  - name: r\n    url: \"{{missing}}/x\"\n", to: "a.yaml")
        var configuration = RunConfiguration(paths: [dir.path("a.yaml")])
        configuration.variables = VariableSettings(environment: "nowhere")
        #expect {
            _ = try LoadedCollections.load(configuration, sources: SourceFiles(), secrets: SecretRegistry())
        } throws: { error in
            guard let failure = error as? LoadedCollections.Failure else { return false }
            return failure.errorCount == 1 && failure.messages.count == 1
                && failure.messages[0].hasPrefix("error: environment 'nowhere' not found")
        }
    }

    @Test func aBrokenEnvironmentSharedByTwoCollectionsIsOneError() throws {
        let dir = try TemporaryDirectory()
        for name in ["a", "b"] {
            try dir.write("name: \(name)\nrequests:\n  - name: r\n    url: http://127.0.0.1:9/x\n", to: "\(name).yaml")
        }
        try dir.write("variabls: {}\n", to: "environments/shared.yaml")
        var configuration = RunConfiguration(paths: [dir.path("a.yaml"), dir.path("b.yaml")])
        configuration.variables = VariableSettings(environment: "shared")
        #expect {
            _ = try LoadedCollections.load(configuration, sources: SourceFiles(), secrets: SecretRegistry())
        } throws: { error in
            guard let failure = error as? LoadedCollections.Failure else { return false }
            return failure.errorCount == 1 && failure.messages.filter { $0.contains("variabls") }.count == 1
        }
    }

    @Test func aMissingPathIsOneError() throws {
        let configuration = RunConfiguration(paths: ["/nonexistent/volley/c.yaml"])
        #expect {
            _ = try LoadedCollections.load(configuration, sources: SourceFiles(), secrets: SecretRegistry())
        } throws: { error in
            (error as? LoadedCollections.Failure)?.messages == ["error: no such file or directory: '/nonexistent/volley/c.yaml'"]
        }
    }

    @Test func thePlanCountsTheSelectedRequestsOfEveryIteration() throws {
        let dir = try TemporaryDirectory()
        try dir.write("""
            name: a
            requests:
              - name: top
                url: http://127.0.0.1:9/top
              - name: admin
                requests:
                  - name: inner
                    url: http://127.0.0.1:9/inner
            """, to: "a.yaml")
        var configuration = RunConfiguration(paths: [dir.path("a.yaml")])
        configuration.folders = ["admin"]
        let loaded = try LoadedCollections.load(configuration, sources: SourceFiles(), secrets: SecretRegistry())
        let plan = RunPlan(loaded, rows: [[:], [:], [:]], repeatCount: 2)
        #expect(plan.collections.map { $0.requests.map(\.spec.name) } == [["inner"]])
        #expect(plan.iterations == 6)
        #expect(plan.totalRequests == 6)
    }
}
