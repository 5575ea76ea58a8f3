extension ExpectLibrary {
    /// Assertions about one value: equality, type, truthiness and the other property words,
    /// numeric comparisons (on the length after `.length`), patterns, membership in a list.
    static let valueAssertions = #"""
    function equal(expected, message) {
      this._message(message);
      if (this._f & DEEP) return eql.call(this, expected);
      if (this._ok(this._obj === expected)) return this;
      return this._fail('expected #{this} to equal #{exp}', 'expected #{this} to not equal #{exp}', expected, this._obj, true);
    }
    method(['equal', 'equals', 'eq'], equal);

    function eql(expected, message) {
      this._message(message);
      if (this._ok(deepEqual(expected, this._obj))) return this;
      return this._fail('expected #{this} to deeply equal #{exp}', 'expected #{this} to not deeply equal #{exp}',
        expected, this._obj, true);
    }
    method(['eql', 'eqls'], eql);

    function article(word) { return /^[aeiou]/i.test(word) ? 'an ' : 'a '; }

    chainable(['a', 'an'], 0, function (type, message) {
      this._message(message);
      const wanted = String(type).toLowerCase();
      if (this._ok(typeOf(this._obj) === wanted)) return this;
      return this._fail('expected #{this} to be ' + article(wanted) + wanted, 'expected #{this} not to be ' + article(wanted) + wanted);
    });

    // The words that assert on reading: `expect(x).to.be.true`. (`ok` is with the response words:
    // it means status 200 when the subject is a response.)
    function check(name, test, positive, negated) {
      property([name], function () {
        if (this._ok(test(this._obj))) return this;
        return this._fail(positive, negated);
      });
    }
    check('true', function (v) { return v === true; }, 'expected #{this} to be true', 'expected #{this} to be false');
    check('false', function (v) { return v === false; }, 'expected #{this} to be false', 'expected #{this} to be true');
    check('null', function (v) { return v === null; }, 'expected #{this} to be null', 'expected #{this} not to be null');
    check('undefined', function (v) { return v === undefined; }, 'expected #{this} to be undefined', 'expected #{this} not to be undefined');
    check('NaN', function (v) { return typeof v === 'number' && v !== v; }, 'expected #{this} to be NaN', 'expected #{this} not to be NaN');
    check('exist', function (v) { return v !== null && v !== undefined; }, 'expected #{this} to exist', 'expected #{this} to not exist');
    check('exists', function (v) { return v !== null && v !== undefined; }, 'expected #{this} to exist', 'expected #{this} to not exist');
    check('finite', function (v) { return typeof v === 'number' && isFinite(v); },
      'expected #{this} to be a finite number', 'expected #{this} to not be a finite number');
    check('arguments', function (v) { return typeOf(v) === 'arguments'; }, 'expected #{this} to be arguments', 'expected #{this} to not be arguments');
    check('Arguments', function (v) { return typeOf(v) === 'arguments'; }, 'expected #{this} to be arguments', 'expected #{this} to not be arguments');
    check('extensible', function (v) { return Object.isExtensible(v); }, 'expected #{this} to be extensible', 'expected #{this} to not be extensible');
    check('sealed', function (v) { return Object.isSealed(v); }, 'expected #{this} to be sealed', 'expected #{this} to not be sealed');
    check('frozen', function (v) { return Object.isFrozen(v); }, 'expected #{this} to be frozen', 'expected #{this} to not be frozen');

    // The number a comparison reads: the subject, or its length (size for Map and Set) after `.length`.
    function measured(assertion, word, bound) {
      const subject = assertion._obj;
      if (assertion._f & LENGTH) return measuredSize(assertion);
      const subjectType = typeOf(subject);
      if (subjectType === 'number' && typeof bound === 'number') return subject;
      if (subjectType === 'date' && typeOf(bound) === 'date') return subject;
      if (subjectType === 'number' || subjectType === 'date') assertion._misuse('the argument to ' + word + ' must be a ' + subjectType);
      return assertion._misuse('expected #{this} to be a number or a date');
    }

    // `negation` is how chai words a failed `not`: "expected 3 to be at most 2" for not.above(2).
    function comparison(names, word, negation, test) {
      method(names, function (bound, message) {
        this._message(message);
        const value = measured(this, names[0], bound);
        if (this._ok(test(value, bound))) return this;
        if (this._f & LENGTH) {
          return this._fail('expected #{this} to have a length ' + word + ' #{exp} but got #{act}',
            'expected #{this} to not have a length ' + word + ' #{exp}', bound, value);
        }
        return this._fail('expected #{this} to be ' + word + ' #{exp}', 'expected #{this} to be ' + negation + ' #{exp}', bound);
      });
    }
    comparison(['above', 'gt', 'greaterThan'], 'above', 'at most', function (v, n) { return v > n; });
    comparison(['least', 'gte', 'greaterThanOrEqual'], 'at least', 'below', function (v, n) { return v >= n; });
    comparison(['below', 'lt', 'lessThan'], 'below', 'at least', function (v, n) { return v < n; });
    comparison(['most', 'lte', 'lessThanOrEqual'], 'at most', 'above', function (v, n) { return v <= n; });

    method(['within'], function (start, finish, message) {
      this._message(message);
      const value = measured(this, 'within', start);
      const range = display(start) + '..' + display(finish);
      if (this._ok(value >= start && value <= finish)) return this;
      if (this._f & LENGTH) {
        return this._fail('expected #{this} to have a length within ' + range, 'expected #{this} to not have a length within ' + range);
      }
      return this._fail('expected #{this} to be within ' + range, 'expected #{this} to not be within ' + range);
    });

    method(['closeTo', 'approximately'], function (expected, delta, message) {
      this._message(message);
      if (typeof this._obj !== 'number') this._misuse('expected #{this} to be a number');
      if (typeof expected !== 'number' || typeof delta !== 'number') this._misuse('the arguments to closeTo must be numbers');
      if (this._ok(Math.abs(this._obj - expected) <= delta)) return this;
      const bound = display(expected) + ' +/- ' + display(delta);
      return this._fail('expected #{this} to be close to ' + bound, 'expected #{this} not to be close to ' + bound);
    });

    method(['match', 'matches'], function (pattern, message) {
      this._message(message);
      if (this._ok(pattern.exec(this._obj) !== null)) return this;
      return this._fail('expected #{this} to match ' + pattern, 'expected #{this} not to match ' + pattern);
    });

    method(['string'], function (text, message) {
      this._message(message);
      if (typeof this._obj !== 'string') this._misuse('expected #{this} to be a string');
      if (this._ok(this._obj.indexOf(text) !== -1)) return this;
      return this._fail('expected #{this} to contain #{exp}', 'expected #{this} to not contain #{exp}', text);
    });

    method(['oneOf'], function (list, message) {
      this._message(message);
      if (!Array.isArray(list)) this._misuse('the argument to oneOf must be an array');
      const subject = this._obj;
      if (this._f & CONTAINS) {
        // `contain.oneOf`: the subject (a string or an array) includes at least one of them.
        if (typeof subject !== 'string' && !Array.isArray(subject)) this._misuse('expected #{this} to be a string or an array');
        const deep = (this._f & DEEP) !== 0;
        const holds = function (item) {
          return deep && Array.isArray(subject) ? subject.some(function (entry) { return deepEqual(entry, item); }) : subject.indexOf(item) !== -1;
        };
        if (this._ok(list.some(holds))) return this;
        return this._fail('expected #{this} to contain one of #{exp}', 'expected #{this} to not contain one of #{exp}', list);
      }
      const found = (this._f & DEEP) ? list.some(function (item) { return deepEqual(item, subject); }) : list.indexOf(subject) !== -1;
      if (this._ok(found)) return this;
      return this._fail('expected #{this} to be one of #{exp}', 'expected #{this} to not be one of #{exp}', list);
    });

    method(['satisfy', 'satisfies'], function (matcher, message) {
      this._message(message);
      const result = matcher(this._obj);
      if (this._ok(!!result)) return this;
      return this._fail('expected #{this} to satisfy ' + display(matcher), 'expected #{this} to not satisfy ' + display(matcher),
        matcher, result);
    });

    // `respondTo(name)`: the subject has a method of that name (a constructor's prototype does,
    // unless `itself` asks about the constructor's own functions).
    property(['itself'], flag(ITSELF));
    method(['respondTo', 'respondsTo'], function (name, message) {
      this._message(message);
      const subject = this._obj;
      const holder = typeof subject === 'function' && !(this._f & ITSELF) ? subject.prototype : subject;
      if (this._ok(holder !== null && holder !== undefined && typeof holder[name] === 'function')) return this;
      return this._fail('expected #{this} to respond to ' + inspect(name), 'expected #{this} to not respond to ' + inspect(name));
    });

    method(['instanceOf', 'instanceof'], function (type, message) {
      this._message(message);
      if (typeof type !== 'function') this._misuse('the argument to instanceof must be a constructor');
      const name = type.name || 'an unnamed constructor';
      if (this._ok(this._obj instanceof type)) return this;
      return this._fail('expected #{this} to be an instance of ' + name, 'expected #{this} to not be an instance of ' + name);
    });
    """#
}
