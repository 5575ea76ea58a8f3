import Testing

@testable import VolleyScript

/// The draft-07 validator behind `jsonSchema` and the `ajv` front, keyword by keyword: each case
/// a schema, a value that passes and one that fails with the error it must give.
@Suite struct JSONSchemaTests {
    /// A schema (JSON), a valid value, an invalid one, and the invalid one's first error as
    /// `pointer message`.
    private static let cases: [(schema: String, valid: String, invalid: String, error: String)] = [
        (#"{"type":"integer"}"#, "3", "3.5", " must be integer"),
        (#"{"type":["string","null"]}"#, "null", "1", " must be string,null"),
        (#"{"type":"number"}"#, "3", "'3'", " must be number"),
        (#"{"enum":[1,"a",{"b":[1]}]}"#, "({b:[1]})", "2", " must be equal to one of the allowed values"),
        (#"{"const":{"a":1}}"#, "({a:1})", "({a:2})", " must be equal to constant"),
        (#"{"minimum":2,"maximum":4}"#, "4", "5", " must be <= 4"),
        (#"{"exclusiveMinimum":2}"#, "2.5", "2", " must be > 2"),
        (#"{"minimum":2,"exclusiveMinimum":true}"#, "3", "2", " must be > 2"),
        (#"{"multipleOf":0.1}"#, "0.3", "0.35", " must be multiple of 0.1"),
        (#"{"minLength":2,"maxLength":3}"#, "'😀😀'", "'abcd'", " must NOT have more than 3 characters"),
        (#"{"pattern":"^[a-z]+$"}"#, "'abc'", "'aB'", #" must match pattern "^[a-z]+$""#),
        (#"{"format":"email"}"#, "'a@b.io'", "'a.b.io'", #" must match format "email""#),
        (#"{"format":"date-time"}"#, "'2026-12-02T06:00:00Z'", "'2026-13-02T06:00:00Z'", #" must match format "date-time""#),
        (#"{"format":"uuid"}"#, "'6f1c8a2e-0b7d-4c1e-9a3f-2d5e8b7c6a10'", "'6f1c8a2e'", #" must match format "uuid""#),
        (#"{"format":"ipv4"}"#, "'10.0.0.1'", "'10.0.0.256'", #" must match format "ipv4""#),
        (#"{"items":{"type":"string"},"minItems":1}"#, "['a']", "['a',1]", "/1 must be string"),
        (#"{"items":[{"type":"integer"}],"additionalItems":false}"#, "[1]", "[1,2]", " must NOT have more than 1 items"),
        (#"{"uniqueItems":true}"#, "[1,{a:1},{a:2}]", "[{a:1},{a:1}]", " must NOT have duplicate items (items ## 0 and 1 are identical)"),
        (#"{"contains":{"const":3}}"#, "[1,3]", "[1,2]", " must contain at least 1 valid item"),
        (#"{"required":["id"],"properties":{"id":{"type":"integer"}}}"#, "({id:1})", "({})", " must have required property 'id'"),
        (#"{"properties":{"a/b":{"type":"string"}}}"#, "({'a/b':'x'})", "({'a/b':1})", "/a~1b must be string"),
        (#"{"additionalProperties":false,"properties":{"a":{}}}"#, "({a:1})", "({a:1,b:2})", #" must NOT have additional properties ("b")"#),
        (#"{"patternProperties":{"^x-":{"type":"string"}},"additionalProperties":{"type":"number"}}"#, "({'x-a':'s',n:1})", "({n:'1'})", "/n must be number"),
        (#"{"propertyNames":{"pattern":"^[a-z]+$"}}"#, "({ab:1})", "({Ab:1})", #" property name "Ab" is invalid"#),
        (#"{"minProperties":1,"maxProperties":1}"#, "({a:1})", "({})", " must NOT have fewer than 1 properties"),
        (#"{"dependencies":{"card":["billing"]}}"#, "({card:1,billing:2})", "({card:1})", " must have property billing when property card is present"),
        (#"{"allOf":[{"type":"integer"},{"minimum":3}]}"#, "3", "2", " must be >= 3"),
        (#"{"anyOf":[{"type":"string"},{"type":"integer"}]}"#, "2", "2.5", " must match a schema in anyOf"),
        (#"{"oneOf":[{"type":"integer"},{"minimum":2}]}"#, "1", "3", " must match exactly one schema in oneOf"),
        (#"{"not":{"type":"null"}}"#, "0", "null", " must NOT be valid"),
        (#"{"if":{"properties":{"kind":{"const":"a"}}},"then":{"required":["a"]},"else":{"required":["b"]}}"#, "({kind:'a',a:1})", "({kind:'z'})", " must have required property 'b'"),
        (##"{"definitions":{"pos":{"type":"integer","minimum":1}},"properties":{"n":{"$ref":"#/definitions/pos"}}}"##, "({n:1})", "({n:0})", "/n must be >= 1"),
        (##"{"$id":"http://x/root","definitions":{"a":{"$id":"#item","type":"string"}},"items":{"$ref":"#item"}}"##, "['s']", "[1]", "/0 must be string"),
        (##"{"type":"object","properties":{"child":{"$ref":"#"}},"required":["v"]}"##, "({v:1,child:{v:2}})", "({v:1,child:{}})", "/child must have required property 'v'"),
        ("false", "undefined", "1", " boolean schema is false"),
    ]

    @Test func everyKeywordPassesAndFailsWithItsError() throws {
        let js = try sandboxContext()
        try js.evaluate("var S = __volleyExpect.jsonSchema(); function check(schema, data) { const v = new S.Validator(); v.add(schema); return v.validate(schema, data); }")
        for item in Self.cases {
            if item.valid != "undefined" {
                #expect(try js.outcome("check(\(item.schema), \(item.valid)).length") == "0", "\(item.schema) with \(item.valid)")
            }
            let first = try js.outcome("(function (e) { return e.length ? e[0].instancePath + ' ' + e[0].message : 'no error'; })(check(\(item.schema), \(item.invalid)))")
            #expect(first == item.error, "\(item.schema) with \(item.invalid)")
        }
    }

    @Test func aBrokenSchemaIsAnErrorThatSaysWhy() throws {
        let js = try sandboxContext()
        try js.evaluate("var S = __volleyExpect.jsonSchema(); function check(schema, data) { const v = new S.Validator(); v.add(schema); return v.validate(schema, data); }")
        #expect(try js.outcome("check({ $ref: '#/definitions/nope' }, 1)") == ##"threw: cannot resolve $ref "#/definitions/nope": the schema has nothing at "#/definitions/nope""##)
        #expect(try js.outcome("check({ $ref: '#' }, 1)").hasPrefix("threw: the schema refers to itself without end ($ref at #/$ref/$ref/"))
    }

    @Test func theAssertionSaysWhereAndWhatWasFound() throws {
        let js = try sandboxContext()
        let schema = "{ type: 'object', required: ['id', 'email'], properties: { id: { type: 'integer' }, email: { format: 'email' } } }"
        #expect(try js.outcome("__volleyExpect({ id: 1, email: 'a@b.io' }).to.have.jsonSchema(\(schema)) && 'passed'") == "passed")
        #expect(try js.outcome("__volleyExpect({ id: '12', email: 'nope' }).to.have.jsonSchema(\(schema))") ==
            #"threw: expected value to match the JSON schema, but /id must be integer (found "12"); /email must match format "email" (found "nope")"#)
        #expect(try js.outcome("__volleyExpect({}).to.have.jsonSchema(\(schema))") ==
            "threw: expected value to match the JSON schema, but / must have required property 'id'; / must have required property 'email'")
        #expect(try js.outcome("__volleyExpect(1).to.not.have.jsonSchema({ type: 'integer' })") == "threw: expected value to not match the JSON schema")
        #expect(try js.outcome("__volleyExpect(1).to.have.jsonSchema('integer')") == "threw: expected a JSON schema (an object or a boolean) to check 1 with")
    }
}
