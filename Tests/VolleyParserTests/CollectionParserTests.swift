import Testing
import VolleyCore
import VolleyParser

@Suite struct CollectionParserTests {
    static let example = """
        name: Coresignal companies
        variables:
          base_url: https://api.coresignal.com/cdapi/v2
          page_size: 10
          tags: [a, b]
        defaults:
          headers: { apikey: "{{apikey}}", accept: application/json }
          query: { lang: en }
          timeout: 30s
        requests:
          - name: Search companies
            method: POST
            url: "{{base_url}}/company_base/search/filter"
            query: { page: 1, ids: [3, 4], debug: true }
            headers: { x-trace: abc }
            json: { name: Acme, size: "{{page_size}}", filters: { country: "{{country}} HQ", open: true } }
            timeout: 5s
            expect:
              status: 200
              duration: { lt: 2s }
              headers:
                content-type: { contains: json }
              json:
                "$[0]": { type: number }
                "$.name": Acme
              body: { contains: "Acme" }
            capture:
              company_id: { json: "$[0]" }
              token: { header: x-token, secret: true }
          - name: Employees
            defaults:
              headers: { accept: text/csv }
            requests:
              - name: Collect company
                url: "{{base_url}}/company_base/collect/{{company_id}}"
        """

    @Test func topLevelFields() throws {
        let collection = try parse(Self.example)
        #expect(collection.name == "Coresignal companies")
        #expect(collection.file == "c.yaml")
        #expect(collection.variables["base_url"]?.value == .string("https://api.coresignal.com/cdapi/v2"))
        #expect(collection.variables["base_url"]?.location == SourceLocation(file: "c.yaml", line: 3, column: 3))
        #expect(collection.variables["page_size"]?.value == .number(10))
        #expect(collection.variables["tags"]?.value == ["a", "b"])
        #expect(collection.defaults.headers.map(\.name) == ["apikey", "accept"])
        #expect(collection.defaults.headers[0].value.parts == [.variable("apikey")])
        #expect(collection.defaults.headers[1].value.parts == [.literal("application/json")])
        #expect(collection.defaults.query.map(\.name) == ["lang"])
        #expect(collection.defaults.timeout == .seconds(30))
        #expect(collection.defaults.location?.line == 7)
        #expect(collection.items.count == 2)
    }

    @Test func requestFields() throws {
        let request = try #require(try parse(Self.example).requests.first)
        #expect(request.name == "Search companies")
        #expect(request.method == "POST")
        #expect(request.location == SourceLocation(file: "c.yaml", line: 11, column: 5))
        #expect(request.url.parts == [.variable("base_url"), .literal("/company_base/search/filter")])
        #expect(request.url.location == SourceLocation(file: "c.yaml", line: 13, column: 10))
        #expect(request.query.map(\.name) == ["page", "ids", "ids", "debug"])
        #expect(request.query.map(\.value.parts) == [[.literal("1")], [.literal("3")], [.literal("4")], [.literal("true")]])
        #expect(request.query[0].location == SourceLocation(file: "c.yaml", line: 14, column: 14))
        #expect(request.headers.map(\.name) == ["x-trace"])
        #expect(request.timeout == .seconds(5))
    }

    @Test func jsonBodyKeepsTemplatesAndCollapsesLiterals() throws {
        let request = try #require(try parse(Self.example).requests.first)
        guard case .json(.object(let members))? = request.body else {
            Issue.record("expected a JSON object body, got \(String(describing: request.body))")
            return
        }
        #expect(members.map(\.key) == ["name", "size", "filters"])
        #expect(members[0].value == .literal("Acme"))
        // A lone placeholder stays one placeholder, so the executor can keep the variable's type.
        guard case .string(let size) = members[1].value else {
            Issue.record("size is not a template: \(members[1].value)")
            return
        }
        #expect(size.parts == [.variable("page_size")])
        #expect(size.singlePlaceholder == .variable("page_size"))
        guard case .object(let filters) = members[2].value else {
            Issue.record("filters is not a templated object: \(members[2].value)")
            return
        }
        #expect(filters.map(\.key) == ["country", "open"])
        #expect(filters[1].value == .literal(true))
        guard case .string(let country) = filters[0].value else {
            Issue.record("country is not a template")
            return
        }
        #expect(country.parts == [.variable("country"), .literal(" HQ")])
        #expect(country.singlePlaceholder == nil)
    }

    @Test func assertionsInWrittenOrder() throws {
        let request = try #require(try parse(Self.example).requests.first)
        let expected: [(Assertion.Subject, Predicate, Int, Int)] = [
            (.status, .equals(200), 19, 7),
            (.duration, .lessThan(2000), 20, 7),
            (.header("content-type"), .contains("json"), 22, 9),
            (.json("$[0]"), .type(.number), 24, 9),
            (.json("$.name"), .equals("Acme"), 25, 9),
            (.body, .contains("Acme"), 26, 7),
        ]
        #expect(request.assertions.count == expected.count)
        for (assertion, (subject, predicate, line, column)) in zip(request.assertions, expected) {
            #expect(assertion.subject == subject)
            #expect(assertion.predicate == predicate)
            #expect(assertion.location == SourceLocation(file: "c.yaml", line: line, column: column))
        }
    }

