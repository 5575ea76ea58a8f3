/// A line a script wrote with `console.log`, `info`, `warn` or `error`: shown under its request
/// and kept in the JSON report, masked like every other text.
public struct ConsoleMessage: Sendable, Hashable {
    public enum Level: String, Sendable, Hashable {
        case log, info, warn, error, debug
    }

    public var level: Level
    public var text: String

    public init(level: Level, text: String) {
        self.level = level
        self.text = text
    }
}
