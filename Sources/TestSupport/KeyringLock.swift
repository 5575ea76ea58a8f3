#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// keyring-session.sh gives the test process one throwaway keyring, and one test locks it on
/// purpose (a locked keyring must be an error, never a prompt). Suites in different test targets
/// cannot be serialized with each other, so a file lock does it: that test holds it exclusively,
/// the tests that store or read keyring items hold it shared. flock locks belong to each open
/// file, so they exclude each other inside one process too.
public enum KeyringLock {
    /// Runs `body` while no other test uses the keyring.
    public static func exclusive<T>(_ body: () throws -> T) throws -> T {
        let descriptor = acquire(LOCK_EX)
        defer { release(descriptor) }
        return try body()
    }

    /// Runs `body` while no test has the keyring locked on purpose.
    public static func shared<T>(_ body: () async throws -> T) async throws -> T {
        let descriptor = acquire(LOCK_SH)
        defer { release(descriptor) }
        return try await body()
    }

    private static func acquire(_ operation: Int32) -> Int32 {
        let path = "/tmp/volley-test-keyring-\(getpid()).lock"
        let descriptor = open(path, O_CREAT | O_RDWR | O_CLOEXEC, 0o600)
        if descriptor >= 0 {
            while flock(descriptor, operation) != 0, errno == EINTR {}
        }
        return descriptor
    }

    private static func release(_ descriptor: Int32) {
        guard descriptor >= 0 else { return }
        flock(descriptor, LOCK_UN)
        close(descriptor)
    }
}
