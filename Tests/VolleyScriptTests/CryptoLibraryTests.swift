import Foundation
import Testing
import TestSupport
import VolleyCore

@testable import VolleyScript

/// The sandbox's `CryptoJS`: digests and HMACs against the RFCs' vectors and against `openssl
/// dgst` run at test time on inputs over several blocks, and the encoders.
@Suite struct CryptoLibraryTests {
    @Test func digestsMatchTheStandardsVectors() throws {
        let js = try sandboxContext()
        let vectors: [(String, String, String)] = [
            ("MD5", "", "d41d8cd98f00b204e9800998ecf8427e"),
            ("MD5", "message digest", "f96b697d7cb7938d525a2f31aaf161d0"),
            ("SHA1", "abc", "a9993e364706816aba3e25717850c26c9cd0d89d"),
            ("SHA224", "abc", "23097d223405d8228642a477bda255b32aadbce4bda0b3f7e36c9da7"),
            ("SHA256", "abc", "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"),
            ("SHA256", "abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq", "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1"),
            ("SHA384", "abc", "cb00753f45a35e8bb5a03d699ac65007272c32ab0eded1631a8b605a43ff5bed8086072ba1e7cc2358baeca134c825a7"),
            ("SHA512", "abc", "ddaf35a193617abacc417349ae20413112e6fa4e89a97ea20a9eeee64b55d39a2192992a274fc1a836ba3c23a3feebbd454d4423643ce80e2a9ac94fa54ca49f"),
        ]
        for (name, message, digest) in vectors {
            #expect(try js.outcome("CryptoJS.\(name)('\(message)').toString()") == digest, "\(name)(\(message))")
        }
    }

    /// RFC 2202 (MD5, SHA-1) and RFC 4231 (SHA-2) test case 2.
    @Test func hmacsMatchTheRFCVectors() throws {
        let js = try sandboxContext()
        let vectors: [(String, String)] = [
            ("MD5", "750c783e6ab0b503eaa86e310a5db738"),
            ("SHA1", "effcdf6ae5eb2fa2d27416d5f184df9c259a7c79"),
            ("SHA256", "5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843"),
            ("SHA512", "164b7a7bfcf819e2e395fbe73b56e0a387bd64222e831fd610270cd7ea2505549758bf75c05a994a6d034f65f8f0e6fdcaeab1a34d4a6b4b636e070a38bce737"),
        ]
        for (name, mac) in vectors {
            #expect(try js.outcome("CryptoJS.Hmac\(name)('what do ya want for nothing?', 'Jefe').toString(CryptoJS.enc.Hex)") == mac, "\(name)")
        }
    }

    /// A message over several blocks with characters outside ASCII, and a key longer than a
    /// block, against openssl's digests of the same UTF-8 bytes.
    @Test func longInputsAndKeysMatchOpenSSL() throws {
        let directory = try TemporaryDirectory()
        let message = String(repeating: "Grüße, 世界 0123456789 ", count: 40)
        let key = String(repeating: "k€y", count: 60)
        let file = try directory.write(message, to: "message.txt")
        let js = try sandboxContext()
        try js.evaluate("var message = \(jsString(message)), key = \(jsString(key));")
        for name in ["md5", "sha1", "sha256", "sha512"] {
            let plain = try openssl(["dgst", "-\(name)", "-r", file])
            #expect(try js.outcome("CryptoJS.\(name.uppercased())(message).toString()") == plain, "\(name)")
            let mac = try openssl(["dgst", "-\(name)", "-r", "-hmac", key, file])
            #expect(try js.outcome("CryptoJS.Hmac\(name.uppercased())(message, key).toString()") == mac, "Hmac\(name)")
        }
        let digest = try openssl(["dgst", "-sha256", "-r", "-hmac", key, file])
        let base64 = Data(try #require(HexText.bytes(digest))).base64EncodedString()
        #expect(try js.outcome("CryptoJS.HmacSHA256(message, key).toString(CryptoJS.enc.Base64)") == base64)
        #expect(try js.outcome("CryptoJS.enc.Base64.stringify(CryptoJS.HmacSHA256(message, key))") == base64)
    }

    @Test func incrementalHashingAndWordArraysAgreeWithTheOneShotCalls() throws {
        let js = try sandboxContext()
        #expect(try js.outcome("CryptoJS.algo.SHA256.create().update('ab').update('c').finalize().toString()") == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
        #expect(try js.outcome("CryptoJS.algo.HMAC.create(CryptoJS.algo.SHA256, 'Jefe').update('what do ya want ').finalize('for nothing?').toString()") == "5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843")
        #expect(try js.outcome("CryptoJS.SHA1(CryptoJS.enc.Hex.parse('616263')).toString()") == "a9993e364706816aba3e25717850c26c9cd0d89d")
        #expect(try js.outcome("JSON.stringify(CryptoJS.enc.Utf8.parse('abcde').words) + ' ' + CryptoJS.enc.Utf8.parse('abcde').sigBytes") == "[1633837924,1694498816] 5")
        #expect(try js.outcome("CryptoJS.enc.Utf8.stringify(CryptoJS.lib.WordArray.create([1633837924, 1694498816], 5))") == "abcde")
        #expect(try js.outcome("CryptoJS.lib.WordArray.random(16).sigBytes") == "16")
    }

    @Test func encodersRoundTrip() throws {
        let js = try sandboxContext()
        #expect(try js.outcome("CryptoJS.enc.Base64.stringify(CryptoJS.enc.Utf8.parse('héllo'))") == "aMOpbGxv")
        #expect(try js.outcome("CryptoJS.enc.Utf8.stringify(CryptoJS.enc.Base64.parse('aMOpbGxv'))") == "héllo")
        #expect(try js.outcome("CryptoJS.enc.Base64url.stringify(CryptoJS.enc.Hex.parse('fbff'))") == "-_8")
        #expect(try js.outcome("CryptoJS.enc.Latin1.stringify(CryptoJS.enc.Hex.parse('e9'))") == "é")
        #expect(try js.outcome("CryptoJS.enc.Hex.stringify(CryptoJS.enc.Utf8.parse('€'))") == "e282ac")
        #expect(try js.outcome("CryptoJS.enc.Utf8.stringify(CryptoJS.enc.Hex.parse('ff'))") == "threw: Malformed UTF-8 data")
    }

    @Test func whatTheSubsetLeavesOutSaysSo() throws {
        let js = try sandboxContext()
        #expect(try js.outcome("CryptoJS.AES.encrypt('a', 'k')").hasPrefix("threw: CryptoJS.AES is not in Volley's CryptoJS subset (MD5, SHA1"))
        #expect(try js.outcome("require('crypto-js') === CryptoJS") == "true")
    }

    private func jsString(_ text: String) -> String {
        "\"" + text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"") + "\""
    }

    /// openssl's hex digest: the first word of its `-r` output.
    private func openssl(_ arguments: [String]) throws -> String {
        let result = try RunningProcess(executable: "/usr/bin/openssl", arguments: arguments).waitBlocking()
        guard result.exitCode == 0 else { throw ScriptTestFailure(message: result.description) }
        return String(result.stdout.split(separator: " ").first ?? "")
    }
}
