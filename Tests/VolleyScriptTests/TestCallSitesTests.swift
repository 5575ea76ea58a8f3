import Testing
@testable import VolleyScript

/// `pm.test(` calls renamed in place to functions that know their position: every column stays,
/// and a text the scan cannot read with certainty is left alone (its tests take a stack).
@Suite("pm.test call sites found in a script's text")
struct TestCallSitesTests {
    @Test func eachCallIsRenamedInPlaceWithThePositionAStackWouldGive() throws {
        let text = "pm.test(\"a\", () => {}); // pm.test( in a comment\n  x.pm.test('b'); pm.test('pm.test(', f)"
        let sites = try #require(TestCallSites(text, firstNumber: 0))
        #expect(sites.source == "pm.$000(\"a\", () => {}); // pm.test( in a comment\n  x.pm.test('b'); pm.$001('pm.test(', f)")
        #expect(sites.sites.map(\.name) == ["$000", "$001"])
        #expect(sites.sites.map(\.line) == [1, 2])
        #expect(sites.sites.map(\.column) == [8, 26])
    }

    @Test func numbersContinueFromTheEnginesCount() throws {
        let sites = try #require(TestCallSites("pm.test('a', f)", firstNumber: 64 * 64 + 65))
        #expect(sites.sites.map(\.name) == ["$111"])
        #expect(TestCallSites("pm.test('a', f)", firstNumber: 64 * 64 * 64) == nil)
    }

    @Test(arguments: [
        "pm.test('a', f); const half = 1 / 2;",  // a slash the scan does not read
        "pm.test(`a`, f)",  // a template literal
        "const pm = other; pm.test('a', f)",  // pm is not the call's pm
        "new pm.test('a', f)",
        "pm.test('é', f)",  // not ASCII
        "pm.test('a', f)\r\n",
        "pm.test('a)",  // a string that does not end
        "pm.test.skip('a'); pm.expect(1)",  // no site
    ])
    func aTextTheScanCannotReadIsLeftAlone(text: String) {
        #expect(TestCallSites(text, firstNumber: 0) == nil)
    }
}

extension TestCallSites: Equatable {
    public static func == (a: TestCallSites, b: TestCallSites) -> Bool { a.source == b.source }
}
