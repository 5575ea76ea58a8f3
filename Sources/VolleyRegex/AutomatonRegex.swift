/// A regular expression matched by an automaton, never by backtracking: every match takes
/// time linear in the text (times the pattern's length), so `(a+)+c` on a long run of `a`s
/// ends at once instead of never. Matching is leftmost-first with greedy and lazy quantifiers,
/// as in Perl-style engines, on Unicode scalars.
public struct AutomatonRegex: Sendable {
    private let program: RegexProgram
    /// How many capturing groups the pattern has.
    public let groupCount: Int

    public init(_ pattern: String) throws(RegexSyntaxError) {
        let (node, groups) = try RegexParser.parse(pattern)
        program = try RegexProgram.compile(node)
        groupCount = groups
    }

    /// Whether the pattern matches somewhere in `text`.
    public func isFound(in text: String) -> Bool {
        run(text, anchored: false, whole: false, slots: 2) != nil
    }

    /// Whether the pattern matches somewhere in `text`, or nil when `stopping` said to stop
    /// first. The work is linear, but a long pattern over a 100 MB body still takes a while,
    /// and Ctrl-C must not wait for it: `stopping` is asked every `checkInterval` scalars.
    public func isFound(in text: String, stopping: () -> Bool) -> Bool? {
        var stopped = false
        let found = run(text, anchored: false, whole: false, slots: 2) {
            stopped = stopping()
            return stopped
        }
        return stopped ? nil : found != nil
    }

    /// How many text scalars pass between two questions to `stopping`.
    public static let checkInterval = 16_384

    /// Whether the pattern matches all of `text`.
    public func matchesWhole(_ text: String) -> Bool {
        run(text, anchored: true, whole: true, slots: 2) != nil
    }

    /// The leftmost match: the range of the whole match first, then each group's (nil when the
    /// group took no part).
    public func firstMatch(in text: String) -> [Range<String.Index>?]? {
        guard let slots = run(text, anchored: false, whole: false, slots: 2 * (groupCount + 1)) else { return nil }
        return (0...groupCount).map { group in
            guard let start = slots[2 * group], let end = slots[2 * group + 1] else { return nil }
            return start..<end
        }
    }

    private struct Thread {
        var pc: Int
        var slots: [String.Index?]
    }

    /// The scalars around a position, for assertions.
    private struct Context {
        var previous: Unicode.Scalar?
        var next: Unicode.Scalar?
        var nextIsLast: Bool
    }

    /// Pike's VM: the threads at each position, in priority order, each at a distinct instruction.
    private func run(
        _ text: String, anchored: Bool, whole: Bool, slots slotCount: Int, stopping: () -> Bool = { false }
    ) -> [String.Index?]? {
        let scalars = text.unicodeScalars
        var current: [Thread] = []
        var next: [Thread] = []
        // The step each instruction was last added at: a thread already there has priority.
        var seen = [Int](repeating: -1, count: program.instructions.count)
        var step = 0
        var matched: [String.Index?]?
        var index = scalars.startIndex
        var previous: Unicode.Scalar?

        func context(at index: String.Index) -> Context {
            guard index < scalars.endIndex else { return Context(previous: previous, next: nil, nextIsLast: false) }
            let after = scalars.index(after: index)
            return Context(previous: previous, next: scalars[index], nextIsLast: after == scalars.endIndex)
        }

        var here = context(at: index)
        add(Thread(pc: 0, slots: [String.Index?](repeating: nil, count: slotCount)), to: &current, at: index, context: here, step: step, seen: &seen)
        while true {
            let scalar = index < scalars.endIndex ? scalars[index] : nil
            let nextIndex = scalar == nil ? index : scalars.index(after: index)
            step += 1
            if step % Self.checkInterval == 0, stopping() { return nil }
            var nextContext = here
            if let scalar {
                previous = scalar
                nextContext = context(at: nextIndex)
            }
            for thread in current {
                switch program.instructions[thread.pc] {
                case .set(let set):
                    if let scalar, set.contains(scalar) {
                        add(Thread(pc: thread.pc + 1, slots: thread.slots), to: &next, at: nextIndex, context: nextContext, step: step, seen: &seen)
                    }
                case .match:
                    if whole && scalar != nil { continue }
                    matched = thread.slots
                default:
                    continue
                }
                // A match cuts the threads of lower priority; those before it already moved on.
                if matched != nil, case .match = program.instructions[thread.pc] { break }
            }
            guard let _ = scalar else { break }
            index = nextIndex
            here = nextContext
            // A new attempt starting here ranks below every thread already running.
            if !anchored && matched == nil {
                add(Thread(pc: 0, slots: [String.Index?](repeating: nil, count: slotCount)), to: &next, at: index, context: here, step: step, seen: &seen)
            }
            if next.isEmpty { break }
            swap(&current, &next)
            next.removeAll(keepingCapacity: true)
        }
        return matched
    }

    /// Follows jumps, splits, saves and assertions from `thread` (depth-first, preferred branch
    /// first), adding the threads that wait on a scalar or a match.
    private func add(
        _ thread: Thread, to list: inout [Thread], at index: String.Index, context: Context, step: Int, seen: inout [Int]
    ) {
        var pending = [thread]
        while var thread = pending.popLast() {
            guard seen[thread.pc] != step else { continue }
            seen[thread.pc] = step
            switch program.instructions[thread.pc] {
            case .jump(let target):
                thread.pc = target
                pending.append(thread)
            case .split(let first, let second):
                pending.append(Thread(pc: second, slots: thread.slots))
                thread.pc = first
                pending.append(thread)
            case .save(let slot):
                if slot < thread.slots.count { thread.slots[slot] = index }
                thread.pc += 1
                pending.append(thread)
            case .assert(let assertion):
                guard assertion.holds(previous: context.previous, next: context.next, nextIsLast: context.nextIsLast) else { continue }
                thread.pc += 1
                pending.append(thread)
            case .set, .match:
                list.append(thread)
            }
        }
    }
}
