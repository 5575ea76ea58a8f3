import VolleyCore

extension RequestResult {
    /// The notes as the console and the JSON report list them: why retrying stopped, worded
    /// here from the value the run kept, then the notes the run wrote.
    public func notes(worded wording: RetryWording) -> [String] {
        guard let gaveUp else { return notes }
        return [wording.note(gaveUp)] + notes
    }
}
