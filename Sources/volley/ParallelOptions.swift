import ArgumentParser
import VolleyRun

/// `--jobs`, `--shard`, `--shard-by`, `--dry-run`: how a suite spreads over threads and CI jobs.
struct ParallelOptions: ParsableArguments {
    @Option(help: ArgumentHelp(
        "Collection runs at once (files, and iterations of --repeat / --iterations-data), or 'auto' for one per core; default 1. "
            + "Requests inside one collection run stay in order.", valueName: "n|auto"))
    var jobs: JobsArgument = JobsArgument(count: 1)

    @Option(help: ArgumentHelp(
        "Run only shard K of N: the collection files (or iterations, with --shard-by iteration) are split "
            + "the same way on every machine, whatever order they are listed in.", valueName: "K/N"))
    var shard: String?

    @Option(name: .customLong("shard-by"), help: ArgumentHelp("What --shard splits: file (default) or iteration.", valueName: "file|iteration"))
    var shardBy: Shard.Unit?

    @Flag(name: .customLong("dry-run"), help: "Load and plan the run, print what it would send (the shard's share), send nothing.")
    var dryRun = false

    func validate() throws {
        guard (1...RunConfiguration.maxJobs).contains(jobs.count) else {
            throw ValidationError("--jobs must be 'auto' or from 1 to \(RunConfiguration.maxJobs)")
        }
        if let shard, Shard(parsing: shard) == nil {
            throw ValidationError("--shard expects K/N with 1 <= K <= N (e.g. 2/4), got '\(shard)'")
        }
        if shardBy != nil, shard == nil { throw ValidationError("--shard-by needs --shard K/N") }
    }

    var parsedShard: Shard? { shard.flatMap { Shard(parsing: $0, by: shardBy ?? .file) } }
}

/// `--jobs 8` or `--jobs auto`.
struct JobsArgument: ExpressibleByArgument {
    var count: Int

    init(count: Int) { self.count = count }

    init?(argument: String) {
        if argument == "auto" {
            count = RunConfiguration.automaticJobs
        } else if let n = Int(argument) {
            count = n
        } else {
            return nil
        }
    }

    var defaultValueDescription: String { "\(count)" }
}

extension Shard.Unit: ExpressibleByArgument {}
