extension PMBootstrap {
    /// `pm.response`, one object made at load whose fields read the call's response: Swift
    /// passes the code, milliseconds and size as numbers (or nothing when there is no response)
    /// and a small body with the call (`state.response`, `state.body`); the headers and a larger body each come
    /// with a host call of their own, only when read.
    static let response = #"""
    const statusText = { 200: "OK", 201: "Created", 202: "Accepted", 204: "No Content", 301: "Moved Permanently",
      302: "Found", 304: "Not Modified", 400: "Bad Request", 401: "Unauthorized", 402: "Payment Required",
      403: "Forbidden", 404: "Not Found", 405: "Method Not Allowed", 409: "Conflict", 422: "Unprocessable Entity",
      429: "Too Many Requests", 500: "Internal Server Error", 502: "Bad Gateway", 503: "Service Unavailable",
      504: "Gateway Timeout" };

    // [code, responseTime, size], or null when the call has no response.
    function responseFacts() { return state.response; }
    function responseBody() { return state.body === undefined ? (state.body = host("body") || "") : state.body; }
    function responseHeaders() {
      return state.responseHeaders === undefined ? (state.responseHeaders = JSON.parse(host("response.headers") || "[]")) : state.responseHeaders;
    }

    // pm.expect's library words the response checks (status, header, jsonBody, ok...). `to`
    // lives on the prototype, out of the object's own keys as in Postman.
    const responsePrototype = {};
    Object.defineProperty(responsePrototype, "to", { get() { return expect(this).to; } });
    const sharedResponse = Object.freeze({
      __proto__: responsePrototype,
      get code() { return responseFacts()[0]; },
      get status() { return statusText[responseFacts()[0]] || ""; },
      get responseTime() { return responseFacts()[1]; },
      get responseSize() { return responseFacts()[2]; },
      headers: headerList(responseHeaders, null),
      get cookies() { return legacy.responseCookies(); },
      text: () => responseBody(),
      json: () => JSON.parse(responseBody()),
    });
    """#
}
