import VolleyCore

/// Where scripts plug into a request's stages (Postman's pre-request and test scripts run as
/// hooks). `beforeSend` runs after the request is rendered (a variable it sets renders the request
/// again) and before it is paced and sent; `afterResponse` runs once the response is in, after
/// the assertions of `expect:` and the captures (as Postman's test scripts run last). A hook
/// acts through its context: it changes the request, sets variables, adds named assertion
/// results, skips the request, picks the next request to run, writes console lines, or fails.
///
/// Not Sendable: a runner and its hooks belong to one worker (a JavaScript context is not shared
/// across threads either).
public protocol RequestHook: AnyObject {
    func beforeSend(_ context: inout HookContext)
    func afterResponse(_ context: inout HookContext)
}

extension RequestHook {
    public func beforeSend(_ context: inout HookContext) {}
    public func afterResponse(_ context: inout HookContext) {}
}

/// The hooks a runner applies to each request, in order: the collection's first, then the
/// request's own.
public struct RequestHooks {
    public var collectionLevel: [any RequestHook]
    /// A request's own hooks (its scripts); none until the model carries them.
    public var requestLevel: (PlannedRequest) -> [any RequestHook]

    public init(
        collectionLevel: [any RequestHook] = [],
        requestLevel: @escaping (PlannedRequest) -> [any RequestHook] = { _ in [] }
    ) {
        self.collectionLevel = collectionLevel
        self.requestLevel = requestLevel
    }

    /// Every hook for `request`, in the order they run.
    func hooks(for request: PlannedRequest) -> [any RequestHook] {
        let own = requestLevel(request)
        return own.isEmpty ? collectionLevel : collectionLevel + own
    }
}
