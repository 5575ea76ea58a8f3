import Testing
import TestSupport
import VolleyCore
@testable import VolleyExecutor

/// `bytes:`, charsets, `not:` and `filter:` against a real server's bodies.
@Suite("Body checks through a run")
struct ResponseBodyCheckTests {
    static let binary: [UInt8] = Array(repeating: Array(0...255 as ClosedRange<UInt8>), count: 5).flatMap { $0 }

    static func typed(_ type: String, _ text: String) -> ScenarioResponse {
        ScenarioResponse(headers: [("Content-Type", type)], body: Array(text.utf8))
    }

    static func server() async throws -> ScenarioServer {
        try await ScenarioServer.start { request in
            switch request.path {
            case "/latin1":
                ScenarioResponse(headers: [("Content-Type", "text/plain; charset=ISO-8859-1")], body: [0x63, 0x61, 0x66, 0xE9])
            case "/utf16":
                ScenarioResponse(
                    headers: [("Content-Type", "text/plain; charset=utf-16")], body: [0xFF, 0xFE, 0x68, 0x00, 0xE9, 0x00])
            case "/crlf": .text("a\r\nb\r\n")
            case "/decomposed": .text("cafe\u{301}")
            case "/binary": ScenarioResponse(headers: [("Content-Type", "application/octet-stream")], body: binary)
            case "/page":
                // Sloppy HTML, as pages are: unclosed <li>, no </body>.
                typed("text/html; charset=utf-8", "<!DOCTYPE html><html><head><title>Caf\u{e9} list</title></head><body><ul id=\"m\"><li class=a>one<li>two</ul>")
            case "/feed":
                typed("application/xml", #"<?xml version="1.0"?><feed><entry id="7"><title>First</title></entry><entry id="9"/></feed>"#)
            case "/broken": typed("application/xml", "<feed><entry></feed>")
            case "/latin1-page":
                ScenarioResponse(
                    headers: [("Content-Type", "text/html; charset=ISO-8859-1")],
                    body: Array("<html><head><title>Caf".utf8) + [0xE9] + Array("</title></head></html>".utf8))
            case "/token":
                // A JWT-shaped value: header.payload.signature, payload {"sub":"alice","n":"7"}.
                .json(#"{"token": "eyJhbGciOiJub25lIn0.eyJzdWIiOiJhbGljZSIsIm4iOiI3In0.c2ln", "tags": "a,b,c"}"#)
                    .withHeader("Location", "/next?id=%34%32&debug=0")
            default: .status(404)
            }
        }
    }

    @Test func bytesChecksSeeTheRawBodyAndItsDigests() async throws {
        let server = try await Self.server()
        defer { try? server.shutdownBlocking() }
        let c = try collection("""
            name: bytes
            requests:
              - name: binary
                url: "{{base}}/binary"
                expect:
                  bytes:
                    length: 1280
                    sha256: D414B085826EB06778483BA35564DC849E643359F69ED9747878BA6E54985BED
                    md5: 82829f1f3f2bb0f18b25f278e5bba8bd
              - name: wrong digest
                url: "{{base}}/binary"
                expect:
                  bytes: { md5: 00000000000000000000000000000000, length: { lt: 10 } }
              - name: templated digest
                url: "{{base}}/binary"
                expect:
                  bytes: { sha256: "{{sha}}" }
              - name: latin1 bytes
                url: "{{base}}/latin1"
                expect:
                  bytes: { length: 4 }
                  body: { length: 4, equals: "café" }
            """)
        let (recorder, _) = try run(
            c, variables: ["base": server.baseURL, "sha": "d414b085826eb06778483ba35564dc849e643359f69ed9747878ba6e54985bed"])
        #expect(recorder.result("binary")?.outcome == .passed)
        #expect(recorder.result("templated digest")?.outcome == .passed, "a digest from a variable is checked when the run fills it in")
        let wrong = try #require(recorder.result("wrong digest"))
        #expect(wrong.assertions.map(\.passed) == [false, false])
        #expect(wrong.assertions.first?.actual == .string("82829f1f3f2bb0f18b25f278e5bba8bd"))
        #expect(wrong.assertions.last?.actual == .integer(1280))
        #expect(recorder.result("latin1 bytes")?.outcome == .passed, "\(recorder.result("latin1 bytes")?.assertions.map(\.readable) ?? [])")
    }

    @Test func textIsDecodedByCharsetAndNeitherLineEndingsNorNormalizationChange() async throws {
        let server = try await Self.server()
        defer { try? server.shutdownBlocking() }
        let c = try collection("""
            name: text
            requests:
              - name: latin1
                url: "{{base}}/latin1"
                expect: { body: { contains: "é", matches: "^caf.$" } }
              - name: utf16
                url: "{{base}}/utf16"
                expect: { body: "hé" }
              - name: crlf
                url: "{{base}}/crlf"
                expect: { body: { contains: "\\nb", length: 6 } }
              - name: crlf lines
                url: "{{base}}/crlf"
                expect: { body: { filter: [{ split: "\\n" }, count], equals: 3 } }
              - name: crlf whole
                url: "{{base}}/crlf"
                expect: { body: { filter: [{ split: "\\r\\n" }, { nth: 1 }], equals: b } }
              - name: decomposed
                url: "{{base}}/decomposed"
                expect: { body: { length: 5, not: { equals: "café" } } }
              - name: precomposed expected
                url: "{{base}}/decomposed"
                expect: { body: "café" }
            """)
        let (recorder, _) = try run(c, variables: ["base": server.baseURL])
        for name in ["latin1", "utf16", "crlf", "crlf lines", "crlf whole", "decomposed"] {
            #expect(recorder.result(name)?.outcome == .passed, "\(name): \(recorder.result(name)?.assertions.map(\.readable) ?? [])")
        }
        let precomposed = try #require(recorder.result("precomposed expected")?.assertions.first)
        #expect(!precomposed.passed, "a decomposed é is not the precomposed one: no normalization behind the user's back")
    }

    @Test func filtersRunInOrderBeforeThePredicate() async throws {
        let server = try await Self.server()
        defer { try? server.shutdownBlocking() }
        let c = try collection("""
            name: filters
            requests:
              - name: chains
                url: "{{base}}/token"
                expect:
                  headers:
                    location: { filter: [url_decode, { regex: "id=(\\\\d+)" }, to_int], equals: 42 }
                  json:
                    "$.token": { filter: [{ split: "." }, { nth: 1 }, base64_decode, { jsonpath: "$.sub" }], equals: alice }
                    "$.tags": { filter: [{ split: "," }, { nth: -1 }], equals: c }
                    "$": { filter: [count], equals: 2 }
              - name: negations
                url: "{{base}}/token"
                expect:
                  headers:
                    location: { not: { contains: "debug=1" } }
                    x-missing: { not: { exists: true } }
                  json:
                    "$.tags": { not: { matches: "^x" } }
              - name: failures
                url: "{{base}}/token"
                expect:
                  json:
                    "$.tags": { filter: [base64_decode], equals: x }
                    "$.token": { filter: [{ split: "." }, { nth: 5 }], exists: true }
                  headers:
                    location: { not: { contains: "debug" } }
                    x-missing: { not: { contains: "a" } }
            """)
        let (recorder, _) = try run(c, variables: ["base": server.baseURL])
        #expect(recorder.result("chains")?.outcome == .passed, "\(recorder.result("chains")?.assertions.map(\.readable) ?? [])")
        #expect(recorder.result("negations")?.outcome == .passed, "\(recorder.result("negations")?.assertions.map(\.readable) ?? [])")
        let failures = try #require(recorder.result("failures")?.assertions)
        #expect(failures.map(\.passed) == [false, false, false, false])
        #expect(failures[0].message == "filter base64_decode: not Base64 text")
        #expect(failures[1].message == "filter nth 5: no element 5 in an array of 3")
        #expect(failures[2].message == "holds: contains")
        #expect(failures[3].message == "does not exist")
    }

    @Test func xpathReadsHTMLPagesAndXMLDocuments() async throws {
        let server = try await Self.server()
        defer { try? server.shutdownBlocking() }
        let c = try collection("""
            name: xpath
            requests:
              - name: page
                url: "{{base}}/page"
                expect:
                  xpath:
                    "//title": "Café list"
                    "//ul[@id='m']/li": [one, two]
                    "count(//li)": 2
                    "//li[1]/@class": a
                    "//table": { exists: false }
                    "string(//title)": { filter: [{ split: " " }, { nth: 0 }], equals: "Café" }
              - name: feed
                url: "{{base}}/feed"
                expect:
                  xpath:
                    "/feed/entry[@id='7']/title": First
                    "count(/feed/entry) > 1": true
                    "/feed/entry/@id": { contains: "9" }
              - name: latin1 page
                url: "{{base}}/latin1-page"
                expect:
                  xpath: { "//title": "Café" }
              - name: broken
                url: "{{base}}/broken"
                expect:
                  xpath: { "//entry": { exists: true } }
            """)
        let (recorder, _) = try run(c, variables: ["base": server.baseURL])
        #expect(recorder.result("page")?.outcome == .passed, "\(recorder.result("page")?.assertions.map(\.readable) ?? [])")
        #expect(recorder.result("feed")?.outcome == .passed, "\(recorder.result("feed")?.assertions.map(\.readable) ?? [])")
        #expect(recorder.result("latin1 page")?.outcome == .passed, "\(recorder.result("latin1 page")?.assertions.map(\.readable) ?? [])")
        let broken = try #require(recorder.result("broken")?.assertions.first)
        #expect(!broken.passed)
        #expect(broken.message == "response body: the body is not well-formed XML")
    }

    @Test func aBadXPathIsRefusedAtLoadWhereItStops() throws {
        do {
            _ = try collection("""
                name: bad
                requests:
                  - name: r
                    url: http://127.0.0.1:9/
                    expect:
                      xpath: { "//li[": 1 }
                """)
            Issue.record("an unclosed predicate must not load")
        } catch let failure as ParseFailure {
            #expect(failure.diagnostics.first?.hasPrefix("test.yaml:6:22: error: invalid XPath:") == true, "\(failure.diagnostics)")
        }
    }
}
