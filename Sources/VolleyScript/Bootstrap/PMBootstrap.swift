/// The JavaScript that builds Postman's `pm` for each script call, evaluated once per context.
///
/// Swift hands each call a JSON input (names, the response without its body) and answers
/// `__volleyHost(op, ...)` for what is read or written while the script runs (variables, the
/// request and its edits, the body, console lines), so a script that reads nothing costs no
/// copying. What the call decided (tests, skip, next request) comes back as one JSON text from
/// `__volleyCollect`, once the microtasks have run, so `await` works.
enum PMBootstrap {
    static let sourceURL = "volley:pm"

    static let source = #"""
    "use strict";
    (function () {
      const host = __volleyHost;
      const expect = __volleyExpect;
      const legacy = __volleyLegacy;
      delete globalThis.__volleyHost;
      delete globalThis.__volleyLegacy;
      const statusText = { 200: "OK", 201: "Created", 202: "Accepted", 204: "No Content", 301: "Moved Permanently",
        302: "Found", 304: "Not Modified", 400: "Bad Request", 401: "Unauthorized", 402: "Payment Required",
        403: "Forbidden", 404: "Not Found", 405: "Method Not Allowed", 409: "Conflict", 422: "Unprocessable Entity",
        429: "Too Many Requests", 500: "Internal Server Error", 502: "Bad Gateway", 503: "Service Unavailable",
        504: "Gateway Timeout" };
      let state = null;

      function fail(message) { throw new AssertionError(message); }
      function text(value) {
        if (typeof value === "string") return value;
        if (value === undefined) return "undefined";
        try { const json = JSON.stringify(value); return json === undefined ? String(value) : json; }
        catch (e) { return String(value); }
      }
      // Headers read through `pairs()` each time, so a request's list follows its edits and the
      // renderings that variable writes cause; `edit` (the request's only) sends a change to Swift.
      function headerList(pairs, edit) {
        const list = () => pairs().map(([key, value]) => ({ key, value }));
        const find = (name) => list().find((h) => h.key.toLowerCase() === String(name).toLowerCase());
        const api = {
          get: (name) => { const h = find(name); return h ? h.value : undefined; },
          has: (name, value) => { const h = find(name); return !!h && (value === undefined || h.value === String(value)); },
          toObject: () => { const o = {}; for (const h of list()) o[h.key.toLowerCase()] = h.value; return o; },
          all: () => list(),
          each: (fn) => list().forEach(fn),
          count: () => list().length,
          toString: () => list().map((h) => h.key + ": " + h.value).join("\n"),
        };
        if (edit) {
          const entry = (a, b) => typeof a === "object" && a !== null ? { key: String(a.key), value: String(a.value) } : { key: String(a), value: String(b) };
          api.add = (a, b) => { const h = entry(a, b); edit({ op: "header.add", name: h.key, value: h.value }); };
          api.upsert = (a, b) => { const h = entry(a, b); edit({ op: "header.upsert", name: h.key, value: h.value }); };
          api.remove = (name) => edit({ op: "header.remove", name: String(typeof name === "object" && name !== null ? name.key : name) });
        }
        return api;
      }

      function makeURL(raw, edit) {
        const split = () => { const q = raw().indexOf("?"); return q < 0 ? [raw(), ""] : [raw().slice(0, q), raw().slice(q + 1)]; };
        const decode = (s) => { try { return decodeURIComponent(s.replace(/\+/g, " ")); } catch (e) { return s; } };
        const pairs = () => split()[1].split("&").filter((p) => p !== "").map((p) => {
          const eq = p.indexOf("=");
          return eq < 0 ? { key: decode(p), value: null } : { key: decode(p.slice(0, eq)), value: decode(p.slice(eq + 1)) };
        });
        const update = (value) => { if (!edit) fail("the request was sent: its URL can no longer change"); edit({ op: "url", value: String(value) }); };
        const write = (list) => {
          const query = list.map((p) => encodeURIComponent(p.key) + (p.value === null ? "" : "=" + encodeURIComponent(p.value))).join("&");
          update(split()[0] + (query ? "?" + query : ""));
        };
        const pair = (a, b) => { const p = typeof a === "object" && a !== null ? a : { key: a, value: b }; return { key: String(p.key), value: p.value == null ? null : String(p.value) }; };
        return {
          toString: () => raw(),
          getHost: () => { const m = /^[a-z]+:\/\/([^/:?#]+)/i.exec(raw()); return m ? m[1] : ""; },
          getPath: () => { const m = /^[a-z]+:\/\/[^/?#]*([^?#]*)/i.exec(raw()); return m && m[1] ? m[1] : "/"; },
          getQueryString: () => split()[1],
          update,
          query: {
            get: (key) => { const p = pairs().find((p) => p.key === key); return p ? p.value : undefined; },
            has: (key) => pairs().some((p) => p.key === key),
            toObject: () => { const o = {}; for (const p of pairs()) o[p.key] = p.value; return o; },
            all: () => pairs(),
            count: () => pairs().length,
            add: (a, b) => write(pairs().concat([pair(a, b)])),
            upsert: (a, b) => {
              const p = pair(a, b), list = pairs(), old = list.find((q) => q.key === p.key);
              if (old) old.value = p.value; else list.push(p);
              write(list);
            },
            remove: (key) => { const k = typeof key === "object" && key !== null ? key.key : key; write(pairs().filter((p) => p.key !== k)); },
          },
        };
      }

      // The request as it stands, read from Swift (cached until the next change): a variable a
      // before script sets renders it again there.
      function makeRequest(editable) {
        const current = () => state.request || (state.request = JSON.parse(host("request")));
        const edit = editable ? (change) => { host("edit", JSON.stringify(change)); state.request = null; } : null;
        const url = makeURL(() => current().url, edit);
        const setBody = (value) => {
          if (!edit) fail("the request was sent: its body can no longer change");
          edit({ op: "body", value: typeof value === "string" ? value : (value && typeof value.raw === "string" ? value.raw : text(value)) });
        };
        const headers = headerList(() => current().headers, edit);
        return {
          get method() { return current().method; },
          set method(value) { if (!edit) fail("the request was sent: its method can no longer change"); edit({ op: "method", value: String(value).toUpperCase() }); },
          get url() { return url; },
          set url(value) { url.update(String(value)); },
          headers,
          get body() { const raw = current().body; return { mode: "raw", raw, toString: () => raw, update: setBody }; },
          set body(value) { setBody(value); },
          addHeader: (a, b) => headers.add(a, b),
          upsertHeader: (a, b) => headers.upsert(a, b),
          removeHeader: (name) => headers.remove(name),
        };
      }

      // pm.expect's library words the response checks (status, header, jsonBody, ok...). `to`
      // lives on a shared prototype: defining it on each call's object re-shaped that object
      // every call; inherited, it stays out of the object's own keys as before.
      const responsePrototype = {};
      Object.defineProperty(responsePrototype, "to", { get() { return expect(this).to; } });

      function makeResponse(input) {
        if (!input) return undefined;
        let cachedText;
        const bodyText = () => (cachedText === undefined ? (cachedText = host("body") || "") : cachedText);
        const response = {
          __proto__: responsePrototype,
          code: input.code,
          status: statusText[input.code] || "",
          responseTime: input.responseTime,
          responseSize: input.size,
          headers: headerList(() => input.headers, null),
          text: bodyText,
          json: () => JSON.parse(bodyText()),
        };
        return response;
      }

      function variableScope(scope, writable) {
        const api = {
          get: (name) => { const v = host("get", scope, String(name)); return v === undefined ? undefined : JSON.parse(v); },
          has: (name) => host("get", scope, String(name)) !== undefined,
          toObject: () => JSON.parse(host("all", scope)),
          replaceIn: (template) => String(template).replace(/\{\{([^{}]+)\}\}/g, (whole, name) => {
            const v = host("get", "variables", name.trim()); return v === undefined ? whole : String(JSON.parse(v));
          }),
        };
        if (writable) {
          api.set = (name, value) => { host("set", scope, String(name), JSON.stringify(value === undefined ? null : value)); state.request = null; };
          api.unset = (name) => { host("unset", scope, String(name)); state.request = null; };
          api.clear = () => { host("clear", scope); state.request = null; };
        }
        return api;
      }

      const consoleObject = {};
      for (const level of ["log", "info", "warn", "error", "debug"])
        consoleObject[level] = (...values) => { host("log", level, values.map(text).join(" ")); };

      // [line, column] of the innermost frame in the running script's file (its stack frames
      // read `name@url:line:column`), found here so only two numbers go back to Swift.
      const framePattern = /^(?:[^@\n]*@)?(.*):(\d+):(\d+)$/;
      function callerPosition(stack) {
        if (typeof stack !== "string") return null;
        for (const frame of stack.split("\n")) {
          const m = framePattern.exec(frame);
          if (m !== null && m[1] === state.scriptURL) return [Number(m[2]), Number(m[3])];
        }
        return null;
      }

      function setNextRequest(name) { state.next = name === null || name === undefined ? null : String(name); state.nextSet = true; }

      function makePM(input) {
        const pm = {
          info: { requestName: input.requestName, iteration: input.iteration, iterationCount: input.iterationCount, eventName: input.event, requestId: input.requestId },
          request: makeRequest(input.event === "prerequest"),
          response: makeResponse(input.response),
          variables: variableScope("variables", true),
          environment: variableScope("environment", true),
          collectionVariables: variableScope("collectionVariables", true),
          globals: variableScope("globals", true),
          iterationData: variableScope("iterationData", false),
          execution: {
            skipRequest: () => { state.skip = true; },
            setNextRequest: setNextRequest,
            location: { current: input.requestName },
          },
          test: (name, fn) => {
            const record = { name: String(name), at: callerPosition(new Error().stack) };
            state.tests.push(record);
            if (typeof fn !== "function") { record.skipped = true; return pm; }
            const settle = (error) => {
              record.passed = error === undefined;
              if (error !== undefined) { record.message = error && error.message !== undefined ? String(error.message) : String(error); record.errorStack = error && error.stack; }
            };
            try {
              const result = fn();
              if (result && typeof result.then === "function") {
                record.pending = true;
                result.then(() => { record.pending = false; settle(undefined); }, (e) => { record.pending = false; settle(e === undefined ? "rejected" : e); });
              } else settle(undefined);
            } catch (e) { settle(e === undefined ? "undefined thrown" : e); }
            return pm;
          },
          expect,
          sendRequest: () => { throw new Error("pm.sendRequest is not available in Volley yet: write the request as a request of the collection"); },
        };
        pm.test.skip = (name) => { state.tests.push({ name: String(name), skipped: true, at: callerPosition(new Error().stack) }); return pm; };
        return legacy.extend(pm);
      }

      globalThis.__volleyRun = function (fn, inputText) {
        const input = JSON.parse(inputText);
        state = { tests: [], skip: false, nextSet: false, next: null, settled: true, error: null, request: null, scriptURL: input.scriptURL };
        let result;
        try {
          const pm = makePM(input);
          legacy.begin(pm, input.scriptURL);
          result = fn(pm, legacy.postman, consoleObject);
        }
        catch (e) { state.error = e; return; }
        if (result && typeof result.then === "function") {
          state.settled = false;
          result.then(() => { state.settled = true; }, (e) => { state.settled = true; state.error = e === undefined ? "rejected" : e; });
        }
      };

      globalThis.__volleyCollect = function () {
        const s = state;
        state = null;
        const error = s.error === null ? null
          : { message: s.error && s.error.message !== undefined ? String(s.error) : String(s.error), stack: s.error && s.error.stack ? String(s.error.stack) : null };
        return JSON.stringify({
          tests: s.tests.concat(legacy.collect()).map((t) => ({ name: t.name, skipped: !!t.skipped, pending: !!t.pending, passed: !!t.passed,
            message: t.message === undefined ? null : t.message, at: t.at || null })),
          skip: s.skip, nextSet: s.nextSet, next: s.next, settled: s.settled, error,
        });
      };
    })();
    """#
}
