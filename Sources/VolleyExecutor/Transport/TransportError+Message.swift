import VolleyCore

extension TransportError {
    /// What a person needs to read: what failed, against what, and libcurl's own words, with the
    /// run's settings spelled by `names`.
    func message(for request: TransportRequest, names: SettingNames = .plain) -> String {
        let limit: String
        switch kind {
        case .timeout where bodyBytesAfterHeaders != nil:
            limit = " after the headers arrived (\(RetryWording.bytes(bodyBytesAfterHeaders ?? 0)) of body, "
                + "\(request.settings.timeout.humanText) total timeout)"
        case .connectionLost where bodyBytesAfterHeaders != nil:
            limit = ": response body cut off after \(RetryWording.bytes(bodyBytesAfterHeaders ?? 0))"
        case .timeout where timeoutLimit == .connect: limit = " after \(request.settings.connectTimeout.humanText) (connect timeout)"
        case .timeout: limit = " after \(request.settings.timeout.humanText) (total timeout)"
        default: limit = ""
        }
        let words = bodyLimit.map { Self.bodyTooLarge(limit: $0, names: names) } ?? message
        return "\(kind.summary)\(limit): \(words) (curl error \(curlCode))"
    }

    /// `response body larger than --max-filesize 100 bytes; transfer stopped`.
    static func bodyTooLarge(limit: Int, names: SettingNames) -> String {
        "response body larger than \(names.name(of: .maxBodySize, given: "\(limit) bytes")); transfer stopped"
    }

    /// How the retry policy sees this failure.
    var retryKind: TransportFailureKind {
        switch (kind, bodyBytesAfterHeaders) {
        case (.connectionLost, let bytes?): .cutOffAfterHeaders(bodyBytes: bytes)
        case (.timeout, let bytes?): .timeoutAfterHeaders(bodyBytes: bytes)
        case (.connectionLost, nil): .connectionReset
        case (.timeout, nil): .timeoutBeforeResponse
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
