import VolleyCore

/// What a dry run prints: the plan's share of the suite, so a CI job can show (and a person
/// check) which collections and iterations its shard holds before anything is sent.
public enum DryRunText {
    public static func lines(for plan: RunPlan, jobs: Int) -> String {
        var lines: [String] = []
        let files = plan.collections.count
        if let shard = plan.shard {
            switch shard.by {
            case .file:
                lines.append("shard \(shard.text) by file: \(files) of \(plan.suiteFiles.count) collection file\(plural(plan.suiteFiles.count))")
            case .iteration:
                lines.append("shard \(shard.text) by iteration: \(plan.scheduledIterations) of \(plan.iterations) iteration\(plural(plan.iterations))")
            }
        }
        for planned in plan.collections {
            let count = planned.requests.count
            lines.append("  \(planned.collection.file) · \(planned.collection.name) (\(count) request\(plural(count)))")
            for (group, entries) in parallelGroups(in: planned.requests) {
                lines.append("    parallel: \(group.label), \(entries) entr\(entries == 1 ? "y" : "ies"), up to \(min(jobs, entries)) at a time")
            }
        }
        if plan.iterations > 1 || plan.shard?.by == .iteration {
            let numbers = (0..<min(plan.scheduledIterations, 10)).map { String(plan.iteration(at: $0).number) }
            let more = plan.scheduledIterations > 10 ? ", …" : ""
            lines.append("iterations: \(plan.scheduledIterations)" + (numbers.isEmpty ? "" : " (\(numbers.joined(separator: ", "))\(more))"))
        }
        let total = plan.totalRequests
        lines.append("\(total) request\(plural(total)) planned, \(jobs) collection run\(plural(jobs)) at a time; dry run: nothing was sent")
        return lines.joined(separator: "\n")
    }

    /// Each `parallel: true` group among `requests`, in order, with how many entries it holds.
    private static func parallelGroups(in requests: [PlannedRequest]) -> [(ParallelGroup, Int)] {
        var out: [(ParallelGroup, Int)] = []
        var previous: ParallelMembership?
        for membership in requests.compactMap(\.parallel) {
            if membership.group != previous?.group {
                out.append((membership.group, 1))
            } else if membership.member != previous?.member {
                out[out.count - 1].1 += 1
            }
            previous = membership
        }
        return out
    }

    private static func plural(_ n: Int) -> String { n == 1 ? "" : "s" }
}
