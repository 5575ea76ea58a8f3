extension PMBootstrap {
    /// `pm` itself (the prototype of each call's `pm`), `pm.test` and `console`, all made once
    /// (the older `postman.*` words are the legacy sandbox's).
    static let pm = #"""
    const consoleObject = {};
    for (const level of ["log", "info", "warn", "error", "debug"])
      consoleObject[level] = (...values) => { host("log", level, values.map(text).join(" ")); };

    // [line, column] of the innermost frame in the running script's file (its stack frames
    // read `name@url:line:column`), found here so only two numbers go back to Swift. Searched
    // for with indexOf, not split and a regular expression per frame: every pm.test pays it, and
    // the search cost twice the stack itself.
    function isDigits(s) {
      if (s.length === 0) return false;
      for (let i = 0; i < s.length; i++) { const c = s.charCodeAt(i); if (c < 48 || c > 57) return false; }
      return true;
    }
    function callerPosition(stack) {
      if (typeof stack !== "string") return null;
      const needle = state.scriptURL + ":";
      for (let from = 0; ;) {
        const at = stack.indexOf(needle, from);
        if (at < 0) return null;
        from = at + 1;
        if (at > 0 && stack[at - 1] !== "@" && stack[at - 1] !== "\n") continue;
        let end = stack.indexOf("\n", at);
        if (end < 0) end = stack.length;
        const rest = stack.slice(at + needle.length, end), colon = rest.lastIndexOf(":");
        if (colon < 0) continue;
        const line = rest.slice(0, colon), column = rest.slice(colon + 1);
        if (isDigits(line) && isDigits(column)) return [Number(line), Number(column)];
      }
    }

    function setNextRequest(name) { state.next = name === null || name === undefined ? null : String(name); state.nextSet = true; }

    function test(name, fn) {
      const record = { name: String(name), at: callerPosition(new Error().stack) };
      state.tests.push(record);
      const pm = state.pm;
      if (typeof fn !== "function") { record.skipped = true; return pm; }
      const settle = (error) => {
        record.passed = error === undefined;
        if (error !== undefined) { record.message = error && error.message !== undefined ? String(error.message) : String(error); }
      };
      try {
        const result = fn();
        if (result && typeof result.then === "function") {
          record.pending = true;
          result.then(() => { record.pending = false; settle(undefined); }, (e) => { record.pending = false; settle(e === undefined ? "rejected" : e); });
        } else settle(undefined);
      } catch (e) { settle(e === undefined ? "undefined thrown" : e); }
      return pm;
    }
    test.skip = (name) => { state.tests.push({ name: String(name), skipped: true, at: callerPosition(new Error().stack) }); return state.pm; };
    Object.freeze(test);

    // Each call's pm inherits from this object: a script's own assignments to pm land on its
    // call's object. The members' objects are frozen, as one object serves every call.
    const requestName = () => host("requestName");
    const sharedPM = {
      info: Object.freeze({
        get requestName() { return requestName(); },
        get iteration() { return Number(host("iteration")); },
        iterationCount: undefined,
        get eventName() { return state.event; },
        requestId: undefined,
      }),
      get request() { return state.event === "prerequest" ? editableRequest : sentRequest; },
      get response() { return responseFacts() === null ? undefined : sharedResponse; },
      variables: scopes.variables,
      environment: scopes.environment,
      collectionVariables: scopes.collectionVariables,
      globals: scopes.globals,
      iterationData: scopes.iterationData,
      execution: Object.freeze({
        skipRequest: () => { state.skip = true; },
        setNextRequest,
        location: Object.freeze({ get current() { return requestName(); } }),
      }),
      // The run's cookies for the request's URL (LegacySandbox's cookies()).
      get cookies() { return legacy.cookies(); },
      test,
      expect,
      sendRequest,
    };
    """#
}
