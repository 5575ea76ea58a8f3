import VolleyCore

extension CollectionDecoder {
    /// The three name-to-template maps of a request.
    enum KeyValueSection {
        case query, header, form

        var key: String {
            switch self {
            case .query: "'query'"
            case .header: "'headers'"
            case .form: "'form'"
            }
        }

        var noun: String {
            switch self {
            case .query: "query parameter"
            case .header: "header"
            case .form: "form field"
            }
        }

        /// `ids: [1, 2]` repeats the parameter (`ids=1&ids=2`); a header has one value per name here.
        var allowsLists: Bool { self != .header }
    }

    /// Entries in written order. Numbers and booleans are sent as written (`page: 1` is `1`).
    mutating func keyValues(_ node: YAMLNode, _ section: KeyValueSection) -> [KeyValueTemplate] {
        guard let pairs = pairs(node, section.key) else { return [] }
        var out: [KeyValueTemplate] = []
        out.reserveCapacity(pairs.count)
        for pair in pairs {
            guard let name = keyName(pair.key) else { continue }
            if section == .header {
                checkToken(name, of: pair.key, "header name")
            } else if name.isEmpty {
                error("\(section.noun) name must not be empty", at: pair.key.location)
            }
            let what = "\(section.noun) '\(name)'"
            if section.allowsLists, let items = pair.value.sequence {
                for item in items {
                    if let value = template(item, what, expected: "a string, number or boolean") {
                        out.append(KeyValueTemplate(name: name, value: value, location: pair.key.location))
                    }
                }
            } else if let value = template(
                pair.value, what,
                expected: section.allowsLists ? "a string, number, boolean or a list of them" : "a string")
            {
                out.append(KeyValueTemplate(name: name, value: value, location: pair.key.location))
            }
        }
        return out
    }
}
