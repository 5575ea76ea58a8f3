import Testing
import VolleyCore
@testable import VolleyReporter

@Suite struct ConsoleLatencyTableTests {
    @Test func percentilesOfEveryPhasePerRequest() {
        let table = ConsoleReporter(style: ConsoleStyle(colors: false)).latencyTable(SampleResults.repeatedReport(iterations: 30))
        #expect(table == """
            Latency over 90 runs (ms)                   runs     p50     p90     p95     p99     max
              List users                    total         30    19.8    33.9    37.0    38.5    38.5
                                            dns                  1.2     1.2     1.2     1.2     1.2
                                            connect             0.80    0.80    0.80    0.80    0.80
                                            tls                  3.4     3.4     3.4     3.4     3.4
                                            ttfb                10.8    21.4    23.6    24.8    24.8
                                            transfer             3.6     7.2     7.9     8.3     8.3
              Users / Get user              total         30    19.8    33.9    37.0    38.5    38.5
                                            dns                  1.2     1.2     1.2     1.2     1.2
                                            connect             0.80    0.80    0.80    0.80    0.80
                                            tls                  3.4     3.4     3.4     3.4     3.4
                                            ttfb                10.8    21.4    23.6    24.8    24.8
                                            transfer             3.6     7.2     7.9     8.3     8.3
              Users / Admin / Create token  total         30    19.8    33.9    37.0    38.5    38.5
                                            dns                  1.2     1.2     1.2     1.2     1.2
                                            connect             0.80    0.80    0.80    0.80    0.80
                                            tls                  3.4     3.4     3.4     3.4     3.4
                                            ttfb                10.8    21.4    23.6    24.8    24.8
                                            transfer             3.6     7.2     7.9     8.3     8.3
            """)
    }

    @Test func emptyWhenNothingRepeated() {
        #expect(ConsoleReporter(style: ConsoleStyle(colors: false)).latencyTable(SampleResults.report()) == "")
    }
}
