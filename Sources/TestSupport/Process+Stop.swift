import Foundation

extension Process {
    /// Stops a test server: SIGTERM, SIGKILL when it is still there after `grace`; returns once
    /// it has exited.
    func terminateAndWait(grace: Duration = .seconds(5)) {
        guard isRunning else { return }
        terminate()
        let deadline = ContinuousClock.now + grace
        while isRunning && ContinuousClock.now < deadline { usleep(10_000) }
        if isRunning { kill(processIdentifier, SIGKILL) }
        waitUntilExit()
    }
}