    @Test func captures() throws {
        let request = try #require(try parse(Self.example).requests.first)
        #expect(request.captures == [
            Capture(name: "company_id", source: .json("$[0]"), location: SourceLocation(file: "c.yaml", line: 28, column: 7)),
            Capture(name: "token", source: .header("x-token"), isSecret: true, location: SourceLocation(file: "c.yaml", line: 29, column: 7)),
        ])
    }

    @Test func folderWithDefaultsAndInheritance() throws {
        let collection = try parse(Self.example)
        guard case .folder(let folder) = collection.items[1] else {
            Issue.record("second item is not a folder")
            return
        }
        #expect(folder.name == "Employees")
        #expect(folder.location == SourceLocation(file: "c.yaml", line: 30, column: 5))
        #expect(folder.defaults.headers.map(\.name) == ["accept"])
        #expect(folder.defaults.headers[0].value.parts == [.literal("text/csv")])
        guard case .request(let inner) = folder.items.first else {
            Issue.record("folder has no request")
            return
        }
        #expect(inner.method == "GET")
        #expect(inner.url.variableNames == ["base_url", "company_id"])

        let planned = collection.plannedRequests()
        #expect(planned.map(\.folderPath) == [[], ["Employees"]])
        // Folder defaults override the collection's header of the same name, keep the others.
        let headers = planned[1].spec.headers.map { "\($0.name)=\($0.value.parts)" }
        #expect(headers == ["apikey=[VolleyCore.Template.Part.variable(\"apikey\")]", "accept=[VolleyCore.Template.Part.literal(\"text/csv\")]"])
        #expect(planned[1].spec.timeout == .seconds(30))
        #expect(planned[1].spec.query.map(\.name) == ["lang"])
    }

    @Test func statusForms() throws {
        let source = """
            name: c
            requests:
              - { name: a, url: u, expect: { status: [200, 201] } }
              - { name: b, url: u, expect: { status: 2xx } }
              - { name: c, url: u, expect: { status: "4XX" } }
              - { name: d, url: u, expect: { status: { gte: 200, lt: 400 } } }
              - { name: e, url: u, expect: { status: "204" } }
            """
        let predicates = try parse(source).requests.map { $0.assertions.first?.predicate }
        #expect(predicates == [
            .oneOf([200, 201]),
            .all([.greaterThanOrEqual(200), .lessThan(300)]),
            .all([.greaterThanOrEqual(400), .lessThan(500)]),
            .all([.greaterThanOrEqual(200), .lessThan(400)]),
            .equals(204),
        ])
    }

    @Test func predicateForms() throws {
        let source = oneRequest("""
                expect:
                  json:
                    $.a: { equals: { x: 1 } }
                    $.b: { not_equals: null, exists: true }
                    $.c: { matches: "^ab+c$" }
                    $.d: { length: 3 }
                    $.e: { length: { gte: 1, lte: 5 } }
                    $.f: { one_of: [a, 1, true] }
                    $.g: { gt: 1.5, lte: "z" }
                    $.h: [1, 2]
                    $.i: { type: integer }
                  duration: { gte: 250, lt: 1.5s, one_of: [500ms, "10"] }
            """)
        let predicates = try parse(source).requests[0].assertions.map(\.predicate)
        #expect(predicates == [
            .equals(["x": 1]),
            .all([.notEquals(.null), .exists(true)]),
            .matches("^ab+c$"),
            .length(.equals(3)),
            .length(.all([.greaterThanOrEqual(1), .lessThanOrEqual(5)])),
            .oneOf(["a", 1, true]),
            .all([.greaterThan(1.5), .lessThanOrEqual("z")]),
            .equals([1, 2]),
            .type(.integer),
            .all([.greaterThanOrEqual(250), .lessThan(1500), .oneOf([500, 10])]),
        ])
    }

    @Test func otherBodiesAndCaptures() throws {
        let source = """
            name: c
            requests:
              - name: form
                url: u
                form: { user: "{{user}}", remember: true, ids: [1, 2] }
                capture:
                  code: { status: true }
                  session: { regex: "id=(\\\\d+)" }
              - name: raw
                method: PATCH
                url: u
                body: |
                  line {{n}}

            """
        let requests = try parse(source).requests
        guard case .form(let fields)? = requests[0].body else {
            Issue.record("not a form body")
            return
        }
        #expect(fields.map(\.name) == ["user", "remember", "ids", "ids"])
        #expect(fields.map(\.value.parts) == [[.variable("user")], [.literal("true")], [.literal("1")], [.literal("2")]])
        #expect(requests[0].captures.map(\.source) == [.status, .regex("id=(\\d+)")])
        guard case .raw(let body)? = requests[1].body else {
            Issue.record("not a raw body")
            return
        }
        #expect(body.parts == [.literal("line "), .variable("n"), .literal("\n")])
        #expect(requests[1].method == "PATCH")
    }

    @Test func anchorsAndMergeKeysInACollection() throws {
        let source = """
            name: c
            requests:
              - &search
                name: first
                url: "{{base}}/search"
                headers: &h { accept: application/json, x-a: "1" }
              - <<: *search
                name: second
                headers:
                  <<: *h
                  x-a: "2"
            """
        let requests = try parse(source).requests
        #expect(requests.map(\.name) == ["first", "second"])
        #expect(requests[1].url.parts == [.variable("base"), .literal("/search")])
        #expect(requests[1].headers.map(\.name) == ["accept", "x-a"])
        #expect(requests[1].headers.map(\.value.parts) == [[.literal("application/json")], [.literal("2")]])
    }

    @Test func versionOneIsAccepted() throws {
        #expect(try parse("name: c\nversion: 1\nrequests: []\n").items.isEmpty)
    }
}
