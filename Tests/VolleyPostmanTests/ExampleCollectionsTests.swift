import Foundation
import Testing
import VolleyCore
import VolleyPostman

/// The 25 example collections of Postman's own test suite (third-party data, read from
/// ../shared/corpora/postman/examples and never copied here; `VOLLEY_POSTMAN_EXAMPLES` names
/// another copy). Each must load, or fail only with positioned "not supported" errors.
enum PostmanExamples {
    static let directory = ProcessInfo.processInfo.environment["VOLLEY_POSTMAN_EXAMPLES"]
        ?? URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("../shared/corpora/postman/examples").standardizedFileURL.path

    static let files: [String] = {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: directory)) ?? []
        return names.filter { $0.hasSuffix(".json") }.sorted()
    }()
}

@Suite("Postman's example collections load or say what is not supported")
struct ExampleCollectionsTests {
    @Test func theCorpusIsThere() {
        // A missing corpus would make the test below pass over nothing.
        #expect(PostmanExamples.files.count == 25, "no corpus at \(PostmanExamples.directory)")
    }

    @Test(arguments: PostmanExamples.files)
    func loadsOrFailsWithAPositionedUnsupportedMessage(_ name: String) throws {
        let path = PostmanExamples.directory + "/" + name
        let source = try String(contentsOfFile: path, encoding: .utf8)
        #expect(PostmanFormat.isCollection(path: path, source: source))
        do {
            let collection = try PostmanCollectionDecoder.decode(source: source, file: path)
            #expect(collection.format == .postman)
            #expect(!collection.plannedRequests().isEmpty || collection.items.isEmpty)
        } catch {
            for diagnostic in error.diagnostics {
                // An unsupported feature, or a file a formdata field sends that is not in the corpus.
                #expect(
                    diagnostic.message.contains("not supported") || diagnostic.message.contains("cannot read"),
                    "\(diagnostic.headline)")
                #expect(diagnostic.location.file == path && diagnostic.location.line > 1)
            }
        }
    }

    /// Which of them load (23 of 25): the rest use edgegrid auth, or
    /// (`reqBodyContentType.json`) formdata fields sending files that are not in the corpus.
    @Test func theLoadableOnesAreTheOnesWithoutUnsupportedFeatures() throws {
        var loaded: [String] = []
        for name in PostmanExamples.files {
            let source = try String(contentsOfFile: PostmanExamples.directory + "/" + name, encoding: .utf8)
            if (try? PostmanCollectionDecoder.decode(source: source, file: name)) != nil { loaded.append(name) }
        }
        #expect(loaded == [
            "apikeyAuthTest.json", "bearerAuthTest.json", "box.json", "collection.json", "formdata-body.json", "github.json",
            "hackernews.json", "hawkAuthTest.json", "helpers.json", "httpMethods.json", "httpbin.json", "jsonblob.json", "nestedEntities.json", "ntlmAuthTest.json",
            "proper-url-parsing.json", "req-body-file-src-null.json", "reqBodyGraphQL.json", "reqBodyNull.json", "request.json",
            "responseBodyNull.json", "syncapi.json", "twitter.json", "v2.json",
        ])
    }
}
