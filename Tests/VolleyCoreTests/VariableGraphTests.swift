import Testing
import VolleyCore
import VolleyJSON

/// The load-time walk over variables written in terms of others (issue 15, items 1, 3 and 14).
@Suite struct VariableGraphTests {
    private func scopes(_ values: [(String, String)], limits: TemplateLimits = TemplateLimits()) -> VariableScopes {
        var scopes = VariableScopes()
        scopes.limits = limits
        for (name, value) in values { scopes.set(name, to: .string(value), in: .collection) }
        return scopes
    }

    @Test func aCycleIsFoundOnceWithItsNamesInOrder() {
        let graph = VariableGraph(scopes([("a", "x{{b}}"), ("b", "{{c}}/"), ("c", "{{a}}"), ("d", "{{a}}")]))
        #expect(graph.findings() == [.cycle(["a", "b", "c"])])
    }

    @Test func aSelfReferenceIsACycle() {
        #expect(VariableGraph(scopes([("a", "{{a}}")])).findings() == [.cycle(["a"])])
    }

    @Test func aCommandLineValueBreaksACycleAsRenderingDoes() {
        var values = scopes([("a", "{{b}}"), ("b", "{{a}}")])
        values.set("b", to: .string("plain"), in: .commandLine)
        #expect(VariableGraph(values).findings() == [])
    }

    /// 10,000 variables in a chain: walked without recursion, reported once, at the outermost.
    @Test func aTenThousandLongChainIsTooDeep() {
        let chain = (0..<10_000).map { ("v\($0)", $0 == 9_999 ? "end" : "{{v\($0 + 1)}}") }
        let findings = VariableGraph(scopes(chain)).findings()
        guard case .tooDeep(let names, let depth)? = findings.first, findings.count == 1 else {
            Issue.record("\(findings.prefix(3))")
            return
        }
        #expect(depth == 9_999)
        #expect(names.first == "v0" && names.count == 9_999)
    }

    @Test func aChainWithinTheLimitIsFine() {
        let chain = (0..<64).map { ("v\($0)", $0 == 63 ? "{{leaf}}" : "{{v\($0 + 1)}}") } + [("leaf", "x")]
        #expect(VariableGraph(scopes(chain)).findings() == [])
    }

    /// Billion laughs: 40 doubling levels would be 1 TiB; the error names the level that crosses 16 MiB.
    @Test func doublingVariablesAreFoundWhereTheyCrossTheLimit() {
        let levels = [("l0", "laugh")] + (1...40).map { ("l\($0)", "{{l\($0 - 1)}}{{l\($0 - 1)}}") }
        let findings = VariableGraph(scopes(levels)).findings()
        // "laugh" is 5 bytes: 5 × 2^22 = 20 MiB is the first level over 16 MiB.
        #expect(findings == [.tooLarge(name: "l22", size: 5 << 22)])
    }

    @Test func theSizeLimitIsASetting() {
        let values = scopes([("a", "0123456789"), ("b", "{{a}}{{a}}")], limits: TemplateLimits(maxExpandedSize: 15))
        #expect(VariableGraph(values).findings() == [.tooLarge(name: "b", size: 20)])
    }

    @Test func sizesSaturateInsteadOfOverflowing() {
        let levels = [("l0", "laugh")] + (1...30).map { ("l\($0)", String(repeating: "{{l\($0 - 1)}}", count: 16)) }
        #expect(VariableGraph(scopes(levels)).findings().count == 1)
    }

    @Test func diagnosticsPointAtEachVariableOfACycle() {
        let a = SourceLocation(file: "c.yaml", line: 3, column: 6)
        let b = SourceLocation(file: "c.yaml", line: 4, column: 6)
        let diagnostics = VariableGraph(scopes([("a", "{{b}}"), ("b", "{{a}}")]))
            .diagnostics(locations: ["a": a, "b": b])
        #expect(diagnostics == [
            Diagnostic(.error, "variable 'a' refers to itself (a at c.yaml:3:6 → b at c.yaml:4:6 → a)", at: a)
        ])
    }

    @Test func byteCountsReadAsUnits() {
        #expect(ByteCountText.text(300) == "300 bytes")
        #expect(ByteCountText.text(16 * 1024 * 1024) == "16 MiB")
        #expect(ByteCountText.text(1536) == "1.5 KiB")
    }
}
