public import Synchronization

/// Counts `Template.parse` calls made by the task that set it (and its child tasks), so a test
/// can hold the run loop to its promise: templates are parsed at load, never per request.
/// A task-local, not a global, so tests running in parallel do not count each other's parses.
public final class TemplateParseCounter: Sendable {
    private let parses = Atomic<Int>(0)

    public init() {}

    public var count: Int { parses.load(ordering: .relaxed) }

    func record() { parses.add(1, ordering: .relaxed) }

    /// Unset in a real run: one task-local read per parse, and parsing happens at load.
    @TaskLocal public static var current: TemplateParseCounter?
}
