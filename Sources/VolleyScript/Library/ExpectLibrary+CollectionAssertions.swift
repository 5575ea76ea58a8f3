extension ExpectLibrary {
    /// Assertions about what a value holds: `include`, `property` (which moves the chain onto the
    /// property's value), `lengthOf`, `keys`, `members`, `empty`.
    static let collectionAssertions = #"""
    function sizeOf(value) {
      if (value === null || value === undefined) return undefined;
      const tag = typeOf(value);
      if (tag === 'map' || tag === 'set') return value.size;
      return typeof value.length === 'number' ? value.length : undefined;
    }

    // The length (or size) a length assertion reads, or chai's failure for a subject without one.
    function measuredSize(assertion) {
      const subject = assertion._obj;
      if (subject === null || subject === undefined) assertion._misuse('Target cannot be null or undefined.');
      const size = sizeOf(subject);
      if (size === undefined) assertion._misuse("expected #{this} to have property 'length'");
      return size;
    }

    function isObjectLike(value) { return value !== null && typeof value === 'object'; }

    function invalidInclude(assertion, subject, expected) {
      return assertion._misuse('the given combination of arguments (' + typeOf(subject) + ' and ' + typeOf(expected) +
        ') is invalid for this assertion. You can use an array, a map, an object, a set, a string, or a weakset instead of a ' +
        typeOf(expected));
    }

    function include(expected, message) {
      this._message(message);
      const subject = this._obj;
      const deep = (this._f & DEEP) !== 0;
      const tag = typeOf(subject);
      const words = deep ? 'deep include' : 'include';
      let found;
      if (tag === 'string') {
        if (typeof expected !== 'string') return invalidInclude(this, subject, expected);
        found = subject.indexOf(expected) !== -1;
      } else if (tag === 'array' || tag === 'arguments' || ArrayBuffer.isView(subject)) {
        found = deep ? Array.prototype.some.call(subject, function (item) { return deepEqual(item, expected); })
                     : Array.prototype.indexOf.call(subject, expected) !== -1;
      } else if (tag === 'set' || tag === 'map') {
        if (!deep && tag === 'set') found = subject.has(expected);
        else {
          found = false;
          for (const item of subject.values()) if (deep ? deepEqual(item, expected) : item === expected) { found = true; break; }
        }
      } else if (isObjectLike(subject) && isObjectLike(expected)) {
        return includeProperties(this, expected, deep);
      } else {
        return invalidInclude(this, subject, expected);
      }
      if (this._ok(found)) return this;
      return this._fail('expected #{this} to ' + words + ' #{exp}', 'expected #{this} to not ' + words + ' #{exp}', expected);
    }

    // An object includes another when it has each of its properties (own ones after `.own`) with
    // the same value (deeply equal after `.deep`); a failure names the first one that differs.
    function includeProperties(assertion, expected, deep) {
      const subject = assertion._obj;
      const keys = Object.keys(expected);
      const own = (assertion._f & OWN) !== 0;
      let missing = -1, differs = -1;
      for (let i = 0; i < keys.length && missing < 0 && differs < 0; i++) {
        const key = keys[i];
        if (!(own ? hasOwn.call(subject, key) : key in subject)) missing = i;
        else if (!(deep ? deepEqual(expected[key], subject[key]) : subject[key] === expected[key])) differs = i;
      }
      if (assertion._ok(missing < 0 && differs < 0)) return assertion;
      const words = (deep ? 'deep ' : '') + (own ? 'own ' : '') + 'property ';
      if (missing >= 0) return assertion._fail('expected #{this} to have ' + words + inspect(keys[missing]), '', expected);
      if (differs >= 0) {
        const key = keys[differs];
        return assertion._fail('expected #{this} to have ' + words + inspect(key) + ' of #{exp}, but got #{act}', '',
          expected[key], subject[key]);
      }
      if (keys.length === 0) return assertion._fail('', 'expected #{this} to not include #{exp}', expected);
      return assertion._fail('', 'expected #{this} to not have ' + words + inspect(keys[0]) + ' of #{exp}', expected[keys[0]], subject[keys[0]]);
    }
    chainable(['include', 'includes', 'contain', 'contains'], CONTAINS, include);

    // 'a.b[0].c' → ['a', 'b', '0', 'c']; '\\.' and '\\[' keep a literal dot or bracket in a name.
    function pathParts(path) {
      const parts = [];
      const pattern = /((?:\\.|[^.[\]\\])+)|\[(\d+)\]/g;
      let match;
      while ((match = pattern.exec(path)) !== null) {
        parts.push(match[1] !== undefined ? match[1].replace(/\\(.)/g, '$1') : match[2]);
      }
      return parts;
    }

    // Where a nested path leads: whether its last step exists and the value there.
    function resolvePath(subject, path) {
      const parts = pathParts(path);
      let parent = subject;
      for (let i = 0; i < parts.length - 1; i++) {
        if (parent === null || parent === undefined) return { exists: false, value: undefined };
        parent = parent[parts[i]];
      }
      const last = parts[parts.length - 1];
      const exists = parent !== null && parent !== undefined && last !== undefined && last in Object(parent);
      return { exists: exists, value: exists ? parent[last] : undefined };
    }

    function propertyWords(flags, name) {
      return ((flags & DEEP) ? 'deep ' : '') + ((flags & OWN) ? 'own ' : '') + ((flags & NESTED) ? 'nested ' : '') + 'property ' + inspect(name);
    }

    function propertyAssertion(name, value, message, hasValue) {
      this._message(message);
      const subject = this._obj;
      if (subject === null || subject === undefined) this._misuse('Target cannot be null or undefined.');
      const flags = this._f;
      const nested = (flags & NESTED) !== 0, own = (flags & OWN) !== 0, deep = (flags & DEEP) !== 0;
      let exists, actual;
      if (nested) {
        const found = resolvePath(subject, String(name));
        exists = found.exists;
        actual = found.value;
      } else {
        exists = own ? hasOwn.call(subject, name) : name in Object(subject);
        actual = exists ? subject[name] : undefined;
      }
      // As chai: `not.property(name, value)` passes when the property is missing or differs.
      if (!hasValue || (flags & NOT) === 0) {
        if (!this._ok(exists)) {
          const words = propertyWords(flags, name);
          this._fail('expected #{this} to have ' + words, 'expected #{this} to not have ' + words);
        }
      }
      if (hasValue && !this._ok(exists && (deep ? deepEqual(value, actual) : actual === value))) {
        const words = propertyWords(flags, name);
        this._fail('expected #{this} to have ' + words + ' of #{exp}, but got #{act}', 'expected #{this} to not have ' + words + ' of #{act}',
          value, actual);
      }
      this._obj = actual;
      return this;
    }
    method(['property'], function (name, value, message) {
      return propertyAssertion.call(this, name, value, message, arguments.length > 1);
    });
    method(['ownProperty', 'haveOwnProperty'], function (name, value, message) {
      this._f |= OWN;
      return propertyAssertion.call(this, name, value, message, arguments.length > 1);
    });

    // The chain moves onto the descriptor, as chai's does.
    method(['ownPropertyDescriptor', 'haveOwnPropertyDescriptor'], function (name, descriptor, message) {
      if (typeof descriptor === 'string') { message = descriptor; descriptor = undefined; }
      this._message(message);
      const subject = this._obj;
      if (subject === null || subject === undefined) this._misuse('Target cannot be null or undefined.');
      const actual = Object.getOwnPropertyDescriptor(Object(subject), name);
      const where = ' own property descriptor for ' + inspect(name);
      if (descriptor !== undefined) {
        if (!this._ok(actual !== undefined && deepEqual(descriptor, actual))) {
          this._fail('expected the' + where + ' on #{this} to match #{exp}, got #{act}',
            'expected the' + where + ' on #{this} to not match #{exp}', descriptor, actual, true);
        }
      } else if (!this._ok(actual !== undefined)) {
        this._fail('expected #{this} to have an' + where, 'expected #{this} to not have an' + where, undefined, actual);
      }
      this._obj = actual;
      return this;
    });

    chainable(['length', 'lengthOf'], LENGTH, function (expected, message) {
      this._message(message);
      const size = measuredSize(this);
      if (this._ok(size === expected)) return this;
      return this._fail('expected #{this} to have a length of #{exp} but got #{act}', 'expected #{this} to not have a length of #{act}',
        expected, size);
    });

    property(['empty'], function () {
      const subject = this._obj;
      const tag = typeOf(subject);
      let size;
      if (tag === 'string' || tag === 'array' || tag === 'arguments' || ArrayBuffer.isView(subject)) size = subject.length;
      else if (tag === 'map' || tag === 'set') size = subject.size;
      else if (isObjectLike(subject)) size = Object.keys(subject).length;
      else this._misuse(typeof subject === 'function' ? '.empty was passed a function' : '.empty was passed non-string primitive #{this}');
      if (this._ok(size === 0)) return this;
      return this._fail('expected #{this} to be empty', 'expected #{this} not to be empty');
    });

    function keyList(args) {
      if (args.length !== 1) return Array.prototype.slice.call(args);
      const only = args[0];
      if (Array.isArray(only)) return only.slice();
      if (isObjectLike(only) && typeOf(only) === 'object') return Object.keys(only);
      return [only];
    }

    function listed(items, conjunction) {
      const shown = items.map(inspect);
      if (shown.length < 2) return shown.join('');
      const last = shown.pop();
      return shown.join(', ') + ', ' + conjunction + ' ' + last;
    }

    method(['keys', 'key'], function () {
      const subject = this._obj;
      const tag = typeOf(subject);
      if (subject === null || subject === undefined) this._misuse('Target cannot be null or undefined.');
      const actual = tag === 'map' || tag === 'set' ? Array.from(subject.keys()) : Object.keys(Object(subject));
      const wanted = keyList(arguments);
      if (wanted.length === 0) this._misuse('keys required');
      const flags = this._f;
      const deep = (flags & DEEP) !== 0, any = (flags & ANY) !== 0, contains = (flags & CONTAINS) !== 0;
      const has = function (key) {
        return deep ? actual.some(function (item) { return deepEqual(item, key); }) : actual.indexOf(key) !== -1;
      };
      const passed = any ? wanted.some(has) : wanted.every(has) && (contains || wanted.length === actual.length);
      if (this._ok(passed)) return this;
      const words = (contains ? 'contain ' : 'have ') + (deep ? 'deep ' : '') + (wanted.length > 1 ? 'keys ' : 'key ') +
        listed(wanted, any ? 'or' : 'and');
      return this._fail('expected #{this} to ' + words, 'expected #{this} to not ' + words, wanted.slice().sort(), actual.slice().sort(), true);
    });

    // Whether every item of `part` is in `whole` (each matched item used once unless `contains`,
    // so [1, 1] does not have the same members as [1, 2]); in the same order after `.ordered`.
    function membersOf(part, whole, deep, contains, ordered) {
      if (!contains && part.length !== whole.length) return false;
      const same = deep ? deepEqual : function (a, b) { return a === b; };
      if (ordered) {
        for (let i = 0; i < part.length; i++) if (!same(part[i], whole[i])) return false;
        return true;
      }
      const used = [];
      for (let i = 0; i < part.length; i++) {
        let found = false;
        for (let j = 0; j < whole.length && !found; j++) {
          if ((contains || !used[j]) && same(part[i], whole[j])) { used[j] = true; found = true; }
        }
        if (!found) return false;
      }
      return true;
    }

    method(['members'], function (expected, message) {
      this._message(message);
      if (!Array.isArray(this._obj) || !Array.isArray(expected)) this._misuse('expected #{this} and the members given to be arrays');
      const flags = this._f;
      const contains = (flags & CONTAINS) !== 0, ordered = (flags & ORDERED) !== 0;
      if (this._ok(membersOf(expected, this._obj, (flags & DEEP) !== 0, contains, ordered))) return this;
      const what = contains ? (ordered ? 'an ordered superset' : 'a superset') : (ordered ? 'ordered members' : 'members');
      if (contains) return this._fail('expected #{this} to be ' + what + ' of #{exp}', 'expected #{this} to not be ' + what + ' of #{exp}', expected, this._obj, true);
      return this._fail('expected #{this} to have the same ' + what + ' as #{exp}', 'expected #{this} to not have the same ' + what + ' as #{exp}',
        expected, this._obj, true);
    });
    """#
}
