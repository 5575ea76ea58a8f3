import Foundation
import Testing
import TestSupport
import VolleyCore
import VolleyRun

/// `file:` scripts read from disk when a collection is loaded, beside the collection file.
@Suite("loading a collection's script files")
struct ScriptLoadingTests {
    static let collection = """
        name: c
        requests:
          - name: r
            url: http://127.0.0.1:9/x
            scripts:
              before: { file: scripts/sign.js }

        """

    func load(_ dir: TemporaryDirectory, sources: SourceFiles = SourceFiles()) throws -> LoadedCollections {
        try LoadedCollections.load(
            RunConfiguration(paths: [dir.path("c.yaml")]), mode: .init(undefinedVariables: .error, resolveSecrets: false, notes: false),
            sources: sources, secrets: SecretRegistry())
    }

    func failure(_ dir: TemporaryDirectory) -> LoadedCollections.Failure? {
        do {
            _ = try load(dir)
            return nil
        } catch {
            return error as? LoadedCollections.Failure
        }
    }

    @Test func aScriptFileIsReadRelativeToTheCollectionsFolderAndKeptForCarets() throws {
        let dir = try TemporaryDirectory()
        try dir.write(Self.collection, to: "c.yaml")
        try dir.write("pm.variables.set('sig', 'x');\n", to: "scripts/sign.js")
        let sources = SourceFiles()
        let loaded = try load(dir, sources: sources)
        let script = try #require(loaded.entries.first?.requests.first?.scripts.first)
        #expect(script.source == "pm.variables.set('sig', 'x');\n")
        #expect(script.origin == SourceLocation(file: dir.path("scripts/sign.js"), line: 1, column: 1))
        #expect(sources.texts[dir.path("scripts/sign.js")] == script.source)
        let rendered = sources.render(Diagnostic(.error, "Unexpected token", at: script.location(line: 1, column: 3)))
        #expect(rendered.contains("pm.variables.set('sig', 'x');"), "\(rendered)")
    }

    @Test func aMissingScriptFileIsALoadErrorAtItsPath() throws {
        let dir = try TemporaryDirectory()
        try dir.write(Self.collection, to: "c.yaml")
        let refused = try #require(failure(dir))
        #expect(refused.errorCount == 1)
        #expect(refused.messages.first?.hasPrefix(
            "\(dir.path("c.yaml")):6:23: error: cannot read script '\(dir.path("scripts/sign.js"))': no such file") == true,
            "\(refused.messages)")
    }

    @Test func aDirectoryAFIFOAndAnUnreadableFileAreRefusedWithoutReading() throws {
        let dir = try TemporaryDirectory()
        try dir.write(Self.collection, to: "c.yaml")
        try FileManager.default.createDirectory(atPath: dir.path("scripts/sign.js"), withIntermediateDirectories: true)
        #expect(failure(dir)?.messages.first?.contains("': it is a directory\n") == true)

        try FileManager.default.removeItem(atPath: dir.path("scripts/sign.js"))
        #expect(mkfifo(dir.path("scripts/sign.js"), 0o600) == 0)
        #expect(failure(dir)?.messages.first?.contains("': not a regular file\n") == true)

        try FileManager.default.removeItem(atPath: dir.path("scripts/sign.js"))
        try dir.write("secret();\n", to: "scripts/sign.js")
        #expect(chmod(dir.path("scripts/sign.js"), 0) == 0)
        // Root reads anything; the refusal is only there to see for other users.
        if getuid() != 0 {
            #expect(failure(dir)?.messages.first?.contains("': permission denied\n") == true)
        }
    }

    @Test func aScriptFileOverTheLimitIsRefusedAndOneAtItIsRead() throws {
        let dir = try TemporaryDirectory()
        try dir.write(Self.collection, to: "c.yaml")
        try dir.write(String(repeating: " ", count: (1 << 20) + 1), to: "scripts/sign.js")
        #expect(failure(dir)?.messages.first?.contains("has 1048577 bytes; a script file may have at most 1048576 (1 MiB)") == true)
        try dir.write(String(repeating: " ", count: 1 << 20), to: "scripts/sign.js")
        #expect(try load(dir).entries.first?.requests.first?.scripts.first?.source.utf8.count == 1 << 20)
    }

    @Test func aScriptFileThatIsNotUTF8IsRefused() throws {
        let dir = try TemporaryDirectory()
        try dir.write(Self.collection, to: "c.yaml")
        try dir.write("", to: "scripts/sign.js")
        try Data([0x63, 0x61, 0x66, 0xE9, 0x0A]).write(to: URL(fileURLWithPath: dir.path("scripts/sign.js")))
        #expect(failure(dir)?.messages.first?.contains("script '\(dir.path("scripts/sign.js"))' is not UTF-8 text") == true)
    }
}
