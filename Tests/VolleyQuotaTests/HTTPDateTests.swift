import Testing

@testable import VolleyCore
@testable import VolleyQuota

@Suite struct HTTPDateTests {
    /// Tue, 14 Nov 2023 22:13:20 GMT.
    let now: EpochSeconds = 1_700_000_000

    @Test(arguments: [
        "Tue, 14 Nov 2023 22:15:20 GMT",  // IMF-fixdate
        "Tuesday, 14-Nov-23 22:15:20 GMT",  // RFC 850
        "Tue Nov 14 22:15:20 2023",  // asctime
    ])
    func readsAllThreeForms(text: String) {
        #expect(HTTPDate.parse(text, now: now) == 1_700_000_120)
    }

    @Test func readsTheRFCExampleInEveryForm() {
        #expect(HTTPDate.parse("Sun, 06 Nov 1994 08:49:37 GMT", now: now) == 784_111_777)
        #expect(HTTPDate.parse("Sunday, 06-Nov-94 08:49:37 GMT", now: now) == 784_111_777)
        #expect(HTTPDate.parse("Sun Nov  6 08:49:37 1994", now: now) == 784_111_777)
    }

    @Test func readsLeapDaysOnlyInLeapYears() {
        #expect(HTTPDate.parse("Thu, 29 Feb 2024 12:00:00 GMT", now: now) == 1_709_208_000)
        #expect(HTTPDate.parse("Wed, 29 Feb 2023 12:00:00 GMT", now: now) == nil)
        #expect(HTTPDate.parse("Tue, 29 Feb 2000 00:00:00 GMT", now: now) != nil)
        #expect(HTTPDate.parse("Thu, 29 Feb 1900 00:00:00 GMT", now: now) == nil)
    }

    /// RFC 9110: a two-digit year more than 50 years ahead is the most recent past year with those digits.
    @Test func resolvesTwoDigitYearsAroundNow() {
        #expect(HTTPDate.parse("Tuesday, 01-Jan-30 00:00:00 GMT", now: now) == 1_893_456_000)  // 2030
        #expect(HTTPDate.parse("Tuesday, 01-Jan-74 00:00:00 GMT", now: now) == 126_230_400)  // 1974, not 2074
    }

    @Test(arguments: [
        "",
        "1700000120",
        "Tue, 14 Nov 2023 22:15:20 UTC",
        "Tue, 14 Nov 2023 22:15:20",
        "Tue 14 Nov 2023 22:15:20 GMT",
        "Xyz, 14 Nov 2023 22:15:20 GMT",
        "Tue, 14 Foo 2023 22:15:20 GMT",
        "Tue, 4 Nov 2023 22:15:20 GMT",
        "Tue, 31 Nov 2023 22:15:20 GMT",
        "Tue, 14 Nov 2023 24:00:00 GMT",
        "Tue, 14 Nov 2023 22:60:00 GMT",
        "Tue, 14 Nov 2023 22:15 GMT",
        "Tue, 14 Nov 23 22:15:20 GMT",
        "Tue, +4 Nov 2023 22:15:20 GMT",
        "Tuesday, 14-Nov-2023 22:15:20 GMT",
        "Tue Nov 14 22:15:20 23",
    ])
    func rejectsMalformedDates(text: String) {
        #expect(HTTPDate.parse(text, now: now) == nil)
    }

    @Test func findsTheYearOfAnInstant() {
        #expect(HTTPDate.year(of: 1_700_000_000) == 2023)
        #expect(HTTPDate.year(of: 1_704_067_199) == 2023)  // 2023-12-31T23:59:59Z
        #expect(HTTPDate.year(of: 1_704_067_200) == 2024)
        #expect(HTTPDate.year(of: -14_182_940) == 1969)
    }
}
