#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Testing
@testable import VolleySecrets

/// The C library's view of the process, which replaced `ProcessInfo` so secrets need no Foundation.
@Suite struct ProcessEnvironmentTests {
    @Test func aVariableSetInTheProcessIsRead() {
        // A name of its own: tests run in parallel and the environment is the process's.
        let name = "VOLLEY_PROCESS_ENVIRONMENT_TEST_\(getpid())"
        setenv(name, "a=b c", 1)
        defer { unsetenv(name) }
        #expect(ProcessEnvironment.current[name] == "a=b c")  // split at the first '=' only
        #expect(ProcessEnvironment.current["PATH"] == getenv("PATH").map { String(cString: $0) })
    }

    @Test func theAccountHomeIsAnAbsolutePath() {
        #expect(ProcessEnvironment.accountHome.hasPrefix("/"))
    }
}
