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
    /// `always` and `never` are explicit and win.
    /// - Parameter terminal: whether the console's stream is a terminal.
    func style(terminal: Bool) -> ConsoleStyle {
        switch self {
        case .always: return ConsoleStyle(colors: true)
        case .never: return ConsoleStyle(colors: false)
        case .auto:
            let noColor = getenv("NO_COLOR").map { String(cString: $0) }.map { !$0.isEmpty } ?? false
            let dumb = getenv("TERM").map { String(cString: $0) } == "dumb"
            return ConsoleStyle(colors: terminal && !noColor && !dumb)
        }
    }
}
