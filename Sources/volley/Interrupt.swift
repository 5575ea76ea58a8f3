import VolleyExecutor
import VolleyRun
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Ctrl-C stops the run at once but lets it report what finished (and write its reports).
/// SIGTERM and SIGHUP (a CI job cancelled, a terminal closed) do the same. A second signal ends
/// the process the ordinary way. A closed pipe (`volley run … | head`) is not a reason to die
/// before the reports are written: SIGPIPE is ignored and writes to the pipe just fail.
enum Interrupt {
    static let flag = CancellationFlag(describe: SignalWording.interruption(by:))

    static func install() {
        // A parent (a test runner, a CI agent) may have blocked or ignored SIGINT for its children.
        var set = sigset_t()
        sigemptyset(&set)
        for number in [SIGINT, SIGTERM, SIGHUP] { sigaddset(&set, number) }
        sigprocmask(SIG_UNBLOCK, &set, nil)
        signal(SIGPIPE, SIG_IGN)
        for number in [SIGINT, SIGTERM, SIGHUP] {
            signal(number) { received in
                Interrupt.flag.cancel(cause: received)
                signal(received, SIG_DFL)
            }
        }
    }
}
