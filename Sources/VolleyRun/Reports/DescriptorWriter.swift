#if canImport(Glibc)
import Glibc
private let posixWrite = Glibc.write
#elseif canImport(Darwin)
import Darwin
private let posixWrite = Darwin.write
#endif

/// Whole-text writes to a file descriptor, unbuffered, retried after a signal: what the console
/// and the reports that go to a device or a descriptor share.
public enum DescriptorWriter {
    /// False when the descriptor refused the rest (a closed pipe, a full disk); `errno` says why.
    @discardableResult
    public static func writeAll(_ text: String, to descriptor: Int32) -> Bool {
        var copy = text
        return copy.withUTF8 { writeAll($0, to: descriptor) }
    }

    /// The same for bytes (a response body, which need not be text).
    @discardableResult
    public static func writeAll(_ bytes: [UInt8], to descriptor: Int32) -> Bool {
        bytes.withUnsafeBufferPointer { writeAll($0, to: descriptor) }
    }

    private static func writeAll(_ bytes: UnsafeBufferPointer<UInt8>, to descriptor: Int32) -> Bool {
        var offset = 0
        while offset < bytes.count {
            let written = posixWrite(descriptor, bytes.baseAddress! + offset, bytes.count - offset)
            if written > 0 {
                offset += written
            } else if written < 0 && errno == EINTR {
                continue
            } else {
                return false
            }
        }
        return true
    }
}
