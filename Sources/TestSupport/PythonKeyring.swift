import Foundation

/// Python's `keyring` package in a throwaway virtualenv, to check that Volley finds what
/// `keyring set SERVICE USER` stores (and the other way round).
public struct PythonKeyring {
    let python: String
    /// What the child needs to reach the same session bus (and, for pip, the package index).
    let environment: [String: String]

    /// Creates the virtualenv and installs `keyring`; throws with the reason (no venv module,
    /// no route to the package index) so the caller can skip.
    public init(in directory: TemporaryDirectory, environment: [String: String]) throws {
        self.environment = environment
        let venv = directory.path("venv")
        try Self.run(environment, "/usr/bin/python3", ["-m", "venv", venv], doing: "create a virtualenv")
        try Self.run(environment, venv + "/bin/pip", ["install", "--quiet", "keyring"], doing: "pip install keyring")
        python = venv + "/bin/python"
    }

    public func setPassword(service: String, username: String, value: String) throws {
        try Self.run(environment, python, ["-c", "import sys, keyring; keyring.set_password(*sys.argv[1:4])", service, username, value],
                     doing: "keyring.set_password")
    }

    public func getPassword(service: String, username: String) throws -> String? {
        let output = try Self.run(
            environment, python, ["-c", "import sys, keyring; v = keyring.get_password(*sys.argv[1:3]); print('MISSING' if v is None else 'VALUE:' + v)",
                     service, username],
            doing: "keyring.get_password")
        let line = output.trimmingCharacters(in: .newlines)
        return line.hasPrefix("VALUE:") ? String(line.dropFirst("VALUE:".count)) : nil
    }

    @discardableResult
    private static func run(_ childEnvironment: [String: String], _ executable: String, _ arguments: [String], doing action: String) throws -> String {
        // Pin the backend: if keyring silently fell back to another one, the test would prove nothing.
        let environment = childEnvironment.merging(
            ["PYTHON_KEYRING_BACKEND": "keyring.backends.SecretService.Keyring"]) { $1 }
        let result = try RunningProcess(
            executable: executable, arguments: arguments, environment: environment, timeout: .seconds(180)
        ).waitBlocking()
        guard result.exitCode == 0 else {
            throw HelperFailure("could not \(action): \(result.stderr.suffix(400))")
        }
        return result.stdout
    }
}
