import Testing
import TestSupport
import VolleyCore
import VolleyRun

/// A Postman collection's `formdata` and `file` bodies, and its requests sharing the run's
/// cookie jar, against a real server.
@Suite("Postman bodies and cookies")
struct PostmanBodiesTests {
    static let schema = "https://schema.getpostman.com/json/collection/v2.1.0/collection.json"

    @Test func formdataAndFileBodiesSendTheirFieldsAndTheFilesBesideTheCollection() async throws {
        let server = try await ScenarioServer.start { _ in .json("{}") }
        defer { try? server.shutdownBlocking() }
        let dir = try TemporaryDirectory()
        try dir.write("\u{89}PNG-bytes", to: "files/logo.png")
        try dir.write("raw file body\n", to: "files/body.bin")
        let path = try dir.write("""
            {"info": {"name": "up", "schema": "\(Self.schema)"}, "item": [
              {"name": "upload", "request": {"method": "POST", "url": "\(server.baseURL)/upload",
                "body": {"mode": "formdata", "formdata": [
                  {"key": "title", "value": "Logo {{n}}", "type": "text"},
                  {"key": "off", "value": "x", "type": "text", "disabled": true},
                  {"key": "image", "type": "file", "src": "files/logo.png", "contentType": "image/png"},
                  {"key": "empty", "type": "file", "src": null}]}}},
              {"name": "raw file", "request": {"method": "PUT", "url": "\(server.baseURL)/put",
                "body": {"mode": "file", "file": {"src": "files/body.bin"}}}}],
             "variable": [{"key": "n", "value": "7"}]}
            """, to: "up.postman_collection.json")

        let (outcome, observer, _) = try runSession(RunConfiguration(paths: [path]))

        #expect(ExitStatus(outcome) == .success, "\(observer.results.map { ($0.name, $0.failure as Any) })")
        let upload = try #require(server.requests.first)
        let contentType = try #require(upload.header("Content-Type"))
        #expect(contentType.hasPrefix("multipart/form-data; boundary="))
        let body = upload.bodyText
        #expect(body.contains("Content-Disposition: form-data; name=\"title\"\r\n\r\nLogo 7\r\n"))
        #expect(body.contains("Content-Disposition: form-data; name=\"image\"; filename=\"logo.png\"\r\nContent-Type: image/png\r\n\r\n"))
        #expect(body.contains("PNG-bytes"))
        #expect(!body.contains("name=\"off\""))
        #expect(!body.contains("name=\"empty\""))
        let put = server.requests[1]
        #expect(put.method == "PUT")
        #expect(put.bodyText == "raw file body\n")
    }

    @Test func aMissingFileStopsTheRunAtItsSrcBeforeAnythingIsSent() async throws {
        let server = try await ScenarioServer.start { _ in .status(200) }
        defer { try? server.shutdownBlocking() }
        let dir = try TemporaryDirectory()
        let path = try dir.write("""
            {"info": {"name": "up", "schema": "\(Self.schema)"}, "item": [
              {"name": "ok", "request": "\(server.baseURL)/a"},
              {"name": "upload", "request": {"method": "POST", "url": "\(server.baseURL)/b",
                "body": {"mode": "formdata", "formdata": [{"key": "f", "type": "file", "src": "gone.png"}]}}}]}
            """, to: "up.postman_collection.json")

        #expect {
            try RunPreparation.plan(
                RunConfiguration(paths: [path]), sources: SourceFiles(), secrets: SecretRegistry(), describe: { "\($0)" })
        } throws: { error in
            guard let failure = error as? RunPreparation.Failure else { return false }
            return failure.load.messages.first?.hasPrefix(
                "\(path):4:83: error: request 'upload': cannot read formdata field 'f' file '\(dir.path("gone.png"))': no such file")
                == true
        }
        #expect(server.requests.isEmpty)
    }

    @Test func aLoginsCookieIsSentByTheRequestsAfterIt() async throws {
        let server = try await ScenarioServer.start { request in
            request.path == "/login"
                ? .json("{}", headers: [("Set-Cookie", "session=s3cr3t-77; Path=/; HttpOnly")])
                : .json("{}")
        }
        defer { try? server.shutdownBlocking() }
        let dir = try TemporaryDirectory()
        let path = try dir.write("""
            {"info": {"name": "login", "schema": "\(Self.schema)"}, "item": [
              {"name": "login", "request": {"method": "POST", "url": "\(server.baseURL)/login"}},
              {"name": "me", "request": "\(server.baseURL)/me"}]}
            """, to: "login.postman_collection.json")

        let (outcome, _, _) = try runSession(RunConfiguration(paths: [path]))

        #expect(ExitStatus(outcome) == .success)
        #expect(server.requests.map(\.path) == ["/login", "/me"])
        #expect(server.requests[0].header("Cookie") == nil)
        #expect(server.requests[1].header("Cookie") == "session=s3cr3t-77")
    }
}
