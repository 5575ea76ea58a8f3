import Testing
import VolleyCore
@testable import VolleyReporter

/// The console's columns hold whatever the names: long ones, folder paths, CJK and emoji, and
/// methods longer than four letters.
@Suite struct ConsoleAlignmentTests {
    let reporter = ConsoleReporter(style: ConsoleStyle(colors: false))

    func result(_ name: String, folders: [String] = [], method: String = "GET") -> RequestResult {
        RequestResult(
            collection: "c", folderPath: folders, name: name, location: SourceLocation(file: "c.yaml", line: 3, column: 5),
            sent: SentRequest(method: method, url: "http://127.0.0.1/x", headers: []),
            response: ReceivedResponse(status: 200),
            timings: PhaseTimings(dns: 0, connect: 0, tls: 0, ttfb: 900, transfer: 100, total: 1000))
    }

    /// Display columns before the status code `200` in a request line.
    func statusColumn(_ line: String) throws -> Int {
        let range = try #require(line.range(of: " 200 "))
        return DisplayWidth.of(String(line[..<range.lowerBound]))
    }

    @Test func displayWidthCountsWideCharactersTwiceAndCombiningMarksNotAtAll() {
        #expect(DisplayWidth.of("Search") == 6)
        #expect(DisplayWidth.of("会社を検索する") == 14)
        #expect(DisplayWidth.of("한국어") == 6)
        #expect(DisplayWidth.of("ＡＢ") == 4)
        #expect(DisplayWidth.of("🚀 launch") == 9)
        #expect(DisplayWidth.of("❤️") == 2)  // text-default heart with VS16
        #expect(DisplayWidth.of("👩‍💻") == 2)  // ZWJ sequence: one glyph
        #expect(DisplayWidth.of("e\u{301}te\u{301}") == 3)  // combining acute accents take no column
        #expect(DisplayWidth.of("a\u{200B}b") == 2)  // zero-width space
        #expect(DisplayWidth.of("\u{301}") == 0)  // a combining mark on its own
    }

    @Test func theStatusColumnStaysPutForEveryKindOfName() throws {
        let lines = [
            result("Search companies"),
            result(String(repeating: "n", count: 60)),
            result("会社を検索する"),
            result("会社を検索する、そして従業員を一人ずつ収集する"),
            result("🚀 Launch the rocket 🚀🚀🚀🚀🚀🚀🚀🚀🚀🚀"),
            result("Collect employee", folders: ["Employees", "Search employees of the company"]),
            result("Preflight", method: "OPTIONS"),
        ].map { reporter.format($0) }
        let columns = try lines.map(statusColumn)
        #expect(Set(columns) == [2 + 1 + 1 + 32 + 1 + 7], "\(lines.joined(separator: "\n"))")
    }

    @Test func controlCharactersInANameAreEscapedAndKeepTheColumns() throws {
        let names = ["a\tb", "line\nbreak", "bell\u{7}", "esc\u{1B}[31m red", "c1\u{85}next", "\r\n"]
        let lines = names.map { reporter.format(result($0)) }
        #expect(lines.allSatisfy { !$0.unicodeScalars.contains { $0.properties.generalCategory == .control } }, "\(lines)")
        #expect(Set(try lines.map(statusColumn)) == [2 + 1 + 1 + 32 + 1 + 7], "\(lines.joined(separator: "\n"))")
        #expect(lines[0].hasPrefix("  ✔ a\\tb" + String(repeating: " ", count: 28) + " GET"), "\(lines[0])")
        #expect(lines[3].hasPrefix("  ✔ esc\\u{1B}[31m red "), "\(lines[3])")
        #expect(lines[5].hasPrefix("  ✔ \\r\\n "), "\(lines[5])")
    }

    @Test func aRequestInterruptedWhileWaitingToRetryShowsTheLastStatus() {
        var interrupted = result("limited")
        interrupted.response = nil
        interrupted.timings = nil
        interrupted.attempts = [AttemptRecord(number: 1, status: 429)]
        interrupted.failure = RequestFailure(kind: .transport, message: "interrupted (Ctrl-C) while waiting to retry after 429")
        #expect(reporter.format(interrupted).hasPrefix("  ! limited" + String(repeating: " ", count: 25) + " GET     429\n"))
        interrupted.attempts = []
        #expect(reporter.format(interrupted).hasPrefix("  ! limited" + String(repeating: " ", count: 25) + " GET     ---\n"))
    }

    @Test func aLongNameIsShortenedInTheMiddleKeepingBothEnds() {
        let line = reporter.format(result("Collect employee", folders: ["Employees", "Search employees of the company"]))
        #expect(line.hasPrefix("  ✔ Employees / Sear…ollect employee GET     200"), "\(line)")
        // 16 columns of head, the ellipsis, 14 of tail: one column to pad, as a wide character does not fit.
        let cjk = reporter.format(result("会社を検索する、そして従業員を一人ずつ収集する"))
        #expect(cjk.hasPrefix("  ✔ 会社を検索する、…人ずつ収集する  GET     200"), "\(cjk)")
    }

    @Test func shortenedTextNeverExceedsItsColumnsEvenWithWideCharacters() {
        for text in ["会社を検索する、そして従業員を一人ずつ収集する", String(repeating: "🚀", count: 40), String(repeating: "x", count: 99)] {
            for columns in 1...40 {
                let short = text.shortened(toColumns: columns)
                #expect(DisplayWidth.of(short) <= columns)
                #expect(DisplayWidth.of(text.fitted(toColumns: columns)) == columns || DisplayWidth.of(short) == columns - 1)
            }
        }
    }

    @Test func theLatencyTableKeepsASpaceBeforeThePhaseColumn() {
        var recorder = RunRecorder(metadata: RunMetadata(startedAt: "2026-01-01T00:00:00Z", commandLine: [], collectionFiles: ["c.yaml"]))
        recorder.beginCollection(name: "c", file: "c.yaml")
        for name in [String(repeating: "n", count: 60), "会社を検索する、そして従業員を一人ずつ収集する"] {
            for iteration in 1...3 {
                var r = result(name)
                r.iteration = iteration
                recorder.record(r)
            }
        }
        recorder.endCollection()
        let table = reporter.latencyTable(recorder.finish(RunEnd(duration: .seconds(1), exitCode: 0)))
        let rows = table.split(separator: "\n").filter { $0.contains("total") }
        #expect(rows.count == 2, "\(table)")
        for row in rows {
            let before = row[..<row.range(of: "total")!.lowerBound]
            #expect(before.hasSuffix(" "), "\(row)")
            #expect(DisplayWidth.of(String(before)) == 32, "\(row)")
        }
    }
}

@Suite struct StringPaddingTests {
    @Test(arguments: [0, 1, 15, 16, 40, -3])
    func spacesAreThatManySpaces(count: Int) {
        let spaces = String.spaces(count)
        #expect(spaces.utf8.count == max(0, count))
        #expect(spaces.allSatisfy { $0 == " " })
    }

    @Test func paddingFillsToTheWidthOnEitherSide() {
        #expect("ab".padded(to: 5) == "ab   ")
        #expect("ab".leftPadded(to: 5) == "   ab")
        #expect("abcdef".padded(to: 3) == "abcdef")
        #expect("ab".fitted(toColumns: 4) + "|" == "ab  |")
    }
}
