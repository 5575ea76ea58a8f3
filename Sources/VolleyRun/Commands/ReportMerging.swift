import VolleyJSON

/// The logic of `volley report merge`: read each report, merge them (`ReportMerge`), write the
/// merged `volley-report/1` document. The front end words a refusal (it names its options).
public enum ReportMerging {
    public enum Failure: Error, Sendable {
        /// A file could not be read or is not JSON: `path:line:column: message` where known.
        case unreadable(String)
        case refused(ReportMerge.Failure)
        case notWritten(String)
    }

    /// - Parameters:
    ///   - output: the merged report's path, `-` for stdout (through `standardOutput`).
    /// - Returns: the warnings to show (shards missing).
    public static func run(
        paths: [String], allowMixed: Bool, output: String, commandLine: [String], standardOutput: (String) -> Void
    ) throws(Failure) -> [String] {
        var inputs: [ReportMerge.Input] = []
        for path in paths {
            let bytes: [UInt8]
            switch FileSystem.contents(of: path) {
            case .success(let read): bytes = read
            case .failure(let error): throw .unreadable("cannot read report '\(path)': \(error.reason)")
            }
            do {
                inputs.append(ReportMerge.Input(path: path, document: try JSONValue.parse(bytes: bytes)))
            } catch {
                throw .unreadable("\(path):\(error.line):\(error.column): not JSON: \(error.message)")
            }
        }
        let merged: ReportMerge.Merged
        do {
            merged = try ReportMerge.merge(inputs, allowMixed: allowMixed, commandLine: commandLine)
        } catch {
            throw .refused(error)
        }
        do {
            try ReportFile.write(merged.document.prettyJSONText + "\n", to: output, standardOutput: standardOutput)
        } catch {
            throw .notWritten(error.message)
        }
        return merged.warnings
    }
}
