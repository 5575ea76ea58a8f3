internal import CJavaScriptCore

/// Conversions between Swift text and JavaScriptCore strings. A string made from Swift text
/// lives only for the `with` body: released right after, never earlier (an object holding it
/// could be freed by ARC after its last use, before the engine reads it). Text goes in as UTF-8
/// from Swift's own buffer (no copy), or as UTF-16 when it holds a NUL, where a C string would end.
enum JSString {
    static func with<Result>(_ text: String, _ body: (JSStringRef) throws(ScriptError) -> Result) throws(ScriptError) -> Result {
        let string = make(text)
        defer { JavaScriptCore.api.JSStringRelease(string) }
        return try body(string)
    }

    /// `with`, for bodies that cannot fail.
    static func with<Result>(_ text: String, _ body: (JSStringRef) -> Result) -> Result {
        let string = make(text)
        defer { JavaScriptCore.api.JSStringRelease(string) }
        return body(string)
    }

    private static func make(_ text: String) -> JSStringRef {
        let api = JavaScriptCore.api
        // A native string's bytes are scanned in place (the generic `utf8.contains` walks the
        // view index by index, a cost paid on every script call's input).
        var text = text
        let hasNUL = text.withUTF8 { $0.contains(0) }
        if !hasNUL {
            return text.withCString { api.JSStringCreateWithUTF8CString($0)! }
        }
        let units = Array(text.utf16)
        return units.withUnsafeBufferPointer { api.JSStringCreateWithCharacters($0.baseAddress, $0.count)! }
    }

    /// Swift text from a string the engine returned; releases it. Read as UTF-8 (the engine's
    /// conversion is faster than decoding its UTF-16 in Swift); the count it returns keeps an
    /// embedded NUL.
    static func take(_ ref: JSStringRef) -> String {
        let api = JavaScriptCore.api
        defer { api.JSStringRelease(ref) }
        guard api.JSStringGetLength(ref) > 0 else { return "" }
        let capacity = api.JSStringGetMaximumUTF8CStringSize(ref)
        return String(unsafeUninitializedCapacity: capacity) { buffer in
            let written = buffer.withMemoryRebound(to: CChar.self) { api.JSStringGetUTF8CString(ref, $0.baseAddress, capacity) }
            return max(written - 1, 0)  // without the terminating NUL
        }
    }
}
