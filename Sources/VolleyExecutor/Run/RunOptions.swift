import VolleyCore

/// How a run behaves, as plain values translated from the command line.
public struct RunOptions: Sendable {
    public var transport: TransportOptions
    /// Stop at the first request that fails or errors (`--bail`); the rest are reported as skipped.
    public var bail: Bool
    /// Only requests inside folders of these names (`--folder`); empty means all.
    public var folders: [String]

    public init(transport: TransportOptions = TransportOptions(), bail: Bool = false, folders: [String] = []) {
        self.transport = transport
        self.bail = bail
        self.folders = folders
    }
}

/// Receives results as they happen, so nothing waits for the end of the run to be shown or saved.
public protocol RunObserver: AnyObject {
    func willSend(_ request: PlannedRequest, in collection: Collection)
    func didFinish(_ result: RequestResult)
}

extension RunObserver {
    public func willSend(_ request: PlannedRequest, in collection: Collection) {}
}

/// Counts for one collection's run; the results themselves went to the observer.
public struct CollectionOutcome: Sendable, Hashable {
    public var passed = 0
    public var failed = 0
    public var errored = 0
    public var skipped = 0
    /// TCP connections opened during the run: 1 for a sequential run against one host with keep-alive.
    public var connectionsOpened = 0
    /// True when `--bail` stopped the run early.
    public var bailed = false

    public init() {}

    public var total: Int { passed + failed + errored + skipped }

    mutating func count(_ outcome: RequestResult.Outcome) {
        switch outcome {
        case .passed: passed += 1
        case .failed: failed += 1
        case .errored: errored += 1
        case .skipped: skipped += 1
        }
    }
}
