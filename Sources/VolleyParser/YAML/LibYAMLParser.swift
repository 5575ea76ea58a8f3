internal import CYAML

/// Owns a libyaml parser, its input and its current event, and hands out events one at a time.
///
/// libyaml keeps pointers to the input buffer and to the parser struct itself (the string reader's
/// handler data is the parser), so both live in heap memory owned here until `deinit`.
/// Not Sendable: one parse, one thread.
final class LibYAMLParser {
    private let parser: UnsafeMutablePointer<yaml_parser_t>
    private let event: UnsafeMutablePointer<yaml_event_t>
    private let input: UnsafeMutableBufferPointer<UInt8>
    private var eventNeedsDelete = false

    init(source: String) {
        let utf8 = source.utf8
        // Capacity of at least one so an empty file still has a valid base address.
        input = .allocate(capacity: max(1, utf8.count))
        _ = input.initialize(from: utf8)
        parser = .allocate(capacity: 1)
        event = .allocate(capacity: 1)
        // Only fails when out of memory, as does everything else in libyaml.
        yaml_parser_initialize(parser)
        yaml_parser_set_encoding(parser, YAML_UTF8_ENCODING)
        yaml_parser_set_input_string(parser, input.baseAddress, utf8.count)
    }

    deinit {
        if eventNeedsDelete { yaml_event_delete(event) }
        yaml_parser_delete(parser)
        parser.deallocate()
        event.deallocate()
        input.deallocate()
    }

    func next() throws(LibYAMLError) -> YAMLEvent {
        if eventNeedsDelete {
            yaml_event_delete(event)
            eventNeedsDelete = false
        }
        guard yaml_parser_parse(parser, event) == 1 else { throw currentError() }
        eventNeedsDelete = true
        let e = event.pointee
        let start = Self.mark(e.start_mark)
        switch e.type {
        case YAML_STREAM_START_EVENT: return .streamStart
        case YAML_STREAM_END_EVENT: return .streamEnd
        case YAML_DOCUMENT_START_EVENT: return .documentStart(start)
        case YAML_DOCUMENT_END_EVENT: return .documentEnd
        case YAML_ALIAS_EVENT:
            return .alias(anchor: Self.string(e.data.alias.anchor) ?? "", at: start)
        case YAML_SCALAR_EVENT:
            let data = e.data.scalar
            let end = Self.mark(e.end_mark)
            let scalar = YAMLScalar(
                value: String(decoding: UnsafeBufferPointer(start: data.value, count: data.length), as: UTF8.self),
                style: Self.style(data.style),
                tag: Self.string(data.tag),
                sourceWidth: end.line == start.line ? end.column - start.column : nil)
            return .scalar(scalar, anchor: Self.string(data.anchor), at: start)
        case YAML_SEQUENCE_START_EVENT:
            return .sequenceStart(anchor: Self.string(e.data.sequence_start.anchor), at: start)
        case YAML_SEQUENCE_END_EVENT: return .sequenceEnd
        case YAML_MAPPING_START_EVENT:
            return .mappingStart(anchor: Self.string(e.data.mapping_start.anchor), at: start)
        case YAML_MAPPING_END_EVENT: return .mappingEnd
        default:
            // YAML_NO_EVENT: libyaml only produces it after the stream ended.
            return .streamEnd
        }
    }

    private func currentError() -> LibYAMLError {
        let p = parser.pointee
        let problem = p.problem.map { String(cString: $0) } ?? "invalid YAML"
        // A reader error (bad UTF-8, say) has no problem_mark; its position is the byte offset.
        let mark = p.error == YAML_READER_ERROR
            ? Self.readerMark(offset: p.problem_offset, in: input)
            : Self.mark(p.problem_mark)
        return LibYAMLError(
            problem: problem, mark: mark,
            context: p.context.map { String(cString: $0) },
            contextMark: p.context == nil ? nil : Self.mark(p.context_mark))
    }

    private static func mark(_ mark: yaml_mark_t) -> YAMLMark {
        YAMLMark(line: mark.line + 1, column: mark.column + 1)
    }

    private static func readerMark(offset: Int, in input: UnsafeMutableBufferPointer<UInt8>) -> YAMLMark {
        var line = 1
        var column = 1
        for byte in input.prefix(offset) {
            if byte == UInt8(ascii: "\n") {
                line += 1
                column = 1
            } else if byte & 0xC0 != 0x80 {
                column += 1
            }
        }
        return YAMLMark(line: line, column: column)
    }

    private static func string(_ pointer: UnsafeMutablePointer<yaml_char_t>?) -> String? {
        pointer.map { String(cString: $0) }
    }

    private static func style(_ style: yaml_scalar_style_t) -> YAMLScalar.Style {
        switch style {
        case YAML_SINGLE_QUOTED_SCALAR_STYLE: .singleQuoted
        case YAML_DOUBLE_QUOTED_SCALAR_STYLE: .doubleQuoted
        case YAML_LITERAL_SCALAR_STYLE: .literal
        case YAML_FOLDED_SCALAR_STYLE: .folded
        default: .plain
        }
    }
}
