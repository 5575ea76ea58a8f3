#if os(Linux)
import Testing
import TestSupport

/// CJavaScriptCore declares the slice of JavaScriptCore's C API that Volley calls instead of
/// including its headers (the engine is loaded with dlopen by the first script). A type that
/// drifted from the real headers would corrupt memory at the first script, so a C file that
/// includes both is compiled: every public function's type must equal its field's in the table.
@Suite("CJavaScriptCore's declarations match the installed JavaScriptCore headers", .enabled(if: JavaScriptCoreABI.headersInstalled, "no javascriptcoregtk-4.1 headers (pkg-config)"))
struct JavaScriptCoreABITests {
    @Test func everyFunctionTypeAgrees() async throws {
        let directory = try TemporaryDirectory(prefix: "volley-jsc-abi")
        defer { directory.remove() }
        let checks = JavaScriptCoreABI.publicFunctions.map {
            "_Static_assert(__builtin_types_compatible_p(__typeof__(&\($0)), __typeof__(((VolleyJSC *)0)->\($0))), \"\($0)\");"
        }
        let source = try directory.write(
            "#include <JavaScriptCore/JavaScript.h>\n#include \"\(packageRoot())/Sources/CJavaScriptCore/jsc-abi.h\"\n"
                + checks.joined(separator: "\n") + "\nint main(void) { return 0; }\n",
            to: "abi.c")
        let built = try await RunningProcess(
            executable: "/bin/sh", arguments: ["-c", "cc -fsyntax-only $(pkg-config --cflags javascriptcoregtk-4.1) '\(source)'"]
        ).wait()
        #expect(built.exitCode == 0, "\(built.stderr)")
    }
}

enum JavaScriptCoreABI {
    /// Every function of the table the public headers declare (the execution time limit is in
    /// JSContextRefPrivate.h, which is not shipped).
    static let publicFunctions = [
        "JSContextGroupCreate", "JSContextGroupRelease", "JSGlobalContextCreateInGroup", "JSGlobalContextRelease",
        "JSContextGetGlobalObject", "JSContextGetGlobalContext", "JSEvaluateScript", "JSCheckScriptSyntax",
        "JSStringCreateWithCharacters", "JSStringCreateWithUTF8CString", "JSStringRelease",
        "JSStringGetMaximumUTF8CStringSize", "JSStringGetUTF8CString", "JSStringGetLength",
        "JSValueIsUndefined", "JSValueIsNumber", "JSValueIsObject", "JSValueMakeUndefined", "JSValueMakeString", "JSValueMakeNumber", "JSValueToNumber",
        "JSValueToStringCopy", "JSValueToObject", "JSValueProtect", "JSValueUnprotect", "JSObjectMakeFunctionWithCallback",
        "JSObjectGetProperty", "JSObjectSetProperty", "JSObjectIsFunction", "JSObjectCallAsFunction",
    ]

    static let headersInstalled: Bool =
        (try? RunningProcess(executable: "/bin/sh", arguments: ["-c", "pkg-config --exists javascriptcoregtk-4.1"]).waitBlocking().exitCode) == 0
}
#endif
