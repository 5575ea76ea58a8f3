import Testing

import VolleyCore

@Suite struct RateSpecTests {
    @Test(arguments: [
        ("5/s", 5.0, RateSpec.Unit.second, 5.0),
        ("18/s", 18, .second, 18),
        ("54/s", 54, .second, 54),
        ("100/m", 100, .minute, 100.0 / 60),
        ("1000/h", 1000, .hour, 1000.0 / 3600),
        (" 0.5 / sec ", 0.5, .second, 0.5),
        ("30/min", 30, .minute, 0.5),
        ("2/hour", 2, .hour, 2.0 / 3600),
        ("7/S", 7, .second, 7),
    ])
    func parsesRates(text: String, count: Double, unit: RateSpec.Unit, perSecond: Double) throws {
        let rate = try RateSpec(parsing: text)
        #expect(rate.count == count)
        #expect(rate.unit == unit)
        #expect(rate.perSecond == perSecond)
    }

    @Test(arguments: [
        ("", #"invalid rate "": expected requests per unit, like 5/s, 100/m or 1000/h"#),
        ("5", #"invalid rate "5": expected requests per unit, like 5/s, 100/m or 1000/h"#),
        ("fast", #"invalid rate "fast": expected requests per unit, like 5/s, 100/m or 1000/h"#),
        ("five/s", #"invalid rate "five/s": expected requests per unit, like 5/s, 100/m or 1000/h"#),
        ("5/s/s", #"invalid rate "5/s/s": expected requests per unit, like 5/s, 100/m or 1000/h"#),
        ("-5/s", #"invalid rate "-5/s": the rate must be more than 0"#),
        ("0/s", #"invalid rate "0/s": the rate must be more than 0"#),
        ("5/d", #"invalid rate "5/d": unknown unit "d"; use s, m or h"#),
        ("5/", #"invalid rate "5/": unknown unit ""; use s, m or h"#),
        ("1e3/s", #"invalid rate "1e3/s": expected requests per unit, like 5/s, 100/m or 1000/h"#),
    ])
    func rejectsGarbageWithAMessage(text: String, message: String) {
        #expect {
            try RateSpec(parsing: text)
        } throws: { error in
            (error as? RateSpecError)?.description == message
        }
    }

    @Test func printsWhatItParses() throws {
        #expect(try RateSpec(parsing: "18/s").description == "18/s")
        #expect(try RateSpec(parsing: "100/minute").description == "100/m")
        #expect(try RateSpec(parsing: "2.5/h").description == "2.5/h")
    }
}
