#if os(Linux)
import Foundation
import TestSupport
import VolleyCore
import Testing
@testable import VolleySecrets

/// Every way the Secret Service can be missing comes back as an error within 5 seconds, with
/// the fix in the message.
@Suite("LibsecretStore failures")
struct LibsecretStoreFailureTests {
    @Test func noSessionBus() throws {
        let store = LibsecretStore(timeout: .seconds(4), environment: ["HOME": "/nonexistent"])
        let clock = ContinuousClock()
        let started = clock.now

        let error = try #require(throws: SecretStoreError.self) {
            try store.lookup(service: "coresignal", account: "default")
        }
        #expect(clock.now - started < .seconds(5))
        #expect(error.kind == .noSessionBus)
        #expect(error.message(naming: SettingNames([.secretsFile: "--secrets-file"])) == """
            Secret Service: no D-Bus session bus (DBUS_SESSION_BUS_ADDRESS is not set): \
            the Secret Service needs a desktop session; in CI use VOLLEY_SECRET_<name> or --secrets-file instead
            """)
        #expect(error.message.hasSuffix("in CI use VOLLEY_SECRET_<name> or a secrets file instead"))
        #expect(throws: SecretStoreError.self) {
            try store.store(service: "coresignal", account: "default", value: "v", label: "l")
        }
        #expect(throws: SecretStoreError.self) { try store.delete(service: "coresignal", account: "default") }
    }
}

extension SessionBusTests {
    /// libsecret talks to the bus name in SECRET_SERVICE_BUS_NAME (its own test hook); pointing it
    /// at a name nobody owns, or at a process that never answers, shows the store gives up in time.
    @Suite("LibsecretStore, Secret Service missing or silent", .enabled(if: SecretServiceSession.hasBus, "no D-Bus session bus"))
    struct ServiceNameTests {
        @Test
        func nobodyOwnsTheServiceName() throws {
            let name = "org.volley.test.missing_" + UUID().uuidString.replacingOccurrences(of: "-", with: "_")
            let store = LibsecretStore(timeout: .seconds(4), environment: ProcessInfo.processInfo.environment)
            let clock = ContinuousClock()
            let started = clock.now

            let error = try #require(throws: SecretStoreError.self) {
                try Self.withSecretServiceBusName(name) { try store.lookup(service: "coresignal", account: "default") }
            }
            #expect(clock.now - started < .seconds(5))
            #expect(error.kind == .serviceUnavailable)
            #expect(error.message.contains("no keyring daemon answers on the D-Bus session bus"))
            #expect(error.message.contains("or use VOLLEY_SECRET_<name> or a secrets file instead"))
        }

        /// A daemon that owns the name but never answers (here: stopped with SIGSTOP) costs the
        /// timeout and no more.
        @Test(.enabled(if: SecretServiceSession.hasBus && SecretServiceSession.hasPythonGObject, "needs a session bus and /usr/bin/python3 with gi"))
        func silentServiceTimesOut() throws {
            let name = "org.volley.test.silent_" + UUID().uuidString.replacingOccurrences(of: "-", with: "_")
            let silent = try RunningProcess(
                executable: "/usr/bin/python3", arguments: ["-c", Self.ownNameThenStop, name],
                environment: SecretServiceSession.childEnvironment, timeout: .seconds(60))
            defer { silent.signal(SIGKILL) }
            try Self.waitUntilStopped(silent.processIdentifier)

            let store = LibsecretStore(timeout: .seconds(1), environment: ProcessInfo.processInfo.environment)
            let clock = ContinuousClock()
            let started = clock.now
            let error = try #require(throws: SecretStoreError.self) {
                try Self.withSecretServiceBusName(name) { try store.lookup(service: "coresignal", account: "default") }
            }
            let elapsed = clock.now - started
            #expect(elapsed >= .seconds(1))
            #expect(elapsed < .seconds(5))
            #expect(error.kind == .serviceUnavailable)
            #expect(error.message.contains("no answer within 1 s"))
        }

        /// Process-wide, hence the serialized parent suite.
        private static func withSecretServiceBusName<Value>(_ name: String, _ body: () throws -> Value) rethrows -> Value {
            setenv("SECRET_SERVICE_BUS_NAME", name, 1)
            defer { unsetenv("SECRET_SERVICE_BUS_NAME") }
            return try body()
        }

        /// Takes the bus name, then stops itself: the name stays owned and every call to it waits.
        private static let ownNameThenStop = """
            import os, signal, sys
            from gi.repository import Gio, GLib
            bus = Gio.bus_get_sync(Gio.BusType.SESSION, None)
            bus.call_sync("org.freedesktop.DBus", "/org/freedesktop/DBus", "org.freedesktop.DBus", "RequestName",
                          GLib.Variant("(su)", (sys.argv[1], 4)), GLib.VariantType("(u)"), 0, 5000, None)
            os.kill(os.getpid(), signal.SIGSTOP)
            """

        /// Polls /proc until the helper has stopped itself (state `T`), i.e. owns the name.
        private static func waitUntilStopped(_ pid: Int32) throws {
            let deadline = ContinuousClock.now + .seconds(20)
            while ContinuousClock.now < deadline {
                guard let stat = try? String(contentsOfFile: "/proc/\(pid)/stat", encoding: .utf8) else {
                    throw HelperFailure("the silent-service helper exited early")
                }
                switch stat.split(separator: ")").last?.split(separator: " ").first {
                case "T": return
                case "Z": throw HelperFailure("the silent-service helper exited early")
                default: break
                }
                usleep(20_000)
            }
            throw HelperFailure("the silent-service helper did not take its bus name")
        }
    }
}
#endif
