#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Reads the value for `volley secrets set`: one line typed at the terminal without echo, or all
/// of stdin when it is piped (`pass show x | volley secrets set svc acct`), without the trailing
/// newline. Never from an argument, which would land in shell history and `ps`.
public enum SecretValueInput {
    public struct Failure: Error {
        public var message: String
    }

    /// Enough for any token or key; more is a mistake (a file piped by accident).
    static let limit = 64 * 1024

    /// - Parameter prompt: shown on stderr, unredacted and without a newline, before a terminal read.
    public static func read(prompt: String) throws(Failure) -> String {
        let text: String
        if isatty(STDIN_FILENO) == 1 {
            text = try readWithoutEcho(prompt: prompt)
        } else {
            text = try readAll()
        }
        var value = Substring(text)
        while let last = value.last, last == "\n" || last == "\r\n" || last == "\r" { value.removeLast() }
        return String(value)
    }

    private static func readAll() throws(Failure) -> String {
        var bytes: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 4096)
        while true {
            let count = systemRead(STDIN_FILENO, &buffer, buffer.count)
            if count < 0 {
                if errno == EINTR { continue }
                throw Failure(message: "cannot read the secret from stdin: \(String(cString: strerror(errno)))")
            }
            if count == 0 { break }
            bytes += buffer[0..<count]
            if bytes.count > limit { throw Failure(message: "the secret on stdin is longer than \(limit) bytes") }
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    private static func readWithoutEcho(prompt: String) throws(Failure) -> String {
        var original = termios()
        guard tcgetattr(STDIN_FILENO, &original) == 0 else {
            throw Failure(message: "cannot configure the terminal: \(String(cString: strerror(errno)))")
        }
        var silent = original
        silent.c_lflag &= ~tcflag_t(ECHO)
        silent.c_lflag |= tcflag_t(ICANON)
        // Ctrl-C while echo is off must not leave the terminal silent.
        terminalToRestore = original
        let previousHandler = signal(SIGINT) { _ in
            tcsetattr(STDIN_FILENO, TCSANOW, &terminalToRestore)
            _exit(130)
        }
        defer {
            tcsetattr(STDIN_FILENO, TCSAFLUSH, &original)
            signal(SIGINT, previousHandler)
            writeToStderr("\n")  // the newline the user typed was not echoed
        }
        writeToStderr(prompt)
        guard tcsetattr(STDIN_FILENO, TCSAFLUSH, &silent) == 0 else {
            throw Failure(message: "cannot turn off terminal echo: \(String(cString: strerror(errno)))")
        }
        var bytes: [UInt8] = []
        var byte: UInt8 = 0
        while true {
            let count = systemRead(STDIN_FILENO, &byte, 1)
            if count < 0 {
                if errno == EINTR { continue }
                throw Failure(message: "cannot read the secret: \(String(cString: strerror(errno)))")
            }
            if count == 0 || byte == UInt8(ascii: "\n") { break }
            bytes.append(byte)
            if bytes.count > limit { throw Failure(message: "the secret is longer than \(limit) bytes") }
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// The prompt goes to stderr, unredacted and without a newline, so `Output` is not used.
    private static func writeToStderr(_ text: String) {
        var text = text
        text.withUTF8 { bytes in _ = systemWrite(STDERR_FILENO, bytes.baseAddress, bytes.count) }
    }
}

/// The terminal settings the SIGINT handler restores; a C signal handler cannot capture state.
/// Written once before the handler is installed, read only by it.
nonisolated(unsafe) private var terminalToRestore = termios()

#if canImport(Glibc)
private let systemRead = Glibc.read
private let systemWrite = Glibc.write
#elseif canImport(Darwin)
private let systemRead = Darwin.read
private let systemWrite = Darwin.write
#endif
