/// Coresignal keys are 32 letters and digits. A secret named like an API key whose value is not
/// shaped like one was most likely pasted wrong (a trailing quote, half a key): say so before the
/// first request spends a credit. The warning names the variable and its source, never the value.
enum CoresignalKeyCheck {
    static func warning(name: String, value: String, origin: String?) -> String? {
        let normalized = name.lowercased().filter { $0.isLetter }
        guard normalized.hasSuffix("apikey") else { return nil }
        let shaped = value.utf8.count == 32 && value.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber) }
        guard !shaped else { return nil }
        let from = origin.map { " (from \($0))" } ?? ""
        return "secret '\(name)'\(from) is not 32 letters and digits, the shape of a Coresignal API key; check it was stored whole"
    }
}
