import VolleyCore
import VolleyExecutor

/// Hands each event to several observers, in order. Results are masked once, here, before any
/// of them sees one: a value captured with `secret: true` is registered first, so the very
/// result that captured it is already masked.
public final class FanOutObserver: RunObserver {
    private let observers: [RunObserver]
    private let secrets: SecretRegistry

    public init(_ observers: [RunObserver], secrets: SecretRegistry) {
        self.observers = observers
        self.secrets = secrets
    }

    public func willSend(_ request: PlannedRequest, in collection: Collection) {
        for o in observers { o.willSend(request, in: collection) }
    }

    public func didFinish(_ result: RequestResult) {
        secrets.registerSecretCaptures(of: result)
        // Without a secret the result goes on as it is: a masked copy of every result costs ~1k
        // instructions a request for nothing.
        if secrets.masksNothing {
            for o in observers { o.didFinish(result) }
        } else {
            let masked = secrets.redact(result)
            for o in observers { o.didFinish(masked) }
        }
    }

    public func willWait(_ duration: Duration, cause: WaitCause?) {
        for o in observers { o.willWait(duration, cause: cause) }
    }

    public func waiting(remaining: Duration, cause: WaitCause?) {
        for o in observers { o.waiting(remaining: remaining, cause: cause) }
    }

    public func didWait() {
        for o in observers { o.didWait() }
    }
}
