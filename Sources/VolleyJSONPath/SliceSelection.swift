/// The array positions a slice `[start:end:step]` selects (RFC 9535 §2.3.4.2.2).
enum SliceSelection {
    /// Positions in selection order: ascending for a positive step, descending for a negative one.
    static func positions(start: Int?, end: Int?, step: Int?, count: Int) -> StrideTo<Int> {
        let step = step ?? 1
        // A zero step selects nothing.
        guard step != 0 else { return stride(from: 0, to: 0, by: 1) }
        func normalize(_ i: Int) -> Int { i >= 0 ? i : count + i }
        if step > 0 {
            let lower = min(max(normalize(start ?? 0), 0), count)
            let upper = min(max(normalize(end ?? count), 0), count)
            return stride(from: lower, to: upper, by: step)
        }
        let upper = min(max(normalize(start ?? count - 1), -1), count - 1)
        let lower = min(max(end.map(normalize) ?? -1, -1), count - 1)
        return stride(from: upper, to: lower, by: step)
    }
}
