extension Int {
    /// A memory-growth limit for tests about other limits. The check reads the resident memory of
    /// the whole process, and a test process runs other suites beside the script (servers,
    /// large bodies, the allocation test): their growth during a CPU loop is not the script's.
    static var unboundedInTests: Int { Int.max / 2 }
}
