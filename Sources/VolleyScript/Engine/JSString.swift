internal import CJavaScriptCore

/// Conversions between Swift text and JavaScriptCore strings. A string made from Swift text
/// lives only for the `with` body: released right after, never earlier (an object holding it
/// could be freed by ARC after its last use, before the engine reads it). UTF-16 in, so text
/// with NUL characters survives (a C string would end there).
enum JSString {
    static func with<Result>(_ text: String, _ body: (JSStringRef) throws(ScriptError) -> Result) throws(ScriptError) -> Result {
        let units = Array(text.utf16)
        let string = units.withUnsafeBufferPointer { JavaScriptCore.api.JSStringCreateWithCharacters($0.baseAddress, $0.count)! }
        defer { JavaScriptCore.api.JSStringRelease(string) }
        return try body(string)
    }

    /// `with`, for bodies that cannot fail.
    static func with<Result>(_ text: String, _ body: (JSStringRef) -> Result) -> Result {
        let units = Array(text.utf16)
        let string = units.withUnsafeBufferPointer { JavaScriptCore.api.JSStringCreateWithCharacters($0.baseAddress, $0.count)! }
        defer { JavaScriptCore.api.JSStringRelease(string) }
        return body(string)
    }

    /// Swift text from a string the engine returned; releases it.
    static func take(_ ref: JSStringRef) -> String {
        let api = JavaScriptCore.api
        defer { api.JSStringRelease(ref) }
        let length = api.JSStringGetLength(ref)
        guard length > 0, let characters = api.JSStringGetCharactersPtr(ref) else { return "" }
        return String(decoding: UnsafeBufferPointer(start: characters, count: length), as: UTF16.self)
    }
}
