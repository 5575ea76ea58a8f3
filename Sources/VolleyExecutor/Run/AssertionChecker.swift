import VolleyCore
import VolleyJSON

/// Runs a request's assertions against its response.
struct AssertionChecker {
    var renderer: TemplateRenderer
    var cancellation: CancellationFlag?

    func check(_ assertions: [Assertion], against view: ResponseView) -> [AssertionOutcome] {
        assertions.map { check($0, against: view) }
    }

    func check(_ assertion: Assertion, against view: ResponseView) -> AssertionOutcome {
        var actual: JSONValue?
        switch assertion.subject {
        case .status: actual = .number(Double(view.response.status))
        case .duration: actual = .number(view.totalMilliseconds)
        case .header(let name): actual = view.header(name)
        case .body: actual = .string(view.bodyText)
        case .bytes(let property): actual = view.bytes(property)
        case .xpath(let expression), .css(_, let expression):
            switch view.xpath(expression) {
            case .success(let value): actual = value
            case .failure(let error):
                return AssertionOutcome(assertion: assertion, passed: false, actual: nil, message: error.message)
            }
        case .cookie(let name, let attribute): actual = view.cookie(name, attribute)
        case .httpVersion: actual = .string(view.versionNumber)
        case .url: actual = .string(view.finalURL)
        case .redirects: actual = .number(Double(view.redirectCount))
        case .certificate(let field): actual = view.certificate(field)
        case .json(let path):
            switch JSONPathLookup.value(of: path, in: view) {
            case .success(let value): actual = value
            case .failure(let error):
                return AssertionOutcome(assertion: assertion, passed: false, actual: nil, message: error.message)
            }
        }

        if !assertion.filters.isEmpty {
            switch SubjectFilterEvaluator(cancellation: cancellation).apply(assertion.filters, to: actual) {
            case .success(let filtered): actual = filtered
            case .failure(let failure):
                return AssertionOutcome(assertion: assertion, passed: false, actual: actual, message: failure.message)
            }
        }

        let predicate: Predicate
        do {
            predicate = try resolveTemplates(in: assertion)
        } catch {
            return AssertionOutcome(assertion: assertion, passed: false, actual: actual, message: error.message)
        }
        var resolved = assertion
        resolved.predicate = predicate
        let evaluator = PredicateEvaluator(coerceText: assertion.subject.isTextual, cancellation: cancellation)
        let reason = evaluator.failure(of: predicate, on: actual)
        return AssertionOutcome(assertion: resolved, passed: reason == nil, actual: actual, message: reason)
    }

    /// Expected values may use variables (`"$.id": "{{company_id}}"`); fill them in before comparing.
    private func resolveTemplates(in assertion: Assertion) throws(RequestFailure) -> Predicate {
        if assertion.expectedTemplates.isEmpty { return assertion.predicate }
        func value(_ v: JSONValue) throws(RequestFailure) -> JSONValue {
            switch v {
            case .string(let text):
                guard let template = assertion.expectedTemplates[text] else { return v }
                return try renderer.renderValue(template)
            case .array(let items):
                var out: [JSONValue] = []
                for item in items { out.append(try value(item)) }
                return .array(out)
            default:
                return v
            }
        }
        return try assertion.predicate.mappingValues(value)
    }
}

extension Assertion {
    var readsCertificate: Bool {
        if case .certificate = subject { return true }
        return false
    }

    /// `bytes:` checks the body before its `Content-Encoding` is decoded.
    var readsEncodedBytes: Bool {
        if case .bytes = subject { return true }
        return false
    }
}

extension Assertion.Subject {
    /// Subjects whose values are text on the wire, so `42` in the file may mean "42".
    var isTextual: Bool {
        switch self {
        case .header, .cookie, .httpVersion: true
        default: false
        }
    }
}
