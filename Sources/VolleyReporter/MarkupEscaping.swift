import VolleyCore

extension String {
    /// Text safe inside XML or HTML; see `OutputEscaping.markup`.
    func markupEscaped(attribute: Bool = false) -> String {
        OutputEscaping.markup(self, attribute: attribute)
    }
}
