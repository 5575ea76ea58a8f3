extension PMBootstrap {
    /// `pm.request`: two objects made at load, the editable one for `before` scripts and the
    /// read-only one (no `add`/`upsert`/`remove`, setters that fail) for `after` scripts.
    static let request = #"""
    // The request as it stands, read from Swift once per call and again after each change (a
    // variable a before script sets renders it again there).
    function currentRequest() { return state.request || (state.request = JSON.parse(host("request"))); }

    function makeRequest(editable) {
      const edit = editable ? (change) => { host("edit", JSON.stringify(change)); state.request = null; } : null;
      const url = makeURL(() => currentRequest().url, edit);
      const setBody = (value) => {
        if (!edit) fail("the request was sent: its body can no longer change");
        edit({ op: "body", value: typeof value === "string" ? value : (value && typeof value.raw === "string" ? value.raw : text(value)) });
      };
      const headers = headerList(() => currentRequest().headers, edit);
      return Object.freeze({
        get method() { return currentRequest().method; },
        set method(value) { if (!edit) fail("the request was sent: its method can no longer change"); edit({ op: "method", value: String(value).toUpperCase() }); },
        get url() { return url; },
        set url(value) { url.update(String(value)); },
        headers,
        get body() { const raw = currentRequest().body; return { mode: "raw", raw, toString: () => raw, update: setBody }; },
        set body(value) { setBody(value); },
        addHeader: (a, b) => headers.add(a, b),
        upsertHeader: (a, b) => headers.upsert(a, b),
        removeHeader: (name) => headers.remove(name),
      });
    }
    const editableRequest = makeRequest(true), sentRequest = makeRequest(false);
    """#
}
