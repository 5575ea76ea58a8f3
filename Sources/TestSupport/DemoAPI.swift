import NIOConcurrencyHelpers

/// A stand-in for Coresignal's data API, for the offline demo and for tests, plus the
/// generic routes of `Router.addGenericRoutes()`.
///
/// Under `/cdapi/v2` every request needs header `apikey` equal to `apiKey` (else 401
/// `{"message":"Invalid API key"}`); every authorised answer is JSON and carries
/// `x-credits-remaining`, which drops by one for each successful search or collect.
/// With no credits left, search and collect answer 402.
///
/// - `POST /cdapi/v2/company_base/search/filter`: body such as `{"name":"Acme"}` → `[1,5]`.
///   Fields: `name`, `website`, `industry`, `location` (substring), `id`,
///   `employees_count_gte`, `employees_count_lte`.
/// - `GET /cdapi/v2/company_base/collect/{id}`: a `DemoCompany`, or 404.
/// - `POST /cdapi/v2/employee_base/search/filter`: fields `full_name` (or `name`), `title`,
///   `location`, `company_name` (substring), `company_id`, `id`.
/// - `GET /cdapi/v2/employee_base/collect/{id}`: a `DemoEmployee`, or 404.
///
/// Malformed filters get 400 (not a JSON object) or 422 (unknown field, wrong type).
public final class DemoAPI: Sendable {
    public static let defaultAPIKey = "demo0000000000000000000000000000"
    public static let defaultCredits = 1000
    public static let basePath = "/cdapi/v2"
    public static let creditsHeader = "x-credits-remaining"

    public let apiKey: String
    private let credits: NIOLockedValueBox<Int>
    private let router: Router

    public init(apiKey: String = DemoAPI.defaultAPIKey, credits: Int = DemoAPI.defaultCredits) {
        self.apiKey = apiKey
        let credits = NIOLockedValueBox(credits)
        self.credits = credits
        self.router = Self.makeRouter(credits: credits)
    }

    public var creditsRemaining: Int { credits.withLockedValue { $0 } }

    /// The API as a `ScenarioServer` handler.
    public var handler: ScenarioServer.Handler {
        { [self] request in await self.handle(request) }
    }

    public func handle(_ request: RecordedRequest) async -> ScenarioResponse {
        guard request.path.hasPrefix("/cdapi/") else {
            return await router.handle(request)
        }
        guard request.header("apikey") == apiKey else {
            return .json(#"{"message":"Invalid API key"}"#, status: 401)
        }
        let response = await router.handle(request)
        guard response.header(Self.creditsHeader) == nil else { return response }
        return response.withHeader(Self.creditsHeader, String(creditsRemaining))
    }

    private static func makeRouter(credits: NIOLockedValueBox<Int>) -> Router {
        var router = Router()
        router.addGenericRoutes()

        addBase(
            "company_base", notFound: "Company not found", to: &router, credits: credits,
            search: { filter throws(DemoSearchFilter.Rejection) in try filter.matchingIDs(in: DemoDataset.companies) },
            collect: DemoDataset.company(id:)
        )
        addBase(
            "employee_base", notFound: "Employee not found", to: &router, credits: credits,
            search: { filter throws(DemoSearchFilter.Rejection) in try filter.matchingIDs(in: DemoDataset.employees) },
            collect: DemoDataset.employee(id:)
        )
        return router
    }

    /// A base's two billable routes: `search/filter` answers the ids of the records the body's
    /// filter matches, `collect/{id}` one record (404, free, when there is none).
    private static func addBase<Record: Encodable & Sendable>(
        _ base: String, notFound: String, to router: inout Router, credits: NIOLockedValueBox<Int>,
        search: @escaping @Sendable (DemoSearchFilter) throws(DemoSearchFilter.Rejection) -> [Int],
        collect: @escaping @Sendable (Int) -> Record?
    ) {
        router.post("\(basePath)/\(base)/search/filter") { request, _ in
            charging(credits) { () throws(DemoSearchFilter.Rejection) in
                let filter = try DemoSearchFilter(body: request.body)
                return .json(encoding: try search(filter))
            }
        }
        router.get("\(basePath)/\(base)/collect/{id}") { _, parameters in
            guard let record = Int(parameters["id"] ?? "").flatMap(collect) else {
                return .json(#"{"message":"\#(notFound)"}"#, status: 404)
            }
            return charging(credits) { .json(encoding: record) }
        }
    }

    /// Runs a billable operation: refuses it with 402 when no credits are left, and
    /// keeps the credit only if it succeeds, so rejected filters cost nothing. The
    /// credit is taken and the header value read under one lock, so concurrent
    /// requests each see their own count.
    private static func charging(
        _ credits: NIOLockedValueBox<Int>,
        _ operation: () throws(DemoSearchFilter.Rejection) -> ScenarioResponse
    ) -> ScenarioResponse {
        let remaining: Int? = credits.withLockedValue { credits in
            guard credits > 0 else { return nil }
            credits -= 1
            return credits
        }
        guard let remaining else {
            return .json(#"{"message":"Insufficient credits"}"#, status: 402)
        }
        do {
            return try operation().withHeader(creditsHeader, String(remaining))
        } catch {
            credits.withLockedValue { $0 += 1 }
            return .json(encoding: ["message": error.message], status: error.status)
        }
    }
}
