import Foundation
import Testing
import TestSupport

/// The README as the doc tests read it: its fenced blocks and inline code, so examples a newcomer
/// copies are checked against the binary instead of trusted.
struct ReadmeText {
    /// One fenced block: the word after its opening fence (`yaml`, `sh`, or empty) and its lines.
    struct Block {
        var language: String
        var body: String
        /// The first line, where the collection snippets name their file (`# search.yaml`).
        var firstLine: String { String(body.prefix { $0 != "\n" }) }
    }

    let text: String

    init() throws {
        text = try String(contentsOfFile: packageRoot() + "/README.md", encoding: .utf8)
    }

    /// Every fenced block, in order.
    var blocks: [Block] {
        var found: [Block] = []
        var open: (language: String, lines: [Substring])?
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            if line.hasPrefix("```") {
                if let block = open {
                    found.append(Block(language: block.language, body: block.lines.joined(separator: "\n") + "\n"))
                    open = nil
                } else {
                    open = (String(line.dropFirst(3)), [])
                }
            } else {
                open?.lines.append(line)
            }
        }
        return found
    }

    /// The body of the first fenced block after `marker` (a heading, say).
    func fencedBlock(after marker: String) throws -> String {
        let place = try #require(text.range(of: marker), "README has no \(marker.debugDescription)")
        let fence = try #require(text.range(of: "```", range: place.upperBound..<text.endIndex))
        let bodyStart = try #require(text.range(of: "\n", range: fence.upperBound..<text.endIndex)).upperBound
        let end = try #require(text.range(of: "```", range: bodyStart..<text.endIndex))
        return String(text[bodyStart..<end.lowerBound])
    }

    /// The yaml block whose first line is `# name`.
    func yamlBlock(named name: String) throws -> String {
        try #require(blocks.first { $0.language == "yaml" && $0.firstLine == "# " + name }, "no yaml block # \(name)").body
    }

    /// The text between `heading` and the next heading of the same level.
    func section(_ heading: String) throws -> String {
        let start = try #require(text.range(of: "\n" + heading + "\n"), "README has no \(heading.debugDescription)")
        let level = String(heading.prefix { $0 == "#" }) + " "
        let rest = text[start.upperBound...]
        let end = rest.range(of: "\n" + level)?.lowerBound ?? rest.endIndex
        return String(rest[..<end])
    }

    /// The spans written between single backticks, outside fenced blocks.
    var inlineCode: [String] {
        var spans: [String] = []
        var inFence = false
        for line in text.split(separator: "\n") {
            if line.hasPrefix("```") { inFence.toggle(); continue }
            if inFence { continue }
            let pieces = line.split(separator: "`", omittingEmptySubsequences: false)
            spans += stride(from: 1, to: pieces.count, by: 2).map { String(pieces[$0]) }
        }
        return spans
    }
}
