import Logging
import VolleyCore

/// The run loop: for each request, fill templates, send it, check assertions, take captures.
/// Owns one transport, so a sequential run reuses one connection per host.
/// Not Sendable: one runner per worker.
public final class CollectionRunner {
    private let options: RunOptions
    private let transport: CurlTransport
    private let expressions = CompiledExpressions()
    private let logger: Logger
    private var failedCaptures: [String: SourceLocation] = [:]

    public init(options: RunOptions, logger: Logger = Logger(label: "volley.runner")) throws(TransportError) {
        self.options = options
        self.transport = try CurlTransport()
        self.logger = logger
    }

    /// Runs every selected request of `collection` in order. `variables` holds every scope but
    /// the collection's own and the captures, which this run adds.
    @discardableResult
    public func run(_ collection: Collection, variables: VariableScopes, observer: RunObserver) -> CollectionOutcome {
        var scopes = variables
        for (name, value) in collection.variables { scopes.set(name, to: value.value, in: .collection) }
        scopes.clearCaptures()

        var outcome = CollectionOutcome()
        failedCaptures = [:]
        let planned = collection.plannedRequests(folders: options.folders)
        for (index, request) in planned.enumerated() {
            if outcome.bailed {
                let skipped = RequestResult(
                    collection: collection.name, folderPath: request.folderPath, name: request.spec.name,
                    location: request.spec.location, skipped: true)
                outcome.count(skipped.outcome)
                observer.didFinish(skipped)
                continue
            }
            observer.willSend(request, in: collection)
            let (result, opened) = execute(request, in: collection, scopes: &scopes)
            outcome.connectionsOpened += opened
            outcome.count(result.outcome)
            logger.debug("request finished", metadata: [
                "index": "\(index)", "outcome": "\(result.outcome)", "new_connections": "\(opened)",
            ])
            observer.didFinish(result)
            if options.bail, result.outcome == .failed || result.outcome == .errored {
                outcome.bailed = true
            }
        }
        return outcome
    }

    private func execute(_ request: PlannedRequest, in collection: Collection, scopes: inout VariableScopes) -> (RequestResult, Int) {
        let spec = request.spec
        var result = RequestResult(
            collection: collection.name, folderPath: request.folderPath, name: spec.name, location: spec.location)
        let renderer = TemplateRenderer(scopes: scopes, failedCaptures: failedCaptures)

        let transportRequest: TransportRequest
        do {
            transportRequest = try RequestBuilder(renderer: renderer, options: options.transport).build(spec)
        } catch {
            result.failure = error
            return (result, 0)
        }

        let exchange: TransportResponse
        do {
            exchange = try transport.perform(transportRequest)
        } catch {
            result.sent = SentRequest(
                method: transportRequest.method, url: transportRequest.url,
                headers: transportRequest.headers, body: transportRequest.body)
            result.failure = RequestFailure(
                kind: .transport, message: error.message(for: transportRequest), location: spec.location,
                code: error.curlCode)
            return (result, 0)
        }

        result.sent = exchange.sent
        result.response = exchange.response
        result.timings = exchange.timings
        let view = ResponseView(response: exchange.response, totalMilliseconds: exchange.timings.totalMilliseconds)
        result.assertions = AssertionChecker(renderer: renderer, expressions: expressions).check(spec.assertions, against: view)

        let extractor = CaptureExtractor(expressions: expressions)
        for capture in spec.captures {
            let captured = extractor.extract(capture, from: view)
            if let value = captured.value {
                scopes.set(capture.name, to: value, in: .capture)
                failedCaptures[capture.name] = nil
            } else {
                failedCaptures[capture.name] = capture.location
            }
            result.captures.append(captured)
        }
        return (result, exchange.newConnections)
    }
}

extension TransportError {
    /// What a person needs to read: what failed, against what, and libcurl's own words.
    func message(for request: TransportRequest) -> String {
        let limit: String
        switch kind {
        case .timeout: limit = " after \(request.options.timeout.humanText)"
        default: limit = ""
        }
        return "\(kind.summary)\(limit): \(message) (curl error \(curlCode))"
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
        case .other: "request failed"
        }
    }
}
