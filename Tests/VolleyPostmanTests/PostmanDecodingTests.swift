import Testing
import VolleyCore
import VolleyJSON
import VolleyPostman

/// Rendered back to text, so a mapping reads as the URL or value Postman would send.
private func text(_ template: Template) -> String {
    template.parts.map { part in
        switch part {
        case .literal(let text): text
        case .variable(let name): "{{\(name)}}"
        case .builtin(let builtin): "{{\(builtin.rawValue)}}"
        }
    }.joined()
}

private func decode(_ json: String) throws -> Collection {
    try PostmanCollectionDecoder.decode(source: json, file: "c.json")
}

private func errors(_ json: String) -> [String] {
    do {
        _ = try decode(json)
        return []
    } catch let list as DiagnosticList {
        return list.diagnostics.map(\.headline)
    } catch {
        return ["\(error)"]
    }
}

private func requests(_ collection: Collection) -> [RequestSpec] {
    collection.plannedRequests().map(\.spec)
}

@Suite("a Postman collection maps onto the model")
struct PostmanDecodingTests {
    @Test func nestedFoldersRequestsAsStringsAndURLObjectsWithDisabledQueryAndPathVariables() throws {
        let collection = try decode("""
            {"info": {"name": "Shop", "schema": "https://schema.getpostman.com/json/collection/v2.1.0/collection.json"},
             "item": [
              {"name": "Plain", "request": "{{base}}/plain"},
              {"name": "Orders", "item": [
                {"name": "Deep", "item": [
                  {"name": "One order", "request": {"method": "delete",
                    "url": {"raw": "stale", "protocol": "https", "host": ["api", "example", "com"], "port": "8443",
                            "path": ["orders", ":id", "items"],
                            "query": [{"key": "a", "value": "1"}, {"key": "off", "value": "x", "disabled": true},
                                      {"key": "flag", "value": null}],
                            "variable": [{"key": "id", "value": "{{order}}"}]}}}]}]},
              {"name": "No scheme", "request": {"url": "example.com/x/:name?q=:name", "method": "GET"}}]}
            """)
        #expect(collection.name == "Shop")
        #expect(collection.format == .postman)
        #expect(collection.folderNames == ["Orders", "Deep"])
        let specs = requests(collection)
        #expect(specs.map(\.name) == ["Plain", "One order", "No scheme"])
        #expect(specs.map(\.method) == ["GET", "DELETE", "GET"])
        #expect(text(specs[0].url) == "{{base}}/plain")
        #expect(text(specs[1].url) == "https://api.example.com:8443/orders/{{order}}/items?a=1&flag")
        #expect(text(specs[2].url) == "http://example.com/x/:name?q=:name")
        #expect(collection.plannedRequests(folders: ["Deep"]).map(\.spec.name) == ["One order"])
    }

    @Test func headersSkipDisabledOnesAndTheV20StringFormIsRead() throws {
        let specs = requests(try decode("""
            {"info": {"name": "h"}, "item": [
              {"name": "a", "request": {"url": "http://h/", "header": [
                {"key": "X-On", "value": "{{v}}"}, {"key": "X-Off", "value": "1", "disabled": true}]}},
              {"name": "b", "request": {"url": "http://h/", "header": "Accept: text/plain\\nX-Two: 2\\n"}}]}
            """))
        #expect(specs[0].headers.map(\.name) == ["X-On"])
        #expect(text(specs[0].headers[0].value) == "{{v}}")
        #expect(specs[1].headers.map { "\($0.name)=\(text($0.value))" } == ["Accept=text/plain", "X-Two=2"])
    }

