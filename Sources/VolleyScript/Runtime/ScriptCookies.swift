import VolleyExecutor
import VolleyJSON

/// The host calls behind `pm.cookies` and `pm.cookies.jar()`: the run's cookie jar, read and
/// changed for a URL (the request's own when a script names none). Nil answers tell the script
/// there is no jar for this request (`cookies: false`), so `pm.cookies` falls back to what the
/// response set and the jar's calls fail with a reason.
struct ScriptCookies {
    let jar: CookieJar?
    let requestURL: String?

    /// `["cookies", url?]` → the cookies as JSON; `["cookie.set", url, cookie JSON]` and
    /// `["cookie.unset", url, name?]` → `"true"`, `"false"` or how many went.
    func answer(_ arguments: [String?]) -> String? {
        guard let jar else { return nil }
        let url = (arguments.count > 1 ? arguments[1] : nil) ?? requestURL ?? ""
        switch arguments.first ?? nil {
        case "cookies": return JSONValue.array(jar.cookies(for: url).map(Self.json)).jsonText
        case "cookie.set":
            guard arguments.count > 2, let text = arguments[2], let fields = (try? JSONValue.parse(text))?.objectValue,
                  let name = fields["name"]?.stringValue else { return "false" }
            let expires = fields["expires"].flatMap(Self.seconds) ?? 0
            let set = jar.set(
                name, value: fields["value"].map(Self.text) ?? "", for: url, path: fields["path"]?.stringValue,
                domain: fields["domain"]?.stringValue, secure: fields["secure"] == .bool(true),
                httpOnly: fields["httpOnly"] == .bool(true), expires: expires)
            return set ? "true" : "false"
        case "cookie.unset": return String(jar.remove(named: arguments.count > 2 ? arguments[2] : nil, for: url))
        default: return nil
        }
    }

    /// A cookie as postman-collection's `Cookie` takes it.
    private static func json(_ cookie: JarCookie) -> JSONValue {
        var fields: [(String, JSONValue)] = [
            ("name", .string(cookie.name)), ("value", .string(cookie.value)), ("domain", .string(cookie.domain)),
            ("path", .string(cookie.path)), ("secure", .bool(cookie.secure)), ("httpOnly", .bool(cookie.httpOnly)),
            ("hostOnly", .bool(cookie.hostOnly)), ("session", .bool(cookie.expires == 0)),
        ]
        if cookie.expires != 0 { fields.append(("expires", .integer(cookie.expires * 1000))) }
        return .object(JSONObject(fields))
    }

    private static func text(_ value: JSONValue) -> String { value.stringValue ?? value.jsonText }

    /// `expires` as the script gives it: milliseconds since 1970 (a Date becomes that), in seconds.
    private static func seconds(_ value: JSONValue) -> Int64? {
        guard let milliseconds = value.numberValue, milliseconds.isFinite, abs(milliseconds) < 1e15 else { return nil }
        return Int64((milliseconds / 1000).rounded(.up))
    }
}
