extension PMBootstrap {
    /// Header lists and URLs, shared by `pm.request` and `pm.response`: each reads its data
    /// through a function every time, so one object made at load serves every call.
    static let messages = #"""
    // Headers read through `pairs()` each time, so a request's list follows its edits and the
    // renderings that variable writes cause; `edit` (the request's only) sends a change to Swift.
    function headerList(pairs, edit) {
      const list = () => pairs().map(([key, value]) => ({ key, value }));
      const find = (name) => list().find((h) => h.key.toLowerCase() === String(name).toLowerCase());
      const api = {
        get: (name) => { const h = find(name); return h ? h.value : undefined; },
        has: (name, value) => { const h = find(name); return !!h && (value === undefined || h.value === String(value)); },
        toObject: () => { const o = {}; for (const h of list()) o[h.key.toLowerCase()] = h.value; return o; },
        all: () => list(),
        each: (fn) => list().forEach(fn),
        count: () => list().length,
        toString: () => list().map((h) => h.key + ": " + h.value).join("\n"),
      };
      if (edit) {
        const entry = (a, b) => typeof a === "object" && a !== null ? { key: String(a.key), value: String(a.value) } : { key: String(a), value: String(b) };
        api.add = (a, b) => { const h = entry(a, b); edit({ op: "header.add", name: h.key, value: h.value }); };
        api.upsert = (a, b) => { const h = entry(a, b); edit({ op: "header.upsert", name: h.key, value: h.value }); };
        api.remove = (name) => edit({ op: "header.remove", name: String(typeof name === "object" && name !== null ? name.key : name) });
      }
      return Object.freeze(api);
    }

    function makeURL(raw, edit) {
      const split = () => { const q = raw().indexOf("?"); return q < 0 ? [raw(), ""] : [raw().slice(0, q), raw().slice(q + 1)]; };
      const decode = (s) => { try { return decodeURIComponent(s.replace(/\+/g, " ")); } catch (e) { return s; } };
      const parse = (p) => {
        const eq = p.indexOf("=");
        return eq < 0 ? { key: decode(p), value: null } : { key: decode(p.slice(0, eq)), value: decode(p.slice(eq + 1)) };
      };
      const pairs = () => split()[1].split("&").filter((p) => p !== "").map(parse);
      const update = (value) => { if (!edit) fail("the request was sent: its URL can no longer change"); edit({ op: "url", value: String(value) }); };
      const write = (list) => {
        const query = list.map((p) => encodeURIComponent(p.key) + (p.value === null ? "" : "=" + encodeURIComponent(p.value))).join("&");
        update(split()[0] + (query ? "?" + query : ""));
      };
      // A pair as an object, as key and value, or as Postman's QueryParam string form ("b=2"),
      // read as the URL's own query is.
      const pair = (a, b) => {
        if (typeof a === "string" && b === undefined) return parse(a);
        const p = typeof a === "object" && a !== null ? a : { key: a, value: b };
        return { key: String(p.key), value: p.value == null ? null : String(p.value) };
      };
      return Object.freeze({
        toString: () => raw(),
        getHost: () => { const m = /^[a-z]+:\/\/([^/:?#]+)/i.exec(raw()); return m ? m[1] : ""; },
        getPath: () => { const m = /^[a-z]+:\/\/[^/?#]*([^?#]*)/i.exec(raw()); return m && m[1] ? m[1] : "/"; },
        getQueryString: () => split()[1],
        update,
        query: Object.freeze({
          get: (key) => { const p = pairs().find((p) => p.key === key); return p ? p.value : undefined; },
          has: (key) => pairs().some((p) => p.key === key),
          toObject: () => { const o = {}; for (const p of pairs()) o[p.key] = p.value; return o; },
          all: () => pairs(),
          count: () => pairs().length,
          add: (a, b) => write(pairs().concat([pair(a, b)])),
          upsert: (a, b) => {
            const p = pair(a, b), list = pairs(), old = list.find((q) => q.key === p.key);
            if (old) old.value = p.value; else list.push(p);
            write(list);
          },
          remove: (key) => { const k = typeof key === "object" && key !== null ? key.key : key; write(pairs().filter((p) => p.key !== k)); },
        }),
      });
    }
    """#
}
