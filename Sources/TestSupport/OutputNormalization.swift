import Foundation

/// Output with the parts that change from run to run (timings, ports) replaced by stable markers,
/// so end-to-end tests can compare whole outputs exactly.
public func normalizedOutput(_ text: String, port: Int? = nil) -> String {
    var out = text
    let rules: [(String, String)] = [
        (#"\d+(\.\d+)? ms"#, "<ms>"),
        (#"\b\d+(\.\d+)?(ms|s|m\d+s) total"#, "<elapsed> total"),
    ]
    for (pattern, replacement) in rules {
        out = out.replacingOccurrences(of: pattern, with: replacement, options: .regularExpression)
    }
    if let port { out = out.replacingOccurrences(of: "127.0.0.1:\(port)", with: "127.0.0.1:<port>") }
    // Column padding around a timing depends on its width.
    out = out.replacingOccurrences(of: #" +<ms>"#, with: " <ms>", options: .regularExpression)
    return out
}
