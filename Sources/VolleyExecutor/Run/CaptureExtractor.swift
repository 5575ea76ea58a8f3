import VolleyCore

/// Takes captured values out of a response.
struct CaptureExtractor {
    func extract(_ capture: Capture, from view: ResponseView) -> CaptureOutcome {
        switch capture.source {
        case .status:
            return CaptureOutcome(capture: capture, value: .number(Double(view.response.status)))
        case .cookie(let name):
            guard let cookie = SetCookie.all(in: view.response.headers).last(where: { $0.name == name }) else {
                return CaptureOutcome(capture: capture, value: nil, error: "response sets no cookie '\(name)'")
            }
            return CaptureOutcome(capture: capture, value: .string(cookie.value))
        case .header(let name):
            guard let value = view.header(name) else {
                return CaptureOutcome(capture: capture, value: nil, error: "response has no header '\(name)'")
            }
            return CaptureOutcome(capture: capture, value: value)
        case .json(let path):
            switch JSONPathLookup.value(of: path, in: view) {
            case .failure(let error):
                return CaptureOutcome(capture: capture, value: nil, error: error.message)
            case .success(nil):
                return CaptureOutcome(capture: capture, value: nil, error: "JSONPath \(path) matched nothing")
            case .success(let value?):
                return CaptureOutcome(capture: capture, value: value)
            }
        case .regex(let pattern):
            guard let match = pattern.firstCapture(in: view.bodyText) else {
                return CaptureOutcome(capture: capture, value: nil, error: "regex \(pattern) found no match in the body")
            }
            // The first group when there is one, else the whole match.
            guard let text = match else {
                return CaptureOutcome(capture: capture, value: nil, error: "regex \(pattern): group 1 did not participate in the match")
            }
            return CaptureOutcome(capture: capture, value: .string(text))
        }
    }
}
