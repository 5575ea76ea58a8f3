extension ExpectLibrary {
    /// `change`, `increase`, `decrease` (and `by` after them): the subject is a function, run once
    /// between two reads of a value, either `object[name]` or what a getter function returns.
    static let changeAssertions = #"""
    function changeAssertion(behavior, check) {
      return function (target, name, message) {
        this._message(message);
        const fn = this._obj;
        if (typeof fn !== 'function') this._misuse('expected #{this} to be a function');
        const read = typeof target === 'function' && name === undefined ? target : function () { return target[name]; };
        const before = read();
        fn();
        const after = read();
        // What the messages call the value: `.name` for a property, else its first reading.
        const label = typeof target === 'function' && name === undefined ? display(before) : '.' + String(name);
        if (behavior !== 'change' && (typeof before !== 'number' || typeof after !== 'number')) {
          this._misuse('expected ' + display(before) + ' to be a number');
        }
        this._delta = { behavior: behavior, label: label, real: behavior === 'decrease' ? before - after : after - before };
        if (this._ok(check(before, after))) return this;
        return this._fail('expected ' + label + ' to ' + behavior, 'expected ' + label + ' to not ' + behavior, before, after);
      };
    }
    method(['change', 'changes'], changeAssertion('change', function (a, b) { return a !== b; }));
    method(['increase', 'increases'], changeAssertion('increase', function (a, b) { return b > a; }));
    method(['decrease', 'decreases'], changeAssertion('decrease', function (a, b) { return b < a; }));

    method(['by'], function (delta, message) {
      this._message(message);
      const change = this._delta;
      if (change === undefined) this._misuse('by follows change, increase or decrease');
      const real = change.behavior === 'change' ? Math.abs(change.real) : change.real;
      if (this._ok(real === delta)) return this;
      const words = change.behavior + ' by ' + display(delta);
      return this._fail('expected ' + change.label + ' to ' + words, 'expected ' + change.label + ' to not ' + words, delta, real);
    });
    """#
}
