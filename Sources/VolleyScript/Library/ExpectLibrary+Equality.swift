extension ExpectLibrary {
    /// Deep equality with chai's `eql` semantics: same type (as `typeOf` names it), NaN equals NaN,
    /// -0 differs from +0, dates by time, regexps by source and flags, boxed primitives by value,
    /// errors by name, message and code, Maps and Sets whatever their order, objects by their
    /// enumerable keys (inherited ones too), promises, functions and symbols only by identity;
    /// cycles compare equal.
    static let equality = #"""
    function sameValue(a, b) {
      if (a === b) return a !== 0 || 1 / a === 1 / b;
      return a !== a && b !== b;
    }

    function deepEqual(a, b) {
      if (a === b) return a !== 0 || 1 / a === 1 / b;
      if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return a !== a && b !== b;
      return objectsEqual(a, b, null);
    }

    function deepEqualIn(a, b, pairs) {
      if (a === b) return a !== 0 || 1 / a === 1 / b;
      if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return a !== a && b !== b;
      return objectsEqual(a, b, pairs);
    }

    // The keys deep equality compares: enumerable own and inherited names, and own enumerable symbols.
    function enumerableKeys(object) {
      let keys;
      // A plain object inherits nothing enumerable, so its own keys are its for-in keys, found faster.
      if (isPlain(object)) keys = Object.keys(object);
      else {
        keys = [];
        for (const key in object) keys.push(key);
      }
      const symbols = Object.getOwnPropertySymbols(object);
      for (let i = 0; i < symbols.length; i++) {
        if (Object.prototype.propertyIsEnumerable.call(object, symbols[i])) keys.push(symbols[i]);
      }
      return keys;
    }

    // Finds an element of `candidates` deeply equal to `item` that `used` has not claimed yet.
    function claim(item, candidates, used, pairs) {
      for (let i = 0; i < candidates.length; i++) {
        if (!used[i] && deepEqualIn(item, candidates[i], pairs)) { used[i] = true; return true; }
      }
      return false;
    }

    function objectsEqual(a, b, pairs) {
      const tag = typeOf(a);
      if (tag !== typeOf(b)) return false;
      // A pair already under comparison is assumed equal: that is what ends a cycle.
      if (pairs === null) pairs = [];
      for (let i = 0; i < pairs.length; i += 2) if (pairs[i] === a && pairs[i + 1] === b) return true;
      switch (tag) {
        case 'date': return sameValue(a.getTime(), b.getTime());
        case 'regexp': return String(a) === String(b);
        case 'string': case 'number': case 'boolean': case 'bigint': return sameValue(a.valueOf(), b.valueOf());
        // As chai 5: errors of one type with the same name, message and code are equal.
        case 'error': return a.name === b.name && a.message === b.message && sameValue(a.code, b.code);
        case 'promise': case 'symbol': case 'weakmap': case 'weakset': case 'weakref': return false;
      }
      pairs.push(a, b);
      let equal;
      if (tag === 'map' || tag === 'set') {
        equal = a.size === b.size;
        if (equal) {
          const left = Array.from(a), right = Array.from(b), used = [];
          for (let i = 0; equal && i < left.length; i++) equal = claim(left[i], right, used, pairs);
        }
      } else if (tag === 'array' || tag === 'arguments' || ArrayBuffer.isView(a)) {
        equal = a.length === b.length;
        for (let i = 0; equal && i < a.length; i++) equal = deepEqualIn(a[i], b[i], pairs);
      } else {
        const left = enumerableKeys(a), right = enumerableKeys(b);
        equal = left.length === right.length;
        // A linear search is cheaper than a Set for the small objects tests mostly compare.
        const names = right.length > 32 ? new Set(right) : null;
        for (let i = 0; equal && i < left.length; i++) {
          const key = left[i];
          equal = (names === null ? right.indexOf(key) !== -1 : names.has(key)) && deepEqualIn(a[key], b[key], pairs);
        }
      }
      pairs.length -= 2;
      return equal;
    }
    """#
}
