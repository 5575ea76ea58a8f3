internal import VolleyJSONPath

/// Parses every JSONPath in a collection when the file is read, with the JSONPath module's own
/// parser, so a bad path is an error at its column rather than a failed assertion at run time.
enum JSONPathCheck {
    struct Problem {
        var message: String
        /// Characters into the expression.
        var offset: Int
    }

    static func problem(in expression: String) -> Problem? {
        do {
            _ = try JSONPathQuery(expression)
            return nil
        } catch {
            return Problem(message: error.message, offset: error.offset)
        }
    }
}
