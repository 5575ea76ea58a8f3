extension PMBootstrap {
    /// `pm.variables`, `pm.environment`, `pm.collectionVariables`, `pm.globals`,
    /// `pm.iterationData`, each one object made at load over `host("get"|"set"|..., scope, ...)`;
    /// a write drops the call's cached request (Swift renders it again).
    static let variables = #"""
    function variableScope(scope, writable) {
      const api = {
        get: (name) => { const v = host("get", scope, String(name)); return v === undefined ? undefined : JSON.parse(v); },
        has: (name) => host("get", scope, String(name)) !== undefined,
        toObject: () => JSON.parse(host("all", scope)),
        // Postman's VariableScope forms: the values as a postman-collection VariableList, and JSON.
        get values() { return legacy.variableList(JSON.parse(host("all", scope))); },
        toJSON: () => { const o = JSON.parse(host("all", scope)); return { values: Object.keys(o).map((key) => ({ key, value: o[key] })) }; },
        // As Postman: a variable by the name first, then a dynamic variable (`{{$guid}}`), fresh each time.
        replaceIn: (template) => String(template).replace(/\{\{([^{}]+)\}\}/g, (whole, name) => {
          const key = name.trim();
          const v = host("get", "variables", key) ?? (key.startsWith("$") ? host("builtin", key) : undefined);
          return v === undefined ? whole : String(JSON.parse(v));
        }),
      };
      if (writable) {
        api.set = (name, value) => { host("set", scope, String(name), JSON.stringify(value === undefined ? null : value)); state.request = null; };
        api.unset = (name) => { host("unset", scope, String(name)); state.request = null; };
        api.clear = () => { host("clear", scope); state.request = null; };
      }
      return Object.freeze(api);
    }
    const scopes = Object.freeze({
      variables: variableScope("variables", true),
      environment: variableScope("environment", true),
      collectionVariables: variableScope("collectionVariables", true),
      globals: variableScope("globals", true),
      iterationData: variableScope("iterationData", false),
    });
    """#
}
