import Testing
import VolleyReporter

/// `--color auto` as a function of the terminal and the colour variables.
@Suite("console colours from the environment")
struct ConsoleStyleEnvironmentTests {
    func colors(terminal: Bool, _ environment: [String: String]) -> Bool {
        ConsoleStyle.automatic(terminal: terminal, environment: environment).colors
    }

    @Test func aTerminalIsColouredAndAPipeIsNot() {
        #expect(colors(terminal: true, [:]))
        #expect(!colors(terminal: false, [:]))
        #expect(!colors(terminal: true, ["TERM": "dumb"]))
    }

    @Test func forcingColoursAPipeUnlessEmptyOrZero() {
        #expect(colors(terminal: false, ["FORCE_COLOR": "1"]))
        #expect(colors(terminal: false, ["CLICOLOR_FORCE": "yes"]))
        #expect(!colors(terminal: false, ["FORCE_COLOR": "0"]))
        #expect(!colors(terminal: false, ["FORCE_COLOR": ""]))
    }

    @Test func noColorWinsOverForcingAndTheTerminal() {
        #expect(!colors(terminal: true, ["NO_COLOR": "1"]))
        #expect(!colors(terminal: false, ["NO_COLOR": "1", "FORCE_COLOR": "1"]))
        #expect(colors(terminal: true, ["NO_COLOR": ""]), "an empty NO_COLOR does not count")
    }
}
