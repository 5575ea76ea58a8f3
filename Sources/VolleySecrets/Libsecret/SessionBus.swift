#if canImport(CSecret)
#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#endif

/// Whether a D-Bus session bus can be reached without autolaunch.
///
/// Checked before libsecret is touched: without a bus, GLib tries to autolaunch one, which needs
/// X11 and can hang or start stray daemons. A bus counts when DBUS_SESSION_BUS_ADDRESS is set,
/// or when `$XDG_RUNTIME_DIR/bus` exists (systemd user sessions; GLib looks there too).
enum SessionBus {
    static let addressVariable = "DBUS_SESSION_BUS_ADDRESS"

    /// nil when a bus is reachable, else the problem to report.
    static func problem(in environment: [String: String]) -> String? {
        if let address = environment[addressVariable], !address.isEmpty {
            return nil
        }
        if let runtime = environment["XDG_RUNTIME_DIR"], !runtime.isEmpty, isSocket(runtime + "/bus") {
            return nil
        }
        return "no D-Bus session bus (\(addressVariable) is not set)"
    }

    private static func isSocket(_ path: String) -> Bool {
        var info = stat()
        return stat(path, &info) == 0 && (info.st_mode & S_IFMT) == S_IFSOCK
    }
}
#endif
