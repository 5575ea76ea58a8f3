import Foundation
import Testing
import VolleyCore
import VolleyParser

@Suite struct ScaleAndExampleTests {
    /// 10,000 requests (~2.5 MB). Release builds parse it in under 0.2 s; the bound here only
    /// catches accidental quadratic work, with room for a debug build on a busy machine.
    @Test func tenThousandRequests() throws {
        var source = "name: Big\nvariables:\n  base_url: https://api.example.com/v2\ndefaults:\n  headers: { apikey: \"{{apikey}}\" }\nrequests:\n"
        for i in 0..<10_000 {
            source += """
                  - name: Request number \(i)
                    method: POST
                    url: "{{base_url}}/companies/\(i)/search"
                    query: { page: \(i % 7) }
                    json: { name: "Company \(i)", size: "{{size}}" }
                    expect:
                      status: 2xx
                      json: { "$.items[0].id": { type: integer } }

                """
        }
        // How fast is the parse benchmark's to say (bench/template-parse.sh), as a ratio: a time
        // bound here failed on a loaded machine and would pass a slow parser on a fast one.
        let planned = try parse(source).plannedRequests()
        #expect(planned.count == 10_000)
        #expect(planned[9_999].spec.name == "Request number 9999")
        #expect(planned[9_999].spec.location.line == 6 + 9_999 * 8 + 1)
    }

    static let examples = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("examples")

    @Test func shippedDemoCollectionParses() throws {
        let url = Self.examples.appendingPathComponent("demo.yaml")
        let collection = try parse(try String(contentsOf: url, encoding: .utf8))
        #expect(collection.name == "Demo companies")
        #expect(collection.plannedRequests().map(\.spec.name) == [
            "Search companies", "Collect company", "Search employees of the company", "Collect employee",
            "Unknown company is a 404",
        ])
    }

    @Test func shippedDemoEnvironmentParses() throws {
        let url = Self.examples.appendingPathComponent("environments/demo.yaml")
        let environment = try CollectionParser.parseEnvironment(
            source: try String(contentsOf: url, encoding: .utf8), file: url.path, name: "demo")
        #expect(environment.variables["apikey"]?.value == "demo0000000000000000000000000000")
    }
}

@Suite struct NestingLimitTests {
    @Test func aDocumentNestedPastTheLimitIsAnErrorNotACrash() {
        let deep = "name: x\nrequests:\n  - name: a\n    url: http://x\n    json: " + String(repeating: "[", count: 100_000) + String(repeating: "]", count: 100_000)
        #expect(throws: DiagnosticList.self) { try CollectionParser.parseCollection(source: deep, file: "deep.yaml") }
        do {
            _ = try CollectionParser.parseCollection(source: deep, file: "deep.yaml")
        } catch {
            #expect(error.diagnostics.first?.message == "nesting deeper than 256 levels; refusing to load this document")
        }
    }
}
