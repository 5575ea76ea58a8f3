import ArgumentParser
import VolleyReporter
import VolleySecrets

enum ColorChoice: String, ExpressibleByArgument, CaseIterable {
    case auto, always, never

    /// `always` and `never` are explicit and win over every variable; `auto` follows the
    /// terminal and NO_COLOR / FORCE_COLOR / CLICOLOR_FORCE (`ConsoleStyle.automatic`).
    /// - Parameter terminal: whether the console's stream is a terminal.
    func style(terminal: Bool) -> ConsoleStyle {
        switch self {
        case .always: ConsoleStyle(colors: true)
        case .never: ConsoleStyle(colors: false)
        case .auto: ConsoleStyle.automatic(terminal: terminal, environment: ProcessEnvironment.variables)
        }
    }
}
