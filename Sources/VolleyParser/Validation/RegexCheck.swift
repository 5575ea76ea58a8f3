import VolleyCore

/// Compiles `matches:` and `regex:` patterns at parse time, once, so a bad pattern is reported
/// where it was written instead of failing every run, and the run only matches.
enum RegexCheck {
    struct Problem: Error {
        var message: String
        /// Characters into the pattern, when the regex parser said where.
        var offset: Int?
    }

    static func compile(_ pattern: String) -> Result<CompiledPattern, Problem> {
        do {
            return .success(try CompiledPattern(pattern))
        } catch {
            return .failure(Problem(message: String(describing: error), offset: offset(of: error, in: pattern)))
        }
    }

    /// The standard library's regex errors carry a `location` (a range of string indices into the
    /// pattern) but do not make it public; read it by reflection, and go without if that changes.
    private static func offset(of error: any Error, in pattern: String) -> Int? {
        guard let location = Mirror(reflecting: error).children.first(where: { $0.label == "location" })?.value,
            let range = Mirror(reflecting: location).children.first(where: { $0.label == "range" })?.value
                as? Range<String.Index>,
            range.lowerBound <= pattern.endIndex
        else { return nil }
        let index = range.lowerBound.samePosition(in: pattern) ?? range.lowerBound
        return pattern.distance(from: pattern.startIndex, to: index)
    }
}