    @Test func bodiesMapByModeAndDisabledEmptyAndPrunedOnesSendNothing() throws {
        let specs = requests(try decode("""
            {"info": {"name": "b"}, "item": [
              {"name": "raw", "request": {"method": "POST", "url": "http://h/",
                "body": {"mode": "raw", "raw": "{\\"id\\": {{id}}}", "options": {"raw": {"language": "json"}}}}},
              {"name": "form", "request": {"method": "POST", "url": "http://h/",
                "body": {"mode": "urlencoded", "urlencoded": [{"key": "a", "value": "1"}, {"key": "b", "value": "2", "disabled": true}]}}},
              {"name": "off", "request": {"method": "POST", "url": "http://h/", "body": {"mode": "raw", "raw": "x", "disabled": true}}},
              {"name": "get", "request": {"method": "GET", "url": "http://h/", "body": {"mode": "raw", "raw": "x"}}},
              {"name": "kept", "protocolProfileBehavior": {"disableBodyPruning": true},
               "request": {"method": "GET", "url": "http://h/", "body": {"mode": "raw", "raw": "x"}}},
              {"name": "gql", "request": {"method": "POST", "url": "http://h/",
                "body": {"mode": "graphql", "graphql": {"query": "{ me { id } }", "variables": "{\\"a\\": 1}"}}}},
              {"name": "nofile", "request": {"method": "POST", "url": "http://h/", "body": {"mode": "file", "file": {"src": null}}}}]}
            """))
        #expect(specs.map(\.name) == ["raw", "form", "off", "get", "kept", "gql", "nofile"])
        guard case .raw(let raw)? = specs[0].body else { Issue.record("raw body: \(String(describing: specs[0].body))"); return }
        #expect(text(raw) == "{\"id\": {{id}}}")
        #expect(specs[0].headers.map(\.name) == ["Content-Type"])
        #expect(text(specs[0].headers[0].value) == "application/json")
        guard case .form(let fields)? = specs[1].body else { Issue.record("form body"); return }
        #expect(fields.map(\.name) == ["a"])
        #expect(specs[2].body == nil)
        #expect(specs[3].body == nil)
        #expect(specs[4].body != nil)
        guard case .raw(let graphql)? = specs[5].body else { Issue.record("graphql body"); return }
        #expect(text(graphql) == "{\"query\":\"{ me { id } }\",\"variables\":{\"a\": 1}}")
        #expect(specs[6].body == nil)
    }

    @Test func authIsInheritedFromCollectionAndFolderAndNoauthSwitchesItOff() throws {
        let collection = try decode("""
            {"info": {"name": "a"},
             "auth": {"type": "bearer", "bearer": [{"key": "token", "value": "{{token}}", "type": "string"}]},
             "item": [
              {"name": "inherits", "request": {"url": "http://h/", "auth": null}},
              {"name": "F", "auth": {"type": "basic", "basic": {"username": "u", "password": "{{pw}}"}}, "item": [
                {"name": "from folder", "request": {"url": "http://h/"}},
                {"name": "key", "request": {"url": "http://h/",
                  "auth": {"type": "apikey", "apikey": [{"key": "key", "value": "X-Key"}, {"key": "value", "value": "{{k}}"},
                                                         {"key": "in", "value": "query"}]}}},
                {"name": "none", "request": {"url": "http://h/", "auth": {"type": "noauth"}}}]}]}
            """)
        let auths = collection.plannedRequests().map(\.spec.auth)
        guard case .bearer(let token)? = auths[0] else { Issue.record("bearer: \(String(describing: auths[0]))"); return }
        #expect(text(token) == "{{token}}")
        guard case .basic(let user, let password)? = auths[1] else { Issue.record("basic"); return }
        #expect(text(user) == "u" && text(password) == "{{pw}}")
        guard case .apiKey(let value, .query, "X-Key")? = auths[2] else { Issue.record("apikey: \(String(describing: auths[2]))"); return }
        #expect(text(value) == "{{k}}")
        #expect(auths[3] == AuthSpec.none)
    }

