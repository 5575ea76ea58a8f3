import VolleyCore
import VolleyJSON

extension CollectionDecoder {
    static let collectionKeys = ["name", "version", "variables", "key_shape", "csv_numbers", "defaults", "max_credits"] + settingKeys + ["scripts", "parallel", "requests"]

    /// The format version this parser reads; `version:` is optional and must say this.
    static let formatVersion = 1

    mutating func decodeCollection(_ root: YAMLNode?) -> Collection? {
        guard let root, root.scalar?.resolved != .null else {
            error("empty collection file", at: root?.location ?? startOfFile)
            return nil
        }
        guard
            let fields = fields(
                root, "a collection file", expected: "a map with 'name' and 'requests'", allowed: Self.collectionKeys)
        else { return nil }

        let name = requiredName(in: fields, of: "collection")
        if let node = fields["version"], node.scalar?.resolved != .integer(Self.formatVersion) {
            error(
                "unsupported collection version \(node.foundDescription) (this volley reads version \(Self.formatVersion))",
                at: node.location)
        }
        var variables: [String: Located<JSONValue>] = [:]
        if let node = fields["variables"] { variables = self.variables(node) }
        let keyShapes = fields["key_shape"].map { decodeKeyShapes($0) } ?? [:]
        let defaults = decodeDefaults(of: fields)
        let parallel = parallelFlag(in: fields, of: "the collection")
        var items: [CollectionItem] = []
        if let node = fields["requests"] {
            items = decodeItems(node, inParallelGroup: parallel)
        } else {
            error("collection is missing 'requests'", at: root.location)
        }
        let maxCredits = fields["max_credits"].flatMap { self.maxCredits($0) }
        let scripts = fields["scripts"].map { decodeScripts($0, level: .collection) } ?? []
        guard let name else { return nil }
        var collection = Collection(
            name: name, file: file, variables: variables, defaults: defaults, items: items, maxCredits: maxCredits)
        collection.keyShapes = keyShapes
        collection.scripts = scripts
        collection.parallel = parallel
        if let node = fields["csv_numbers"] { collection.csvNumbers = bool(node, "'csv_numbers'") ?? false }
        return collection
    }

    /// A credit budget: a number of credits above zero.
    private mutating func maxCredits(_ node: YAMLNode) -> Double? {
        let value: Double?
        switch node.scalar?.resolved {
        case .integer(let n)?: value = Double(n)
        case .float(let x)?: value = x
        default: value = nil
        }
        guard let value, value.isFinite, value > 0 else {
            error("'max_credits' must be a number of credits above 0, found \(node.foundDescription)", at: node.location)
            return nil
        }
        return value
    }
}
