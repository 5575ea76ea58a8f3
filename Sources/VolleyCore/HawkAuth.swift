/// `auth: { hawk: { id, key, algorithm, ext, app, dlg, payload_hash } }`: Hawk request
/// authentication (an HMAC over the method, resource, host, port, time and nonce), computed
/// for each request after its templates are rendered.
public struct HawkAuth: Sendable, Hashable {
    public enum Algorithm: String, Sendable, Hashable, CaseIterable {
        case sha256, sha1
    }

    public var id: Template
    public var key: Template
    public var algorithm: Algorithm
    /// `ext`, application data the server may read.
    public var ext: Template?
    /// Oz's application and delegation ids.
    public var app: Template?
    public var dlg: Template?
    /// Fixed values; nil makes fresh ones per request.
    public var nonce: Template?
    public var timestamp: Template?
    /// Add the payload's hash (`hash="…"`) so the body is covered too.
    public var includePayloadHash: Bool

    public init(
        id: Template, key: Template, algorithm: Algorithm = .sha256, ext: Template? = nil, app: Template? = nil,
        dlg: Template? = nil, nonce: Template? = nil, timestamp: Template? = nil, includePayloadHash: Bool = false
    ) {
        self.id = id
        self.key = key
        self.algorithm = algorithm
        self.ext = ext
        self.app = app
        self.dlg = dlg
        self.nonce = nonce
        self.timestamp = timestamp
        self.includePayloadHash = includePayloadHash
    }

    public var templates: [Template] { [id, key] + [ext, app, dlg, nonce, timestamp].compactMap { $0 } }
}
