import Testing
import TestSupport
import VolleyRun

/// `Shard`: the assignment every job of a CI matrix computes alone must agree between them.
@Suite("shard assignment is disjoint, complete, balanced and independent of order")
struct ShardTests {
    @Test(arguments: 1...6)
    func everyFileIsInExactlyOneShardWhateverTheOrder(count: Int) {
        var generator = SeededGenerator(seed: UInt64(count))
        for size in 0...13 {
            let files = (0..<size).map { "tests/dir\($0 % 3)/file\($0).yaml" }
            var shuffled = files
            shuffled.shuffle(using: &generator)
            var seen: [String: Int] = [:]
            for k in 1...count {
                let shard = Shard(index: k, count: count)
                let held = shard.positions(of: files, workingDirectory: "/work").map { files[$0] }
                let heldShuffled = shard.positions(of: shuffled, workingDirectory: "/work").map { shuffled[$0] }
                #expect(Set(held) == Set(heldShuffled), "shard \(k)/\(count) of \(size) files depends on their order")
                #expect(held.count <= (size + count - 1) / count, "balanced within one file")
                for file in held { seen[file, default: 0] += 1 }
            }
            #expect(seen.count == size, "complete")
            #expect(seen.values.allSatisfy { $0 == 1 }, "disjoint")
        }
    }

    @Test func anAbsolutePathUnderTheWorkingDirectoryCountsAsItsRelativeSpelling() {
        let shard = Shard(index: 2, count: 2)
        let relative = ["a.yaml", "b.yaml", "c.yaml"]
        let mixed = ["/work/a.yaml", "./b.yaml", "/work/./c.yaml"]
        #expect(shard.positions(of: relative, workingDirectory: "/work") == shard.positions(of: mixed, workingDirectory: "/work/"))
    }

    @Test func iterationsGoRoundRobinByNumber() {
        let shards = (1...3).map { Shard(index: $0, count: 3, by: .iteration) }
        #expect(shards.map { $0.iterationCount(of: 7) } == [3, 2, 2])
        #expect(shards.map { s in (0..<s.iterationCount(of: 7)).map(s.iteration(at:)) } == [[1, 4, 7], [2, 5], [3, 6]])
        #expect(shards[2].iterationCount(of: 2) == 0)
        #expect(shards.allSatisfy { $0.positions(of: ["a", "b"], workingDirectory: "/") == [0, 1] }, "every shard has every file")
    }

    @Test func parsingTakesKOfNOnly() {
        #expect(Shard(parsing: "2/4") == Shard(index: 2, count: 4))
        for bad in ["0/4", "5/4", "2", "a/b", "2/4/1", "-1/3", "1/0", ""] { #expect(Shard(parsing: bad) == nil, "\(bad)") }
    }
}
