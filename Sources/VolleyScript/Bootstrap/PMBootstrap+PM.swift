extension PMBootstrap {
    /// `pm` itself (the prototype of each call's `pm`), `pm.test` and `console`, all made once
    /// (the older `postman.*` words are the legacy sandbox's).
    static let pm = #"""
    const consoleObject = {};
    for (const level of ["log", "info", "warn", "error", "debug"])
      consoleObject[level] = (...values) => { host("log", level, values.map(text).join(" ")); };

    // [line, column] of the innermost frame in the running script's file (its stack frames
    // read `name@url:line:column`), found here so only two numbers go back to Swift.
    const framePattern = /^(?:[^@\n]*@)?(.*):(\d+):(\d+)$/;
    function callerPosition(stack) {
      if (typeof stack !== "string") return null;
      for (const frame of stack.split("\n")) {
        const m = framePattern.exec(frame);
        if (m !== null && m[1] === state.scriptURL) return [Number(m[2]), Number(m[3])];
      }
      return null;
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
      // The cookies of the request's host; from the response's Set-Cookie until the run has a jar.
      get cookies() { return legacy.cookies(); },
      test,
      expect,
      sendRequest,
    };
    """#
}
