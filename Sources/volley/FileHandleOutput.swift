import Foundation

/// Writes before an `Output` exists (argument errors), where there are no secrets yet to mask.
enum FileHandleOutput {
    static func standardError(_ text: String) {
        FileHandle.standardError.write(Data(text.utf8))
    }
}
