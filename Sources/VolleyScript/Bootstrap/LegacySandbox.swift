/// Postman's legacy sandbox, the globals older collections (and most exported ones) still use:
/// `tests["name"] = bool`, `responseBody`, `responseCode` (`code`, `name`, `detail`),
/// `responseHeaders`, `responseTime`, `responseCookies`, `environment`, `globals`, `data`,
/// `iteration`, `request`, and the `postman` object; plus the cookie lists `pm.cookies` and
/// `pm.response.cookies`. Written for Volley against the `pm` API: every value is read from the
/// call's `pm` when a script first reads it, so a script that uses none of this pays nothing
/// but `begin`.
///
/// Evaluated once per context before the `pm` bootstrap; it defines `__volleyLegacy`, which the
/// bootstrap takes: `begin(pm, scriptURL)` before each script call, `collect()` for the
/// `tests[...]` results (in the records `pm.test` makes), `cookies()` and `responseCookies()`
/// behind `pm.cookies` and `pm.response.cookies`, and `postman`, the object scripts get as
/// `postman`.
enum LegacySandbox {
    static let sourceURL = "volley:legacy"

    static let source = #"""
    (function () {
    'use strict';
    const modules = __volleyModules, host = __volleyHost;
    delete globalThis.__volleyModules;
    let current = null, scriptURL = null, perCall = null;

    // Postman's http-reasons words for responseCode.detail, for the codes APIs answer most.
    const details = {
      200: 'Standard response for successful HTTP requests.',
      201: 'The request has been fulfilled and resulted in a new resource being created.',
      202: 'The request has been accepted for processing, but the processing has not been completed.',
      204: 'The server successfully processed the request, but is not returning any content.',
      301: 'This and all future requests should be directed to the given URI.',
      302: 'The resource was found, but at a different URI.',
      304: 'The resource has not been modified since the last request.',
      400: 'The request cannot be fulfilled due to bad syntax.',
      401: 'Authentication is required and has failed or has not yet been provided.',
      403: 'The request was a legal request, but the server is refusing to respond to it.',
      404: 'The requested resource could not be found but may be available again in the future.',
      405: 'A request was made of a resource using a request method not supported by that resource.',
      409: 'The request could not be processed because of conflict in the request.',
      422: 'The request was well-formed but was unable to be followed due to semantic errors.',
      429: 'The user has sent too many requests in a given amount of time.',
      500: 'A generic error message, given when no more specific message is suitable.',
      502: 'The server was acting as a gateway or proxy and received an invalid response from the upstream server.',
      503: 'The server is currently unavailable (because it is overloaded or down for maintenance).',
      504: 'The server was acting as a gateway or proxy and did not receive a timely response from the upstream server.',
    };

    const framePattern = /^(?:[^@\n]*@)?(.*):(\d+):(\d+)$/;
    function callerPosition() {
      const stack = new Error().stack;
      if (typeof stack !== 'string') return null;
      for (const frame of stack.split('\n')) {
        const m = framePattern.exec(frame);
        if (m !== null && m[1] === scriptURL) return [Number(m[2]), Number(m[3])];
      }
      return null;
    }

    // Postman's legacy setters store text: a truthy value with a toString becomes its string
    // (5 "5", true "true", an object "[object Object]", an array "1,2"); false, 0, '', null and
    // undefined stay as they are (Postman's test, `value && value.toString`, is falsy for them).
    function legacyValue(value) {
      return (value === false || value) && typeof (value && value.toString) === 'function' ? value.toString() : value;
    }

    // Set-Cookie lines of a response as cookie objects.
    function parseSetCookie(line) {
      const parts = String(line).split(';');
      const first = parts.shift(), eq = first.indexOf('=');
      if (eq <= 0) return null;
      const cookie = { name: first.slice(0, eq).trim(), value: first.slice(eq + 1).trim(), hostOnly: true, httpOnly: false, secure: false };
      for (const part of parts) {
        const at = part.indexOf('='), key = (at < 0 ? part : part.slice(0, at)).trim().toLowerCase(), value = at < 0 ? '' : part.slice(at + 1).trim();
        if (key === 'domain') { cookie.domain = value.replace(/^\./, ''); cookie.hostOnly = false; }
        else if (key === 'path') cookie.path = value;
        else if (key === 'expires') cookie.expires = value;
        else if (key === 'max-age') cookie.maxAge = Number(value);
        else if (key === 'secure') cookie.secure = true;
        else if (key === 'httponly') cookie.httpOnly = true;
        else if (key === 'samesite') cookie.sameSite = value;
      }
      return cookie;
    }
    function responseCookies(response) {
      if (!response) return [];
      return response.headers.all().filter((h) => h.key.toLowerCase() === 'set-cookie').map((h) => parseSetCookie(h.value)).filter((c) => c !== null);
    }
    // The cookies a script sees as a postman-collection CookieList.
    function cookieList(cookies) {
      const sdk = modules.require('postman-collection');
      return new sdk.CookieList(null, cookies);
    }

    // The run's jar for a URL (the request's own when none is named); null when the request
    // keeps no cookies (`cookies: false`).
    function jarCookies(url) {
      const text = host('cookies', url === undefined ? undefined : String(url));
      return text === undefined || text === null ? null : JSON.parse(text).map((c) => {
        if (c.expires !== undefined) c.expires = new Date(c.expires);
        return c;
      });
    }

    // pm.cookies.jar(): Postman's callback API over the run's jar (a promise when no callback
    // is given). The callback runs after the script's own code, as Postman's does.
    function cookieJar() {
      const settle = (work, callback) => {
        const promise = new Promise((resolve, reject) => {
          if (host('cookies', '') === undefined) reject(new Error('this request keeps no cookies (cookies: false), so it has no jar'));
          else resolve(work());
        });
        if (typeof callback !== 'function') return promise;
        promise.then((value) => callback(null, value), (error) => callback(error));
        return undefined;
      };
      const list = (url) => jarCookies(url) || [];
      const setOne = (url, cookie) => {
        const record = Object.assign({}, cookie);
        if (record.expires instanceof Date) record.expires = record.expires.getTime();
        else if (typeof record.expires === 'string') record.expires = Date.parse(record.expires);
        if (host('cookie.set', String(url), JSON.stringify(record)) !== 'true') throw new Error('cannot set cookie ' + JSON.stringify(String(cookie.name)) + ' for ' + String(url));
        return list(url).filter((c) => c.name === String(cookie.name)).pop();
      };
      return Object.freeze({
        get: (url, name, callback) => settle(() => {
          const found = list(url).filter((c) => c.name === String(name)).pop();
          return found === undefined ? undefined : found.value;
        }, callback),
        getAll: (url, options, callback) => settle(() => list(url), typeof options === 'function' ? options : callback),
        set: (url, name, value, callback) => (name !== null && typeof name === 'object')
          ? settle(() => setOne(url, name), value)
          : settle(() => setOne(url, { name: String(name), value: value === undefined ? '' : String(value) }), callback),
        unset: (url, name, callback) => settle(() => { host('cookie.unset', String(url), String(name)); }, callback),
        clear: (url, callback) => settle(() => { host('cookie.unset', String(url)); }, callback),
      });
    }

    // A scope's values as the SDK's VariableList (`pm.environment.values`), a copy: writes go through set.
    function variableList(object) {
      const sdk = modules.require('postman-collection');
      return new sdk.VariableList(null, Object.keys(object).map((key) => ({ key, value: object[key] })));
    }

    function once(key, make) {
      if (perCall === null) perCall = { values: Object.create(null), tests: null };
      if (!(key in perCall.values)) perCall.values[key] = make();
      return perCall.values[key];
    }

    function headerObject(list) { const o = {}; for (const h of list) o[h.key] = h.value; return o; }

    function legacyRequest(pm) {
      const request = pm.request;
      const headers = request.headers.all();
      const raw = request.body ? request.body.raw : '';
      const type = String(request.headers.get('content-type') || '');
      let data = raw;
      if (/application\/x-www-form-urlencoded/i.test(type)) {
        data = {};
        for (const pair of String(raw).split('&').filter((p) => p !== '')) {
          const eq = pair.indexOf('='), decode = (s) => { try { return decodeURIComponent(s.replace(/\+/g, ' ')); } catch (e) { return s; } };
          data[decode(eq < 0 ? pair : pair.slice(0, eq))] = eq < 0 ? '' : decode(pair.slice(eq + 1));
        }
      }
      return { url: request.url.toString(), method: request.method, headers: headerObject(headers), data, name: pm.info.requestName, id: pm.info.requestId };
    }

    // Each legacy global: a getter over the current call (its own value once a script assigns it).
    const globals = {
      responseBody: (pm) => pm.response ? pm.response.text() : undefined,
      responseCode: (pm) => pm.response ? { code: pm.response.code, name: pm.response.status, detail: details[pm.response.code] || pm.response.status } : undefined,
      responseHeaders: (pm) => pm.response ? headerObject(pm.response.headers.all()) : undefined,
      responseTime: (pm) => pm.response ? pm.response.responseTime : undefined,
      responseCookies: (pm) => pm.response ? responseCookies(pm.response) : undefined,
      environment: (pm) => pm.environment.toObject(),
      globals: (pm) => pm.globals.toObject(),
      data: (pm) => pm.iterationData.toObject(),
      iteration: (pm) => pm.info.iteration,
      request: (pm) => legacyRequest(pm),
      tests: () => makeTests(),
    };
    for (const name of Object.keys(globals)) {
      Object.defineProperty(globalThis, name, {
        configurable: true, enumerable: false,
        get() { return current === null ? undefined : once(name, () => globals[name](current)); },
        set(value) { if (current !== null) { once(name, () => value); perCall.values[name] = value; } },
      });
    }

    // `tests`: each name set is one test result, its last value deciding it (truthy passes), in
    // the order names were first set, at the line that set it last.
    function makeTests() {
      const target = {};
      const tests = perCall.tests = new Map();
      return new Proxy(target, {
        set(object, name, value) {
          object[name] = value;
          if (typeof name === 'string') tests.set(name, { value, at: callerPosition() });
          return true;
        },
        deleteProperty(object, name) { delete object[name]; tests.delete(name); return true; },
      });
    }

    function describe(value) {
      if (typeof value === 'string') return JSON.stringify(value);
      try { const json = JSON.stringify(value); return json === undefined ? String(value) : json; } catch (e) { return String(value); }
    }

    // The legacy setters of one scope: each writes through pm's scope and keeps the call's
    // `environment` / `globals` object (read once per call) in step.
    function legacyScope(scope) {
      return {
        set(name, value) {
          const v = legacyValue(value);
          current[scope].set(name, v);
          if (perCall && perCall.values[scope]) perCall.values[scope][name] = v;
        },
        get: (name) => current[scope].get(name),
        clear(name) {
          current[scope].unset(name);
          if (perCall && perCall.values[scope]) delete perCall.values[scope][name];
        },
        clearAll() {
          current[scope].clear();
          if (perCall && perCall.values[scope]) perCall.values[scope] = {};
        },
      };
    }
    const environmentScope = legacyScope('environment'), globalScope = legacyScope('globals');

    const postman = {
      setEnvironmentVariable: environmentScope.set,
      getEnvironmentVariable: environmentScope.get,
      clearEnvironmentVariable: environmentScope.clear,
      clearEnvironmentVariables: environmentScope.clearAll,
      setGlobalVariable: globalScope.set,
      getGlobalVariable: globalScope.get,
      clearGlobalVariable: globalScope.clear,
      clearGlobalVariables: globalScope.clearAll,
      setNextRequest: (name) => current.execution.setNextRequest(name),
      getResponseHeader: (name) => (current.response ? current.response.headers.get(String(name)) : undefined),
      getResponseCookie(name) {
        const found = responseCookies(current.response).filter((c) => c.name === String(name));
        return found.length ? found[found.length - 1] : undefined;
      },
    };

    // pm.cookies and pm.response.cookies, each made once per call when first read.
    // pm.cookies is the jar's cookies for the request's URL (what it sent, plus what the
    // response set), or the response's Set-Cookie where the request keeps no jar.
    function cookies() {
      return once('pm.cookies', () => {
        const fromJar = jarCookies();
        const list = cookieList(fromJar === null ? responseCookies(current.response) : fromJar);
        Object.defineProperty(list, 'jar', { value: cookieJar });
        return list;
      });
    }
    function responseCookieList() { return once('pm.response.cookies', () => cookieList(responseCookies(current.response))); }

    // Per call: only two assignments; the rest is made when a script first reads it.
    function begin(pm, url) { current = pm; scriptURL = url; perCall = null; }

    const none = Object.freeze([]);
    function collect() {
      const tests = perCall && perCall.tests;
      current = null; perCall = null;
      if (!tests) return none;
      const records = [];
      for (const [name, { value, at }] of tests) {
        const passed = !!value;
        records.push({ name, skipped: false, pending: false, passed, message: passed ? null : 'tests[' + JSON.stringify(name) + '] was set to ' + describe(value), at });
      }
      return records;
    }

    Object.defineProperty(globalThis, '__volleyLegacy', { value: { begin, collect, cookies, responseCookies: responseCookieList, variableList, postman }, configurable: true });
    })();
    """#
}
