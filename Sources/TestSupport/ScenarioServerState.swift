import NIOConcurrencyHelpers
import NIOCore

/// The mutable bookkeeping of one `ScenarioServer`, shared by its event loop threads
/// and the test thread, hence behind a lock.
final class ScenarioServerState: Sendable {
    private struct Values {
        var requests: [RecordedRequest] = []
        var connectionCount = 0
        var openChannels: [Int: any Channel] = [:]
        var isShuttingDown = false
    }

    private let values = NIOLockedValueBox(Values())

    var requests: [RecordedRequest] { values.withLockedValue { $0.requests } }
    var connectionCount: Int { values.withLockedValue { $0.connectionCount } }

    /// Numbers a newly accepted connection; nil once shutdown has begun, so the caller
    /// closes connections that slipped in while the listener was closing.
    func connectionOpened(_ channel: any Channel) -> Int? {
        values.withLockedValue { values in
            guard !values.isShuttingDown else { return nil }
            values.connectionCount += 1
            values.openChannels[values.connectionCount] = channel
            return values.connectionCount
        }
    }

    func connectionClosed(_ id: Int) {
        _ = values.withLockedValue { $0.openChannels.removeValue(forKey: id) }
    }

    func record(_ request: RecordedRequest) {
        values.withLockedValue { $0.requests.append(request) }
    }

    /// Marks the server as stopping and hands back the connections still open.
    func beginShutdown() -> [any Channel] {
        values.withLockedValue { values in
            values.isShuttingDown = true
            return Array(values.openChannels.values)
        }
    }
}
