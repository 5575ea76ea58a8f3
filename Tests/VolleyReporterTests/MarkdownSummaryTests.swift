import Testing
import VolleyCore
@testable import VolleyReporter

@Suite struct MarkdownSummaryTests {
    @Test func aRunWithFailures() {
        #expect(MarkdownSummary().render(SampleResults.report()) == #"""
            ## ❌ Volley: 2 passed, 2 failed, 1 errored, 1 skipped

            Started 2025-11-27T07:47:00.123Z · took 1.2s · environment `staging` · exit code 3

            - credits ≥ 9973 → 9972, ≥ 1 used (the first request's cost is unknown)

            | Collection | Requests | Passed | Failed | Errored | Skipped |
            | --- | ---: | ---: | ---: | ---: | ---: |
            | Users API (`collections/users.yaml`) | 5 | 2 | 1 | 1 | 1 |
            | Orders \& \<Billing\> (`collections/orders.yaml`) | 1 | 0 | 1 | 0 | 0 |

            ### Failures

            - **Users API / Users / Get user** (`collections/users.yaml:14:9`)
              - `collections/users.yaml:19:13` json $.name: expected equals "Acme", actual nothing (the body is not JSON)
              - `collections/users.yaml:21:29` header Content-Type: expected contains "json", actual "text/html"
            - **Users API / Users / Flaky upstream** errored (`collections/users.yaml:22:9`)
              - `collections/users.yaml:23:14` could not connect to 127.0.0.1:9: Connection refused
            - **Orders \& \<Billing\> / Search \<script\>alert('x')\</script\>** (`collections/orders.yaml:3:5`)
              - `collections/orders.yaml:6:15` body: expected contains "ok", actual "bad\\u0001value"

            """#)
    }

    @Test func aRepeatedPartialRun() {
        var report = SampleResults.repeatedReport(iterations: 30)
        report.end = RunEnd(
            duration: .seconds(3), exitCode: 4, partial: true, partialReason: "interrupted (SIGINT)",
            stop: RunStop(reason: .outOfCredits, message: "402 Payment Required: out of credits; run stopped"))
        #expect(MarkdownSummary().render(report) == #"""
            ## ❌ Volley: 2 passed, 1 failed

            Started 2025-11-27T07:47:00.123Z · took 3s · environment `staging` · 90 runs over 30 iterations · exit code 4

            > **Partial report**: interrupted (SIGINT). Requests that did not run are not listed.

            > **Run stopped**: 402 Payment Required: out of credits; run stopped

            - credits 10001 → 9941, 60 used

            | Collection | Requests | Passed | Failed | Errored | Skipped |
            | --- | ---: | ---: | ---: | ---: | ---: |
            | Users API (`collections/users.yaml`) | 3 | 2 | 1 | 0 | 0 |

            ### Failures

            - **Users API / Users / Get user** in 4 of 30 runs (`collections/users.yaml:14:9`)
              - `collections/users.yaml:19:13` iteration 28: json $.name: expected equals "Acme", actual nothing (the body is not JSON)
              - `collections/users.yaml:21:29` iteration 28: header Content-Type: expected contains "json", actual "text/html"
              - also iterations 7, 14, 21: json $.name: expected equals "Acme", actual nothing (the body is not JSON) (collections/users.yaml:19:13); header Content-Type: expected contains "json", actual "text/html" (collections/users.yaml:21:29)

            ### Latency over repeated runs (ms)

            | Request | Runs | p50 | p90 | p95 | p99 | max | ttfb p50 | ttfb p99 |
            | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |
            | Users API / List users | 30 | 19.8 | 33.9 | 37.0 | 38.5 | 38.5 | 10.8 | 24.8 |
            | Users API / Users / Get user | 30 | 19.8 | 33.9 | 37.0 | 38.5 | 38.5 | 10.8 | 24.8 |
            | Users API / Users / Admin / Create token | 30 | 19.8 | 33.9 | 37.0 | 38.5 | 38.5 | 10.8 | 24.8 |

            """#)
    }

    @Test func allPassed() {
        var recorder = RunRecorder(metadata: RunMetadata(startedAt: "2025-01-02T03:04:05Z", commandLine: [], collectionFiles: ["a.yaml"]))
        recorder.beginCollection(name: "A", file: "a.yaml")
        recorder.record(SampleResults.listUsers)
        #expect(MarkdownSummary().render(recorder.finish(RunEnd(duration: .milliseconds(40), exitCode: 0))) == """
            ## ✅ Volley: 1 passed

            Started 2025-01-02T03:04:05Z · took 40ms · exit code 0

            - credits 9973 left (one balance seen: what it cost is unknown)

            | Collection | Requests | Passed | Failed | Errored | Skipped |
            | --- | ---: | ---: | ---: | ---: | ---: |
            | A (`a.yaml`) | 1 | 1 | 0 | 0 | 0 |

            """)
    }

    @Test func listsAtMostTheLimit() {
        let text = MarkdownSummary(maxFailures: 1).render(SampleResults.report())
        #expect(text.contains("- … and 2 more failing requests (see the JSON or HTML report)\n"))
        #expect(!text.contains("Flaky upstream"))
    }

    @Test func escaping() {
        #expect(MarkdownSummary.escape("a|b <c> *d* _e_ `f` [g](h) & #1\nnext") == ##"a\|b \<c\> \*d\* \_e\_ \`f\` \[g\](h) \& \#1 next"##)
        #expect(MarkdownSummary.code("a|b`c", inTable: true) == #"a\|b'c"#)
    }
}
