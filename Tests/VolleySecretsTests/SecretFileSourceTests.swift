import Foundation
import TestSupport
import Testing
import VolleyCore
import VolleySecrets

@Suite("Secrets from files")
struct SecretFileSourceTests {
    let declaredAt = SourceLocation(file: "environments/staging.yaml", line: 6, column: 9)

    private func resolver(_ path: String, home: String) -> SecretResolver {
        SecretResolver(declared: ["pass": (.file(path), declaredAt)], processEnvironment: ["HOME": home], store: InMemoryStore())
    }

    @Test func readsTheFirstLineTrimmedWithTildeExpanded() throws {
        let home = try TemporaryDirectory()
        let file = try home.write("  s3cret \r\nsecond line\n", to: ".config/acme/pass")
        chmod(file, 0o600)

        #expect(try resolver("~/.config/acme/pass", home: home.path).resolve("pass") == "s3cret")
        #expect(try resolver(file, home: "/nonexistent").resolve("pass") == "s3cret")
    }

    @Test func refusesAFileOthersCanRead() throws {
        let home = try TemporaryDirectory()
        let file = try home.write("s3cret\n", to: "pass")
        chmod(file, 0o644)

        let error = try #require(throws: SecretResolutionError.self) {
            try resolver("~/pass", home: home.path).resolve("pass")
        }
        #expect(error.kind == .insecureFile)
        #expect(error.location == declaredAt)
        #expect(error.message == "secret 'pass' from file ~/pass: \(file) is readable by group or others (mode 644): run `chmod 600 \(file)`")
        #expect(!error.message.contains("s3cret"))
    }

    @Test func refusesGroupAccessToo() throws {
        let home = try TemporaryDirectory()
        let file = try home.write("s3cret\n", to: "pass")
        chmod(file, 0o640)

        let error = try #require(throws: SecretResolutionError.self) { try resolver(file, home: home.path).resolve("pass") }
        #expect(error.kind == .insecureFile)
        #expect(error.message.contains("chmod 600 \(file)"))
    }

    @Test func missingFile() throws {
        let home = try TemporaryDirectory()
        let error = try #require(throws: SecretResolutionError.self) {
            try resolver("~/.config/acme/pass", home: home.path).resolve("pass")
        }
        #expect(error.kind == .unreadableFile)
        #expect(error.message == """
            secret 'pass' from file ~/.config/acme/pass: cannot read \(home.path)/.config/acme/pass \
            (No such file or directory): put the secret on its first line and run \
            `chmod 600 \(home.path)/.config/acme/pass`, or set VOLLEY_SECRET_pass
            """)
    }

    @Test func emptyFirstLine() throws {
        let home = try TemporaryDirectory()
        let file = try home.write("\nsecond\n", to: "pass")
        chmod(file, 0o600)
        let error = try #require(throws: SecretResolutionError.self) { try resolver(file, home: home.path).resolve("pass") }
        #expect(error.kind == .empty)
    }
}
