import VolleyCore
import VolleyExecutor
import VolleyJSON

/// One change a `before` script made to `pm.request`: the method, the URL, the body, or a header
/// added, replaced or removed (names compared without case, as HTTP does).
struct RequestEdit {
    enum Change {
        case method(String), url(String), body(String)
        case addHeader(String, String), upsertHeader(String, String), removeHeader(String)
    }

    var change: Change

    init?(json text: String) {
        guard case .object(let edit)? = try? JSONValue.parse(text), let op = edit["op"]?.stringValue else { return nil }
        let name = edit["name"]?.stringValue ?? ""
        let value = edit["value"]?.stringValue ?? ""
        switch op {
        case "method": change = .method(value)
        case "url": change = .url(value)
        case "body": change = .body(value)
        case "header.add": change = .addHeader(name, value)
        case "header.upsert": change = .upsertHeader(name, value)
        case "header.remove": change = .removeHeader(name)
        default: return nil
        }
    }

    func apply(to request: inout TransportRequest) {
        switch change {
        case .method(let method): request.method = method
        case .url(let url): request.url = url
        case .body(let body): request.body = Array(body.utf8)
        case .addHeader(let name, let value): request.headers.append(HTTPHeader(name: name, value: value))
        case .upsertHeader(let name, let value):
            if let index = request.headers.firstIndex(where: { $0.name.lowercased() == name.lowercased() }) {
                request.headers[index].value = value
            } else {
                request.headers.append(HTTPHeader(name: name, value: value))
            }
        case .removeHeader(let name):
            request.headers.removeAll { $0.name.lowercased() == name.lowercased() }
        }
    }
}