    @Test func anUnsupportedAuthTypeIsAnErrorNamingTheItemAndTheTypeAtItsPosition() {
        #expect(errors("""
            {"info": {"name": "a"}, "item": [
              {"name": "signed", "request": {"url": "http://h/",
                "auth": {"type": "edgegrid", "edgegrid": []}}}]}
            """) == [
                "c.json:3:22: error: request 'signed': auth type 'edgegrid' is not supported "
                    + "(Volley runs noauth, apikey, bearer, basic, digest, ntlm, awsv4, hawk, oauth1 and oauth2 with a stored token); nothing was sent",
            ])
    }

    @Test func awsv4MapsItsKeysAndRefusesAPresignedURL() throws {
        let collection = try decode("""
            {"info": {"name": "a"}, "item": [
              {"name": "s3", "request": {"url": "http://h/", "auth": {"type": "awsv4", "awsv4": [
                {"key": "accessKey", "value": "{{ak}}"}, {"key": "secretKey", "value": "{{sk}}"}, {"key": "region", "value": ""},
                {"key": "service", "value": "s3"}, {"key": "sessionToken", "value": "{{st}}"}]}}}]}
            """)
        guard case .awsSigV4(let aws)? = collection.plannedRequests().first?.spec.auth else { Issue.record("awsv4"); return }
        #expect(text(aws.accessKey) == "{{ak}}" && text(aws.secretKey) == "{{sk}}" && text(aws.region) == "us-east-1")
        #expect(text(aws.service) == "s3" && aws.sessionToken.map(text) == "{{st}}")
        #expect(errors("""
            {"info": {"name": "a"}, "item": [
              {"name": "pre", "request": {"url": "http://h/", "auth": {"type": "awsv4", "awsv4": [
                {"key": "addAuthDataToQuery", "value": true}]}}}]}
            """).first?.contains("awsv4 with addAuthDataToQuery (a presigned URL) is not supported") == true)
    }

    @Test func hawkMapsItsFieldsEmptyOnesLeftToEachRequest() throws {
        let collection = try decode("""
            {"info": {"name": "a"}, "item": [
              {"name": "h", "request": {"url": "http://h/", "auth": {"type": "hawk", "hawk": [
                {"key": "authId", "value": "dh37fgj492je"}, {"key": "authKey", "value": "{{hk}}"}, {"key": "algorithm", "value": "sha1"},
                {"key": "nonce", "value": "eFRP2o"}, {"key": "extraData", "value": "x"}, {"key": "appId", "value": ""},
                {"key": "timestamp", "value": ""}, {"key": "includePayloadHash", "value": true}]}}}]}
            """)
        guard case .hawk(let hawk)? = collection.plannedRequests().first?.spec.auth else { Issue.record("hawk"); return }
        #expect(text(hawk.id) == "dh37fgj492je" && text(hawk.key) == "{{hk}}" && hawk.algorithm == .sha1)
        #expect(hawk.nonce.map(text) == "eFRP2o" && hawk.ext.map(text) == "x" && hawk.app == nil && hawk.timestamp == nil)
        #expect(hawk.includePayloadHash)
    }

    @Test func ntlmPutsTheDomainInTheUserName() throws {
        let collection = try decode("""
            {"info": {"name": "a"}, "item": [
              {"name": "d", "request": {"url": "http://h/", "auth": {"type": "ntlm", "ntlm": [
                {"key": "username", "value": "ada"}, {"key": "password", "value": "{{pw}}"}, {"key": "domain", "value": "CORP"},
                {"key": "workstation", "value": "ws"}]}}},
              {"name": "u", "request": {"url": "http://h/", "auth": {"type": "ntlm", "ntlm": {"username": "bob", "password": "p"}}}}]}
            """)
        let auths = collection.plannedRequests().map(\.spec.auth)
        guard case .ntlm(let user, let password)? = auths[0] else { Issue.record("ntlm: \(String(describing: auths[0]))"); return }
        #expect(text(user) == "CORP\\ada" && text(password) == "{{pw}}")
        guard case .ntlm(let plain, _)? = auths[1] else { Issue.record("ntlm: \(String(describing: auths[1]))"); return }
        #expect(text(plain) == "bob")
    }

    @Test func oauth1MapsItsKeysAndPlacesTheParametersAsNewmanDoes() throws {
        let collection = try decode("""
            {"info": {"name": "a"}, "item": [
              {"name": "h", "request": {"url": "http://h/", "auth": {"type": "oauth1", "oauth1": [
                {"key": "consumerKey", "value": "ck"}, {"key": "consumerSecret", "value": "{{cs}}"},
                {"key": "signatureMethod", "value": "HMAC-SHA256"}, {"key": "timestamp", "value": "1415542860"},
                {"key": "nonce", "value": "yPmTxQ"}, {"key": "addParamsToHeader", "value": true},
                {"key": "addEmptyParamsToSign", "value": true}, {"key": "encodeOAuthSign", "value": false}]}}},
              {"name": "q", "request": {"url": "http://h/", "auth": {"type": "oauth1", "oauth1": {"consumerKey": "ck", "consumerSecret": "s"}}}}]}
            """)
        let auths = collection.plannedRequests().map(\.spec.auth)
        guard case .oauth1(let header)? = auths[0] else { Issue.record("oauth1: \(String(describing: auths[0]))"); return }
        #expect(text(header.consumerKey) == "ck" && text(header.consumerSecret) == "{{cs}}")
        #expect(header.signatureMethod == .hmacSHA256 && header.placement == .header)
        #expect(header.timestamp.map(text) == "1415542860" && header.nonce.map(text) == "yPmTxQ")
        #expect(header.includeEmptyParameters && !header.encodeSignature)
        guard case .oauth1(let request)? = auths[1] else { Issue.record("oauth1: \(String(describing: auths[1]))"); return }
        #expect(request.placement == .request && request.signatureMethod == .hmacSHA1 && request.version == "1.0")

        #expect(errors("""
            {"info": {"name": "a"}, "item": [
              {"name": "rsa", "request": {"url": "http://h/", "auth": {"type": "oauth1", "oauth1": [
                {"key": "signatureMethod", "value": "RSA-SHA1"}]}}}]}
            """) == [
                "c.json:2:59: error: request 'rsa': OAuth 1.0 signature method 'RSA-SHA1' is not supported (Volley signs with "
                    + "HMAC-SHA1, HMAC-SHA256, HMAC-SHA512 and PLAINTEXT); nothing was sent",
            ])
    }

    @Test func oauth2SendsTheStoredTokenWhereTheItemSays() throws {
        let collection = try decode("""
            {"info": {"name": "a"}, "item": [
              {"name": "h", "request": {"url": "http://h/", "auth": {"type": "oauth2", "oauth2": [
                {"key": "accessToken", "value": "{{token}}"}, {"key": "addTokenTo", "value": "header"}]}}},
              {"name": "p", "request": {"url": "http://h/", "auth": {"type": "oauth2", "oauth2": [
                {"key": "accessToken", "value": "t1"}, {"key": "headerPrefix", "value": "Token"}]}}},
              {"name": "q", "request": {"url": "http://h/", "auth": {"type": "oauth2", "oauth2": [
                {"key": "accessToken", "value": "t2"}, {"key": "addTokenTo", "value": "queryParams"}]}}},
              {"name": "none", "request": {"url": "http://h/", "auth": {"type": "oauth2", "oauth2": [
                {"key": "accessToken", "value": ""}, {"key": "clientSecret", "value": "s"}]}}}]}
            """)
        let auths = collection.plannedRequests().map(\.spec.auth)
        guard case .bearer(let token)? = auths[0] else { Issue.record("bearer: \(String(describing: auths[0]))"); return }
        #expect(text(token) == "{{token}}")
        guard case .apiKey(let prefixed, .header, "Authorization")? = auths[1] else { Issue.record("prefix: \(String(describing: auths[1]))"); return }
        #expect(text(prefixed) == "Token t1")
        guard case .apiKey(let query, .query, "access_token")? = auths[2] else { Issue.record("query: \(String(describing: auths[2]))"); return }
        #expect(text(query) == "t2")
        #expect(auths[3] == AuthSpec.none)
    }

    @Test func formdataAndFileBodiesReadTheirFilesBesideTheCollection() throws {
        let files = PostmanFileReader.inMemory(["dir/a.png": "PNG", "dir/b.txt": "B", "/abs/c.bin": "C"])
        let collection = try PostmanCollectionDecoder.decode(source: """
            {"info": {"name": "a"}, "item": [
              {"name": "upload", "request": {"method": "POST", "url": "http://h/",
                "body": {"mode": "formdata", "formdata": [
                  {"key": "t", "value": "{{v}}"}, {"key": "off", "value": "x", "disabled": true},
                  {"key": "f", "type": "file", "src": ["a.png", "b.txt"], "contentType": "image/png"},
                  {"key": "none", "type": "file", "src": null}]}}},
              {"name": "file", "request": {"method": "POST", "url": "http://h/",
                "body": {"mode": "file", "file": {"src": "/abs/c.bin"}}}}]}
            """, file: "dir/c.json", files: files)
        let specs = collection.plannedRequests().map(\.spec)
        guard case .multipart(let parts)? = specs[0].body else {
            Issue.record("not multipart: \(String(describing: specs[0].body))")
            return
        }
        #expect(parts.map(\.name) == ["t", "f", "f"])
        #expect(parts[1].content == .file(bytes: Array("PNG".utf8), filename: "a.png", contentType: "image/png"))
        #expect(parts[2].path == "dir/b.txt")
        #expect(specs[1].body == .file(bytes: Array("C".utf8), path: "/abs/c.bin"))
    }

    @Test func aFileThatCannotBeReadIsAnErrorAtItsSrc() {
        #expect(errors("""
            {"info": {"name": "a"}, "item": [
              {"name": "file", "request": {"method": "POST", "url": "http://h/",
                "body": {"mode": "file", "file": {"src": "a.bin"}}}}]}
            """) == [
                "c.json:3:46: error: request 'file': cannot read the 'file' body file 'a.bin': files are not read here; "
                    + "nothing was sent",
            ])
    }

    @Test func invalidJSONAndAV1ExportAreErrorsWithPositions() {
        #expect(errors("{\"info\": {\"name\": \"a\"},\n  \"item\": [,]}") == [
            "c.json:2:12: error: not valid JSON: unexpected ','; expected a JSON value",
        ])
        #expect(errors("{\"name\": \"old\", \"requests\": []}") == [
            "c.json:1:1: error: this is a Postman Collection v1 export, which Volley does not read; export it again as v2.1",
        ])
    }

    @Test func eventsBecomeScriptsWithPositionsInTheJSONAndDisabledOnesAreLeftOut() throws {
        let collection = try decode("""
            {"info": {"name": "s"},
             "event": {"listen": "prerequest", "script": {"exec": "pm.variables.set('a', 1);", "type": "text/javascript"}},
             "item": [{"name": "r", "request": "http://h/", "event": [
               {"listen": "test", "script": {"exec": [
                 "pm.test('ok', () => {",
                 "  pm.response.to.have.status(200);",
                 "});"]}},
               {"listen": "prerequest", "disabled": true, "script": {"exec": ["throw 1"]}}]}]}
            """)
        #expect(collection.scripts.map(\.phase) == [.before])
        #expect(collection.scripts[0].source == "pm.variables.set('a', 1);")
        let request = try #require(collection.plannedRequests().first)
        #expect(request.scripts.map(\.phase) == [.before, .after])
        let test = request.scripts[1]
        #expect(test.level == .request)
        #expect(test.source == "pm.test('ok', () => {\n  pm.response.to.have.status(200);\n});")
        // Line 2 of the script is line 6 of the file, and its column lines up with the JSON text.
        #expect(test.location(line: 2, column: 3).description == "c.json:6:9")
    }

    @Test func eachScriptLineIsPlacedAtItsOwnExecStringWhereverTheElementsSit() throws {
        // Two elements on one line, a blank line, and one element holding a `\n` of its own.
        let collection = try decode("""
            {"info": {"name": "s"},
             "item": [{"name": "r", "request": "http://h/", "event": [
               {"listen": "test", "script": {"exec": ["let a = 1;", "let b = 2;",

                 "let c = 3;\\nlet d = 4;"]}}]}]}
            """)
        let test = try #require(collection.plannedRequests().first?.scripts.first)
        #expect(test.source == "let a = 1;\nlet b = 2;\nlet c = 3;\nlet d = 4;")
        #expect(test.location(line: 1, column: 5).description == "c.json:3:48")
        #expect(test.location(line: 2, column: 5).description == "c.json:3:62")
        #expect(test.location(line: 3, column: 1).description == "c.json:5:7")
        // A line inside one JSON string is at that string: the file has no line of its own for it.
        #expect(test.location(line: 4, column: 1).description == "c.json:5:7")
    }

    @Test func collectionVariablesKeepTheirTypesAndDisabledOnesAreLeftOut() throws {
        let collection = try decode("""
            {"info": {"name": "v"}, "variable": [
              {"key": "base", "value": "http://h"}, {"key": "n", "value": 3, "type": "number"},
              {"key": "off", "value": "x", "disabled": true}], "item": []}
            """)
        #expect(collection.variables.mapValues(\.value) == ["base": .string("http://h"), "n": .integer(3)])
        #expect(collection.variables["n"]?.location.description == "c.json:2:63")
    }

    @Test func protocolProfileBehaviorSetsTheRequestsTransportAndPostmanFollowsRedirectsByDefault() throws {
        let specs = requests(try decode("""
            {"info": {"name": "p"}, "protocolProfileBehavior": {"strictSSL": false}, "item": [
              {"name": "default", "request": "http://h/"},
              {"name": "stay", "protocolProfileBehavior": {"followRedirects": false, "maxRedirects": 3}, "request": "http://h/"}]}
            """))
        #expect(specs[0].transport == TransportOverrides(followRedirects: true, maxRedirects: nil, verifyTLS: false, decodeCompressed: true))
        #expect(specs[1].transport == TransportOverrides(followRedirects: false, maxRedirects: 3, verifyTLS: false, decodeCompressed: true))
    }

    @Test func postmanTemplatesNeverFailAndKeepWhatTheyCannotRead() {
        let at = SourceLocation(file: "c.json", line: 1, column: 1)
        #expect(text(PostmanTemplate.parse("{{a b}}/{{$guid}}/{{$randomNope}}/{{open", at: at))
            == "{{a b}}/{{$guid}}/{{$randomNope}}/{{open")
        #expect(PostmanTemplate.parse("{{ a b }}", at: at).parts == [.variable("a b")])
        #expect(PostmanTemplate.parse("x{{$randomNope}}", at: at).parts == [.literal("x{{$randomNope}}")])
    }

    @Test func anEnvironmentExportKeepsEnabledValuesAndMarksSecretOnes() throws {
        let environment = try PostmanEnvironmentDecoder.decode(source: """
            {"name": "Staging", "values": [
              {"key": "base", "value": "http://h", "enabled": true},
              {"key": "token", "value": "s3cr3t-value", "type": "secret", "enabled": true},
              {"key": "old", "value": "x", "enabled": false}],
             "_postman_variable_scope": "environment"}
            """, file: "e.json", name: "e")
        #expect(environment.name == "Staging")
        #expect(environment.variables.mapValues(\.value) == ["base": .string("http://h"), "token": .string("s3cr3t-value")])
        #expect(environment.sensitiveNames == ["token"])
    }

    @Test func contentDecidesWhatIsAPostmanFile() {
        let collection = "{\"info\": {\"schema\": \"https://schema.getpostman.com/json/collection/v2.1.0/collection.json\"}}"
        #expect(PostmanFormat.isCollection(path: "any.txt", source: collection))
        #expect(PostmanFormat.isCollection(path: "c.postman_collection.json", source: "{}"))
        #expect(!PostmanFormat.isCollection(path: "c.yaml", source: "name: x\nrequests: []\n"))
        #expect(!PostmanFormat.isCollection(path: "c.json", source: "{\"name\": \"x\"}"))
    }
}
