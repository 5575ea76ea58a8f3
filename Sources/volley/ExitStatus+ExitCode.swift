import ArgumentParser
import VolleyRun

extension ExitStatus {
    /// What a command throws to end the process with this status.
    var exitCode: ExitCode { ExitCode(rawValue) }
}
