/// libyaml's parse events in Swift form, so that no C type leaves `LibYAMLParser`.
enum YAMLEvent {
    case streamStart
    case streamEnd
    case documentStart(YAMLMark)
    case documentEnd
    case alias(anchor: String, at: YAMLMark)
    case scalar(YAMLScalar, anchor: String?, at: YAMLMark)
    case sequenceStart(anchor: String?, at: YAMLMark)
    case sequenceEnd
    case mappingStart(anchor: String?, at: YAMLMark)
    case mappingEnd
}

/// A 1-based position, converted once from libyaml's 0-based marks.
struct YAMLMark: Equatable {
    var line: Int
    var column: Int
}

/// A syntax error as libyaml reports it.
struct LibYAMLError: Error {
    var problem: String
    var mark: YAMLMark
    /// "while scanning a simple key" and the like, with where that construct started.
    var context: String?
    var contextMark: YAMLMark?
}
