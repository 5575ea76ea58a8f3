import Testing
import VolleyCore

/// The path helper that replaces Foundation's `NSString` path methods (which crash on Linux for
/// one-character paths): the same answers, including on the paths that crashed.
@Suite struct PathTextTests {
    @Test(arguments: [
        ("r", ""), ("-", ""), ("x", ""), ("r.json", ""), ("a/r", "a"), ("a/b/c.yaml", "a/b"),
        ("/c", "/"), ("/", "/"), ("a/b/", "a"), ("./r", "."), ("/tmp/x/r.json", "/tmp/x"), ("a//b", "a"), ("", ""),
    ])
    func directory(_ path: String, _ expected: String) {
        #expect(PathText.directory(of: path) == expected)
    }

    @Test(arguments: [
        ("r", "r"), ("-", "-"), ("a/r", "r"), ("a/b/c.yaml", "c.yaml"), ("a/b/", "b"), ("/", "/"), ("/r", "r"),
    ])
    func fileName(_ path: String, _ expected: String) {
        #expect(PathText.fileName(of: path) == expected)
    }

    @Test(arguments: [
        ("e", "e"), ("envs/staging.yaml", "staging"), ("a.b.yml", "a.b"), (".env", ".env"), ("dir.d/e", "e"),
    ])
    func baseName(_ path: String, _ expected: String) {
        #expect(PathText.baseName(of: path) == expected)
    }

    @Test func join() {
        #expect(PathText.join("", "r") == "r")
        #expect(PathText.join("a", "r") == "a/r")
        #expect(PathText.join("/", "r") == "/r")
        #expect(PathText.join("a/", "r") == "a/r")
        #expect(PathText.join(PathText.directory(of: "x"), "environments") == "environments")
    }
}
