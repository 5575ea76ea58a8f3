import VolleyCore

extension YAMLNode {
    /// How a value reads in "found …" messages: the scalar itself when short, else its kind.
    var foundDescription: String {
        switch kind {
        case .scalar(let scalar):
            switch scalar.resolved {
            case .null: return "null"
            case .bool, .integer, .float: return scalar.value
            case .string(let text):
                return text.count <= 40 && !text.contains("\n") ? "'\(text)'" : "a string"
            }
        case .sequence: return "a list"
        case .mapping:
            if let name = unquotedPlaceholderName {
                return "a map (YAML reads an unquoted {{\(name)}} as a map; quote it: \"{{\(name)}}\")"
            }
            return "a map"
        }
    }

    /// `{{name}}` written without quotes is a YAML flow map holding a flow map:
    /// `{ {name: null}: null }`. Spotting the shape lets a message say what happened.
    var unquotedPlaceholderName: String? {
        guard let outer = mapping, outer.count == 1,
            let inner = outer[0].key.mapping, inner.count == 1, outer[0].value.scalar?.resolved == .null,
            let name = inner[0].key.scalar, name.isPlain, inner[0].value.scalar?.resolved == .null
        else { return nil }
        return name.value
    }

    /// The position of the character `offset` characters into a scalar's text, when the text
    /// maps one-to-one onto the source (a plain scalar, or a quoted one without escapes, on one line).
    /// Otherwise the scalar's start, which is still the right line.
    func location(atCharacter offset: Int) -> SourceLocation {
        guard case .scalar(let scalar) = kind, let width = scalar.sourceWidth else { return location }
        var shifted = location
        let length = scalar.value.unicodeScalars.count  // libyaml counts columns in code points
        switch scalar.style {
        case .plain where width == length:
            shifted.column += offset
        case .singleQuoted where width == length + 2, .doubleQuoted where width == length + 2:
            shifted.column += offset + 1
        default:
            break
        }
        return shifted
    }
}
