import Testing
import VolleyCore

/// The slice rule: any run of 8 or more bytes of a secret's value is masked wherever it
/// appears; shorter runs are left, so innocent text stays readable.
@Suite struct RedactorSliceTests {
    static let key = "0f9c2d7e41ab58c3e6d0b7a9f1c4e2d8"

    func redactor(_ secrets: String..., showSuffix: Bool = false) -> Redactor {
        var r = Redactor(showSuffix: showSuffix)
        for s in secrets { r.add(secret: s) }
        return r
    }

    @Test func aSixteenCharacterSliceOfAKeyIsMasked() {
        let slice = String(Self.key.dropFirst(5).prefix(16))
        #expect(redactor(Self.key).redact("captured \(slice) here") == "captured *** here")
    }

    @Test func aSliceAtEitherEndAndAcrossOtherTextIsMasked() {
        let r = redactor(Self.key)
        #expect(r.redact(String(Self.key.prefix(8)) + "|" + String(Self.key.suffix(9))) == "***|***")
        // Two slices back to back, each masked: neither is left in the clear.
        let twice = String(Self.key.prefix(10)) + String(Self.key.suffix(10))
        #expect(!r.redact(twice).contains(String(Self.key.prefix(8))))
        #expect(!r.redact(twice).contains(String(Self.key.suffix(8))))
    }

    @Test func sevenBytesAreNotASlice() {
        let seven = String(Self.key.dropFirst(3).prefix(7))
        #expect(redactor(Self.key).redact("id \(seven)x") == "id \(seven)x")
    }

    @Test func aSliceOfAnyOfManySecretsIsMasked() {
        let secrets = (0..<50).map { "secret-\($0)-" + String(repeating: "\($0 % 10)", count: 20) + "-end" }
        var r = Redactor()
        for s in secrets { r.add(secret: s) }
        for s in secrets {
            let middle = String(s.dropFirst(6).prefix(12))
            #expect(r.redact("<" + middle + ">") == "<***>", "\(middle)")
        }
    }

    @Test func theWholeValueStillKeepsItsSuffixWhenAsked() {
        let r = redactor(Self.key, showSuffix: true)
        #expect(r.redact("k=" + Self.key) == "k=***e2d8")
        #expect(r.redact("k=" + Self.key.prefix(12)) == "k=***")
    }

    @Test func aSecretShorterThanASliceIsMaskedOnlyWhole() {
        let r = redactor("hunter2")
        #expect(r.redact("hunter2 and hunter") == "*** and hunter")
    }
}

@Suite struct PercentDecodingTests {
    @Test(arguments: [("p%40ss%2Fw%2fd", "p@ss/w/d"), ("100%", "100%"), ("%zz%4", "%zz%4"), ("%\u{10}0", "%\u{10}0")])
    func decodesEscapesAndKeepsWhatIsNotOne(written: String, decoded: String) {
        #expect(PercentEncoding.decode(Array(written.utf8)[...]) == decoded)
    }
}
