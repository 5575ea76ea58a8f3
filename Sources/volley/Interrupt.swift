import VolleyExecutor
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Ctrl-C stops the run at once but lets it report what finished (and write its reports).
/// A second Ctrl-C ends the process the ordinary way.
enum Interrupt {
    static let flag = CancellationFlag()

    static func install() {
        // A parent (a test runner, a CI agent) may have blocked or ignored SIGINT for its children.
        var set = sigset_t()
        sigemptyset(&set)
        sigaddset(&set, SIGINT)
        sigprocmask(SIG_UNBLOCK, &set, nil)
        signal(SIGINT) { _ in
            Interrupt.flag.cancel()
            signal(SIGINT, SIG_DFL)
        }
    }
}
