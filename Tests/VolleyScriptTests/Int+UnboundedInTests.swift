extension Int {
    /// A memory-growth limit for tests about other limits, so that only the limit under test
    /// can stop their script (the memory check reads the script's own heap, which a loop that
    /// allocates nothing does not grow, but a test about CPU time should not rest on that).
    static var unboundedInTests: Int { Int.max / 2 }
}
