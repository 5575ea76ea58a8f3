internal import CXML2

/// libxml2's one-time set-up. `xmlInitParser` is safe to call again, but must have run once before
/// two threads parse at the same time; the first XPath check or document does it, at load.
enum XMLLibrary {
    private static let initialized: Bool = {
        xmlInitParser()
        return true
    }()

    static func initialize() { _ = initialized }
}
