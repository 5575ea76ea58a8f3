import Testing
import TestSupport
import VolleyCore
import VolleyParser
@testable import VolleyExecutor

/// `body: { file: }`, `multipart:` and `graphql:` as the server receives them.
@Suite("file, multipart and GraphQL bodies against a real server", .serialized)
struct RequestBodyKindsTests {
    /// Bytes no text encoding survives: NUL, a lone 0xFF, CR LF.
    static let binary: [UInt8] = [0, 255, 13, 10, 128, 1, 2, 3]

    static let files = ScriptFileReader { path, _ in
        switch path {
        case "data/blob.bin": .success(binary)
        case "data/note.txt": .success(Array("hello\n".utf8))
        default: .failure(.missing)
        }
    }

    func parse(_ yaml: String) throws -> Collection {
        do {
            return try CollectionParser.parseCollection(source: yaml, file: "data/c.yaml", scriptFiles: Self.files)
        } catch {
            throw ParseFailure(diagnostics: error.diagnostics.map(\.headline))
        }
    }

    @Test func aFileBodyIsSentByteForByte() async throws {
        let server = try await ScenarioServer.start { _ in .status(204) }
        defer { try? server.shutdownBlocking() }
        let c = try parse("""
            name: files
            requests:
              - { name: upload, method: PUT, url: "{{base}}/blob", body: { file: blob.bin }, headers: { Content-Type: application/octet-stream } }
            """)

        _ = try run(c, variables: ["base": server.baseURL])

        #expect(server.requests.first?.body == Self.binary)
        #expect(server.requests.first?.header("content-length") == "8")
    }

    @Test func multipartSendsTextAndFileParts() async throws {
        let server = try await ScenarioServer.start { _ in .status(204) }
        defer { try? server.shutdownBlocking() }
        let c = try parse("""
            name: files
            requests:
              - name: form
                method: POST
                url: "{{base}}/upload"
                multipart:
                  title: "report {{n}}"
                  note: { file: note.txt, content_type: text/plain }
                  blob: { file: blob.bin, filename: data.bin }
            """)

        _ = try run(c, variables: ["base": server.baseURL, "n": "7"])

        let request = try #require(server.requests.first)
        let type = try #require(request.header("content-type"))
        #expect(type.hasPrefix("multipart/form-data; boundary="))
        let boundary = String(type.split(separator: "=", maxSplits: 1)[1])
        let expected: [UInt8] = Array("""
            --\(boundary)\r
            Content-Disposition: form-data; name="title"\r
            \r
            report 7\r
            --\(boundary)\r
            Content-Disposition: form-data; name="note"; filename="note.txt"\r
            Content-Type: text/plain\r
            \r
            hello
            \r
            --\(boundary)\r
            Content-Disposition: form-data; name="blob"; filename="data.bin"\r
            Content-Type: application/octet-stream\r
            \r

            """.utf8) + Self.binary + Array("\r\n--\(boundary)--\r\n".utf8)
        #expect(request.body == expected)
    }

    @Test func graphqlIsSentAsItsJSONEnvelope() async throws {
        let server = try await ScenarioServer.start { _ in .json(#"{"data":{"user":{"id":"7"}}}"#) }
        defer { try? server.shutdownBlocking() }
        let c = try parse("""
            name: gql
            requests:
              - name: user
                method: POST
                url: "{{base}}/graphql"
                graphql:
                  query: "query User($id: ID!) { user(id: $id) { id } }"
                  variables: { id: "{{id}}" }
                  operation_name: User
                expect: { json: { "$.data.user.id": "7" } }
            """)

        let (_, outcome) = try run(c, variables: ["base": server.baseURL, "id": "7"])

        #expect(outcome.passed == 1)
        let request = try #require(server.requests.first)
        #expect(request.header("content-type") == "application/json")
        #expect(request.bodyText == #"{"query":"query User($id: ID!) { user(id: $id) { id } }","variables":{"id":"7"},"operationName":"User"}"#)
    }

    @Test func aMissingFileIsAnErrorAtItsKey() throws {
        let error = #expect(throws: DiagnosticList.self) {
            _ = try CollectionParser.parseCollection(
                source: """
                    name: files
                    requests:
                      - { name: upload, url: "http://x.invalid", body: { file: nope.bin } }
                      - name: form
                        url: "http://x.invalid"
                        multipart: { a: { file: gone.txt } }
                      - { name: v, url: "http://x.invalid", http_version: "4" }
                      - { name: tls, url: "https://x.invalid", tls: { ca: ca.pem } }
                    """,
                file: "data/c.yaml", scriptFiles: Self.files)
        }
        #expect(error?.diagnostics.map(\.headline) == [
            "data/c.yaml:3:60: error: cannot read 'body.file' file 'data/nope.bin': no such file",
            "data/c.yaml:6:29: error: cannot read multipart field 'a' file 'data/gone.txt': no such file",
            "data/c.yaml:7:55: error: unknown 'http_version' '4' (expected one of '1.0', '1.1', '2', '2-prior-knowledge' or '3')",
            "data/c.yaml:8:55: error: cannot read 'tls.ca' file 'data/ca.pem': no such file",
        ])
    }
}
