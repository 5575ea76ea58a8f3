import Testing
import VolleyCore
@testable import VolleyReporter

@Suite struct ConsoleLatencyTableTests {
    @Test func percentilesOfTotalAndTTFBPerRequest() {
        let table = ConsoleReporter(style: ConsoleStyle(colors: false)).latencyTable(SampleResults.repeatedReport(iterations: 30))
        #expect(table == """
            Latency over 90 runs (ms)                   runs     p50     p90     p95     p99     max
              List users                    total         30    19.8    33.9    37.0    38.5    38.5
                                            ttfb                10.8    21.4    23.6    24.8    24.8
              Users / Get user              total         30    19.8    33.9    37.0    38.5    38.5
                                            ttfb                10.8    21.4    23.6    24.8    24.8
              Users / Admin / Create token  total         30    19.8    33.9    37.0    38.5    38.5
                                            ttfb                10.8    21.4    23.6    24.8    24.8
            """)
    }

    @Test func emptyWhenNothingRepeated() {
        #expect(ConsoleReporter(style: ConsoleStyle(colors: false)).latencyTable(SampleResults.report()) == "")
    }
}
