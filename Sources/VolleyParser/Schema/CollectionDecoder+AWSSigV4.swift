import VolleyCore

extension CollectionDecoder {
    static let awsSigV4Keys = ["access_key", "secret_key", "region", "service", "session_token"]

    /// `{ access_key: "{{aws_key}}", secret_key: "{{aws_secret}}", region: eu-west-1, service: execute-api }`:
    /// all but `session_token` required (libcurl cannot guess a region or service from a test host).
    mutating func awsSigV4(_ node: YAMLNode) -> AuthSpec? {
        let example = "{ access_key: …, secret_key: …, region: …, service: … }"
        guard node.unquotedPlaceholderName == nil else {
            error("'aws_sigv4' must be a map like \(example), found \(node.foundDescription)", at: node.location)
            return nil
        }
        guard let fields = fields(node, "'aws_sigv4'", expected: "a map like \(example)", allowed: Self.awsSigV4Keys),
            let parts = required(Array(Self.awsSigV4Keys.prefix(4)), of: fields, "'aws_sigv4'", read: { $0.template($1, $2) })
        else { return nil }
        var token: Template? = nil
        if let node = fields["session_token"] {
            guard let value = template(node, "'session_token'") else { return nil }
            token = value
        }
        return .awsSigV4(AWSSigV4Auth(accessKey: parts[0], secretKey: parts[1], region: parts[2], service: parts[3], sessionToken: token))
    }
}
