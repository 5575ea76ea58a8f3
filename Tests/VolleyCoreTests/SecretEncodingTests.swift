import Testing
import VolleyCore

/// Each row of the encodings table against what the software it names really prints for one
/// secret (Python 3.11, Node 18, Go 1.22, PHP 8, .NET 8), and the redactor masking it whole.
@Suite struct SecretEncodingTests {
    static let secret = #"a/b<c>&d'e"f g+h~é!*()"#

    static let spellings: [(encoding: String, text: String)] = [
        ("percent-encoded (RFC 3986)", "a%2Fb%3Cc%3E%26d%27e%22f%20g%2Bh~%C3%A9%21%2A%28%29"),
        ("percent-encoded, lowercase hex", "a%2fb%3cc%3e%26d%27e%22f%20g%2bh~%c3%a9%21%2a%28%29"),
        ("form-encoded (+ for space)", "a%2Fb%3Cc%3E%26d%27e%22f+g%2Bh~%C3%A9%21%2A%28%29"),
        ("form-encoded, lowercase hex", "a%2fb%3cc%3e%26d%27e%22f+g%2bh~%c3%a9%21%2a%28%29"),
        ("Python urllib quote (keeps /)", "a/b%3Cc%3E%26d%27e%22f%20g%2Bh~%C3%A9%21%2A%28%29"),
        ("JavaScript encodeURIComponent", "a%2Fb%3Cc%3E%26d'e%22f%20g%2Bh~%C3%A9!*()"),
        // These three are one step of a server's JSON; the string escaping is the "JSON string" row.
        ("JSON with \\/ (PHP, Java)", #"a\/b<c>&d'e"f g+h~é!*()"#),
        ("JSON, non-ASCII as \\u00e9 (Python)", #"a/b<c>&d'e"f g+h~\u00e9!*()"#),
        ("JSON, non-ASCII as \\u00E9", #"a/b<c>&d'e"f g+h~\u00E9!*()"#),
        ("HTML-safe JSON (Go, Rails): \\u003c \\u003e \\u0026", #"a/b\u003cc\u003e\u0026d'e\"f g+h~é!*()"#),
        ("HTML-safe JSON, uppercase hex (.NET): \\u003C \\u002B \\u0027",
         #"a/b\u003Cc\u003E\u0026d\u0027e\u0022f g\u002Bh~\u00E9!*()"#),
        ("Python html.escape: &#x27; &quot;", "a/b&lt;c&gt;&amp;d&#x27;e&quot;f g+h~é!*()"),
        ("Go html.EscapeString: &#39; &#34;", "a/b&lt;c&gt;&amp;d&#39;e&#34;f g+h~é!*()"),
        ("base64", "YS9iPGM+JmQnZSJmIGcraH7DqSEqKCk="),
        ("base64 without padding", "YS9iPGM+JmQnZSJmIGcraH7DqSEqKCk"),
        ("base64url", "YS9iPGM-JmQnZSJmIGcraH7DqSEqKCk="),
        ("base64url without padding (JWT)", "YS9iPGM-JmQnZSJmIGcraH7DqSEqKCk"),
        ("JSON string", #"a/b<c>&d'e\"f g+h~é!*()"#),
        ("XML/HTML text", "a/b&lt;c&gt;&amp;d&#39;e&quot;f g+h~é!*()"),
        ("XML/HTML attribute", "a/b&lt;c&gt;&amp;d&#39;e&quot;f g+h~é!*()"),
        ("Markdown", #"a/b\<c\>\&d'e"f g+h\~é!\*()"#),
        ("GitHub workflow command data", #"a/b<c>&d'e"f g+h~é!*()"#),
        ("GitHub workflow command property", #"a/b<c>&d'e"f g+h~é!*()"#),
    ]

    @Test func everyEncodingHasASpellingHere() {
        #expect(Set(SecretEncoding.all.map(\.name)) == Set(Self.spellings.map(\.encoding)))
        #expect(SecretEncoding.all.count == Self.spellings.count)
    }

    @Test(arguments: spellings)
    func theEncodingSpellsItAsTheSoftwareDoes(encoding: String, text: String) throws {
        let row = try #require(SecretEncoding.all.first { $0.name == encoding })
        #expect(row.encode(Self.secret) == text)
    }

    @Test(arguments: spellings)
    func theRedactorMasksTheSpellingWhole(encoding: String, text: String) {
        var redactor = Redactor()
        redactor.add(secret: Self.secret)
        #expect(redactor.redact("echo: " + text + " end") == "echo: *** end", "\(encoding)")
    }

    /// What PHP's `json_encode` and Python's `json.dumps` print: three and two rows nested.
    @Test(arguments: [#"a\/b<c>&d'e\"f g+h~\u00e9!*()"#, #"a/b<c>&d'e\"f g+h~\u00e9!*()"#])
    func aServersWholeJSONSpellingIsMasked(text: String) {
        var redactor = Redactor()
        redactor.add(secret: Self.secret)
        #expect(redactor.redact("echo: " + text + " end") == "echo: *** end")
    }

    /// A server's spelling, inside one of our outputs: Go's JSON echo shown in a JSON report.
    @Test func aServersSpellingInsideAReportIsMasked() {
        var redactor = Redactor()
        redactor.add(secret: Self.secret)
        let nested = #"{"body":"{\"k\":\"a/b\\u003cc\\u003e\\u0026d'e\\\"f g+h~é!*()\"}"}"#
        #expect(redactor.redact(nested) == #"{"body":"{\"k\":\"***\"}"}"#)
    }
}
