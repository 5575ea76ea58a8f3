import Testing
import VolleyCore
import VolleyRun

@Suite("one secret registry for every source and output")
struct SecretRegistryTests {
    @Test func everySourceMasksEveryOutputAndIsCounted() {
        let registry = SecretRegistry()
        registry.register("cli-value-123", from: .commandLine)
        registry.register("env-value-456", from: .processEnvironment)
        registry.register("", from: .script)  // nothing to hide
        #expect(registry.redact("a=cli-value-123 b=env-value-456") == "a=*** b=***")
        #expect(registry.count(from: .commandLine) == 1)
        #expect(registry.count(from: .processEnvironment) == 1)
        #expect(registry.count(from: .script) == 0)
    }

    @Test func suffixIsKeptOnlyWhenAsked() {
        let registry = SecretRegistry(showSuffix: true)
        registry.register("0123456789abcdef", from: .resolved)
        #expect(registry.redact("key 0123456789abcdef") == "key ***cdef")
    }

    @Test func aCaptureMarkedSecretIsMaskedInTheResultThatCapturedIt() throws {
        let registry = SecretRegistry()
        let capture = Capture(name: "token", source: .header("x-token"), isSecret: true, location: SourceLocation(file: "c.yaml", line: 1, column: 1))
        var result = RequestResult(collection: "c", folderPath: [], name: "login", location: capture.location)
        result.captures = [CaptureOutcome(capture: capture, value: .string("tok-SECRET-99"))]
        result.notes = ["token is tok-SECRET-99"]
        registry.registerSecretCaptures(of: result)
        #expect(registry.count(from: .capture) == 1)
        let masked = registry.redact(result)
        #expect(masked.notes == ["token is ***"])
    }
}
