#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// How the console and the reports name the signal that stopped a run (`partialReason`).
public enum SignalWording {
    public static func interruption(by signalNumber: Int32) -> String {
        switch signalNumber {
        case SIGINT: "interrupted (Ctrl-C)"
        case SIGTERM: "interrupted (SIGTERM)"
        case SIGHUP: "interrupted (SIGHUP)"
        default: "interrupted"
        }
    }
}
