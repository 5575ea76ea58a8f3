/// The `CryptoJS` subset Postman scripts use (Debian ships no crypto-js), written for Volley:
/// `MD5`, `SHA1`, `SHA224`, `SHA256`, `SHA384`, `SHA512` and their `Hmac…`, the incremental
/// `algo.X.create()` / `algo.HMAC.create(algo.X, key)`, `lib.WordArray` (`create`, `random`,
/// `toString(encoder)`, `concat`, `clone`, `words`, `sigBytes`) and the encoders `enc.Hex`,
/// `enc.Base64`, `enc.Base64url`, `enc.Utf8`, `enc.Latin1`. The digests are computed in Swift
/// (`Digest`); a string input is UTF-8, as in CryptoJS. Ciphers (AES, DES...), PBKDF2, SHA-3 and
/// RIPEMD-160 are not in the subset: using one throws an error that says so.
enum CryptoLibrary {
    static let source = #"""
    (function () {
    'use strict';
    const bytes = require('bytes');

    class WordArray {
      constructor(list) { this._bytes = list || []; }
      get sigBytes() { return this._bytes.length; }
      // CryptoJS's own representation: big-endian 32-bit words, as signed integers.
      get words() {
        const words = [];
        for (let i = 0; i < this._bytes.length; i++) words[i >>> 2] = (words[i >>> 2] | 0) | (this._bytes[i] << (24 - (i % 4) * 8));
        return words;
      }
      toString(encoder) { return (encoder || Hex).stringify(this); }
      concat(other) { this._bytes = this._bytes.concat(toBytes(other)); return this; }
      clone() { return new WordArray(this._bytes.slice()); }
      clamp() { return this; }
    }
    WordArray.create = function (words, sigBytes) {
      if (words === undefined) return new WordArray([]);
      if (words instanceof ArrayBuffer) words = new Uint8Array(words);
      if (ArrayBuffer.isView(words)) return new WordArray(Array.from(new Uint8Array(words.buffer, words.byteOffset, words.byteLength)));
      const count = sigBytes === undefined ? words.length * 4 : sigBytes;
      const list = [];
      for (let i = 0; i < count; i++) list.push((words[i >>> 2] >>> (24 - (i % 4) * 8)) & 0xff);
      return new WordArray(list);
    };
    WordArray.random = (n) => new WordArray(bytes.fromHex(native('random', String(n | 0))));

    const Hex = { stringify: (wa) => bytes.hex(toBytes(wa)), parse: (s) => new WordArray(bytes.fromHex(String(s))) };
    const Utf8 = { stringify: (wa) => bytes.fromUTF8(toBytes(wa)), parse: (s) => new WordArray(bytes.utf8(String(s))) };
    const Latin1 = { stringify: (wa) => bytes.fromLatin1(toBytes(wa)), parse: (s) => new WordArray(bytes.latin1(String(s))) };
    const Base64 = { stringify: (wa) => bytes.base64(toBytes(wa)), parse: (s) => new WordArray(bytes.fromBase64(String(s))) };
    const Base64url = { stringify: (wa) => bytes.base64(toBytes(wa), true), parse: (s) => new WordArray(bytes.fromBase64(String(s))) };

    function toBytes(value) {
      if (value instanceof WordArray) return value._bytes;
      if (value === undefined || value === null) return [];
      if (typeof value === 'object' && Array.isArray(value.words)) return WordArray.create(value.words, value.sigBytes)._bytes;
      return bytes.utf8(String(value));
    }

    function digest(name, message) { return new WordArray(bytes.fromHex(native('digest', name, bytes.hex(toBytes(message))))); }
    function hmac(name, message, key) {
      return new WordArray(bytes.fromHex(native('hmac', name, bytes.hex(toBytes(key)), bytes.hex(toBytes(message)))));
    }

    const names = ['MD5', 'SHA1', 'SHA224', 'SHA256', 'SHA384', 'SHA512'];
    const CryptoJS = { lib: { WordArray }, enc: { Hex, Utf8, Latin1, Base64, Base64url }, algo: {} };

    // Incremental hashing (update/finalize), buffered: the digest is computed once, at the end.
    function hasher(name, key) {
      return {
        create(k) {
          let buffer = [];
          const hkey = key === undefined ? k : key;
          const api = {
            update(part) { buffer = buffer.concat(toBytes(part)); return api; },
            finalize(part) {
              if (part !== undefined) api.update(part);
              const whole = new WordArray(buffer);
              buffer = [];
              return hkey === undefined ? digest(name, whole) : hmac(name, whole, hkey);
            },
            reset() { buffer = []; return api; },
          };
          return api;
        },
      };
    }
    for (const name of names) {
      CryptoJS[name] = (message) => digest(name, message);
      CryptoJS['Hmac' + name] = (message, key) => hmac(name, message, key);
      CryptoJS.algo[name] = Object.assign(hasher(name), { _name: name });
    }
    CryptoJS.algo.HMAC = { create: (algo, key) => hasher(algo && algo._name, key === undefined ? '' : key).create() };

    const missing = ['AES', 'DES', 'TripleDES', 'RC4', 'RC4Drop', 'Rabbit', 'RabbitLegacy', 'PBKDF2', 'EvpKDF', 'SHA3', 'RIPEMD160', 'HmacSHA3', 'HmacRIPEMD160', 'mode', 'pad', 'format', 'kdf'];
    for (const name of missing) {
      Object.defineProperty(CryptoJS, name, {
        get() {
          throw new Error('CryptoJS.' + name + " is not in Volley's CryptoJS subset (MD5, SHA1, SHA224, SHA256, SHA384, SHA512, their Hmac, " +
            'enc.Hex/Base64/Base64url/Utf8/Latin1, lib.WordArray)');
        },
      });
    }
    return CryptoJS;
    })()
    """#
}
