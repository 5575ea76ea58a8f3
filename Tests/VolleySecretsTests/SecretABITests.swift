#if os(Linux)
import Foundation
import Testing
import TestSupport

/// CSecret declares the slice of libsecret and GLib that Volley calls instead of including their
/// headers (libsecret is loaded with dlopen on first use). A value or layout that drifted from
/// the real headers would corrupt memory at the first keyring call, so compare them here: one C
/// program prints every constant and offset Volley relies on, built once with the installed
/// headers and once with CSecret's declarations.
@Suite("CSecret's declarations match the installed libsecret and GLib headers", .enabled(if: SecretABI.headersInstalled, "no libsecret-1 headers (pkg-config)"))
struct SecretABITests {
    @Test func everyConstantAndLayoutAgrees() async throws {
        let installed = try await SecretABI.values(including: "libsecret/secret.h", flags: "$(pkg-config --cflags libsecret-1)")
        let declared = try await SecretABI.values(including: packageRoot() + "/Sources/CSecret/secret-abi.h", flags: "")
        #expect(installed.split(separator: "\n").count == SecretABI.checked.count)
        #expect(declared == installed)
    }
}

enum SecretABI {
    static let checked = [
        "G_BUS_TYPE_SESSION", "G_IO_ERROR_CANCELLED", "SECRET_COLLECTION_NONE", "SECRET_ERROR_IS_LOCKED",
        "SECRET_ITEM_CREATE_REPLACE", "SECRET_SEARCH_ALL", "SECRET_SEARCH_UNLOCK", "SECRET_SEARCH_LOAD_SECRETS",
        "SECRET_SERVICE_OPEN_SESSION", "SECRET_SCHEMA_DONT_MATCH_NAME", "SECRET_SCHEMA_ATTRIBUTE_STRING",
        "G_DBUS_ERROR_SERVICE_UNKNOWN", "G_DBUS_ERROR_NAME_HAS_NO_OWNER", "G_DBUS_ERROR_SPAWN_EXEC_FAILED",
        "G_DBUS_ERROR_SPAWN_CHILD_EXITED", "G_DBUS_ERROR_SPAWN_FAILED", "G_DBUS_ERROR_SPAWN_SERVICE_NOT_FOUND",
        "G_DBUS_ERROR_NO_REPLY", "G_DBUS_ERROR_TIMEOUT", "G_DBUS_ERROR_TIMED_OUT",
        "sizeof(GError)", "offsetof(GError, code)", "offsetof(GError, message)",
        "sizeof(GList)", "offsetof(GList, next)", "offsetof(GList, prev)",
        "sizeof(SecretSchema)", "offsetof(SecretSchema, flags)", "offsetof(SecretSchema, attributes)",
        "sizeof(SecretSchemaAttribute)", "offsetof(SecretSchemaAttribute, type)",
        "sizeof(GType)", "sizeof(GQuark)", "sizeof(gboolean)", "sizeof(gssize)", "sizeof(SecretSearchFlags)",
    ]

    static let headersInstalled: Bool =
        (try? RunningProcess(executable: "/bin/sh", arguments: ["-c", "pkg-config --exists libsecret-1"]).waitBlocking().exitCode) == 0

    /// `NAME=value` lines from a program built with `header` included.
    /// Awaited, not blocking: a compiler run must not hold a thread other tests' tasks wait for.
    static func values(including header: String, flags: String) async throws -> String {
        let directory = try TemporaryDirectory(prefix: "volley-abi")
        defer { directory.remove() }
        let lines = checked.map { "    printf(\"%s=%ld\\n\", \"\($0)\", (long)(\($0)));" }
        let source = try directory.write(
            "#include <stdio.h>\n#include <stddef.h>\n#include \"\(header)\"\nint main(void) {\n"
                + lines.joined(separator: "\n") + "\n    return 0;\n}\n",
            to: "abi.c")
        let program = directory.path("abi")
        let built = try await shell("cc \(flags) -o '\(program)' '\(source)' && '\(program)'")
        guard built.exitCode == 0 else { throw ABICheckFailed(output: built.stderr) }
        return built.stdout
    }

    private static func shell(_ command: String) async throws -> ProcessResult {
        try await RunningProcess(executable: "/bin/sh", arguments: ["-c", command]).wait()
    }

    struct ABICheckFailed: Error { var output: String }
}
#endif
