import VolleyCore
internal import VolleyJSONPath

/// Compiles every JSONPath in a collection when the file is read, once, with the JSONPath
/// module's own parser, so a bad path is an error at its column rather than a failed assertion
/// at run time, and the run only evaluates.
enum JSONPathCheck {
    struct Problem: Error {
        var message: String
        /// Characters into the expression.
        var offset: Int
    }

    static func compile(_ expression: String) -> Result<CompiledQuery, Problem> {
        do throws(JSONPathSyntaxError) {
            return .success(try CompiledQuery(expression))
        } catch {
            return .failure(Problem(message: error.message, offset: error.offset))
        }
    }
}
