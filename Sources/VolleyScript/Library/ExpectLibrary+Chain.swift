extension ExpectLibrary {
    /// The chain itself: one object per `expect` call holding the subject, the custom message and
    /// the flags as bits, with every word a getter or method on one shared prototype.
    static let chain = #"""
    const NOT = 1, DEEP = 2, OWN = 4, NESTED = 8, ANY = 16, ALL = 32, CONTAINS = 64, LENGTH = 128, ORDERED = 256, ITSELF = 512;

    function Assertion(subject, message) {
      this._obj = subject;
      this._msg = message;
      this._f = 0;
    }
    const proto = Assertion.prototype;

    function define(names, descriptor) {
      for (let i = 0; i < names.length; i++) {
        Object.defineProperty(proto, names[i], Object.assign({ configurable: true }, descriptor));
      }
    }
    function method(names, fn) { define(names, { value: fn, writable: true }); }
    function property(names, get) { define(names, { get: get }); }

    // Words that only read well.
    property(['to', 'be', 'been', 'is', 'that', 'which', 'and', 'has', 'have', 'with', 'at', 'of', 'same',
              'but', 'does', 'still', 'also'], function () { return this; });

    function flag(bit) { return function () { this._f |= bit; return this; }; }
    property(['not'], flag(NOT));
    property(['deep'], flag(DEEP));
    property(['own'], flag(OWN));
    property(['nested'], flag(NESTED));
    property(['any'], function () { this._f = (this._f | ANY) & ~ALL; return this; });
    property(['all'], function () { this._f = (this._f | ALL) & ~ANY; return this; });
    property(['ordered'], flag(ORDERED));

    // A word that is both a chain (`.include.keys`, `.an.instanceof`, `.length.above`) and a call
    // (`.include(3)`): a closure that calls `fn` on this chain, given the chain's prototype and a
    // copy of its state so that chaining on from it reads the same subject and flags.
    function chainable(names, bit, fn) {
      property(names, function () {
        this._f |= bit;
        const assertion = this;
        // Two fixed parameters (every such word takes a value and a message): cheaper than rest.
        const call = (value, message) => fn.call(assertion, value, message);
        Object.setPrototypeOf(call, proto);
        call._obj = this._obj;
        call._msg = this._msg;
        call._f = this._f;
        return call;
      });
    }

    // True when the chain passes: the check's outcome, inverted by `not`.
    proto._ok = function (outcome) { return outcome !== ((this._f & NOT) !== 0); };

    function expand(template, subject, expected, actual) {
      return template.replace(/#\{(this|exp|act)\}/g, function (_, word) {
        return display(word === 'this' ? subject : word === 'exp' ? expected : actual);
      });
    }

    function prefixed(message, text) {
      const custom = typeof message === 'function' ? message() : message;
      return custom === undefined || custom === null || custom === '' ? text : custom + ': ' + text;
    }

    // JavaScriptCore places an error where it was made, inside this library; the script and its
    // reports need the line that called expect, so the error takes the first stack frame from
    // another source (frames read `name@url:line:column`) and drops the library's frames.
    const FRAME = /^(?:[^@]*@)?(.+):(\d+):(\d+)$/;
    function atCaller(error) {
      const stack = error.stack;
      if (typeof stack !== 'string') return error;
      const frames = stack.split('\n');
      const first = FRAME.exec(frames[0]);
      if (first === null) return error;
      for (let i = 1; i < frames.length; i++) {
        const frame = FRAME.exec(frames[i]);
        if (frame === null || frame[1] === first[1]) continue;
        const place = { sourceURL: frame[1], line: Number(frame[2]), column: Number(frame[3]), stack: frames.slice(i).join('\n') };
        for (const key in place) {
          try { Object.defineProperty(error, key, { value: place[key], writable: true, configurable: true }); } catch (e) { /* kept as made */ }
        }
        break;
      }
      return error;
    }

    // Throws the failure: `positive` words a failed check, `negated` a failed `not`. #{this},
    // #{exp} and #{act} stand for the subject, expected and actual values (actual defaults to the
    // subject), rendered only now, so a passing chain never builds a message.
    proto._fail = function (positive, negated, expected, actual, showDiff) {
      const negative = (this._f & NOT) !== 0;
      const got = arguments.length > 3 ? actual : this._obj;
      const text = expand(negative ? negated : positive, this._obj, expected, got);
      throw atCaller(new AssertionError(prefixed(this._msg, text), got, expected, showDiff === true && !negative));
    };

    // A check applied to what it cannot check (a number's keys, a string's members): a failure
    // whatever `not` says, since neither answer would be true.
    proto._misuse = function (text) {
      throw atCaller(new AssertionError(prefixed(this._msg, expand(text, this._obj)), this._obj, undefined, false));
    };

    proto._message = function (message) { if (message !== undefined) this._msg = message; };
    """#
}
