import Testing

/// One line of an assertion table: a chain run as `expect(...)...` (`expect` is
/// `__volleyExpect`), and what it must do: pass, or fail with exactly this message.
struct ExpectCase: Sendable, CustomTestStringConvertible {
    let script: String
    /// `nil` when the chain must pass.
    let failure: String?

    var testDescription: String { script }

    static func pass(_ script: String) -> ExpectCase { ExpectCase(script: script, failure: nil) }
    static func fail(_ script: String, _ message: String) -> ExpectCase { ExpectCase(script: script, failure: message) }

    /// What evaluating `probe` returns when the chain behaves as this case says.
    var expectedOutcome: String { failure.map { "AssertionError: " + $0 } ?? "passed" }

    /// The chain inside a function that reports how it ended, so one context runs every case:
    /// "passed", "AssertionError: message", or any other error's name and message.
    var probe: String {
        """
        (function () {
          const expect = __volleyExpect;
          try { \(script); return 'passed'; }
          catch (e) { return (e instanceof AssertionError ? 'AssertionError: ' : 'not an AssertionError, ' + e.name + ': ') + e.message; }
        })()
        """
    }
}
