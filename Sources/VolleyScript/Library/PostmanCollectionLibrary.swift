/// `require('postman-collection')`: the subset of Postman's SDK that scripts use to build and read
/// lists, written for Volley: `Variable`, `VariableList`, `PropertyList`, `Header`, `HeaderList`,
/// `QueryParam` and `Cookie`, with the list calls (`add`, `append`, `prepend`, `upsert`,
/// `remove`, `clear`, `get`, `one`, `has`, `idx`, `indexOf`, `count`, `all`, `each`, `map`,
/// `filter`, `find`, `reduce`, `toObject`, `toString`). Requests, responses, URLs and collections
/// of the SDK are not in it.
enum PostmanCollectionLibrary {
    static let source = #"""
    (function () {
    'use strict';

    class Property {
      constructor(options) { if (options && options.disabled !== undefined) this.disabled = !!options.disabled; }
      toJSON() { const o = {}; for (const k of Object.keys(this)) if (!k.startsWith('_')) o[k] = this[k]; return o; }
    }

    class Variable extends Property {
      constructor(options) {
        super(options);
        const o = options || {};
        this.key = o.key !== undefined ? o.key : o.id;
        this.value = o.value;
        this.type = o.type || 'any';
      }
      get() { return this.value; }
      set(value) { this.value = value; }
      valueOf() { return this.value; }
      toString() { return this.value === undefined || this.value === null ? '' : String(this.value); }
    }

    class Header extends Property {
      constructor(options, name) {
        super(typeof options === 'object' ? options : undefined);
        if (typeof options === 'string' && name === undefined) {
          const parsed = Header.parseSingle(options);
          this.key = parsed.key; this.value = parsed.value;
        } else if (typeof options === 'string') {
          this.key = name; this.value = options;
        } else {
          this.key = options && options.key; this.value = options && options.value;
        }
      }
      valueOf() { return this.value; }
      toString() { return this.key + ': ' + this.value; }
      static parseSingle(text) {
        const s = String(text), colon = s.indexOf(':');
        return colon < 0 ? { key: s.trim(), value: '' } : { key: s.slice(0, colon).trim(), value: s.slice(colon + 1).trim() };
      }
      static parse(text) { return String(text).split(/\r?\n/).filter((l) => l.trim() !== '').map(Header.parseSingle); }
      static unparseSingle(h) { return h.key + ': ' + h.value; }
      static unparse(list, separator) {
        const items = list && typeof list.all === 'function' ? list.all() : list || [];
        return items.filter((h) => !h.disabled).map(Header.unparseSingle).join(separator === undefined ? '\r\n' : separator);
      }
      static isHeader(value) { return value instanceof Header; }
    }
    Header._postman_propertyIndexCaseInsensitive = true;

    class QueryParam extends Property {
      constructor(options) {
        super(typeof options === 'object' ? options : undefined);
        if (typeof options === 'string') { const eq = options.indexOf('='); this.key = eq < 0 ? options : options.slice(0, eq); this.value = eq < 0 ? null : options.slice(eq + 1); }
        else { this.key = options && options.key; this.value = options && options.value; }
      }
      valueOf() { return this.value; }
      toString() { return this.value === null || this.value === undefined ? String(this.key) : this.key + '=' + this.value; }
      static parse(text) { return String(text).replace(/^\?/, '').split('&').filter((p) => p !== '').map((p) => new QueryParam(p)); }
    }

    class Cookie extends Property {
      constructor(options) {
        super(options);
        Object.assign(this, options || {});
      }
      valueOf() { return this.value; }
      toString() { return this.name + '=' + this.value; }
    }

    // An ordered list of members of one type, indexed by `key` (case-blind for headers).
    class PropertyList {
      constructor(type, parent, populate) {
        this.Type = type;
        this._parent = parent;
        this.members = [];
        if (populate !== undefined) this.populate(populate);
      }
      _index(key) {
        const blind = this.Type && this.Type._postman_propertyIndexCaseInsensitive;
        return blind && typeof key === 'string' ? key.toLowerCase() : key;
      }
      _keyOf(item) { return item && (item.key !== undefined ? item.key : item.name !== undefined ? item.name : item.id); }
      _make(item) { return this.Type && !(item instanceof this.Type) && typeof this.Type === 'function' ? new this.Type(item) : item; }
      _position(key) { const k = this._index(key); return this.members.findIndex((m) => this._index(this._keyOf(m)) === k); }
      populate(items) { (Array.isArray(items) ? items : [items]).forEach((i) => this.add(i)); }
      add(item) { if (item !== undefined && item !== null) this.members.push(this._make(item)); }
      append(item) { this.add(item); }
      prepend(item) { if (item !== undefined && item !== null) this.members.unshift(this._make(item)); }
      insert(item, before) {
        const at = before === undefined ? -1 : this._position(typeof before === 'object' ? this._keyOf(before) : before);
        if (at < 0) this.add(item); else this.members.splice(at, 0, this._make(item));
      }
      upsert(item) {
        const made = this._make(item), at = this._position(this._keyOf(made));
        if (at < 0) { this.members.push(made); return false; }
        Object.assign(this.members[at], made);
        return true;
      }
      remove(predicate, context) {
        const test = typeof predicate === 'function' ? (m) => predicate.call(context, m)
          : typeof predicate === 'object' && predicate !== null ? (m) => m === predicate || this._index(this._keyOf(m)) === this._index(this._keyOf(predicate))
          : (m) => this._index(this._keyOf(m)) === this._index(predicate);
        this.members = this.members.filter((m) => !test(m));
      }
      clear() { this.members = []; }
      one(key) { for (let i = this.members.length - 1; i >= 0; i--) if (this._index(this._keyOf(this.members[i])) === this._index(key)) return this.members[i]; return undefined; }
      get(key) { const m = this.one(key); return m === undefined ? undefined : typeof m.valueOf === 'function' ? m.valueOf() : m; }
      has(key, value) {
        const k = typeof key === 'object' && key !== null ? this._keyOf(key) : key;
        const m = this.one(k);
        return m !== undefined && (value === undefined || (typeof m.valueOf === 'function' ? m.valueOf() : m) === value);
      }
      idx(index) { return this.members[index]; }
      indexOf(item) { return this.members.indexOf(typeof item === 'object' ? item : this.one(item)); }
      count() { return this.members.length; }
      all() { return this.members.slice(); }
      each(fn, context) { this.members.forEach((m) => fn.call(context, m)); }
      map(fn, context) { return this.members.map((m) => fn.call(context, m)); }
      filter(fn, context) { return this.members.filter((m) => fn.call(context, m)); }
      find(fn, context) { return this.members.find((m) => fn.call(context, m)); }
      reduce(fn, initial, context) { return this.members.reduce((acc, m) => fn.call(context, acc, m), initial); }
      toObject(excludeDisabled, caseSensitive, multiValue) {
        const o = {};
        for (const m of this.members) {
          if (excludeDisabled && m.disabled) continue;
          let k = this._keyOf(m);
          if (k === undefined) continue;
          if (!caseSensitive && this.Type && this.Type._postman_propertyIndexCaseInsensitive) k = String(k).toLowerCase();
          const v = typeof m.valueOf === 'function' ? m.valueOf() : m;
          if (multiValue && o[k] !== undefined) o[k] = [].concat(o[k], v); else o[k] = v;
        }
        return o;
      }
      toString() {
        if (this.Type === Header) return Header.unparse(this);
        return this.members.map((m) => String(m)).join(this.Type === QueryParam ? '&' : '\n');
      }
      toJSON() { return this.members.map((m) => (m && typeof m.toJSON === 'function' ? m.toJSON() : m)); }
      static isPropertyList(value) { return value instanceof PropertyList; }
    }

    class VariableList extends PropertyList { constructor(parent, populate) { super(Variable, parent, populate); } }
    class HeaderList extends PropertyList { constructor(parent, populate) { super(Header, parent, populate); } }
    class QueryParamList extends PropertyList { constructor(parent, populate) { super(QueryParam, parent, populate); } }
    class CookieList extends PropertyList { constructor(parent, populate) { super(Cookie, parent, populate); } }

    return { Property, Variable, VariableList, PropertyList, Header, HeaderList, QueryParam, QueryParamList, Cookie, CookieList };
    })()
    """#
}
