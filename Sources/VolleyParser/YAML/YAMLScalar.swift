/// A scalar as written: its text, how it was quoted, and its explicit tag if any.
/// What it means (null, bool, number, string) is decided by `resolved`, following the YAML 1.2 core schema.
public struct YAMLScalar: Sendable, Hashable {
    public enum Style: Sendable, Hashable {
        case plain
        case singleQuoted
        case doubleQuoted
        /// `|` block
        case literal
        /// `>` block
        case folded
    }

    public var value: String
    public var style: Style
    /// The full tag (`tag:yaml.org,2002:str` for `!!str`, `!` for the non-specific tag), nil when none was written.
    public var tag: String?
    /// Columns the scalar spans in the source when it starts and ends on one line, quotes included.
    /// Lets an error inside the text (a bad `{{`, a JSONPath offset) point at its exact column.
    public var sourceWidth: Int?

    public init(value: String, style: Style = .plain, tag: String? = nil, sourceWidth: Int? = nil) {
        self.value = value
        self.style = style
        self.tag = tag
        self.sourceWidth = sourceWidth
    }

    public var isPlain: Bool { style == .plain }
}
