extension ExpectLibrary {
    /// The words Postman adds for responses (`pm.response.to.have.status(200)`): they apply to a
    /// subject shaped like `pm.response` (a numeric `code`, `headers.get`/`has`, `text()`, `json()`),
    /// and `ok` checks for status 200 there while staying chai's truthiness everywhere else.
    static let responseAssertions = #"""
    function isResponse(value) {
      return value !== null && typeof value === 'object' && typeof value.code === 'number' &&
        value.headers !== null && typeof value.headers === 'object' && typeof value.headers.get === 'function';
    }

    function response(assertion) {
      if (!isResponse(assertion._obj)) assertion._misuse('expected #{this} to be a response');
      return assertion._obj;
    }

    // A number is the status code, a string the reason ('OK'), under each of Postman's names.
    method(['status', 'statusCode', 'code', 'statusReason', 'reason'], function (expected, message) {
      this._message(message);
      const res = response(this);
      if (typeof expected === 'string') {
        if (this._ok(res.status === expected)) return this;
        return this._fail('expected response to have status reason #{exp} but got #{act}',
          'expected response to not have status reason #{exp}', expected, res.status);
      }
      if (this._ok(res.code === expected)) return this;
      return this._fail('expected response to have status code #{exp} but got #{act}',
        'expected response to not have status code #{exp}', expected, res.code);
    });

    method(['header'], function (name, value, message) {
      this._message(message);
      const res = response(this);
      const present = typeof res.headers.has === 'function' ? res.headers.has(name) : res.headers.get(name) !== undefined;
      if (arguments.length < 2 || (this._f & NOT) === 0) {
        if (!this._ok(present)) {
          this._fail('expected response to have header with key #{exp}', 'expected response to not have header with key #{exp}', name, undefined);
        }
      }
      if (arguments.length < 2) return this;
      const actual = present ? res.headers.get(name) : undefined;
      if (this._ok(present && actual === value)) return this;
      return this._fail('expected ' + inspect(name) + ' response header to be #{exp} but got #{act}',
        'expected ' + inspect(name) + ' response header to not be #{exp}', value, actual);
    });

    // The body as JSON, or a failure that says why it is not JSON.
    function jsonOf(assertion, res) {
      try { return res.json(); } catch (error) {
        return assertion._misuse('expected response body to be a valid json but got error ' + messageOf(error));
      }
    }

    method(['jsonBody'], function (path, value, message) {
      this._message(message);
      const res = response(this);
      if (arguments.length === 0) {
        let valid = true;
        try { res.json(); } catch (error) { valid = false; }
        if (this._ok(valid)) return this;
        return this._fail('expected response body to be a valid json', 'expected response body to not be a valid json', undefined, res.text());
      }
      const body = jsonOf(this, res);
      // Postman's third form: jsonBody(object) compares the whole body.
      if (isObjectLike(path)) {
        if (this._ok(deepEqual(path, body))) return this;
        return this._fail('expected response body json to deeply equal #{exp} but got #{act}',
          'expected response body json to not deeply equal #{exp}', path, body, true);
      }
      const found = resolvePath(body, String(path));
      if (arguments.length < 2) {
        if (this._ok(found.exists)) return this;
        return this._fail('expected response body json to have path #{exp}', 'expected response body json to not have path #{exp}', path, body);
      }
      if (this._ok(found.exists && deepEqual(value, found.value))) return this;
      return this._fail('expected response body json at ' + inspect(path) + ' to deeply equal #{exp} but got #{act}',
        'expected response body json at ' + inspect(path) + ' to not deeply equal #{exp}', value, found.value, true);
    });

    method(['body'], function (expected, message) {
      this._message(message);
      const text = response(this).text();
      if (arguments.length === 0) return hasBody(this, text);
      if (expected instanceof RegExp) {
        if (this._ok(expected.test(text))) return this;
        return this._fail('expected response body to match #{exp}', 'expected response body to not match #{exp}', expected, text);
      }
      if (this._ok(text === expected)) return this;
      return this._fail('expected response body to be #{exp} but got #{act}', 'expected response body to not be #{exp}', expected, text, true);
    });

    function hasBody(assertion, text) {
      if (assertion._ok(text.length > 0)) return assertion;
      return assertion._fail('expected response to have a body', 'expected response to not have a body', undefined, text);
    }
    property(['withBody'], function () { return hasBody(this, response(this).text()); });

    property(['json'], function () {
      const res = response(this);
      const type = String(res.headers.get('content-type') || '');
      let valid = /json/i.test(type);
      if (valid) { try { res.json(); } catch (error) { valid = false; } }
      if (this._ok(valid)) return this;
      return this._fail('expected response to be json (a json content type and body) but the content type is ' + inspect(type),
        'expected response to not be json', undefined, type);
    });

    // Status classes as Postman names them: the words and the codes or code ranges they accept.
    function statusClass(name, label, test) {
      property([name], function () {
        const res = response(this);
        if (this._ok(test(res.code))) return this;
        return this._fail('expected response code to be ' + label + ' but found #{act}',
          'expected response code to not be ' + label + ' but found #{act}', label, res.code);
      });
    }
    statusClass('success', '2XX', function (code) { return code >= 200 && code < 300; });
    statusClass('info', '1XX', function (code) { return code >= 100 && code < 200; });
    statusClass('redirection', '3XX', function (code) { return code >= 300 && code < 400; });
    statusClass('clientError', '4XX', function (code) { return code >= 400 && code < 500; });
    statusClass('serverError', '5XX', function (code) { return code >= 500 && code < 600; });
    statusClass('error', '4XX or 5XX', function (code) { return code >= 400 && code < 600; });
    statusClass('accepted', '202', function (code) { return code === 202; });
    statusClass('badRequest', '400', function (code) { return code === 400; });
    statusClass('unauthorized', '401', function (code) { return code === 401; });
    statusClass('forbidden', '403', function (code) { return code === 403; });
    statusClass('notFound', '404', function (code) { return code === 404; });
    statusClass('rateLimited', '429', function (code) { return code === 429; });

    // `ok`: status 200 on a response, chai's truthiness on anything else.
    property(['ok'], function () {
      const subject = this._obj;
      if (isResponse(subject)) {
        if (this._ok(subject.code === 200)) return this;
        return this._fail('expected response code to be 200 but found #{act}', 'expected response code to not be 200 but found #{act}', 200, subject.code);
      }
      if (this._ok(!!subject)) return this;
      return this._fail('expected #{this} to be truthy', 'expected #{this} to be falsy');
    });
    """#
}
