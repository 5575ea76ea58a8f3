import Testing
@testable import VolleyParser

@Suite struct YAMLScalarResolutionTests {
    @Test(arguments: [
        ("", YAMLScalarValue.null), ("~", .null), ("null", .null), ("Null", .null), ("NULL", .null),
        ("true", .bool(true)), ("True", .bool(true)), ("TRUE", .bool(true)), ("false", .bool(false)),
        ("FALSE", .bool(false)), ("42", .integer(42)), ("-7", .integer(-7)), ("+3", .integer(3)),
        ("0x1F", .integer(31)), ("0o17", .integer(15)), ("1.5", .float(1.5)), ("-2.5e3", .float(-2500)),
        (".5", .float(0.5)), ("1.", .float(1)), ("1e3", .float(1000)), (".inf", .float(.infinity)),
        ("-.Inf", .float(-.infinity)),
        // Not numbers, not YAML 1.1 booleans: strings.
        ("yes", .string("yes")), ("no", .string("no")), ("on", .string("on")), ("0x", .string("0x")),
        ("1.2.3", .string("1.2.3")), ("nullable", .string("nullable")), ("tRue", .string("tRue")),
        ("2xx", .string("2xx")), ("-", .string("-")), (".", .string(".")), ("1_000", .string("1_000")),
        ("12:30", .string("12:30")), ("30s", .string("30s")),
    ])
    func plainScalars(text: String, expected: YAMLScalarValue) {
        #expect(YAMLScalar(value: text).resolved == expected)
    }

    /// Unsigned decimals of up to 18 digits take a short path; its edges agree with the general one.
    @Test(arguments: [
        ("0", YAMLScalarValue.integer(0)), ("007", .integer(7)), ("200", .integer(200)),
        ("999999999999999999", .integer(999_999_999_999_999_999)),
        ("1000000000000000000", .integer(1_000_000_000_000_000_000)),  // 19 digits: the general path
        ("99999999999999999999", .float(99_999_999_999_999_999_999)),  // past Int: a float, as before
        ("20O", .string("20O")), ("2 0", .string("2 0")),
    ])
    func decimalIntegers(text: String, expected: YAMLScalarValue) {
        #expect(YAMLScalar(value: text).resolved == expected)
    }

    @Test func nanResolvesToNaN() {
        guard case .float(let x) = YAMLScalar(value: ".nan").resolved else {
            Issue.record("not a float")
            return
        }
        #expect(x.isNaN)
    }

    @Test func quotedAndTaggedScalarsAreStrings() {
        #expect(YAMLScalar(value: "42", style: .doubleQuoted).resolved == .string("42"))
        #expect(YAMLScalar(value: "true", style: .singleQuoted).resolved == .string("true"))
        #expect(YAMLScalar(value: "null", style: .literal).resolved == .string("null"))
        #expect(YAMLScalar(value: "1", tag: "tag:yaml.org,2002:str").resolved == .string("1"))
        #expect(YAMLScalar(value: "", style: .doubleQuoted).resolved == .string(""))
    }

    @Test func hugeIntegersBecomeFloats() {
        #expect(YAMLScalar(value: "123456789012345678901234567890").resolved == .float(1.2345678901234568e29))
    }
}
