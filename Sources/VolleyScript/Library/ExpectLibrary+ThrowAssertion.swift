extension ExpectLibrary {
    /// `throw`: the subject is a function, called with no arguments; what it throws may be checked
    /// against an error instance (identity), a constructor (`instanceof`), and a message (a string
    /// it contains or a regexp it matches). The chain moves onto the thrown error, as chai's does.
    static let throwAssertion = #"""
    function messageOf(error) {
      return error !== null && typeof error === 'object' && 'message' in error ? String(error.message) : String(error);
    }

    // A thrown value as chai names it in messages: an error by its text ('TypeError: bad').
    function thrownText(value) { return value instanceof Error ? quote(String(value)) : display(value); }

    function throwAssertion(kind, pattern, message) {
      this._message(message);
      if (typeof kind === 'string' || kind instanceof RegExp) { pattern = kind; kind = undefined; }
      if (typeof this._obj !== 'function') this._misuse('expected #{this} to be a function');
      let thrown = false, error;
      try { this._obj(); } catch (caught) { thrown = true; error = caught; }

      const instance = kind instanceof Error;
      const constructor = !instance && typeof kind === 'function';
      const kindMatches = instance ? error === kind : constructor ? thrown && error instanceof kind : true;
      const text = thrown ? messageOf(error) : '';
      const patternMatches = pattern === undefined ? true
        : pattern instanceof RegExp ? thrown && pattern.test(text) : thrown && text.indexOf(pattern) !== -1;
      const negated = (this._f & NOT) !== 0;
      if (this._ok(thrown && kindMatches && patternMatches)) { this._obj = error; return this; }

      // Worded as chai words each case: what was wanted, then what came instead.
      const name = instance ? quote(String(kind)) : constructor ? kind.name || 'an unnamed constructor' : 'an error';
      const matching = pattern instanceof RegExp ? 'matching ' : 'including ';
      let words;
      if (!thrown) words = 'to throw ' + name;
      else if (negated && kind === undefined && pattern !== undefined) words = 'to throw error not ' + matching + display(pattern);
      else if (negated) words = 'to not throw ' + (kind === undefined ? 'an error' : constructor ? quote(name) : name) + ' but ' + thrownText(error) + ' was thrown';
      else if (!kindMatches) words = 'to throw ' + (constructor ? quote(name) : name) + ' but ' + thrownText(error) + ' was thrown';
      else words = 'to throw error ' + matching + display(pattern) + ' but got ' + quote(text);
      const expected = kind !== undefined ? kind : pattern;
      return this._fail('expected #{this} ' + words, 'expected #{this} ' + words, expected, error);
    }
    method(['throw', 'throws', 'Throw'], throwAssertion);
    """#
}
