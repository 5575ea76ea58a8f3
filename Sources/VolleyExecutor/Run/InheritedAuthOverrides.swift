import VolleyCore

/// A request's own header that replaces the credential its folder or collection hands down is
/// allowed (a deliberate wrong key, to test a 401), but easy to write by accident: `validate`
/// points at each one.
public enum InheritedAuthOverrides {
    /// Over a collection's planned request list (the run plan's, not planned again).
    public static func notes(for requests: [PlannedRequest]) -> [Diagnostic] {
        var reported = Set<SourceLocation>()
        var notes: [Diagnostic] = []
        for request in requests {
            guard let header = request.spec.ownHeaderOverridingAuth, reported.insert(header.location).inserted else { continue }
            notes.append(Diagnostic(
                .note, "header '\(header.name)' overrides the inherited auth: this request sends its own value", at: header.location))
        }
        return notes
    }
}
