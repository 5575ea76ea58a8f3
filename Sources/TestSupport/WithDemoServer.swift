/// Runs `body` with a `DemoAPI` served by a fresh `ScenarioServer` on 127.0.0.1, and
/// shuts the server down afterwards, also when `body` throws.
public func withDemoServer<T>(
    apiKey: String = DemoAPI.defaultAPIKey,
    credits: Int = DemoAPI.defaultCredits,
    isolation: isolated (any Actor)? = #isolation,
    _ body: (ScenarioServer, DemoAPI) async throws -> T
) async throws -> T {
    let api = DemoAPI(apiKey: apiKey, credits: credits)
    let server = try await ScenarioServer.start(api.handler)
    do {
        let result = try await body(server, api)
        try await server.shutdown()
        return result
    } catch {
        try? await server.shutdown()
        throw error
    }
}
