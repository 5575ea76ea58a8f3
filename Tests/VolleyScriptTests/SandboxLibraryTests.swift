import Testing
import TestSupport

@testable import VolleyScript

/// The sandbox libraries as globals and through `require`: Debian's builds loaded on first use,
/// Volley's own modules, and the errors for a library that is missing or not in the sandbox.
@Suite struct SandboxLibraryTests {
    @Test func debiansLibrariesLoadThroughRequireAndAsGlobals() throws {
        let js = try sandboxContext()
        #expect(try js.outcome("require('lodash') === _ && _.chunk([1, 2, 3], 2).length === 2 && _.get({ a: { b: 7 } }, 'a.b')") == "7")
        #expect(try js.outcome("require('moment') === moment && moment.utc('2026-12-02T06:00:00Z').add(1, 'day').format('YYYY-MM-DD')") == "2026-12-03")
        #expect(try js.outcome("require('tv4') === tv4 && tv4.validate({ a: 1 }, { properties: { a: { type: 'string' } } }) + ' ' + tv4.error.message") == "false Invalid type: number (expected string)")
        #expect(try js.outcome("(function () { try { require('chai').expect(1).to.equal(2); } catch (e) { return e.message; } })()") == "expected 1 to equal 2")
        #expect(try js.outcome("chai.assert.isTrue(true) === undefined && chai === require('chai')") == "true")
    }

    @Test func aLibraryLoadsOnlyWhenFirstUsed() throws {
        let js = try sandboxContext()
        let isGetter = "typeof Object.getOwnPropertyDescriptor(globalThis, '_').get"
        #expect(try js.outcome(isGetter) == "function")
        _ = try js.outcome("_.VERSION")
        #expect(try js.outcome(isGetter) == "undefined")
        #expect(try js.outcome("typeof Object.getOwnPropertyDescriptor(globalThis, 'moment').get") == "function")
        // A script may take the name for its own value.
        #expect(try js.outcome("(moment = 5, moment)") == "5")
    }

    @Test func aMissingLibraryIsAnErrorNamingItsDebianPackage() throws {
        let empty = try TemporaryDirectory()
        let js = try sandboxContext(directory: empty.path)
        #expect(try js.outcome("_.VERSION") == "threw: lodash is not installed: Volley loads it from \(empty.path)/lodash/lodash.min.js, which the Debian package libjs-lodash provides (apt-get install libjs-lodash)")
        #expect(try js.outcome("require('chai')").contains("the Debian package libjs-chai provides"))
        #expect(try js.outcome("require('moment')").contains("libjs-moment"))
        #expect(try js.outcome("tv4").contains("libjs-tv4"))
        // Volley's own modules need no file.
        #expect(try js.outcome("typeof require('crypto-js').SHA256") == "function")
    }

    @Test func aModuleOutsideTheSandboxIsNamedWithWhatThereIs() throws {
        let js = try sandboxContext()
        #expect(try js.outcome("require('xml2js')") == "threw: Cannot find module 'xml2js': Volley's sandbox has no xml2js (it is Node-only); the modules it has are lodash, moment, tv4, chai, crypto-js, uuid, ajv, postman-collection, atob, btoa")
        #expect(try js.outcome("require('left-pad')").hasPrefix("threw: Cannot find module 'left-pad': the modules Volley's sandbox has are lodash"))
    }

    @Test func uuidIsARandomVersion4() throws {
        let js = try sandboxContext()
        let pattern = "/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/"
        #expect(try js.outcome("\(pattern).test(uuid.v4()) && \(pattern).test(require('uuid')()) && uuid.v4() !== uuid.v4()") == "true")
        #expect(try js.outcome("uuid.validate(uuid.v4()) + ' ' + uuid.version(uuid.v4()) + ' ' + uuid.validate('nope')") == "true 4 false")
    }

