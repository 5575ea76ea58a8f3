extension ExpectLibrary {
    /// `throw`: the subject is a function, called with no arguments; what it throws may be checked
    /// against an error instance (identity), a constructor (`instanceof`), and a message (a string
    /// it contains or a regexp it matches). The chain moves onto the thrown error, as chai's does.
    static let throwAssertion = #"""
    function messageOf(error) {
      return error !== null && typeof error === 'object' && 'message' in error ? String(error.message) : String(error);
    }

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

      let what = 'an error';
      if (instance) what = display(kind);
      else if (constructor) what = kind.name || 'an unnamed constructor';
      if (pattern !== undefined) {
        const words = (pattern instanceof RegExp ? 'matching ' : 'including ') + display(pattern);
        what = kind === undefined ? 'an error ' + words : what + ' ' + words;
      }
      const passed = thrown && kindMatches && patternMatches;
      if (!this._ok(passed)) {
        const expected = kind !== undefined ? kind : pattern;
        if ((this._f & NOT) !== 0) this._fail('', 'expected #{this} to not throw ' + what + ' but #{act} was thrown', expected, error);
        if (!thrown) this._fail('expected #{this} to throw ' + what, '', expected, undefined);
        this._fail('expected #{this} to throw ' + what + ' but #{act} was thrown', '', expected, error);
      }
      this._obj = error;
      return this;
    }
    method(['throw', 'throws', 'Throw'], throwAssertion);
    """#
}
