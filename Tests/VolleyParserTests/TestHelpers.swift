import Testing
import VolleyCore
import VolleyParser

/// The diagnostics a collection text produces, as `line:column: message`, in reported order.
func collectionErrors(_ source: String, file: String = "c.yaml") -> [String] {
    do {
        _ = try CollectionParser.parseCollection(source: source, file: file)
        return []
    } catch {
        return error.diagnostics.map { "\($0.location.line):\($0.location.column): \($0.message)" }
    }
}

/// The diagnostics an environment text (file `env.yaml`) produces, as `collectionErrors` lists them.
func environmentErrors(_ source: String) -> [String] {
    do {
        _ = try CollectionParser.parseEnvironment(source: source, file: "env.yaml", name: "staging")
        return []
    } catch {
        return error.diagnostics.map { "\($0.location.line):\($0.location.column): \($0.message)" }
    }
}

/// A position in `file`, for comparing whole Core values that carry locations (templates, say).
func at(_ line: Int, _ column: Int, in file: String = "c.yaml") -> VolleyCore.SourceLocation {
    VolleyCore.SourceLocation(file: file, line: line, column: column)
}

/// The one diagnostic a text should produce; records an issue otherwise.
func collectionError(_ source: String, sourceLocation: Testing.SourceLocation = #_sourceLocation) -> String? {
    let errors = collectionErrors(source)
    #expect(errors.count == 1, "expected one error, got \(errors)", sourceLocation: sourceLocation)
    return errors.first
}

/// Parses a collection that must be valid, recording the diagnostics as an issue when it is not.
func parse(_ source: String, sourceLocation: Testing.SourceLocation = #_sourceLocation) throws -> Collection {
    do {
        return try CollectionParser.parseCollection(source: source, file: "c.yaml")
    } catch {
        Issue.record("unexpected diagnostics: \(error.diagnostics.map(\.headline))", sourceLocation: sourceLocation)
        throw error
    }
}

/// A minimal collection around one request's extra lines (indented under `- name: r`).
/// The request's keys start on line 3, column 5.
func oneRequest(_ lines: String) -> String {
    "name: c\nrequests:\n  - name: r\n    url: http://x\n" + lines
}

func yaml(_ source: String) throws(DiagnosticList) -> YAMLNode? {
    try YAMLNode.load(source: source, file: "t.yaml")
}

extension Collection {
    /// The top-level requests, in order (folders skipped).
    var requests: [RequestSpec] {
        items.compactMap { if case .request(let spec) = $0 { spec } else { nil } }
    }
}

extension RetrySettings {
    /// The values alone, for comparing with a settings value built in a test (which says nothing
    /// of where each field was written).
    var values: RetrySettings { RetrySettings(count: count, on: on, maxWait: maxWait) }
}
