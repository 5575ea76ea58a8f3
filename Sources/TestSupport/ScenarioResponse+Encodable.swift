import Foundation

extension ScenarioResponse {
    /// A JSON response from an `Encodable` value. Keys are sorted and slashes left
    /// unescaped, so the bytes are stable enough to compare with expected-output files.
    public static func json<Value: Encodable>(
        encoding value: Value,
        status: Int = 200,
        headers: [(String, String)] = []
    ) -> ScenarioResponse {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        do {
            let data = try encoder.encode(value)
            return ScenarioResponse(
                status: status,
                headers: [("content-type", "application/json")] + headers,
                body: Array(data)
            )
        } catch {
            return .text("cannot encode response: \(error)", status: 500)
        }
    }
}
