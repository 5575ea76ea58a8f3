extension PMBootstrap {
    /// `pm.sendRequest(request, callback?)`, Postman's: `request` a URL or an object (`url`,
    /// `method`, `header` as an object, a `{key, value}` list or header lines, `body` in the raw,
    /// urlencoded, formdata or graphql mode). The request goes out through the run's own send
    /// stage: Swift's `send` host call blocks until it is done (paced, counted, retried as the
    /// run's requests are) and answers with the response or the error. The callback is then
    /// called from a microtask, as Postman calls it once the response is in (after the rest of
    /// the script's synchronous code); a throw in it is the script's error. Without a callback,
    /// the promise returned resolves with the response or rejects with the error, for `await`.
    /// Reads `host`, `state`, `text`, `headerList`, `callerPosition`, `statusText` and
    /// `responsePrototype` from the bootstrap.
    static let sendRequest = #"""
    function sendRequestHeaders(header) {
      const headers = [];
      if (header === undefined || header === null) return headers;
      if (typeof header === "string") {
        for (const line of header.split(/\r?\n/)) {
          const colon = line.indexOf(":");
          if (colon > 0) headers.push([line.slice(0, colon).trim(), line.slice(colon + 1).trim()]);
        }
      } else if (Array.isArray(header)) {
        for (const h of header) if (h && !h.disabled) headers.push([String(h.key), h.value === undefined ? "" : String(h.value)]);
      } else if (typeof header.all === "function") {
        for (const h of header.all()) headers.push([String(h.key), String(h.value)]);
      } else if (typeof header === "object") {
        for (const key of Object.keys(header)) headers.push([key, String(header[key])]);
      }
      return headers;
    }

    function sendRequestPairs(list) {
      if (Array.isArray(list)) return list.filter((p) => p && !p.disabled).map((p) => [String(p.key), p.value === undefined || p.value === null ? "" : String(p.value)]);
      if (list && typeof list === "object") return Object.keys(list).map((key) => [key, String(list[key])]);
      return [];
    }

    // The body's text, and the Content-Type its mode implies when the request names none.
    function sendRequestBody(body) {
      if (body === undefined || body === null) return ["", null];
      if (typeof body === "string") return [body, null];
      if (typeof body !== "object") return [String(body), null];
      const mode = body.mode === undefined && body.raw !== undefined ? "raw" : body.mode;
      switch (mode) {
        case undefined: case null: case "": case "none": return ["", null];
        case "raw": {
          const language = body.options && body.options.raw && body.options.raw.language;
          const raw = typeof body.raw === "string" ? body.raw : text(body.raw);
          return [raw, language === "json" ? "application/json" : language === "xml" ? "application/xml" : null];
        }
        case "urlencoded":
          return [sendRequestPairs(body.urlencoded).map(([k, v]) => encodeURIComponent(k) + "=" + encodeURIComponent(v)).join("&"),
            "application/x-www-form-urlencoded"];
        case "formdata": {
          const boundary = "----VolleyFormBoundary" + Math.random().toString(16).slice(2) + Math.random().toString(16).slice(2);
          let out = "";
          for (const field of Array.isArray(body.formdata) ? body.formdata : []) {
            if (!field || field.disabled) continue;
            if (field.type === "file" || field.src !== undefined)
              throw new TypeError("pm.sendRequest: the formdata field '" + field.key + "' is a file: scripts have no file access");
            out += "--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + String(field.key).replace(/"/g, "%22") + "\"\r\n\r\n"
              + (field.value === undefined || field.value === null ? "" : String(field.value)) + "\r\n";
          }
          return [out + "--" + boundary + "--\r\n", "multipart/form-data; boundary=" + boundary];
        }
        case "graphql": {
          const g = body.graphql || {};
          let variables = g.variables;
          if (typeof variables === "string") { try { variables = variables.trim() === "" ? undefined : JSON.parse(variables); } catch (e) { throw new TypeError("pm.sendRequest: the graphql variables are not JSON: " + e.message); } }
          return [JSON.stringify({ query: g.query === undefined ? "" : String(g.query), variables }), "application/json"];
        }
        default:
          throw new TypeError("pm.sendRequest: the body mode '" + mode + "' is not one Volley sends (raw, urlencoded, formdata, graphql)");
      }
    }

    // The request in the plain shape Swift reads: {method, url, headers: [[name, value]], body}.
    function sendRequestSpec(request) {
      if (typeof request === "string") return { method: "GET", url: request, headers: [], body: "" };
      if (request === null || typeof request !== "object")
        throw new TypeError("pm.sendRequest: the request must be a URL or an object with a url, not " + text(request));
      const url = request.url;
      const raw = typeof url === "string" ? url
        : url && typeof url.raw === "string" ? url.raw
        : url && typeof url.toString === "function" && url.toString !== Object.prototype.toString ? String(url) : "";
      if (raw === "") throw new TypeError("pm.sendRequest: the request has no url");
      const headers = sendRequestHeaders(request.header !== undefined ? request.header : request.headers);
      const [body, contentType] = sendRequestBody(request.body);
      if (contentType !== null && !headers.some(([name]) => name.toLowerCase() === "content-type")) headers.push(["Content-Type", contentType]);
      return { method: request.method ? String(request.method).toUpperCase() : "GET", url: raw, headers, body };
    }

    // What the callback gets as `res`: pm.response's members, over this response.
    function sentResponse(reply) {
      const headers = reply.headers;
      return {
        __proto__: responsePrototype,
        code: reply.code,
        status: statusText[reply.code] || "",
        responseTime: reply.responseTime,
        responseSize: reply.size,
        headers: headerList(() => headers, null),
        text: () => reply.body,
        json: () => JSON.parse(reply.body),
      };
    }

    function sendRequest(request, callback) {
      if (callback !== undefined && callback !== null && typeof callback !== "function")
        throw new TypeError("pm.sendRequest: the callback must be a function");
      const spec = sendRequestSpec(request);
      const at = callerPosition(new Error().stack);
      const reply = JSON.parse(host("send", JSON.stringify(spec), at ? String(at[0]) : undefined, at ? String(at[1]) : undefined));
      let err = null, res = null;
      if (reply.error !== undefined) {
        err = new Error(reply.error);
        if (reply.curlCode !== undefined) err.curlCode = reply.curlCode;
      } else {
        res = sentResponse(reply);
      }
      if (typeof callback !== "function") return err !== null ? Promise.reject(err) : Promise.resolve(res);
      const running = state;
      return Promise.resolve().then(() => {
        try { callback(err, res); }
        catch (e) { sendRequestCallbackThrew(running, e === undefined ? "undefined thrown" : e); }
        return res;
      });
    }

    // A throw in a callback is the script's error, as one at its top level (the first stands).
    function sendRequestCallbackThrew(running, e) { if (running === state && running.error === null) running.error = e; }
    """#
}
