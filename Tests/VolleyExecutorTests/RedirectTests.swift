import Testing
import TestSupport
import VolleyCore
@testable import VolleyExecutor

/// Redirects followed one hop at a time: methods change as RFC 9110 says, credentials stay with
/// the origin they were meant for. Two servers on two ports are two origins ("scheme, host or port").
@Suite("redirects against real servers")
struct RedirectTests {
    /// A server answering `status` with a Location on `/from`, and 200 with what it received elsewhere.
    static func redirecting(_ status: Int, to location: @escaping @Sendable () -> String) async throws -> ScenarioServer {
        try await ScenarioServer.start { request in
            request.path == "/from" ? .status(status, headers: [("Location", location())]) : .text("arrived")
        }
    }

    static func follow(
        _ method: String, _ url: String, body: String = "", headers: [HTTPHeader] = [],
        credentials: Set<String> = [], trusted: Bool = false, maxRedirects: Int = 10
    ) throws -> TransportResponse {
        try CurlTransport().perform(TransportRequest(
            method: method, url: url, headers: headers, body: Array(body.utf8),
            settings: TransportSettings(followRedirects: true, maxRedirects: maxRedirects, trustRedirects: trusted),
            credentialHeaders: credentials))
    }

    static let keyHeaders = [
        HTTPHeader(name: "apikey", value: "k3y"), HTTPHeader(name: "Authorization", value: "Bearer t0k"),
        HTTPHeader(name: "x-trace", value: "abc"),
    ]

    @Test func credentialsReachTheFirstHostButNotTheOneItRedirectsTo() async throws {
        let b = try await ScenarioServer.start { _ in .text("b") }
        defer { try? b.shutdownBlocking() }
        let a = try await Self.redirecting(302) { b.baseURL + "/to" }
        defer { try? a.shutdownBlocking() }

        let exchange = try Self.follow("GET", a.baseURL + "/from", headers: Self.keyHeaders, credentials: ["apikey"])

        #expect(exchange.response.status == 200)
        #expect(a.requests.first?.header("apikey") == "k3y")
        let atB = try #require(b.requests.first)
        #expect(atB.header("apikey") == nil)
        #expect(atB.header("authorization") == nil)
        #expect(atB.header("x-trace") == "abc", "a header that is no credential follows")
        #expect(exchange.redirects.count == 1)
        #expect(exchange.redirects.first?.sent.headers.value(of: "apikey") == "k3y")
        #expect(exchange.redirects.first?.status == 302)
        #expect(exchange.redirects.first?.location == b.baseURL + "/to")
        #expect(exchange.sent.url == b.baseURL + "/to")
        #expect(exchange.sent.headers.value(of: "apikey") == nil, "the last hop is recorded as really sent")
    }

    @Test func trustedRedirectsKeepCredentials() async throws {
        let b = try await ScenarioServer.start { _ in .text("b") }
        defer { try? b.shutdownBlocking() }
        let a = try await Self.redirecting(302) { b.baseURL + "/to" }
        defer { try? a.shutdownBlocking() }

        _ = try Self.follow("GET", a.baseURL + "/from", headers: Self.keyHeaders, credentials: ["apikey"], trusted: true)

        #expect(b.requests.first?.header("apikey") == "k3y")
        #expect(b.requests.first?.header("authorization") == "Bearer t0k")
    }

    @Test func aRedirectWithinTheOriginKeepsCredentials() async throws {
        let a = try await Self.redirecting(302) { "/to" }
        defer { try? a.shutdownBlocking() }

        _ = try Self.follow("GET", a.baseURL + "/from", headers: Self.keyHeaders, credentials: ["apikey"])

        #expect(a.requests.map { $0.header("apikey") } == ["k3y", "k3y"])
    }

