extension Template {
    /// Whether `name` can be written as `{{name}}`: the rule `parse` applies, for checking
    /// variable and capture names where they are defined.
    public static func isValidVariableName(_ name: String) -> Bool {
        !name.isEmpty && name.allSatisfy(isNameCharacter)
    }
}
