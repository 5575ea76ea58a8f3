import VolleyCore

extension CollectionDecoder {
    /// `rate: 18/s`: client-side pacing, read by `RateSpec(parsing:)` so that the file and
    /// `--rate` accept the same spellings and say the same thing about a bad one.
    mutating func decodeRate(_ node: YAMLNode) -> RateSpec? {
        // A bare number is passed on too, so its error explains that a unit is needed.
        guard let scalar = node.scalar, scalar.resolved != .null else {
            error("'rate' must be a rate like 18/s or 100/m, found \(node.foundDescription)", at: node.location)
            return nil
        }
        do {
            return try RateSpec(parsing: scalar.value)
        } catch {
            self.error(error.description, at: node.location)
            return nil
        }
    }
}
