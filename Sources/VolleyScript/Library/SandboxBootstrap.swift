/// The JavaScript that gives scripts Postman's sandbox libraries: `require(name)` and the globals
/// (`_`, `moment`, `tv4`, `chai`, `CryptoJS`, `uuid`, `Ajv`, `atob`, `btoa`), each loaded on first
/// use, so a script that uses none of them pays for none (the globals are getters until then).
///
/// Debian's browser builds (lodash, moment, tv4, chai) are read from `/usr/share/javascript` by
/// Swift (`SandboxLibraries`) and run as CommonJS modules (their UMD headers pick `module`);
/// Volley's own modules (`crypto-js`, `uuid`, `ajv`, `postman-collection`, the JSON Schema
/// validator) are sources in this module. Evaluated once per context, after the expect library
/// and before the `pm` bootstrap; it defines `__volleyModules`, which the `pm` bootstrap takes.
enum SandboxBootstrap {
    static let sourceURL = "volley:sandbox"

    static let source = #"""
    (function () {
    'use strict';
    const native = __volleySandbox;
    delete globalThis.__volleySandbox;
    const loaded = Object.create(null), loading = Object.create(null);

    // What `require` knows: Debian's files by package, Volley's own modules by source.
    const debian = { lodash: true, moment: true, tv4: true, chai: true };
    const own = { 'crypto-js': true, uuid: true, ajv: true, 'postman-collection': true, jsonschema: true, bytes: true };
    const aliases = { 'lodash/lodash': 'lodash', 'crypto-js/crypto-js': 'crypto-js' };
    const unavailable = { xml2js: 'xml2Json', cheerio: null, 'csv-parse': null, 'csv-parse/lib/sync': null, buffer: null, util: null,
      url: null, events: null, stream: null, timers: null, path: null, assert: null, punycode: null, 'string_decoder': null, querystring: null };

    function evaluate(name, source, args) {
      const names = Object.keys(args);
      const fn = Function(...names, source + '\n//# sourceURL=volley:lib/' + name);
      return fn.apply(globalThis, names.map((n) => args[n]));
    }

    function load(name) {
      if (debian[name]) {
        const answer = native('library', name);
        if (answer[0] !== 'S') throw new Error(answer.slice(1));
        const module = { exports: {} };
        evaluate(name, answer.slice(1), { module, exports: module.exports, define: undefined, global: globalThis, window: undefined, self: undefined });
        return module.exports;
      }
      return evaluate(name, 'return ' + native('module', name), { native, require });
    }

    function require(request) {
      const name = aliases[String(request)] || String(request);
      if (name in loaded) return loaded[name];
      if (name === 'atob' || name === 'btoa') return loaded[name] = require('bytes')[name];
      if (!debian[name] && !own[name]) {
        if (Object.prototype.hasOwnProperty.call(unavailable, name)) {
          throw new Error("Cannot find module '" + name + "': Volley's sandbox has no " + name +
            " (it is Node-only); the modules it has are lodash, moment, tv4, chai, crypto-js, uuid, ajv, postman-collection, atob, btoa");
        }
        throw new Error("Cannot find module '" + name + "': the modules Volley's sandbox has are lodash, moment, tv4, chai, crypto-js, uuid, ajv, postman-collection, atob, btoa");
      }
      loading[name] = true;
      try { return loaded[name] = load(name); } finally { delete loading[name]; }
    }

    // A global that loads its module when first read, then stays as a plain (writable) value.
    // While the module loads, the name reads undefined: lodash reads `root._` (for noConflict)
    // as it starts, which would load it again.
    function lazyGlobal(global, module, pick) {
      const plain = (value) => Object.defineProperty(globalThis, global, { value, writable: true, configurable: true, enumerable: false });
      Object.defineProperty(globalThis, global, {
        configurable: true, enumerable: false,
        get() {
          if (loading[module]) return undefined;
          const value = pick ? pick(require(module)) : require(module);
          plain(value);
          return value;
        },
        set(value) { plain(value); },
      });
    }
    lazyGlobal('_', 'lodash');
    lazyGlobal('moment', 'moment');
    lazyGlobal('tv4', 'tv4');
    lazyGlobal('chai', 'chai');
    lazyGlobal('CryptoJS', 'crypto-js');
    lazyGlobal('uuid', 'uuid');
    lazyGlobal('Ajv', 'ajv');
    lazyGlobal('atob', 'bytes', (m) => m.atob);
    lazyGlobal('btoa', 'bytes', (m) => m.btoa);
    Object.defineProperty(globalThis, 'require', { value: require, writable: true, configurable: true, enumerable: false });

    // `pm.response.to.have.jsonSchema` reaches the validator through pm.expect, loading it on first use.
    Object.defineProperty(__volleyExpect, 'jsonSchema', { value: () => require('jsonschema'), configurable: true });
    Object.defineProperty(globalThis, '__volleyModules', { value: { require }, configurable: true });
    })();
    """#
}
