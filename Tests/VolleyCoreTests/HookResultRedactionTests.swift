import Testing
@testable import VolleyCore

@Suite("hook results are masked like every other message")
struct HookResultRedactionTests {
    @Test func aHookCheckAndASkipReasonLoseTheSecretTheyQuote() {
        let key = "k3y0123456789abcdef0123456789abc"
        var redactor = Redactor()
        redactor.add(secret: key)
        var result = RequestResult(
            collection: "c", folderPath: [], name: "r", location: SourceLocation(file: "c.yaml", line: 1, column: 1))
        result.hookAssertions = [HookAssertionResult(name: "key \(key) accepted", passed: false, message: "sent \(key)")]
        result.skipReason = "no credits left for \(key)"

        let masked = result.redacted(by: redactor)

        #expect(!masked.hookAssertions[0].name.contains(key))
        #expect(masked.hookAssertions[0].message?.contains(key) == false)
        #expect(masked.hookAssertions[0].message?.contains("***") == true)
        #expect(masked.skipReason?.contains(key) == false)
        #expect(masked.hookAssertions[0].passed == false)
    }
}
