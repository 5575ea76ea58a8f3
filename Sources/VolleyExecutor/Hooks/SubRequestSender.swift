import VolleyCore

/// The runner's send stage as a request's hooks reach it (`HookContext.sendSubRequest`). A class,
/// so the hook context, a value copied from the before-send to the after-response stage, and the
/// runner share one tally: what the sub-requests added to the collection's counts (waits,
/// retries, connections, a run stop, Ctrl-C), which the runner takes after each hook stage.
final class SubRequestSender {
    typealias Send = (TransportRequest, SourceLocation, Script.Phase, inout CollectionOutcome) -> SubRequestResult

    private let sendThrough: Send
    private(set) var tally = CollectionOutcome()

    init(_ send: @escaping Send) {
        self.sendThrough = send
    }

    func send(_ request: TransportRequest, at location: SourceLocation, phase: Script.Phase) -> SubRequestResult {
        sendThrough(request, location, phase, &tally)
    }

    /// Moves the tally into the collection's outcome; the tally starts again from nothing, but a
    /// stop or an interruption stays, so later sub-requests of the request are refused too.
    func drain(into outcome: inout CollectionOutcome) {
        outcome.waited += tally.waited
        outcome.retries += tally.retries
        outcome.connectionsOpened += tally.connectionsOpened
        if outcome.stop == nil { outcome.stop = tally.stop }
        outcome.interrupted = outcome.interrupted || tally.interrupted
        tally.waited = .zero
        tally.retries = 0
        tally.connectionsOpened = 0
    }
}
