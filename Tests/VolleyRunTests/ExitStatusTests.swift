import Testing
import VolleyCore
import VolleyRun

@Suite("the exit status is a function of the run's outcome")
struct ExitStatusTests {
    private let here = SourceLocation(file: "c.yaml", line: 1, column: 1)

    private func result(failing kind: RequestFailure.Kind?) -> RequestResult {
        var result = RequestResult(collection: "c", folderPath: [], name: "r", location: here)
        if let kind { result.failure = RequestFailure(kind: kind, message: "no") }
        return result
    }

    @Test func theMostSevereResultDecides() {
        var outcome = RunOutcome()
        #expect(ExitStatus(outcome) == .success)
        outcome.add(result(failing: .template))
        #expect(ExitStatus(outcome) == .assertionFailed)
        outcome.add(result(failing: .transport))
        #expect(ExitStatus(outcome) == .requestFailed)
        outcome.add(result(failing: .template))  // a lesser result does not lower it
        #expect(ExitStatus(outcome) == .requestFailed)
        outcome.add(result(failing: .secret))
        #expect(ExitStatus(outcome) == .invalidInput)
    }

    @Test func aQuotaStopExitsFourOverFailedRequests() {
        var outcome = RunOutcome()
        outcome.add(result(failing: .transport))
        outcome.stop = RunStop(reason: .outOfCredits, message: "402")
        #expect(ExitStatus(outcome) == .quotaExhausted)
        #expect(ExitStatus(outcome).rawValue == 4)
    }

    @Test func anUnwrittenReportTurnsSuccessIntoInvalidInputButNotAnInterrupt() {
        var outcome = RunOutcome()
        outcome.reportWriteFailed = true
        #expect(ExitStatus(outcome) == .invalidInput)
        outcome.interrupted = true
        #expect(ExitStatus(outcome) == .interrupted)
        #expect(ExitStatus(outcome).rawValue == 130)
    }
}
