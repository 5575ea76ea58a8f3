/// A pattern compiled for the automaton: a list of instructions that threads step through in
/// lock-step, one text scalar at a time (Thompson's construction, run as Pike's VM).
struct RegexProgram: Sendable {
    enum Instruction: Sendable {
        /// Consume one scalar in the set.
        case set(ScalarSet)
        /// Go on at both; the first is preferred (greedy or lazy order, leftmost alternative).
        case split(Int, Int)
        case jump(Int)
        /// Record the position in a capture slot (group n starts at 2n, ends at 2n + 1).
        case save(Int)
        case assert(RegexAssertion)
        case match
    }

    var instructions: [Instruction] = []

    /// A program larger than this is refused: matching costs its length per text scalar.
    static let maxInstructions = 50_000

    /// `save 0, pattern, save 1, match`.
    static func compile(_ node: RegexNode) throws(RegexSyntaxError) -> RegexProgram {
        var program = RegexProgram()
        program.instructions.append(.save(0))
        try program.emit(node)
        program.instructions.append(.save(1))
        program.instructions.append(.match)
        return program
    }

    private mutating func emit(_ node: RegexNode) throws(RegexSyntaxError) {
        guard instructions.count < Self.maxInstructions else {
            throw RegexSyntaxError(
                message: "pattern too large once its repetitions are counted out (over \(Self.maxInstructions) steps)", offset: 0)
        }
        switch node {
        case .empty: break
        case .set(let set): instructions.append(.set(set))
        case .assertion(let assertion): instructions.append(.assert(assertion))
        case .concat(let items): for item in items { try emit(item) }
        case .group(let inner, let index):
            guard let index else { return try emit(inner) }
            instructions.append(.save(2 * index))
            try emit(inner)
            instructions.append(.save(2 * index + 1))
        case .alternate(let branches):
            // split L1, next; L1: branch; jump end; next: split L2, …
            var jumps: [Int] = []
            for (i, branch) in branches.enumerated() {
                if i < branches.count - 1 {
                    let split = instructions.count
                    instructions.append(.split(split + 1, 0))
                    try emit(branch)
                    jumps.append(instructions.count)
                    instructions.append(.jump(0))
                    instructions[split] = .split(split + 1, instructions.count)
                } else {
                    try emit(branch)
                }
            }
            for jump in jumps { instructions[jump] = .jump(instructions.count) }
        case .repetition(let inner, let min, let max, let greedy):
            for _ in 0..<min { try emit(inner) }
            if let max {
                // Each optional copy: split body, end (or end, body when lazy).
                var splits: [Int] = []
                for _ in min..<max {
                    splits.append(instructions.count)
                    instructions.append(.split(0, 0))
                    try emit(inner)
                }
                let end = instructions.count
                for split in splits { instructions[split] = greedy ? .split(split + 1, end) : .split(end, split + 1) }
            } else {
                // L: split body, end; body; jump L.
                let loop = instructions.count
                instructions.append(.split(0, 0))
                try emit(inner)
                instructions.append(.jump(loop))
                let end = instructions.count
                instructions[loop] = greedy ? .split(loop + 1, end) : .split(end, loop + 1)
            }
        }
    }
}
