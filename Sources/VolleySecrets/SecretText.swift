/// Secret values are compared and sent without surrounding whitespace: a trailing newline from
/// `echo token > file` or a stray space in a keyring entry must not break authentication.
enum SecretText {
    static func trimmed(_ value: String) -> String {
        var scalars = Substring(value).unicodeScalars[...]
        while let first = scalars.first, first.properties.isWhitespace { scalars.removeFirst() }
        while let last = scalars.last, last.properties.isWhitespace { scalars.removeLast() }
        return String(String.UnicodeScalarView(scalars))
    }
}
