import Testing
import VolleyCore

@Suite struct RedactorTests {
    func redactor(_ secrets: String...) -> Redactor {
        var r = Redactor()
        for s in secrets { r.add(secret: s) }
        return r
    }

    @Test("every spelling a server or report may give a secret", arguments: [
        ("tok/en123", #"{"t":"tok\/en123"}"#),        // PHP and Java escape slashes
        ("Sécret", #"{"s":"S\u00e9cret"}"#),           // Python escapes non-ASCII
        ("Sécret", #"{"s":"S\u00E9cret"}"#),
        ("a b&c", "q=a%20b%26c"),                      // a URL
        ("a b&c", "q=a+b%26c"),                        // a form
        ("a\"b<c", "x=&quot;a&quot;b&lt;c"),           // HTML, once the value is quoted
        ("k:1,2", "::error title=k%3A1%2C2::"),         // a GitHub workflow command
    ])
    func spellings(secret: String, text: String) {
        let masked = redactor(secret).redact(text)
        #expect(masked.contains("***"), "\(masked)")
        #expect(!masked.contains(secret))
    }

    @Test func aSecretCutShortBeforeAnEllipsisIsMaskedToo() {
        let r = redactor("abcdefghijklmnop")
        #expect(r.redact("token abcdefgh… (200 characters)") == "token ***… (200 characters)")
        #expect(r.redact("abc…") == "abc…", "three characters say nothing of the secret")
    }

    @Test func showSuffixKeepsTheLastFour() {
        var r = Redactor(showSuffix: true)
        r.add(secret: "abcdefghijklmnopqrstuvwxyz123456")
        #expect(r.redact("key=abcdefghijklmnopqrstuvwxyz123456") == "key=***3456")
    }

    @Test func hugeDurationsAreRejectedNotTrapped() {
        #expect(Duration(parsing: "99999999999999999999s") == nil)
        #expect(Duration(parsing: "1e300") == nil)
        #expect(Duration(parsing: "1500ms") == .milliseconds(1500))
    }
}
