import Testing
import VolleyCore
@testable import VolleyParser

/// Every error class, with its exact text and position. `oneRequest` puts the extra lines
/// from line 5 on, indented four spaces, so keys start at column 5.
@Suite struct CollectionErrorTests {
    // MARK: Keys

    @Test func unknownKeySuggestsTheClosest() {
        #expect(collectionError(oneRequest("    methd: POST\n")) == "5:5: unknown key 'methd' (did you mean 'method'?)")
    }

    @Test func unknownKeyWithoutAnyCloseListsTheValidOnes() {
        #expect(collectionError(oneRequest("    foo: 1\n")) == """
            5:5: unknown key 'foo' (expected one of: name, method, url, query, headers, json, form, body, multipart, graphql, timeout, auth, retry, idempotent, quota_group, expect, capture, paginate, scripts, retry_until, output, http_version, follow_redirects, max_redirects, redirects_keep_method, compressed, cookies, proxy, no_proxy, user_agent, tls)
            """)
    }

    @Test func connectionKeysInDefaultsAreCheckedWhereTheyAreWritten() {
        let errors = collectionErrors("""
            name: c
            defaults:
              http_version: "7"
              no_proxy: [a.example, "b,c"]
            requests:
              - name: f
                defaults: { max_redirects: -1 }
                requests: [{ name: r, url: "http://x" }]
            """)
        #expect(errors.count == 3, "\(errors)")
        #expect(errors.first?.hasPrefix("3:17: unknown 'http_version' '7'") == true, "\(errors)")
        #expect(errors.contains("4:25: an entry of 'no_proxy' must be one host, found 'b,c'"), "\(errors)")
        #expect(errors.contains { $0.hasPrefix("7:32: 'max_redirects' must be a whole number from 0 to 100") }, "\(errors)")
    }

    @Test func unknownTopLevelKey() {
        #expect(collectionErrors("name: c\nrequets: []\n") == [
            "1:1: collection is missing 'requests'",
            "2:1: unknown key 'requets' (did you mean 'requests'?)",
        ])
    }

    @Test func duplicateKey() {
        #expect(collectionError(oneRequest("    url: http://y\n")) == "5:5: duplicate key 'url' (first defined on line 4)")
    }

    @Test func keyThatIsAMap() {
        #expect(collectionError(oneRequest("    ? { a: 1 }\n    : x\n")) == "5:7: a key must be a string, found a map")
    }

    // MARK: Required keys and shapes

    @Test func emptyFile() {
        #expect(collectionError("") == "1:1: empty collection file")
        #expect(collectionError("# nothing yet\n") == "1:1: empty collection file")
    }

    @Test func rootMustBeAMap() {
        #expect(collectionError("- a\n- b\n") == "1:1: a collection file must be a map with 'name' and 'requests', found a list")
    }

    @Test func collectionMissingNameAndRequests() {
        #expect(collectionErrors("variables: {}\n") == [
            "1:1: collection is missing 'name'",
            "1:1: collection is missing 'requests'",
        ])
    }

    @Test func requestMissingURLIsReportedAtTheRequest() {
        #expect(collectionError("name: c\nrequests:\n  - name: r\n    method: GET\n") == "3:5: request is missing 'url'")
    }

    @Test func requestMissingName() {
        #expect(collectionError("name: c\nrequests:\n  - url: http://x\n") == "3:5: request is missing 'name'")
    }

    @Test func folderMissingName() {
        #expect(collectionError("name: c\nrequests:\n  - requests: []\n") == "3:5: folder is missing 'name'")
    }

    @Test func requestsMustBeAList() {
        #expect(collectionError("name: c\nrequests:\n  a: 1\n")
            == "3:3: 'requests' must be a list of requests and folders, found a map")
    }

    @Test func entryMustBeAMap() {
        #expect(collectionError("name: c\nrequests:\n  - just a string\n")
            == "3:5: an entry of 'requests' must be a map (a request or a folder), found 'just a string'")
    }

    @Test func unsupportedVersion() {
        #expect(collectionError("name: c\nversion: 2\nrequests: []\n")
            == "2:10: unsupported collection version 2 (this volley reads version 1)")
    }

    // MARK: Names

    @Test func duplicateNamesInOneFolderPointAtTheSecond() {
        let source = """
            name: c
            requests:
              - name: a
                url: u
              - name: Sub
                requests:
                  - { name: a, url: u }
                  - { name: a, url: u }
              - name: a
                url: u
            """
        #expect(collectionErrors(source) == [
            "8:17: duplicate name 'a' at this level (first used on line 7)",
            "9:11: duplicate name 'a' at this level (first used on line 3)",
        ])
    }

    @Test func folderWithURL() {
        let source = "name: c\nrequests:\n  - name: f\n    url: http://x\n    requests: []\n"
        #expect(collectionError(source)
            == "4:5: an entry cannot have both 'requests' and 'url' (a folder has 'requests', a request has 'url')")
    }

    @Test func folderWithARequestKey() {
        let source = "name: c\nrequests:\n  - name: f\n    method: GET\n    requests: []\n"
        #expect(collectionError(source)
            == "4:5: a folder cannot have 'method' (a folder has only 'name', 'requests', 'defaults', 'auth', 'retry', 'rate', 'idempotent', 'quota_group', 'scripts' and 'parallel')")
    }

    @Test func requestWithDefaults() {
        #expect(collectionError(oneRequest("    defaults: {}\n"))
            == "5:5: a request cannot have 'defaults' (only folders and the collection can)")
    }

    // MARK: Types

    @Test func timeoutWrongType() {
        #expect(collectionError(oneRequest("    timeout: [1]\n"))
            == "5:14: 'timeout' must be a duration like 30s or 500ms, found a list")
    }

    @Test func timeoutWithoutUnit() {
        #expect(collectionError(oneRequest("    timeout: 30\n"))
            == "5:14: 'timeout' must be a duration like 30s or 500ms, found 30")
    }

    @Test func timeoutZero() {
        #expect(collectionError(oneRequest("    timeout: 0s\n")) == "5:14: 'timeout' must be longer than zero")
    }

    @Test func urlMustBeAString() {
        #expect(collectionError("name: c\nrequests:\n  - name: r\n    url: [a]\n") == "4:10: 'url' must be a string, found a list")
    }

    @Test func headerValueMustBeAString() {
        #expect(collectionError(oneRequest("    headers:\n      accept: [a, b]\n"))
            == "6:15: header 'accept' must be a string, found a list")
    }

    @Test func queryValueMustBeAScalarOrList() {
        #expect(collectionError(oneRequest("    query:\n      page: { a: 1 }\n"))
            == "6:13: query parameter 'page' must be a string, number, boolean or a list of them, found a map")
    }

    @Test func rawBodyMustBeAString() {
        #expect(collectionError(oneRequest("    body: { a: 1 }\n"))
            == "5:11: 'body' must be a string or { file: path }, found a map (use 'json:' for a JSON body)")
    }

    @Test func infinityIsNotJSON() {
        #expect(collectionError(oneRequest("    json: { a: .inf }\n"))
            == "5:16: '.inf' is not a JSON number (quote it to send the text)")
    }

    @Test func unquotedPlaceholderInJSON() {
        #expect(collectionError(oneRequest("    json:\n      n: {{n}}\n"))
            == "6:10: YAML reads an unquoted {{n}} as a map; quote it: \"{{n}}\"")
    }

    @Test func unquotedPlaceholderInAHeader() {
        #expect(collectionError(oneRequest("    headers:\n      apikey: {{key}}\n"))
            == "6:15: header 'apikey' must be a string, found a map (YAML reads an unquoted {{key}} as a map; quote it: \"{{key}}\")")
    }

    @Test func invalidVariableName() {
        #expect(collectionError("name: c\nvariables:\n  bad name: 1\nrequests: []\n")
            == "3:3: invalid variable name 'bad name' (use letters, digits, '_', '-', '.')")
    }

    // MARK: Bodies

    @Test func moreThanOneBody() {
        #expect(collectionErrors(oneRequest("    json: {}\n    body: x\n    form: {}\n")) == [
            "6:5: request has both 'json' and 'body' (use only one of 'json', 'form', 'body', 'multipart' or 'graphql')",
            "7:5: request has both 'json' and 'form' (use only one of 'json', 'form', 'body', 'multipart' or 'graphql')",
        ])
    }

    // MARK: Tokens and templates

    @Test func methodMustBeAToken() {
        #expect(collectionError(oneRequest("    method: GE(T\n"))
            == "5:15: invalid method 'GE(T' (a method is a token: letters, digits and !#$%&'*+-.^_`|~)")
    }

    @Test func headerNameMustBeAToken() {
        #expect(collectionError(oneRequest("    headers:\n      \"x trace\": a\n"))
            == "6:9: invalid header name 'x trace' (a header name is a token: letters, digits and !#$%&'*+-.^_`|~)")
    }

    @Test func templateErrorInAQuotedURLPointsAtThePlaceholder() {
        let source = "name: c\nrequests:\n  - name: r\n    url: \"https://x/{{base_url}/y\"\n"
        #expect(collectionError(source) == "4:21: unclosed '{{' in template (add '}}')")
    }

    @Test func templateErrorInAPlainValue() {
        // `{` is a flow indicator, so this only works in block style.
        #expect(collectionError(oneRequest("    headers:\n      x-a: abc{{}}\n")) == "6:15: empty placeholder '{{}}'")
    }

    @Test func templateErrorInAJSONLeaf() {
        #expect(collectionError(oneRequest("    json: { a: [\"{{$nope}}\"] }\n"))
            == "5:18: unknown built-in '{{$nope}}' (known: {{$uuid}}, {{$timestamp}}, {{$randomInt}}, and Postman's "
                + "dynamic variables such as {{$guid}}, {{$isoTimestamp}}, {{$randomEmail}}: README 'Built-ins')")
    }

    @Test func aMisspelledPostmanDynamicVariableGetsAHint() {
        #expect(collectionError(oneRequest("    json: { a: [\"{{$randomEmial}}\"] }\n"))?
            .hasPrefix("5:18: unknown built-in '{{$randomEmial}}' (did you mean '{{$randomEmail}}'? known:") == true)
    }

    @Test func templateErrorInAnEscapedStringFallsBackToItsStart() {
        #expect(collectionError(oneRequest("    body: \"a\\tb {{\"\n")) == "5:11: unclosed '{{' in template (add '}}')")
    }

    // MARK: Expectations

    @Test func unknownPredicate() {
        #expect(collectionError(oneRequest("    expect:\n      body: { equal: x }\n"))
            == "6:15: unknown predicate 'equal' (did you mean 'equals'?)")
    }

    @Test func unknownPredicateWithoutSuggestion() {
        #expect(collectionError(oneRequest("    expect:\n      json:\n        $.a: { city: Paris }\n"))
            == "7:16: unknown predicate 'city' (expected one of: equals, not_equals, exists, type, contains, matches, lt, lte, gt, gte, length, one_of, not; to expect a map, put it under 'equals:')")
    }

    @Test func badStatusClass() {
        #expect(collectionError(oneRequest("    expect: { status: 6xx }\n"))
            == "5:23: invalid status class '6xx' (use 1xx, 2xx, 3xx, 4xx or 5xx)")
    }

    @Test func statusOutOfRange() {
        #expect(collectionError(oneRequest("    expect: { status: [200, 700] }\n"))
            == "5:29: status 700 is not an HTTP status code (100 to 599)")
    }

    @Test func classInAStatusList() {
        #expect(collectionError(oneRequest("    expect: { status: [200, 2xx] }\n"))
            == "5:29: each status in the list must be a status code like 200, found '2xx'")
    }

    @Test func statusWrongType() {
        #expect(collectionError(oneRequest("    expect: { status: ok }\n"))
            == "5:23: 'status' must be a status code like 200, a list of codes, a class like 2xx or a predicate map, found 'ok'")
    }

    @Test func badTypeName() {
        #expect(collectionError(oneRequest("    expect:\n      json:\n        $.a: { type: int }\n"))
            == "7:22: unknown type 'int' (expected one of: string, number, integer, boolean, array, object, null)")
        #expect(collectionError(oneRequest("    expect:\n      json:\n        $.a: { type: strng }\n"))
            == "7:22: unknown type 'strng' (did you mean 'string'?)")
    }

    @Test func badRegexPointsAtTheProblem() {
        #expect(collectionError(oneRequest("    expect:\n      body: { matches: \"ab(c\" }\n"))
            == "6:27: invalid regular expression: unclosed group (add ')')")
    }

    @Test func badDuration() {
        #expect(collectionError(oneRequest("    expect:\n      duration: { lt: 2 seconds }\n"))
            == "6:23: a duration must be a number of milliseconds or have a unit like 2s or 500ms, found '2 seconds'")
    }

    @Test func predicateValueTypes() {
        let source = oneRequest("""
                expect:
                  json:
                    $.a: { exists: yes }
                    $.b: { one_of: a }
                    $.c: { length: -1 }
                    $.d: { lt: [1] }
                    $.e: {}

            """)
        #expect(collectionErrors(source) == [
            "7:24: 'exists' must be true or false, found 'yes'",
            "8:24: 'one_of' must be a list, found 'a'",
            "9:24: 'length' must be a whole number or a predicate map like { gte: 1 }, found -1",
            "10:20: 'lt' must be a number or a string, found a list",
            "11:14: an empty map is not a predicate (write a value, or a map like { equals: ... })",
        ])
    }

    @Test func unknownExpectKey() {
        #expect(collectionError(oneRequest("    expect:\n      header: {}\n"))
            == "6:7: unknown key 'header' (did you mean 'headers'?)")
    }

    /// The JSONPath module owns the wording; these tests pin the prefix and the column arithmetic:
    /// `base` is the column of the expression's first character.
    func jsonPathError(_ expression: String, line: Int, base: Int) throws -> String {
        guard case .failure(let problem) = JSONPathCheck.compile(expression) else {
            throw JSONPathCompiled(expression: expression)
        }
        return "\(line):\(base + problem.offset): invalid JSONPath: \(problem.message)"
    }

    @Test func badJSONPathInAnExpectationPointsInsideTheKey() throws {
        #expect(collectionError(oneRequest("    expect:\n      json:\n        $.a[0: 1\n"))
            == (try jsonPathError("$.a[0", line: 7, base: 9)))
    }

    @Test func badJSONPathInAQuotedKey() throws {
        #expect(collectionError(oneRequest("    expect:\n      json:\n        \"$..\": 1\n"))
            == (try jsonPathError("$..", line: 7, base: 10)))
    }

    @Test func badJSONPathInACapture() throws {
        #expect(collectionError(oneRequest("    capture:\n      id: { json: \"a.b\" }\n"))
            == (try jsonPathError("a.b", line: 6, base: 20)))
        guard case .failure(let problem) = JSONPathCheck.compile("a.b") else { throw JSONPathCompiled(expression: "a.b") }
        #expect(problem.offset == 0)
    }

    // MARK: Captures

    @Test func captureNeedsASource() {
        #expect(collectionError(oneRequest("    capture:\n      id: { secret: true }\n"))
            == "6:11: capture 'id' needs one of 'json', 'header', 'regex', 'status' or 'cookie'")
    }

    @Test func captureWithTwoSources() {
        #expect(collectionError(oneRequest("    capture:\n      id: { json: $.id, header: x-id }\n"))
            == "6:25: capture 'id' has both 'json' and 'header' (use exactly one of 'json', 'header', 'regex', 'status' or 'cookie')")
    }

    @Test func captureMustBeAMap() {
        #expect(collectionError(oneRequest("    capture:\n      id: $.id\n"))
            == "6:11: capture 'id' must be a map like { json: \"$.id\" }, found '$.id'")
    }

    @Test func captureDetails() {
        let source = oneRequest("""
                capture:
                  "bad name": { status: true }
                  code: { status: false }
                  tok: { header: x-token, secret: 1 }
                  rx: { regex: "[z-a]" }
                  j: { jsn: $.a }

            """)
        #expect(collectionErrors(source) == [
            "6:7: invalid capture name 'bad name' (use letters, digits, '_', '-', '.')",
            "7:23: 'status' in a capture must be true (it captures the status code)",
            "8:39: 'secret' must be true or false, found 1",
            "9:22: invalid regular expression: the range in this class is backwards",
            "10:10: capture 'j' needs one of 'json', 'header', 'regex', 'status' or 'cookie'",
            "10:12: unknown key 'jsn' (did you mean 'json'?)",
        ])
    }

    // MARK: Many at once

    @Test func allErrorsAreCollectedInFileOrder() {
        let source = """
            name: c
            defaults:
              timeout: forever
            requests:
              - name: a
                methd: GET
              - name: b
                url: "{{x"
                expect: { status: 9xx }
            """
        #expect(collectionErrors(source) == [
            "3:12: 'timeout' must be a duration like 30s or 500ms, found 'forever'",
            "5:5: request is missing 'url'",
            "6:5: unknown key 'methd' (did you mean 'method'?)",
            "8:11: unclosed '{{' in template (add '}}')",
            "9:23: invalid status class '9xx' (use 1xx, 2xx, 3xx, 4xx or 5xx)",
        ])
    }

    @Test func syntaxErrorComesAlone() {
        #expect(collectionErrors("name: c\nrequests:\n  - name: \"open\n") == [
            "4:1: found unexpected end of stream (while scanning a quoted scalar at line 3, column 11)"
        ])
    }

    @Test func renderedDiagnosticShowsTheLineAndACaret() throws {
        let source = oneRequest("    methd: POST\n")
        do {
            _ = try CollectionParser.parseCollection(source: source, file: "api.yaml")
            Issue.record("expected an error")
        } catch {
            let diagnostic = try #require(error.diagnostics.first)
            #expect(diagnostic.rendered(source: source) == """
                api.yaml:5:5: error: unknown key 'methd' (did you mean 'method'?)
                    methd: POST
                    ^
                """)
        }
    }
}

/// An expression the test expected to be rejected compiled.
struct JSONPathCompiled: Error {
    var expression: String
}
