/// A JSON Schema validator (draft-07, with draft-04's boolean `exclusiveMinimum`/`exclusiveMaximum`,
/// which older Postman collections still write), written for Volley in JavaScript: it validates
/// the values scripts hold, so it runs where they are. `pm.response.to.have.jsonSchema` and the
/// `ajv` front (`SandboxLibraries`) both use it; it is evaluated on first use only.
///
/// The source is an expression whose value is `{ Validator, formatNames }`. A `Validator` holds
/// named schemas (`add(schema, key)`) and formats, and `validate(schema, data)` returns every
/// error found, each `{ instancePath, schemaPath, keyword, params, message, data }` with Ajv's
/// words (`must be integer`), which scripts that moved from Ajv already test for.
enum JSONSchemaLibrary {
    static let source = #"""
    (function () {
    'use strict';

    function typeOf(v) {
      if (v === null) return 'null';
      if (Array.isArray(v)) return 'array';
      if (typeof v === 'number') return Number.isInteger(v) ? 'integer' : 'number';
      return typeof v;
    }
    function hasType(v, t) { const a = typeOf(v); return a === t || (t === 'number' && a === 'integer'); }
    function isObject(v) { return v !== null && typeof v === 'object' && !Array.isArray(v); }

    function equal(a, b) {
      if (a === b) return true;
      if (typeof a === 'number' && typeof b === 'number') return a === b;
      if (Array.isArray(a)) {
        if (!Array.isArray(b) || a.length !== b.length) return false;
        for (let i = 0; i < a.length; i++) if (!equal(a[i], b[i])) return false;
        return true;
      }
      if (isObject(a) && isObject(b)) {
        const ka = Object.keys(a), kb = Object.keys(b);
        if (ka.length !== kb.length) return false;
        for (const k of ka) if (!Object.prototype.hasOwnProperty.call(b, k) || !equal(a[k], b[k])) return false;
        return true;
      }
      return false;
    }

    function escape(token) { return String(token).replace(/~/g, '~0').replace(/\//g, '~1'); }
    function unescape(token) {
      let decoded = token;
      try { decoded = decodeURIComponent(token); } catch (e) { /* keep it as written */ }
      return decoded.replace(/~1/g, '/').replace(/~0/g, '~');
    }
    // Characters, not UTF-16 units, as draft-07 counts string lengths.
    function length(s) { let n = 0; for (const _ of s) n++; return n; }

    // Formats draft-07 names; an unknown format passes (the spec makes formats annotations).
    const formats = {
      'date-time': /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])[Tt]([01]\d|2[0-3]):[0-5]\d:([0-5]\d|60)(\.\d+)?([Zz]|[+-]([01]\d|2[0-3]):[0-5]\d)$/,
      date: /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/,
      time: /^([01]\d|2[0-3]):[0-5]\d:([0-5]\d|60)(\.\d+)?([Zz]|[+-]([01]\d|2[0-3]):[0-5]\d)?$/,
      email: /^[^\s@]+@[^\s@]+\.[^\s@]+$/,
      hostname: /^(?=.{1,253}$)[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?(\.[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)*\.?$/i,
      ipv4: /^((25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)\.){3}(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)$/,
      ipv6: /^(([0-9a-f]{1,4}:){7}[0-9a-f]{1,4}|(([0-9a-f]{1,4}:)*[0-9a-f]{1,4})?::(([0-9a-f]{1,4}:)*[0-9a-f]{1,4})?)$/i,
      uri: /^[a-z][a-z0-9+.-]*:[^\s]*$/i,
      'uri-reference': /^[^\s]*$/,
      uuid: /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i,
      'json-pointer': /^(\/([^~/]|~[01])*)*$/,
      regex: (s) => { try { new RegExp(s, 'u'); return true; } catch (e) { return false; } },
    };

    // The URI part of an id or a reference, without its fragment.
    function base(uri) { const i = uri.indexOf('#'); return i < 0 ? uri : uri.slice(0, i); }

    class Validator {
      constructor() { this.schemas = Object.create(null); this.formats = Object.assign(Object.create(null), formats); }

      // Registers `schema` under `key` and under the `$id`s it and its subschemas declare.
      add(schema, key) {
        if (key !== undefined) this.schemas[base(String(key))] = schema;
        this.index(schema, schema);
      }

      index(schema, root) {
        if (!isObject(schema)) return;
        const id = schema.$id !== undefined ? schema.$id : schema.id;
        if (typeof id === 'string') {
          if (id.startsWith('#')) this.schemas['\u0000' + id.slice(1)] = schema;
          else if (base(id) !== '') this.schemas[base(id)] = schema;
        }
        for (const k of Object.keys(schema)) {
          if (k === 'enum' || k === 'const') continue;
          const v = schema[k];
          if (Array.isArray(v)) v.forEach((s) => this.index(s, root));
          else if (isObject(v)) this.index(v, root);
        }
      }

      resolve(ref, root) {
        const hash = ref.indexOf('#');
        const uri = hash < 0 ? ref : ref.slice(0, hash), fragment = hash < 0 ? '' : ref.slice(hash + 1);
        let target = uri === '' ? root : this.schemas[uri];
        if (target === undefined) return { missing: 'no schema is known as ' + JSON.stringify(uri) };
        if (fragment === '') return { schema: target, root: target };
        if (!fragment.startsWith('/')) {
          const named = this.schemas['\u0000' + fragment];
          return named === undefined ? { missing: 'no subschema has $id ' + JSON.stringify('#' + fragment) } : { schema: named, root: target };
        }
        const rootOfTarget = target;
        for (const token of fragment.slice(1).split('/')) {
          const key = unescape(token);
          if (target === null || typeof target !== 'object' || !(key in target)) return { missing: 'the schema has nothing at ' + JSON.stringify('#' + fragment) };
          target = target[key];
        }
        return { schema: target, root: rootOfTarget };
      }

      validate(schema, data) {
        const errors = [];
        this.check(schema, data, '', '#', schema, errors, 0);
        return errors;
      }

      check(schema, data, path, spath, root, errors, depth) {
        const fail = (keyword, params, message) => {
          errors.push({ instancePath: path, schemaPath: spath + '/' + keyword, keyword, params, message, data });
        };
        if (schema === true || schema === undefined) return;
        if (schema === false) { errors.push({ instancePath: path, schemaPath: spath, keyword: 'false schema', params: {}, message: 'boolean schema is false', data }); return; }
        if (!isObject(schema)) throw new Error('the schema at ' + spath + ' is not an object or a boolean');
        if (depth > 200) throw new Error('the schema refers to itself without end ($ref at ' + spath + ')');

        // draft-07: a $ref replaces its siblings.
        if (typeof schema.$ref === 'string') {
          const found = this.resolve(schema.$ref, root);
          if (found.missing !== undefined) throw new Error('cannot resolve $ref ' + JSON.stringify(schema.$ref) + ': ' + found.missing);
          this.check(found.schema, data, path, spath + '/$ref', found.root, errors, depth + 1);
          return;
        }
        const sub = (s, d, p, sp, into) => this.check(s, d, p, sp, root, into || errors, depth + 1);
        const passes = (s, d, sp) => { const e = []; sub(s, d, path, sp, e); return e.length === 0; };

        if (schema.type !== undefined) {
          const types = Array.isArray(schema.type) ? schema.type : [schema.type];
          if (!types.some((t) => hasType(data, t))) fail('type', { type: types.join(',') }, 'must be ' + types.join(','));
        }
        if (schema.enum !== undefined && !schema.enum.some((v) => equal(v, data))) {
          fail('enum', { allowedValues: schema.enum }, 'must be equal to one of the allowed values');
        }
        if (schema.const !== undefined && !equal(schema.const, data)) fail('const', { allowedValue: schema.const }, 'must be equal to constant');

        if (typeof data === 'number') this.number(schema, data, fail);
        if (typeof data === 'string') {
          const n = length(data);
          if (schema.maxLength !== undefined && n > schema.maxLength) fail('maxLength', { limit: schema.maxLength }, 'must NOT have more than ' + schema.maxLength + ' characters');
          if (schema.minLength !== undefined && n < schema.minLength) fail('minLength', { limit: schema.minLength }, 'must NOT have fewer than ' + schema.minLength + ' characters');
          if (schema.pattern !== undefined && !new RegExp(schema.pattern, 'u').test(data)) fail('pattern', { pattern: schema.pattern }, 'must match pattern "' + schema.pattern + '"');
          if (schema.format !== undefined) {
            const f = this.formats[schema.format];
            const ok = f === undefined || (typeof f === 'function' ? f(data) : f.test(data));
            if (!ok) fail('format', { format: schema.format }, 'must match format "' + schema.format + '"');
          }
        }
        if (Array.isArray(data)) this.array(schema, data, path, spath, sub, passes, fail);
        if (isObject(data)) this.object(schema, data, path, spath, sub, passes, fail);

        if (Array.isArray(schema.allOf)) schema.allOf.forEach((s, i) => sub(s, data, path, spath + '/allOf/' + i));
        if (Array.isArray(schema.anyOf) && !schema.anyOf.some((s, i) => passes(s, data, spath + '/anyOf/' + i))) {
          fail('anyOf', {}, 'must match a schema in anyOf');
        }
        if (Array.isArray(schema.oneOf)) {
          const matching = schema.oneOf.map((s, i) => passes(s, data, spath + '/oneOf/' + i) ? i : -1).filter((i) => i >= 0);
          if (matching.length !== 1) fail('oneOf', { passingSchemas: matching.length ? matching : null }, 'must match exactly one schema in oneOf');
        }
        if (schema.not !== undefined && passes(schema.not, data, spath + '/not')) fail('not', {}, 'must NOT be valid');
        if (schema.if !== undefined) {
          const branch = passes(schema.if, data, spath + '/if') ? 'then' : 'else';
          if (schema[branch] !== undefined && !passes(schema[branch], data, spath + '/' + branch)) {
            sub(schema[branch], data, path, spath + '/' + branch);
            fail('if', { failingKeyword: branch }, 'must match "' + branch + '" schema');
          }
        }
      }

      number(schema, data, fail) {
        const { maximum, minimum, exclusiveMaximum: xmax, exclusiveMinimum: xmin, multipleOf } = schema;
        if (maximum !== undefined) {
          if (xmax === true ? data >= maximum : data > maximum) fail('maximum', { comparison: xmax === true ? '<' : '<=', limit: maximum }, 'must be ' + (xmax === true ? '<' : '<=') + ' ' + maximum);
        }
        if (minimum !== undefined) {
          if (xmin === true ? data <= minimum : data < minimum) fail('minimum', { comparison: xmin === true ? '>' : '>=', limit: minimum }, 'must be ' + (xmin === true ? '>' : '>=') + ' ' + minimum);
        }
        if (typeof xmax === 'number' && data >= xmax) fail('exclusiveMaximum', { comparison: '<', limit: xmax }, 'must be < ' + xmax);
        if (typeof xmin === 'number' && data <= xmin) fail('exclusiveMinimum', { comparison: '>', limit: xmin }, 'must be > ' + xmin);
        if (multipleOf !== undefined) {
          const q = data / multipleOf;
          if (!Number.isFinite(q) || Math.abs(q - Math.round(q)) > 1e-9 * Math.max(1, Math.abs(q))) fail('multipleOf', { multipleOf }, 'must be multiple of ' + multipleOf);
        }
      }

      array(schema, data, path, spath, sub, passes, fail) {
        if (schema.maxItems !== undefined && data.length > schema.maxItems) fail('maxItems', { limit: schema.maxItems }, 'must NOT have more than ' + schema.maxItems + ' items');
        if (schema.minItems !== undefined && data.length < schema.minItems) fail('minItems', { limit: schema.minItems }, 'must NOT have fewer than ' + schema.minItems + ' items');
        if (schema.uniqueItems === true) {
          outer: for (let i = 0; i < data.length; i++) for (let j = 0; j < i; j++) {
            if (equal(data[i], data[j])) { fail('uniqueItems', { i: j, j: i }, 'must NOT have duplicate items (items ## ' + j + ' and ' + i + ' are identical)'); break outer; }
          }
        }
        if (Array.isArray(schema.items)) {
          schema.items.forEach((s, i) => { if (i < data.length) sub(s, data[i], path + '/' + i, spath + '/items/' + i); });
          if (schema.additionalItems !== undefined) {
            for (let i = schema.items.length; i < data.length; i++) {
              if (schema.additionalItems === false) { fail('additionalItems', { limit: schema.items.length }, 'must NOT have more than ' + schema.items.length + ' items'); break; }
              sub(schema.additionalItems, data[i], path + '/' + i, spath + '/additionalItems');
            }
          }
        } else if (schema.items !== undefined) {
          data.forEach((v, i) => sub(schema.items, v, path + '/' + i, spath + '/items'));
        }
        if (schema.contains !== undefined && !data.some((v, i) => passes(schema.contains, v, spath + '/contains'))) {
          fail('contains', {}, 'must contain at least 1 valid item');
        }
      }

      object(schema, data, path, spath, sub, passes, fail) {
        const keys = Object.keys(data);
        if (schema.maxProperties !== undefined && keys.length > schema.maxProperties) fail('maxProperties', { limit: schema.maxProperties }, 'must NOT have more than ' + schema.maxProperties + ' properties');
        if (schema.minProperties !== undefined && keys.length < schema.minProperties) fail('minProperties', { limit: schema.minProperties }, 'must NOT have fewer than ' + schema.minProperties + ' properties');
        if (Array.isArray(schema.required)) {
          for (const name of schema.required) {
            if (!Object.prototype.hasOwnProperty.call(data, name)) fail('required', { missingProperty: name }, "must have required property '" + name + "'");
          }
        }
        const properties = isObject(schema.properties) ? schema.properties : {};
        const patterns = isObject(schema.patternProperties) ? Object.keys(schema.patternProperties).map((p) => [p, new RegExp(p, 'u')]) : [];
        for (const key of keys) {
          const at = path + '/' + escape(key);
          let matched = false;
          if (Object.prototype.hasOwnProperty.call(properties, key)) { matched = true; sub(properties[key], data[key], at, spath + '/properties/' + escape(key)); }
          for (const [source, re] of patterns) {
            if (re.test(key)) { matched = true; sub(schema.patternProperties[source], data[key], at, spath + '/patternProperties/' + escape(source)); }
          }
          if (!matched && schema.additionalProperties !== undefined) {
            if (schema.additionalProperties === false) fail('additionalProperties', { additionalProperty: key }, 'must NOT have additional properties (' + JSON.stringify(key) + ')');
            else sub(schema.additionalProperties, data[key], at, spath + '/additionalProperties');
          }
          if (schema.propertyNames !== undefined && !passes(schema.propertyNames, key, spath + '/propertyNames')) {
            fail('propertyNames', { propertyName: key }, 'property name ' + JSON.stringify(key) + ' is invalid');
          }
        }
        if (isObject(schema.dependencies)) {
          for (const key of Object.keys(schema.dependencies)) {
            if (!Object.prototype.hasOwnProperty.call(data, key)) continue;
            const dep = schema.dependencies[key];
            if (Array.isArray(dep)) {
              const missing = dep.filter((name) => !Object.prototype.hasOwnProperty.call(data, name));
              if (missing.length) fail('dependencies', { property: key, missingProperty: missing.join(', ') }, 'must have property ' + missing.join(', ') + ' when property ' + key + ' is present');
            } else {
              sub(dep, data, path, spath + '/dependencies/' + escape(key));
            }
          }
        }
      }
    }

    // One line per error: where (a JSON pointer into the data, "/" for the whole), what, and the value found.
    function describe(errors, limit) {
      const shown = errors.slice(0, limit || 10).map((e) => {
        let found;
        try { found = JSON.stringify(e.data); } catch (x) { found = String(e.data); }
        if (found !== undefined && found.length > 60) found = found.slice(0, 57) + '...';
        return (e.instancePath || '/') + ' ' + e.message + (found === undefined || e.keyword === 'required' ? '' : ' (found ' + found + ')');
      });
      if (errors.length > shown.length) shown.push('and ' + (errors.length - shown.length) + ' more');
      return shown.join('; ');
    }

    return { Validator, describe, typeOf };
    })()
    """#
}
