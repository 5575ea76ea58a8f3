import Testing
import VolleyCore

/// The digests `bytes:` compares, against values from `sha256sum` / `md5sum` (Python's hashlib
/// printed the same), around the padding edges: 55, 56 and 64 bytes need one or two blocks.
@Suite struct DigestTests {
    static let cases: [(bytes: [UInt8], sha256: String, md5: String)] = [
        ([], "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855", "d41d8cd98f00b204e9800998ecf8427e"),
        (Array("abc".utf8), "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad", "900150983cd24fb0d6963f7d28e17f72"),
        ([UInt8](repeating: 97, count: 55), "9f4390f8d30c2dd92ec9f095b65e2b9ae9b0a925a5258e241c9f1e910f734318", "ef1772b6dff9a122358552954ad0df65"),
        ([UInt8](repeating: 97, count: 56), "b35439a4ac6f0948b6d6f9e3c6af0f5f590ce20f1bde7090ef7970686ec6738a", "3b0c8ac703f828b04c6c197006d17218"),
        ([UInt8](repeating: 97, count: 64), "ffe054fe7ae0cb6dc65c3af9b61d5209f439851db43d0ba5997337df154668eb", "014842d480b571495a4a0363793f7367"),
        (
            Array(repeating: Array(0...255 as ClosedRange<UInt8>), count: 5).flatMap { $0 },
            "d414b085826eb06778483ba35564dc849e643359f69ed9747878ba6e54985bed", "82829f1f3f2bb0f18b25f278e5bba8bd"
        ),
    ]

    @Test(arguments: cases.indices) func digestsMatchTheCoreutils(index: Int) {
        let c = Self.cases[index]
        #expect(Digest.sha256.hex(c.bytes) == c.sha256)
        #expect(Digest.md5.hex(c.bytes) == c.md5)
    }

    @Test func base64DecodesBothAlphabetsPaddedOrNot() {
        #expect(Base64.decode("aGVsbG8=") == Array("hello".utf8))
        #expect(Base64.decode("aGVsbG8") == Array("hello".utf8))
        #expect(Base64.decode("-_8") == [0xFB, 0xFF])
        #expect(Base64.decode("+/8=") == [0xFB, 0xFF])
        #expect(Base64.decode("a") == nil, "one sextet left over encodes nothing")
        #expect(Base64.decode("aGV*") == nil)
        #expect(Base64.decode("aG=V") == nil, "data after padding")
    }

    @Test func charsetsDecodeWithoutTouchingLineEndings() {
        #expect(BodyCharset(contentType: "text/plain; charset=\"ISO-8859-1\"") == .latin1)
        #expect(BodyCharset(contentType: "text/plain;charset=utf-16le") == .utf16LittleEndian)
        #expect(BodyCharset(contentType: "text/plain") == nil)
        #expect(BodyCharset(contentType: "text/plain; charset=koi8-r") == nil)
        #expect(BodyCharset.latin1.decode([0x63, 0x61, 0x66, 0xE9, 0x0D, 0x0A]).unicodeScalars.map(\.value) == [0x63, 0x61, 0x66, 0xE9, 0x0D, 0x0A])
        #expect(BodyCharset.windows1252.decode([0x80, 0x81, 0x93]) == "\u{20AC}\u{81}\u{201C}")
        #expect(BodyCharset.utf16.decode([0xFF, 0xFE, 0x41, 0x00, 0x0D, 0x00, 0x0A, 0x00]) == "A\r\n")
        #expect(BodyCharset.utf16.decode([0x00, 0x41]) == "A", "big-endian without a byte-order mark")
    }
}
