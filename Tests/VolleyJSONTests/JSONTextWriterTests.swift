import Testing
import VolleyJSON

/// `JSONTextWriter` must print exactly what `jsonText` / `prettyJSONText` print, only faster.
@Suite struct JSONTextWriterTests {
    static let samples: [JSONValue] = [
        nil, true, 0, -1.5, 1e300, 9_007_199_254_740_993, "", "plain", "q\"b\\n\n\r\t\u{08}\u{0C}\u{01}\u{1F}\u{7F}é😀",
        [], [:], [1, [2, [3]], ["a": [:]]],
        ["z": 1, "a": ["nested": [nil, false, "x\"y"]], "": []],
    ]

    @Test(arguments: samples)
    func matchesTheStringSerializer(value: JSONValue) {
        var pretty = JSONTextWriter(pretty: true)
        pretty.write(value)
        #expect(String(decoding: pretty.bytes, as: UTF8.self) == value.prettyJSONText)
        var compact = JSONTextWriter(pretty: false)
        compact.write(value)
        #expect(String(decoding: compact.bytes, as: UTF8.self) == value.jsonText)
    }

    @Test func roundTripsThroughTheParser() throws {
        for value in Self.samples {
            var writer = JSONTextWriter(pretty: true)
            writer.write(value)
            #expect(try JSONValue.parse(bytes: writer.bytes) == value)
        }
    }
}
