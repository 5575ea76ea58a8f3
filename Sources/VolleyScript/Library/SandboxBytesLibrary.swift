/// Bytes in the sandbox: UTF-8, Latin-1, hex and Base64 conversions (the `bytes` module the
/// others build on), `atob`/`btoa` as browsers define them, and `uuid` (version 4 from the
/// system's random generator, through `__volleySandbox`). Written for Volley.
enum SandboxBytesLibrary {
    static let source = #"""
    (function () {
    'use strict';
    const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
    const values = {};
    for (let i = 0; i < 64; i++) values[alphabet[i]] = i;
    values['-'] = 62; values['_'] = 63;

    // UTF-8 of a string; a lone surrogate becomes U+FFFD, as TextEncoder does.
    function utf8(text) {
      const out = [];
      for (let i = 0; i < text.length; i++) {
        let c = text.charCodeAt(i);
        if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
          const d = text.charCodeAt(i + 1);
          if (d >= 0xdc00 && d <= 0xdfff) { c = 0x10000 + ((c - 0xd800) << 10) + (d - 0xdc00); i++; }
        }
        if (c >= 0xd800 && c <= 0xdfff) c = 0xfffd;
        if (c < 0x80) out.push(c);
        else if (c < 0x800) out.push(0xc0 | (c >> 6), 0x80 | (c & 63));
        else if (c < 0x10000) out.push(0xe0 | (c >> 12), 0x80 | ((c >> 6) & 63), 0x80 | (c & 63));
        else out.push(0xf0 | (c >> 18), 0x80 | ((c >> 12) & 63), 0x80 | ((c >> 6) & 63), 0x80 | (c & 63));
      }
      return out;
    }

    // Text of UTF-8 bytes; a malformed sequence is an error, as CryptoJS's Utf8.stringify throws.
    function fromUTF8(bytes) {
      let out = '';
      for (let i = 0; i < bytes.length;) {
        const b = bytes[i];
        let c, n;
        if (b < 0x80) { c = b; n = 1; }
        else if (b >= 0xc2 && b < 0xe0) { c = b & 31; n = 2; }
        else if (b >= 0xe0 && b < 0xf0) { c = b & 15; n = 3; }
        else if (b >= 0xf0 && b < 0xf5) { c = b & 7; n = 4; }
        else throw new Error('Malformed UTF-8 data');
        for (let k = 1; k < n; k++) {
          const next = bytes[i + k];
          if (next === undefined || (next & 0xc0) !== 0x80) throw new Error('Malformed UTF-8 data');
          c = (c << 6) | (next & 63);
        }
        out += String.fromCodePoint(c);
        i += n;
      }
      return out;
    }

    function latin1(text) { const out = new Array(text.length); for (let i = 0; i < text.length; i++) out[i] = text.charCodeAt(i) & 0xff; return out; }
    function fromLatin1(bytes) { let out = ''; for (let i = 0; i < bytes.length; i += 4096) out += String.fromCharCode.apply(null, bytes.slice(i, i + 4096)); return out; }

    function hex(bytes) { let out = ''; for (const b of bytes) out += (b < 16 ? '0' : '') + b.toString(16); return out; }
    function fromHex(text) {
      const out = [];
      for (let i = 0; i + 1 < text.length; i += 2) {
        const b = parseInt(text.substr(i, 2), 16);
        if (Number.isNaN(b)) break;
        out.push(b);
      }
      return out;
    }

    function base64(bytes, url) {
      let out = '';
      for (let i = 0; i < bytes.length; i += 3) {
        const n = (bytes[i] << 16) | ((bytes[i + 1] || 0) << 8) | (bytes[i + 2] || 0);
        out += alphabet[(n >> 18) & 63] + alphabet[(n >> 12) & 63] +
          (i + 1 < bytes.length ? alphabet[(n >> 6) & 63] : '=') + (i + 2 < bytes.length ? alphabet[n & 63] : '=');
      }
      return url ? out.replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '') : out;
    }

    // Lenient, as CryptoJS's Base64.parse is: stops at padding, skips what is not in the alphabet.
    function fromBase64(text) {
      const out = [];
      let bits = 0, count = 0;
      for (const ch of String(text)) {
        if (ch === '=') break;
        const v = values[ch];
        if (v === undefined) continue;
        bits = (bits << 6) | v; count += 6;
        if (count >= 8) { count -= 8; out.push((bits >> count) & 0xff); }
      }
      return out;
    }

    function invalid(message) { const e = new Error(message); e.name = 'InvalidCharacterError'; return e; }

    // The browser functions: Latin-1 text in and out, strict about their alphabets.
    function btoa(input) {
      const text = String(input);
      for (let i = 0; i < text.length; i++) {
        if (text.charCodeAt(i) > 0xff) throw invalid("btoa: the string has a character outside Latin-1 at index " + i + " (encode it as UTF-8 first)");
      }
      return base64(latin1(text));
    }
    function atob(input) {
      let text = String(input).replace(/[\t\n\f\r ]/g, '');
      if (text.length % 4 === 0) text = text.replace(/==?$/, '');
      if (text.length % 4 === 1 || /[^A-Za-z0-9+/]/.test(text)) throw invalid('atob: the string is not valid Base64');
      return fromLatin1(fromBase64(text));
    }

    return { utf8, fromUTF8, latin1, fromLatin1, hex, fromHex, base64, fromBase64, atob, btoa };
    })()
    """#

    /// `uuid()` and `uuid.v4()` (RFC 9562 version 4, variant 10), as the `uuid` package's.
    static let uuidSource = #"""
    (function () {
    'use strict';
    const bytes = require('bytes');
    function v4() {
      const b = bytes.fromHex(native('random', '16'));
      b[6] = (b[6] & 0x0f) | 0x40;
      b[8] = (b[8] & 0x3f) | 0x80;
      const h = bytes.hex(b);
      return h.slice(0, 8) + '-' + h.slice(8, 12) + '-' + h.slice(12, 16) + '-' + h.slice(16, 20) + '-' + h.slice(20);
    }
    const uuid = function () { return v4(); };
    uuid.v4 = v4;
    uuid.validate = (s) => typeof s === 'string' && /^[0-9a-f]{8}-[0-9a-f]{4}-[1-8][0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/i.test(s);
    uuid.version = (s) => { if (!uuid.validate(s)) throw new TypeError('Invalid UUID'); return parseInt(s[14], 16); };
    uuid.NIL = '00000000-0000-0000-0000-000000000000';
    return uuid;
    })()
    """#
}
