#if os(Linux)
import Foundation
import TestSupport
import Testing
@testable import VolleySecrets

/// The Secret Service these tests run against: the one on this process's session bus, which
/// `scripts/keyring-session.sh` provides as a throwaway gnome-keyring.
enum SecretServiceSession {
    private static var environment: [String: String] { ProcessInfo.processInfo.environment }

    /// The throwaway keyring's password, set only by keyring-session.sh. Its presence also means
    /// "the keyring tests must run": a broken session then fails them instead of skipping them.
    static var throwawayPassword: String? { environment["VOLLEY_KEYRING_PASSWORD"] }

    /// Under keyring-session.sh always; elsewhere when a keyring answers a store and a delete.
    static let isAvailable: Bool = {
        if throwawayPassword != nil { return true }
        guard let address = environment["DBUS_SESSION_BUS_ADDRESS"], !address.isEmpty else { return false }
        let store = LibsecretStore()
        let service = uniqueService()
        do {
            try store.store(service: service, account: "probe", value: "probe", label: "volley test probe")
            _ = try store.delete(service: service, account: "probe")
            return true
        } catch {
            return false
        }
    }()

    static var hasBus: Bool {
        !(ProcessInfo.processInfo.environment["DBUS_SESSION_BUS_ADDRESS"] ?? "").isEmpty
    }

    static let hasPythonGObject: Bool = {
        let probe = try? RunningProcess(
            executable: "/usr/bin/python3", arguments: ["-c", "from gi.repository import Gio"], timeout: .seconds(20)
        ).waitBlocking()
        return probe?.exitCode == 0
    }()

    static let unavailable = Comment(rawValue:
        "no Secret Service answers here (DBUS_SESSION_BUS_ADDRESS unset, or no unlocked keyring): "
        + "run the tests under scripts/keyring-session.sh")

    /// A service name no other test (or real item) uses.
    static func uniqueService() -> String { "volley-test-\(UUID().uuidString)" }

    /// What a child process needs to reach the same bus, keyring and package index.
    static var childEnvironment: [String: String] {
        environment.filter { key, _ in
            ["DBUS_SESSION_BUS_ADDRESS", "XDG_RUNTIME_DIR", "GNOME_KEYRING_CONTROL"].contains(key)
                || key.hasPrefix("PIP_") || key.lowercased().hasSuffix("_proxy")
        }
    }

    /// Runs the real `secret-tool`.
    static func secretTool(_ arguments: [String], stdin: String? = nil) throws -> ProcessResult {
        try RunningProcess(
            executable: "/usr/bin/secret-tool", arguments: arguments, stdin: stdin,
            environment: childEnvironment, timeout: .seconds(20)
        ).waitBlocking()
    }

    /// Locks or unlocks the login collection of keyring-session.sh's throwaway keyring, over
    /// D-Bus from Debian's Python (GObject introspection). Unlocking uses gnome-keyring's
    /// master-password call: no prompt exists headless.
    static func setLoginCollectionLocked(_ locked: Bool) throws {
        let password = throwawayPassword ?? ""
        let result = try RunningProcess(
            executable: "/usr/bin/python3", arguments: ["-c", lockScript, locked ? "lock" : "unlock"],
            environment: childEnvironment.merging(["VOLLEY_KEYRING_PASSWORD": password]) { $1 },
            timeout: .seconds(20)
        ).waitBlocking()
        guard result.exitCode == 0 else {
            throw HelperFailure("could not \(locked ? "lock" : "unlock") the keyring\n\(result)")
        }
    }

    static var canLockAndUnlock: Bool {
        throwawayPassword != nil && FileManager.default.isExecutableFile(atPath: "/usr/bin/python3")
    }

    private static let lockScript = """
        import os, sys
        from gi.repository import Gio, GLib
        bus = Gio.bus_get_sync(Gio.BusType.SESSION, None)
        def call(path, interface, method, args, reply):
            return bus.call_sync("org.freedesktop.secrets", path, interface, method, args,
                                 GLib.VariantType(reply), 0, 5000, None)
        service = "/org/freedesktop/secrets"
        login = "/org/freedesktop/secrets/collection/login"
        if sys.argv[1] == "lock":
            call(service, "org.freedesktop.Secret.Service", "Lock", GLib.Variant("(ao)", ([login],)), "(aoo)")
        else:
            _, session = call(service, "org.freedesktop.Secret.Service", "OpenSession",
                              GLib.Variant("(sv)", ("plain", GLib.Variant("s", ""))), "(vo)").unpack()
            password = os.environ["VOLLEY_KEYRING_PASSWORD"].encode()
            call(service, "org.gnome.keyring.InternalUnsupportedGuiltRiddenInterface", "UnlockWithMasterPassword",
                 GLib.Variant("(o(oayays))", (login, (session, b"", password, "text/plain"))), "()")
        """
}
#endif
