import Foundation
import Testing
import VolleyJSON
import VolleyJSONPath

/// One case of the JSONPath Compliance Test Suite (jsonpath-standard/jsonpath-compliance-test-suite).
struct ComplianceCase: Sendable, CustomTestStringConvertible {
    var name: String
    var selector: String
    var document: JSONValue
    var isInvalid: Bool
    /// Every acceptable list of values: one list when the order is fixed (`result`), several
    /// when it is not (`results`), each paired with the paths at the same position.
    var acceptedValues: [[JSONValue]]
    var acceptedPaths: [[String]]

    var testDescription: String { name }
}

enum ComplianceSuite {
    /// The corpus is third-party data kept outside the repository (see ../shared/corpora/SOURCES.md):
    /// package root (three levels above this file), then `../shared/corpora/jsonpath-cts.json`.
    /// `VOLLEY_JSONPATH_CORPUS` names another copy, for a checkout that is not beside `shared`.
    static let corpusPath = ProcessInfo.processInfo.environment["VOLLEY_JSONPATH_CORPUS"]
        ?? URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("../shared/corpora/jsonpath-cts.json").standardizedFileURL.path

    static var isAvailable: Bool { FileManager.default.fileExists(atPath: corpusPath) }

    /// Loaded with Volley's own JSON parser, which this exercises on real data as a bonus.
    static let cases: [ComplianceCase] = {
        guard let data = FileManager.default.contents(atPath: corpusPath) else {
            print("JSONPath compliance suite skipped: no corpus at \(corpusPath)")
            return []
        }
        guard let corpus = try? JSONValue.parse(bytes: Array(data)), let tests = corpus.objectValue?["tests"]?.arrayValue else {
            fatalError("cannot read the compliance corpus at \(corpusPath)")
        }
        return tests.map { test in
            let object = test.objectValue!
            let strings = { (value: JSONValue?) in value?.arrayValue?.compactMap(\.stringValue) ?? [] }
            var values: [[JSONValue]] = []
            var paths: [[String]] = []
            if let result = object["result"]?.arrayValue {
                values = [result]
                paths = [strings(object["result_paths"])]
            } else if let results = object["results"]?.arrayValue {
                values = results.map { $0.arrayValue ?? [] }
                paths = object["results_paths"]?.arrayValue?.map { strings($0) } ?? []
            }
            return ComplianceCase(
                name: object["name"]?.stringValue ?? "?",
                selector: object["selector"]?.stringValue ?? "",
                document: object["document"] ?? .null,
                isInvalid: object["invalid_selector"] == .bool(true),
                acceptedValues: values,
                acceptedPaths: paths)
        }
    }()
}

@Suite struct ComplianceSuiteTests {
    // Skipped, not failed, when the corpus is absent: it is not part of the repository.
    @Test(.enabled(if: ComplianceSuite.isAvailable, "the JSONPath compliance corpus ../shared/corpora/jsonpath-cts.json is absent"),
          arguments: ComplianceSuite.cases)
    func compliance(_ testCase: ComplianceCase) {
        let query: JSONPathQuery
        do {
            query = try JSONPathQuery(testCase.selector)
        } catch {
            #expect(testCase.isInvalid, "valid selector \(testCase.selector) rejected: \(error)")
            return
        }
        guard !testCase.isInvalid else {
            Issue.record("invalid selector \(testCase.selector) was accepted")
            return
        }
        let nodes = query.evaluate(testCase.document)
        let values = nodes.map(\.value)
        let paths = nodes.map(\.path.description)
        let matches = zip(testCase.acceptedValues, testCase.acceptedPaths).contains { $0 == values && $1 == paths }
        #expect(matches, "\(testCase.selector): got \(values.map(\.jsonText)) at \(paths); expected one of \(testCase.acceptedValues.map { $0.map(\.jsonText) }) at \(testCase.acceptedPaths)")
    }

    @Test(.enabled(if: ComplianceSuite.isAvailable, "the JSONPath compliance corpus is absent"))
    func corpusHasCases() {
        #expect(ComplianceSuite.cases.count >= 703)
    }
}