    @Test func atobAndBtoaAreTheBrowsersFunctions() throws {
        let js = try sandboxContext()
        #expect(try js.outcome("btoa('user:pass')") == "dXNlcjpwYXNz")
        #expect(try js.outcome("atob('dXNlcjpwYXNz')") == "user:pass")
        #expect(try js.outcome("atob(' dXNl\\ncg== ')") == "user")
        #expect(try js.outcome("btoa('\\u00ff\\u00fe')") == "//4=")
        #expect(try js.outcome("btoa('€')") == "threw: btoa: the string has a character outside Latin-1 at index 0 (encode it as UTF-8 first)")
        #expect(try js.outcome("atob('a*b=')") == "threw: atob: the string is not valid Base64")
        #expect(try js.outcome("require('btoa') === btoa && require('atob') === atob") == "true")
    }

    @Test func ajvCompilesAndValidatesWithAjvsErrors() throws {
        let js = try sandboxContext()
        try js.evaluate("""
            var ajv = new Ajv({ allErrors: true });
            var schema = { type: 'object', required: ['id', 'name'], properties: { id: { type: 'integer' }, tags: { type: 'array', items: { type: 'string' } } } };
            var validate = ajv.compile(schema);
            """)
        #expect(try js.outcome("validate({ id: 1, name: 'a', tags: ['x'] }) + ' ' + validate.errors") == "true null")
        #expect(try js.outcome("validate({ id: 'one', tags: ['x', 2] })") == "false")
        #expect(try js.outcome("JSON.stringify(validate.errors.map((e) => [e.instancePath, e.keyword, e.message]))") ==
            #"[["","required","must have required property 'name'"],["/id","type","must be integer"],["/tags/1","type","must be string"]]"#)
        #expect(try js.outcome("validate.errors[2].dataPath + ' ' + validate.errors[2].schemaPath") == ".tags[1] #/properties/tags/items/type")
        #expect(try js.outcome("ajv.errorsText(validate.errors)") == "data must have required property 'name', data/id must be integer, data/tags/1 must be string")
        // Without allErrors, Ajv stops at the first error.
        #expect(try js.outcome("new Ajv().validate(schema, {}) + ' ' + (function (a) { a.validate(schema, {}); return a.errors.length; })(new Ajv())") == "false 1")
        #expect(try js.outcome("new (require('ajv'))().addSchema({ $id: 'pos', type: 'number', minimum: 0 }).validate('pos', -1)") == "false")
        #expect(try js.outcome("new Ajv().addFormat('even', (s) => Number(s) % 2 === 0).validate({ format: 'even' }, '3')") == "false")
        #expect(try js.outcome("new Ajv().addKeyword('range')") == "threw: Ajv.addKeyword('range') is not supported by Volley's Ajv front")
    }

    @Test func postmanCollectionsListsWorkAsTheSDKs() throws {
        let js = try sandboxContext()
        try js.evaluate("var sdk = require('postman-collection');")
        #expect(try js.outcome("new sdk.Variable({ key: 'k', value: 5 }).get() + ' ' + String(new sdk.Variable({ key: 'k', value: 5 }))") == "5 5")
        #expect(try js.outcome("""
            (function () {
              const list = new sdk.VariableList(null, [{ key: 'a', value: 1 }, { key: 'b', value: 2 }]);
              list.upsert({ key: 'a', value: 3 });
              list.add(new sdk.Variable({ key: 'c', value: 4 }));
              list.remove('b');
              return JSON.stringify(list.toObject()) + ' ' + list.count() + ' ' + list.has('c') + ' ' + list.get('a') + ' ' + list.idx(1).key;
            })()
            """) == #"{"a":3,"c":4} 2 true 3 c"#)
        #expect(try js.outcome("""
            (function () {
              const headers = new sdk.HeaderList(null, sdk.Header.parse('Content-Type: application/json\\nX-Id: 7'));
              headers.add(new sdk.Header('Bearer t', 'Authorization'));
              return headers.get('content-type') + '|' + headers.has('x-id', '7') + '|' + headers.toString().split('\\r\\n').length + '|' + new sdk.Header('A: b').toString();
            })()
            """) == "application/json|true|3|A: b")
        #expect(try js.outcome("new sdk.PropertyList(sdk.QueryParam, null, sdk.QueryParam.parse('?a=1&b')).toString()") == "a=1&b")
    }
}
