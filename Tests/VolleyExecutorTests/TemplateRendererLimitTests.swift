import Testing
import VolleyCore
@testable import VolleyExecutor

/// The renderer holds values to `TemplateLimits` itself, for values the load-time check never
/// saw (captures written in terms of other variables): issue 15, items 1 and 3.
@Suite struct TemplateRendererLimitTests {
    private func renderer(_ values: [(String, String)], limits: TemplateLimits = TemplateLimits()) -> TemplateRenderer {
        var scopes = VariableScopes()
        scopes.limits = limits
        for (name, value) in values { scopes.set(name, to: .string(value), in: .collection) }
        return TemplateRenderer(scopes: scopes)
    }

    private func failure(_ renderer: TemplateRenderer, _ text: String) throws -> RequestFailure? {
        let template = try Template.parse(text, at: .commandLine("t"))
        do {
            _ = try renderer.render(template)
            return nil
        } catch {
            return error
        }
    }

    /// A 10,000-long chain overflowed the stack (a segfault); it now stops at the depth limit.
    @Test func aLongChainStopsAtTheDepthLimit() throws {
        let chain = (0..<10_000).map { ("v\($0)", $0 == 9_999 ? "end" : "x{{v\($0 + 1)}}") }
        let error = try failure(renderer(chain), "{{v0}}")
        #expect(error?.kind == .template)
        #expect(error?.message.hasPrefix("variables nest more than 64 levels deep (v0 → v1 → v2 → … → v63 → v64)") == true,
                "\(String(describing: error))")
    }

    @Test func aChainWithinTheLimitRenders() throws {
        let chain = (0..<64).map { ("v\($0)", $0 == 63 ? "end" : "{{v\($0 + 1)}}") }
        #expect(try failure(renderer(chain), "{{v0}}") == nil)
    }

    /// Doubling variables: stopped once the value passes the limit, long before 2^40 bytes.
    @Test func doublingVariablesStopAtTheSizeLimit() throws {
        let levels = [("l0", "laugh")] + (1...40).map { ("l\($0)", "{{l\($0 - 1)}}{{l\($0 - 1)}}") }
        let error = try failure(renderer(levels, limits: TemplateLimits(maxExpandedSize: 4096)), "{{l40}}")
        #expect(error?.message.hasPrefix("variable 'l10' expands to more than the 4 KiB one value may take") == true,
                "\(String(describing: error))")
    }
}
