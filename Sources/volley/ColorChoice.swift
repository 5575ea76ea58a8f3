import ArgumentParser
import VolleyReporter
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

enum ColorChoice: String, ExpressibleByArgument, CaseIterable {
    case auto, always, never

    /// Colours on a terminal unless `NO_COLOR` is set (https://no-color.org) or TERM is dumb;
    /// `FORCE_COLOR` or `CLICOLOR_FORCE` (set, not empty or `0`) turns them on without a terminal,
    /// as in CI logs that render colour; `NO_COLOR` still wins over them. `always` and `never` are
    /// explicit and win over every variable.
    /// - Parameter terminal: whether the console's stream is a terminal.
    func style(terminal: Bool) -> ConsoleStyle {
        switch self {
        case .always: return ConsoleStyle(colors: true)
        case .never: return ConsoleStyle(colors: false)
        case .auto:
            let noColor = getenv("NO_COLOR").map { String(cString: $0) }.map { !$0.isEmpty } ?? false
            if noColor { return ConsoleStyle(colors: false) }
            if Self.isForced("FORCE_COLOR") || Self.isForced("CLICOLOR_FORCE") { return ConsoleStyle(colors: true) }
            let dumb = getenv("TERM").map { String(cString: $0) } == "dumb"
            return ConsoleStyle(colors: terminal && !dumb)
        }
    }

    private static func isForced(_ variable: String) -> Bool {
        guard let value = getenv(variable).map({ String(cString: $0) }) else { return false }
        return !value.isEmpty && value != "0"
    }
}
