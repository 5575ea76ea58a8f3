import Testing
import TestSupport
import VolleyCore
import VolleyXML
@testable import VolleyExecutor

/// `expect: css:` against a real server's HTML page, each supported form of selector checked by
/// what it selects, and the translation's refusals with their offsets.
@Suite("CSS selectors through a run")
struct CSSSelectorCheckTests {
    static let page = """
        <!DOCTYPE html><html><head><title>Shop</title></head><body>
        <div id="main" class="list wide">
          <div class="item"><a href="/a" data-kind="new">Apple</a><span>1</span></div>
          <div class="item sale"><a href="/b">Banana</a><span>2</span></div>
          <div class="item"><p><a href="/c">Cherry</a></p></div>
        </div>
        <div class="item"><a href="/d">Outside</a></div>
        </body></html>
        """

    @Test func selectorsSelectWhatCSSSays() async throws {
        let server = try await ScenarioServer.start { _ in
            ScenarioResponse(headers: [("Content-Type", "text/html; charset=utf-8")], body: Array(Self.page.utf8))
        }
        defer { try? server.shutdownBlocking() }
        let c = try collection("""
            name: css
            requests:
              - name: page
                url: "{{base}}/"
                expect:
                  css:
                    "title": Shop
                    "#main > div.item > a": [Apple, Banana]
                    "#main a": [Apple, Banana, Cherry]
                    "div.item.sale a": Banana
                    "A[data-kind=new]": Apple
                    "a[href='/d']": Outside
                    "a[data-kind]": Apple
                    "#main > div:first-child span": "1"
                    "#main > div:nth-child(2) > a": Banana
                    "#main > div:last-child a": Cherry
                    "span, p > a": ["1", "2", Cherry]
                    "div.wide > *.item > p": { exists: true }
                    ".missing": { exists: false }
              - name: wrong
                url: "{{base}}/"
                expect:
                  css: { "#main > div.item > a": Cherry }
            """)

        let (recorder, _) = try run(c, variables: ["base": server.baseURL])

        let page = try #require(recorder.result("page"))
        #expect(page.outcome == .passed, "\(page.assertions.filter { !$0.passed }.map(\.readable))")
        #expect(page.assertions.count == 13)
        let wrong = try #require(recorder.result("wrong")?.assertions.first)
        #expect(!wrong.passed)
        #expect(wrong.assertion.subject.description == "css #main > div.item > a")
    }

    @Test func theTranslationIsPlainXPath() throws {
        #expect(try CSSSelector.xpath(for: "ul > li.a") ==
            "//ul/li[contains(concat(' ', normalize-space(@class), ' '), ' a ')]")
        #expect(try CSSSelector.xpath(for: "#x [y=\"it's\"]") == "//*[@id='x']//*[@y=\"it's\"]")
        #expect(try CSSSelector.xpath(for: "li:nth-child(3), b") == "//li[count(preceding-sibling::*)=2] | //b")
    }

    @Test(arguments: [
        ("a + b", 2, "the '+' combinator is not supported"),
        ("a ~ b", 2, "the '~' combinator is not supported"),
        ("li:hover", 2, "the pseudo-class ':hover' is not supported"),
        ("li:nth-child(odd)", 13, ":nth-child takes a position from 1"),
        ("a[href^=x]", 6, "only [attr] and [attr=value] are supported, found '^'"),
        ("a[href='x]", 7, "unclosed string"),
        ("div >", 5, "expected a selector"),
        ("div..x", 4, "expected a class name after '.', found '.'"),
        (">", 0, "expected a selector, found '>'"),
    ])
    func unsupportedSelectorsAreRefusedWhereTheyStart(selector: String, offset: Int, message: String) {
        #expect(throws: CSSSelector.SyntaxError.self) { try CSSSelector.xpath(for: selector) }
        do {
            _ = try CSSSelector.xpath(for: selector)
        } catch {
            #expect(error.offset == offset, "\(error)")
            #expect(error.message.hasPrefix(message), "\(error)")
        }
    }

    @Test func aBadSelectorIsRefusedAtLoadAtItsPosition() throws {
        do {
            _ = try collection("""
                name: bad
                requests:
                  - name: r
                    url: http://127.0.0.1:9/
                    expect:
                      css: { "ul li:hover": 1 }
                """)
            Issue.record("an unsupported pseudo-class must not load")
        } catch let failure as ParseFailure {
            #expect(
                failure.diagnostics.first?.hasPrefix("test.yaml:6:20: error: unsupported CSS selector: the pseudo-class ':hover'") == true,
                "\(failure.diagnostics)")
        }
    }
}
