import VolleyCore
import VolleyRegex

/// Compiles `matches:` and `regex:` patterns at parse time, once, so a bad pattern is reported
/// where it was written instead of failing every run, and the run only matches.
enum RegexCheck {
    struct Problem: Error {
        var message: String
        /// Characters into the pattern where the problem starts.
        var offset: Int?
    }

    static func compile(_ pattern: String) -> Result<CompiledPattern, Problem> {
        do throws(RegexSyntaxError) {
            return .success(try CompiledPattern(pattern))
        } catch {
            return .failure(Problem(message: error.message, offset: error.offset))
        }
    }
}
