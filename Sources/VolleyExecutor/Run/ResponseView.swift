import VolleyCore
import VolleyJSON

/// One response as assertions and captures see it. The body is parsed as JSON at most once,
/// and only if something asks for it.
final class ResponseView {
    let response: ReceivedResponse
    let totalMilliseconds: Double
    private var parsedJSON: Result<JSONValue, JSONSyntaxError>?

    init(response: ReceivedResponse, totalMilliseconds: Double) {
        self.response = response
        self.totalMilliseconds = totalMilliseconds
    }

    var json: Result<JSONValue, JSONSyntaxError> {
        if let parsedJSON { return parsedJSON }
        let result = Result { () throws(JSONSyntaxError) in try JSONValue.parse(bytes: response.body) }
        parsedJSON = result
        return result
    }

    var bodyText: String { response.bodyText }

    /// A header's value; a repeated header gives the list of its values.
    func header(_ name: String) -> JSONValue? {
        let values = response.headers.values(of: name)
        switch values.count {
        case 0: return nil
        case 1: return .string(values[0])
        default: return .array(values.map { .string($0) })
        }
    }
}

/// What a JSONPath found, as a single value: nothing, the one match, or the list of matches.
enum JSONPathLookup {
    static func value(of query: CompiledQuery, in view: ResponseView) -> Result<JSONValue?, LookupError> {
        let root: JSONValue
        switch view.json {
        case .success(let value): root = value
        case .failure(let error): return .failure(LookupError(message: "response body is not JSON (\(error))"))
        }
        // Values only: normalized paths are not needed here, and building them costs.
        let values = query.query.values(in: root)
        switch values.count {
        case 0: return .success(nil)
        case 1: return .success(values[0])
        default: return .success(.array(values))
        }
    }
}

struct LookupError: Error {
    var message: String
}
