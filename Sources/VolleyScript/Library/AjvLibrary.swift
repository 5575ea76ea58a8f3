/// `require('ajv')`: a thin front over Volley's JSON Schema validator (`JSONSchemaLibrary`) with
/// Ajv's calls, so the scripts Postman users wrote against Ajv run: `new Ajv(options)`,
/// `compile(schema)` (a function with `.errors` and `.schema`), `validate(schemaOrKey, data)`
/// (with `ajv.errors`), `addSchema`, `getSchema`, `addFormat`, `errorsText`. Errors carry Ajv 8's
/// `instancePath`, `schemaPath`, `keyword`, `params` and `message`, and Ajv 6's `dataPath`.
/// Without `allErrors: true` only the first error is kept, as in Ajv. Custom keywords are not
/// supported (`addKeyword` throws saying so).
enum AjvLibrary {
    static let source = #"""
    (function () {
    'use strict';
    const schema = require('jsonschema');

    function dataPath(pointer) {
      return pointer.split('/').slice(1).map((t) => t.replace(/~1/g, '/').replace(/~0/g, '~'))
        .map((t) => /^\d+$/.test(t) ? '[' + t + ']' : /^[A-Za-z_$][\w$]*$/.test(t) ? '.' + t : '[' + JSON.stringify(t) + ']').join('');
    }

    class Ajv {
      constructor(options) {
        this.options = Object.assign({}, options);
        this.validator = new schema.Validator();
        this.errors = null;
        const formats = this.options.formats || {};
        for (const name of Object.keys(formats)) this.addFormat(name, formats[name]);
        if (Array.isArray(this.options.schemas)) this.options.schemas.forEach((s) => this.addSchema(s));
      }

      run(target, data) {
        const all = this.validator.validate(target, data);
        if (all.length === 0) return null;
        const kept = this.options.allErrors ? all : all.slice(0, 1);
        return kept.map((e) => ({ instancePath: e.instancePath, dataPath: dataPath(e.instancePath), schemaPath: e.schemaPath,
          keyword: e.keyword, params: e.params, message: e.message, data: e.data }));
      }

      compile(target) {
        if (target === null || (typeof target !== 'object' && typeof target !== 'boolean')) throw new Error('schema must be object or boolean');
        this.validator.add(target);
        const validate = (data) => { validate.errors = this.run(target, data); return validate.errors === null; };
        validate.schema = target;
        validate.errors = null;
        return validate;
      }

      validate(target, data) {
        let resolved = target;
        if (typeof target === 'string') {
          const found = this.getSchema(target);
          if (found === undefined) throw new Error('no schema with key or ref "' + target + '"');
          resolved = found.schema;
        }
        this.validator.add(resolved);
        this.errors = this.run(resolved, data);
        return this.errors === null;
      }

      addSchema(target, key) {
        if (Array.isArray(target)) { target.forEach((s) => this.addSchema(s)); return this; }
        const id = key !== undefined ? key : target && (target.$id || target.id);
        if (id === undefined) throw new Error('addSchema needs a key or a schema with $id');
        this.validator.add(target, String(id));
        return this;
      }

      getSchema(key) {
        const found = this.validator.resolve(String(key), undefined);
        return found.schema === undefined ? undefined : this.compile(found.schema);
      }

      addFormat(name, format) {
        const check = typeof format === 'function' || format instanceof RegExp ? format
          : format && (format.validate instanceof RegExp || typeof format.validate === 'function') ? format.validate
          : typeof format === 'string' ? new RegExp(format) : null;
        if (check === null) throw new Error('addFormat: a format is a RegExp, a function or { validate }');
        this.validator.formats[name] = check instanceof RegExp ? (s) => check.test(s) : check;
        return this;
      }

      addKeyword(name) { throw new Error("Ajv.addKeyword('" + (name && name.keyword || name) + "') is not supported by Volley's Ajv front"); }

      errorsText(errors, options) {
        const list = errors === undefined ? this.errors : errors;
        if (!list || list.length === 0) return 'No errors';
        const o = Object.assign({ separator: ', ', dataVar: 'data' }, options);
        return list.map((e) => o.dataVar + e.instancePath + ' ' + e.message).join(o.separator);
      }
    }
    Ajv.default = Ajv;
    Ajv.Ajv = Ajv;
    return Ajv;
    })()
    """#
}
