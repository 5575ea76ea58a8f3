extension String {
    /// Whether the text holds `word`'s UTF-8 bytes anywhere. A byte scan, for the quick "can
    /// this script say X at all" tests run on every script at load: `String.contains(String)`
    /// compares by canonical equivalence and cost 70–150k instructions a script there.
    public func containsBytes(of word: String) -> Bool {
        let needle = Array(word.utf8)
        guard let first = needle.first else { return true }
        var text = self
        return text.withUTF8 { bytes in
            guard bytes.count >= needle.count else { return false }
            for start in 0...(bytes.count - needle.count) where bytes[start] == first {
                if bytes[start..<(start + needle.count)].elementsEqual(needle) { return true }
            }
            return false
        }
    }
}
