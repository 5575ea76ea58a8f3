extension Int {
    /// A line or column a script handed over as a number, or nil when it is not one: a script
    /// controls what it throws (`throw {line: NaN}`) and what `Error().stack` says (it can
    /// replace `Error`), and `Int(_: Double)` traps on NaN, infinities and values past `Int`,
    /// which would take the whole run down. Kept far below `Int.max` so that adding a
    /// script's origin line to it cannot overflow either.
    init?(scriptPosition value: Double) {
        guard value.isFinite, value >= 0, value <= Double(Int32.max) else { return nil }
        self.init(value)
    }
}
