import Testing
import VolleyCore
import VolleyParser

/// `auth:` in each form and at each level, then each of its errors with its exact text and position.
@Suite struct AuthParserTests {
    func requestAuth(_ line: String, sourceLocation: Testing.SourceLocation = #_sourceLocation) throws -> AuthSpec? {
        try #require(try parse(oneRequest(line), sourceLocation: sourceLocation).requests.first).auth
    }

    // MARK: Forms

    @Test func apiKeyWithEveryField() throws {
        #expect(try requestAuth("    auth: { apikey: { value: \"{{apikey}}\", in: query, name: api_key } }\n")
            == .apiKey(
                value: Template(parts: [.variable("apikey")], location: at(5, 30)), placement: .query, name: "api_key"))
    }

    @Test func apiKeyDefaultsToAnApikeyHeader() throws {
        #expect(try requestAuth("    auth: { apikey: { value: \"k-{{n}}\" } }\n")
            == .apiKey(
                value: Template(parts: [.literal("k-"), .variable("n")], location: at(5, 30)),
                placement: .header, name: "apikey"))
    }

    @Test func apiKeyInBlockStyleWithAHeaderName() throws {
        let auth = try requestAuth("""
                auth:
                  apikey:
                    value: "{{key}}"
                    in: header
                    name: X-Api-Key

            """)
        #expect(auth == .apiKey(
            value: Template(parts: [.variable("key")], location: at(7, 16)), placement: .header, name: "X-Api-Key"))
    }

    @Test func bearer() throws {
        #expect(try requestAuth("    auth: { bearer: \"{{token}}\" }\n")
            == .bearer(Template(parts: [.variable("token")], location: at(5, 21))))
    }

    @Test func basic() throws {
        #expect(try requestAuth("    auth: { basic: { username: \"{{user}}\", password: \"{{pass}}\" } }\n")
            == .basic(
                username: Template(parts: [.variable("user")], location: at(5, 32)),
                password: Template(parts: [.variable("pass")], location: at(5, 54))))
    }

    @Test func none() throws {
        #expect(try requestAuth("    auth: none\n") == AuthSpec.none)
    }

    @Test func noAuthWrittenIsNil() throws {
        #expect(try requestAuth("") == nil)
    }

    @Test func collectionLevelBesideNameAndInDefaults() throws {
        let beside = try parse("name: c\nauth: { bearer: t }\nrequests: []\n")
        #expect(beside.defaults.auth == .bearer(Template(parts: [.literal("t")], location: at(2, 17))))
        let inside = try parse("name: c\ndefaults:\n  auth: none\nrequests: []\n")
        #expect(inside.defaults.auth == AuthSpec.none)
    }

    @Test func folderLevelBesideNameAndInDefaults() throws {
        let source = """
            name: c
            requests:
              - name: beside
                auth: { bearer: a }
                requests: []
              - name: inside
                defaults: { auth: { bearer: b } }
                requests: []
            """
        let folders = try parse(source).items.compactMap { if case .folder(let folder) = $0 { folder } else { nil } }
        #expect(folders.map(\.defaults.auth) == [
            .bearer(Template(parts: [.literal("a")], location: at(4, 21))),
            .bearer(Template(parts: [.literal("b")], location: at(7, 33))),
        ])
    }

    // MARK: Errors

    @Test func misspelledAuthKey() {
        #expect(collectionError(oneRequest("    auht: none\n")) == "5:5: unknown key 'auht' (did you mean 'auth'?)")
        #expect(collectionError("name: c\nauht: none\nrequests: []\n") == "2:1: unknown key 'auht' (did you mean 'auth'?)")
    }

    @Test func authMustBeNoneOrAMap() {
        #expect(collectionError(oneRequest("    auth: bearer\n"))
            == "5:11: 'auth' must be none or a map with one of 'apikey', 'bearer', 'basic', 'digest', 'ntlm', 'oauth1', 'aws_sigv4' or 'hawk', found 'bearer'")
        #expect(collectionError(oneRequest("    auth:\n"))
            == "5:10: 'auth' must be none or a map with one of 'apikey', 'bearer', 'basic', 'digest', 'ntlm', 'oauth1', 'aws_sigv4' or 'hawk', found null")
    }

    @Test func emptyAuthMap() {
        #expect(collectionError(oneRequest("    auth: {}\n")) == "5:11: 'auth' needs one of 'apikey', 'bearer', 'basic', 'digest', 'ntlm', 'oauth1', 'aws_sigv4' or 'hawk'")
    }

    @Test func unknownScheme() {
        #expect(collectionError(oneRequest("    auth: { baerer: x }\n"))
            == "5:13: unknown auth scheme 'baerer' (did you mean 'bearer'?)")
        #expect(collectionError(oneRequest("    auth: { edgegrid: x }\n"))
            == "5:13: unknown auth scheme 'edgegrid' (expected one of: apikey, bearer, basic, digest, ntlm, oauth1, aws_sigv4, hawk)")
    }

    @Test func noneAsASchemeKey() {
        #expect(collectionError(oneRequest("    auth: { none: true }\n"))
            == "5:13: write 'auth: none' to switch auth off, not a map with 'none'")
    }

    @Test func twoSchemes() {
        #expect(collectionError(oneRequest("    auth: { bearer: a, basic: { username: u, password: p } }\n"))
            == "5:24: 'auth' has both 'bearer' and 'basic' (use exactly one of 'apikey', 'bearer', 'basic', 'digest', 'ntlm', 'oauth1', 'aws_sigv4' or 'hawk')")
    }

    @Test func apiKeyMustBeAMap() {
        #expect(collectionError(oneRequest("    auth: { apikey: \"{{k}}\" }\n"))
            == "5:21: 'apikey' must be a map like { value: \"{{apikey}}\" }, found '{{k}}'")
    }

    @Test func apiKeyMissingValue() {
        #expect(collectionError(oneRequest("    auth: { apikey: { in: query } }\n")) == "5:21: 'apikey' is missing 'value'")
    }

    @Test func apiKeyUnknownKey() {
        #expect(collectionError(oneRequest("    auth: { apikey: { valeu: k } }\n"))
            == "5:23: unknown key 'valeu' (did you mean 'value'?)")
    }

    @Test func apiKeyPlacement() {
        #expect(collectionError(oneRequest("    auth: { apikey: { value: k, in: cookie } }\n"))
            == "5:37: 'in' must be header or query, found 'cookie'")
    }

    @Test func apiKeyHeaderNameMustBeAToken() {
        #expect(collectionError(oneRequest("    auth: { apikey: { value: k, name: \"api key\" } }\n"))
            == "5:43: invalid header name 'api key' (a header name is a token: letters, digits and !#$%&'*+-.^_`|~)")
    }

    @Test func apiKeyNameMustNotBeEmpty() {
        #expect(collectionError(oneRequest("    auth: { apikey: { value: k, name: \"\" } }\n"))
            == "5:39: header name must not be empty")
        #expect(collectionError(oneRequest("    auth: { apikey: { value: k, in: query, name: \"\" } }\n"))
            == "5:50: query parameter name must not be empty")
    }

    @Test func aQueryParameterNameNeedNotBeAToken() throws {
        #expect(try requestAuth("    auth: { apikey: { value: k, in: query, name: \"api key\" } }\n")
            == .apiKey(value: Template(parts: [.literal("k")], location: at(5, 30)), placement: .query, name: "api key"))
    }

    @Test func bearerMustBeAString() {
        #expect(collectionError(oneRequest("    auth: { bearer: { token: x } }\n"))
            == "5:21: 'bearer' must be a string, found a map")
    }

    @Test func unquotedPlaceholderInBearer() {
        #expect(collectionError(oneRequest("    auth:\n      bearer: {{token}}\n"))
            == "6:15: 'bearer' must be a string, found a map (YAML reads an unquoted {{token}} as a map; quote it: \"{{token}}\")")
    }

    @Test func basicMustBeAMap() {
        #expect(collectionError(oneRequest("    auth: { basic: \"u:p\" }\n"))
            == "5:20: 'basic' must be a map like { username: \"{{user}}\", password: \"{{pass}}\" }, found 'u:p'")
    }

    @Test func aMisspelledKeyIsNotAlsoReportedMissing() {
        #expect(collectionError(oneRequest("    auth: { basic: { username: u, pasword: p } }\n"))
            == "5:35: unknown key 'pasword' (did you mean 'password'?)")
    }

    @Test func basicMissingBoth() {
        #expect(collectionErrors(oneRequest("    auth: { basic: {} }\n")) == [
            "5:20: 'basic' is missing 'username'",
            "5:20: 'basic' is missing 'password'",
        ])
    }

    @Test func templateErrorInAPassword() {
        #expect(collectionError(oneRequest("    auth: { basic: { username: u, password: \"{{pass\" } }\n"))
            == "5:46: unclosed '{{' in template (add '}}')")
    }
}
