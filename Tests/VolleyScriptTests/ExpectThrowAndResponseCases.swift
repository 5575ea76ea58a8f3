/// `throw` in its forms, `change`/`increase`/`decrease` with `by`, and the response words on a
/// subject shaped like `pm.response`.
enum ExpectThrowAndResponseCases {
    static let all: [ExpectCase] = throwing + changes + response

    static let throwing: [ExpectCase] = [
        .pass(#"expect(() => { throw new Error('boom'); }).to.throw(); expect(() => 1).to.not.throw()"#),
        .fail(#"expect(() => 1).to.throw()"#, #"expected [Function] to throw an error"#),
        .fail(#"expect(function f() { throw new Error('boom'); }).to.not.throw()"#, #"expected [Function f] to not throw an error but 'Error: boom' was thrown"#),
        .pass(#"expect(() => { throw new TypeError('bad'); }).to.throw(TypeError); expect(() => { throw new TypeError('bad'); }).to.not.throw(RangeError)"#),
        .fail(#"expect(() => { throw new TypeError('bad'); }).to.throw(RangeError)"#, #"expected [Function] to throw 'RangeError' but 'TypeError: bad' was thrown"#),
        .pass(#"expect(() => { throw new Error('quota exceeded'); }).to.throw('quota')"#),
        .pass(#"expect(() => { throw new Error('quota exceeded'); }).throws(/^quota/); expect(() => { throw new Error('quota exceeded'); }).Throw(Error, 'exceeded')"#),
        .fail(#"expect(() => { throw new Error('a'); }).to.throw('b')"#, #"expected [Function] to throw error including 'b' but got 'a'"#),
        .fail(#"expect(() => { throw new Error('a'); }).to.throw(/b/)"#, #"expected [Function] to throw error matching /b/ but got 'a'"#),
        .fail(#"expect(() => { throw new Error('a'); }).to.throw(TypeError, /b/)"#, #"expected [Function] to throw 'TypeError' but 'Error: a' was thrown"#),
        .fail(#"expect(() => { throw new Error('a'); }).to.throw(Error, 'b')"#, #"expected [Function] to throw error including 'b' but got 'a'"#),
        .fail(#"expect(() => 1).to.throw(RangeError, 'x')"#, #"expected [Function] to throw RangeError"#),
        .fail(#"expect(() => 1).to.throw('x')"#, #"expected [Function] to throw an error"#),
        .fail(#"expect(() => { throw new Error('a'); }).to.not.throw('a')"#, #"expected [Function] to throw error not including 'a'"#),
        .fail(#"expect(() => { throw new Error('a'); }).to.not.throw(/a/)"#, #"expected [Function] to throw error not matching /a/"#),
        .fail(#"expect(() => { throw 'str'; }).to.throw(Error)"#, #"expected [Function] to throw 'Error' but 'str' was thrown"#),
        .fail(#"expect(() => { throw new TypeError('x'); }).to.throw(new Error('x'))"#, #"expected [Function] to throw 'Error: x' but 'TypeError: x' was thrown"#),
        .fail(#"expect(() => { throw new Error('a'); }).to.not.throw(Error, 'a')"#, #"expected [Function] to not throw 'Error' but 'Error: a' was thrown"#),
        .pass(#"const e = new Error('x'); expect(() => { throw e; }).to.throw(e); expect(() => { throw new Error('x'); }).to.not.throw(e)"#),
        .pass(#"expect(() => { throw new TypeError('bad'); }).to.throw(TypeError).that.has.property('message', 'bad')"#),
        .fail(#"expect(1).to.throw()"#, #"expected 1 to be a function"#),
    ]

    static let changes: [ExpectCase] = [
        .pass(#"const o = { n: 1 }; expect(() => { o.n += 2; }).to.change(o, 'n').by(2); expect(() => { o.n += 1; }).to.increase(o, 'n')"#),
        .pass(#"const o = { n: 5 }; expect(() => { o.n -= 3; }).to.decrease(() => o.n).by(3); expect(() => {}).to.not.change(o, 'n')"#),
        .fail(#"const o = { n: 1 }; expect(() => {}).to.change(o, 'n')"#, #"expected .n to change"#),
        .fail(#"const o = { n: 1 }; expect(() => { o.n--; }).to.increase(o, 'n')"#, #"expected .n to increase"#),
        .fail(#"const o = { n: 1 }; expect(() => { o.n += 2; }).to.increase(o, 'n').by(1)"#, #"expected .n to increase by 1"#),
        .fail(#"const o = { n: 1 }; expect(() => { o.n += 1; }).to.not.change(o, 'n')"#, #"expected .n to not change"#),
        .fail(#"const o = { s: 'a' }; expect(() => { o.s = 'b'; }).to.increase(o, 's')"#, #"expected 'a' to be a number"#),
        .fail(#"expect(1).to.be.above(0).by(1)"#, #"by follows change, increase or decrease"#),
    ]

    /// Defines `res(code, body, headers)`, a stand-in shaped like the runtime's `pm.response`
    /// (headers matched without case); evaluated once before the cases.
    static let responseHelper = #"""
        function res(code, body, headers) {
          const h = headers || {};
          const find = (n) => Object.keys(h).find((k) => k.toLowerCase() === String(n).toLowerCase());
          return {
            code: code, status: code === 200 ? 'OK' : 'Not Found',
            headers: { get: (n) => (find(n) === undefined ? undefined : h[find(n)]), has: (n) => find(n) !== undefined },
            text: () => body, json: () => JSON.parse(body)
          };
        }
        """#

    static let response: [ExpectCase] = [
        .pass(#"expect(res(200, '')).to.have.status(200); expect(res(200, '')).to.have.status('OK'); expect(res(404, '')).to.not.have.status(200)"#),
        .pass(#"expect(res(200, 'x')).to.have.statusCode(200).and.code(200).and.statusReason('OK').and.reason('OK'); expect(res(200, 'x')).to.be.withBody"#),
        .fail(#"expect(res(200, '')).to.be.withBody"#, #"expected response to have a body"#),
        .fail(#"expect(res(404, '')).to.have.status(200)"#, #"expected response to have status code 200 but got 404"#),
        .fail(#"expect(res(404, '')).to.have.status('OK')"#, #"expected response to have status reason 'OK' but got 'Not Found'"#),
        .fail(#"expect(res(200, '')).to.not.have.status(200)"#, #"expected response to not have status code 200"#),
        .pass(#"expect(res(200, '', { 'X-Credits-Remaining': '5' })).to.have.header('x-credits-remaining', '5').and.not.header('x-other')"#),
        .fail(#"expect(res(200, '')).to.have.header('x-next-page-after')"#, #"expected response to have header with key 'x-next-page-after'"#),
        .fail(#"expect(res(200, '', { a: '1' })).to.have.header('a', '2')"#, #"expected 'a' response header to be '2' but got '1'"#),
        .pass(#"const r = res(200, '{"a":{"b":[1,2]}}'); expect(r).to.have.jsonBody(); expect(r).to.have.jsonBody('a.b[1]'); expect(r).to.have.jsonBody('a', { b: [1, 2] })"#),
        .pass(#"expect(res(200, '{"a":[1]}')).to.have.jsonBody({ a: [1] }); expect(res(200, '{"a":[1]}')).to.not.have.jsonBody({ a: [] })"#),
        .fail(#"expect(res(200, '{"a":[1]}')).to.have.jsonBody({ a: [2] })"#, #"expected response body json to deeply equal { a: [ 2 ] } but got { a: [ 1 ] }"#),
        .fail(#"expect(res(200, 'nope')).to.have.jsonBody('a')"#, #"expected response body to be a valid json but got error JSON Parse error: Unexpected identifier "nope""#),
        .fail(#"expect(res(200, 'nope')).to.have.jsonBody()"#, #"expected response body to be a valid json"#),
        .fail(#"expect(res(200, '{"a":1}')).to.have.jsonBody('b')"#, #"expected response body json to have path 'b'"#),
        .fail(#"expect(res(200, '{"a":1}')).to.have.jsonBody('a', 2)"#, #"expected response body json at 'a' to deeply equal 2 but got 1"#),
        .pass(#"expect(res(200, 'hello')).to.have.body('hello'); expect(res(200, 'hello')).to.have.body(/ell/); expect(res(200, '')).to.not.have.body()"#),
        .fail(#"expect(res(200, 'hello')).to.have.body('bye')"#, #"expected response body to be 'bye' but got 'hello'"#),
        .pass(#"expect(res(200, '{}', { 'Content-Type': 'application/json' })).to.be.json; expect(res(200, '{}')).to.not.be.json"#),
        .pass(#"expect(res(200, '')).to.be.ok.and.success; expect(res(201, '')).to.be.success.and.not.ok; expect(res(503, '')).to.be.serverError.and.error"#),
        .fail(#"expect(res(404, '')).to.be.ok"#, #"expected response code to be 200 but found 404"#),
        .fail(#"expect(res(429, '')).to.be.success"#, #"expected response code to be 2XX but found 429"#),
        .fail(#"expect(res(200, '')).to.be.error"#, #"expected response code to be 4XX or 5XX but found 200"#),
        .pass(#"expect(res(429, '')).to.be.rateLimited.and.clientError; expect(res(401, '')).to.be.unauthorized; expect(res(404, '')).to.be.notFound"#),
        .fail(#"expect({ code: 1 }).to.have.status(200)"#, #"expected { code: 1 } to be a response"#),
    ]
}
