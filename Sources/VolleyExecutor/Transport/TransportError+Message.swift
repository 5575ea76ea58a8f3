import VolleyCore

extension TransportError {
    /// What a person needs to read: what failed, against what, and libcurl's own words.
    func message(for request: TransportRequest) -> String {
        let limit: String
        switch kind {
        case .timeout where timeoutLimit == .connect: limit = " after \(request.settings.connectTimeout.humanText) (connect timeout)"
        case .timeout: limit = " after \(request.settings.timeout.humanText) (total timeout)"
        default: limit = ""
        }
        return "\(kind.summary)\(limit): \(message) (curl error \(curlCode))"
    }

    /// How the retry policy sees this failure.
    var retryKind: TransportFailureKind {
        switch kind {
        case .connectionLost: .connectionReset
        case .timeout: .timeoutBeforeResponse
        default: .other
        }
    }
}

extension TransportError.Kind {
    var summary: String {
        switch self {
        case .dns: "could not resolve host"
        case .connect: "could not connect"
        case .tls: "TLS handshake failed"
        case .timeout: "timed out"
        case .connectionLost: "connection lost"
        case .invalidRequest: "invalid request"
        case .invalidResponse: "could not complete: the reply is not HTTP"
        case .other: "request failed"
        }
    }
}