    @Test func deleteAnswered303ArrivesAsGETWithoutBody() async throws {
        let a = try await Self.redirecting(303) { "/to" }
        defer { try? a.shutdownBlocking() }

        let exchange = try Self.follow(
            "DELETE", a.baseURL + "/from", body: #"{"id":1}"#, headers: [HTTPHeader(name: "Content-Type", value: "application/json")])

        let second = try #require(a.requests.last)
        #expect(a.requests.map(\.method) == ["DELETE", "GET"])
        #expect(second.body.isEmpty)
        #expect(second.header("content-type") == nil)
        #expect(exchange.sent.method == "GET")
        #expect(exchange.redirects.first?.sent.method == "DELETE")
    }

    @Test("a POST answered 301 arrives as a GET, with a body or without", arguments: ["a=1", ""])
    func postAnswered301ArrivesAsGET(body: String) async throws {
        let a = try await Self.redirecting(301) { "/to" }
        defer { try? a.shutdownBlocking() }

        _ = try Self.follow("POST", a.baseURL + "/from", body: body)

        #expect(a.requests.map(\.method) == ["POST", "GET"])
        #expect(a.requests.last?.body.isEmpty == true)
    }

    @Test("with redirects_keep_method a POST answered 301, 302 or 303 stays a POST with its body", arguments: [301, 302, 303])
    func postKeepsItsMethodWhenAsked(status: Int) async throws {
        let a = try await Self.redirecting(status) { "/to" }
        defer { try? a.shutdownBlocking() }
        var settings = TransportSettings(followRedirects: true)
        settings.redirectsKeepMethod = true

        _ = try CurlTransport().perform(TransportRequest(method: "POST", url: a.baseURL + "/from", body: Array("a=1".utf8), settings: settings))

        #expect(a.requests.map(\.method) == ["POST", "POST"])
        #expect(a.requests.last?.bodyText == "a=1")
    }

    /// libcurl answers any Digest challenge with the credentials it holds: a redirect to another
    /// origin must not carry them, or that host could ask for (and get) a login meant for the first.
    @Test func digestCredentialsDoNotAnswerAChallengeFromTheHostARedirectLeadsTo() async throws {
        let challenge = #"Digest realm="b", nonce="0123456789abcdef", qop="auth", algorithm=MD5"#
        let b = try await ScenarioServer.start { _ in .status(401, headers: [("WWW-Authenticate", challenge)]) }
        defer { try? b.shutdownBlocking() }
        let a = try await Self.redirecting(302) { b.baseURL + "/to" }
        defer { try? a.shutdownBlocking() }
        var settings = TransportSettings(followRedirects: true)
        settings.challengeAuth = ChallengeCredentials(username: "ada", password: "pa55word")

        let exchange = try CurlTransport().perform(TransportRequest(method: "GET", url: a.baseURL + "/from", settings: settings))

        #expect(exchange.response.status == 401)
        #expect(b.requests.count == 1)
        #expect(b.requests.allSatisfy { $0.header("Authorization") == nil })
    }

    @Test("other methods keep theirs on 301 and 302", arguments: [301, 302])
    func putKeepsItsMethodOn301And302(status: Int) async throws {
        let a = try await Self.redirecting(status) { "/to" }
        defer { try? a.shutdownBlocking() }

        _ = try Self.follow("PUT", a.baseURL + "/from", body: "v=2")

        #expect(a.requests.map(\.method) == ["PUT", "PUT"])
        #expect(a.requests.last?.bodyText == "v=2")
    }

    @Test("307 and 308 keep method and body", arguments: [307, 308])
    func putAnswered307ArrivesAsPUTWithBody(status: Int) async throws {
        let a = try await Self.redirecting(status) { "/to" }
        defer { try? a.shutdownBlocking() }

        _ = try Self.follow("PUT", a.baseURL + "/from", body: #"{"v":2}"#)

        #expect(a.requests.map(\.method) == ["PUT", "PUT"])
        #expect(a.requests.last?.bodyText == #"{"v":2}"#)
    }

    @Test func headAnswered303StaysHEAD() async throws {
        let a = try await Self.redirecting(303) { "/to" }
        defer { try? a.shutdownBlocking() }

        _ = try Self.follow("HEAD", a.baseURL + "/from")

        #expect(a.requests.map(\.method) == ["HEAD", "HEAD"])
    }

    @Test func aRedirectLoopStopsAtTheLimit() async throws {
        let a = try await ScenarioServer.start { _ in .status(302, headers: [("Location", "/again")]) }
        defer { try? a.shutdownBlocking() }

        #expect {
            _ = try Self.follow("GET", a.baseURL + "/from", maxRedirects: 3)
        } throws: { error in
            guard let error = error as? TransportError else { return false }
            return error.curlCode == 47 && error.message.hasPrefix("too many redirects: more than 3")
        }
        #expect(a.requests.count == 4)
    }

    @Test func aRedirectToAnotherProtocolIsNotFollowed() async throws {
        let a = try await Self.redirecting(302) { "file:///etc/passwd" }
        defer { try? a.shutdownBlocking() }

        #expect(throws: TransportError.self) {
            _ = try Self.follow("GET", a.baseURL + "/from")
        }
        #expect(a.requests.count == 1)
    }
}
