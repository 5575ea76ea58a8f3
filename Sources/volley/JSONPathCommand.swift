import ArgumentParser
import VolleyRun

/// `volley jsonpath EXPR [FILE]`: try a JSONPath query (RFC 9535) on a JSON document, the same
/// way assertions and captures will evaluate it.
struct JSONPathCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "jsonpath",
        abstract: "Evaluate an RFC 9535 JSONPath query against a JSON document.",
        discussion: """
            Prints the matched values as a JSON array, or with --paths their normalized paths. \
            Reads standard input when no file is given.
            Exit codes: 0 something matched, 1 nothing matched, 2 invalid expression or JSON.
            """)

    @Argument(help: ArgumentHelp("The JSONPath query, e.g. '$.store.book[?@.price < 10].title'.", valueName: "expression"))
    var expression: String

    @Argument(help: ArgumentHelp("The JSON document; standard input when omitted.", valueName: "file"))
    var file: String?

    @Flag(help: "Print the normalized paths of the matches (e.g. $['a'][0]) instead of their values.")
    var paths = false

    mutating func run() throws {
        let output = Output()
        switch JSONPathTrial.run(expression, file: file, paths: paths) {
        case .invalid(let message):
            output.err(message)
            throw ExitStatus.invalidInput.exitCode
        case .matches(let text, let matched):
            output.out(text)
            // Like grep: "no match" is a result a script can test, not an error.
            if !matched { throw ExitCode(1) }
        }
    }
}
