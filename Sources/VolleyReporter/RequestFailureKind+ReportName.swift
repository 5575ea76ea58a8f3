import VolleyCore

extension RequestFailure.Kind {
    /// How every report names the kind (JUnit's `<error type>`, the JSON report's `error.kind`):
    /// a request that was sent and could not complete is never called a template error.
    var reportName: String {
        switch self {
        case .template: "template"
        case .transport: "transport"
        case .secret: "secret"
        case .invalid: "invalid"
        case .script: "script"
        }
    }
}

extension RequestFailure.Kind {
    /// The kind a report names: `volley report merge` reads reports back.
    public init?(reportName: String) {
        let kinds: [Self] = [.template, .transport, .secret, .invalid, .script]
        guard let kind = kinds.first(where: { $0.reportName == reportName }) else { return nil }
        self = kind
    }
}
