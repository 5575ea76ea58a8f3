import Testing
import VolleyCore

/// `Template.parse` is linear in its text: a body with many placeholders must not cost the
/// square of its length (counting each placeholder's offset from the start once did).
@Suite struct TemplateScaleTests {
    @Test func fiftyThousandPlaceholdersParseQuickly() throws {
        let text = String(repeating: "x{{id}}", count: 50_000)
        let clock = ContinuousClock()
        var template: Template?
        let elapsed = try clock.measure { template = try Template.parse(text, at: .commandLine("scale")) }
        #expect(template?.parts.count == 100_000)
        // Linear work takes tens of milliseconds even in a debug build; quadratic takes minutes.
        #expect(elapsed < .seconds(5), "\(elapsed)")
    }
}
