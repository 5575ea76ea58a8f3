extension ConsoleStyle {
    /// `--color auto`: colours on a terminal unless `NO_COLOR` is set (https://no-color.org) or
    /// TERM is dumb; `FORCE_COLOR` or `CLICOLOR_FORCE` (set, not empty or `0`) turns them on
    /// without a terminal, as in CI logs that render colour; `NO_COLOR` still wins over them.
    /// A pure function of the variables, so the executable passes its process's.
    public static func automatic(terminal: Bool, environment: [String: String]) -> ConsoleStyle {
        if let noColor = environment["NO_COLOR"], !noColor.isEmpty { return ConsoleStyle(colors: false) }
        let forced = ["FORCE_COLOR", "CLICOLOR_FORCE"].contains { environment[$0].map { !$0.isEmpty && $0 != "0" } ?? false }
        if forced { return ConsoleStyle(colors: true) }
        return ConsoleStyle(colors: terminal && environment["TERM"] != "dumb")
    }
}
