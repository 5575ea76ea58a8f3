import VolleyCore

extension CollectionDecoder {
    /// The templates of the optional `keys` of a signing scheme's map (`oauth1`, `hawk`), nil for
    /// those not written; `failed` is set when one is there but not a string.
    mutating func optionalTemplates(_ keys: [String], of fields: MappingFields, failed: inout Bool) -> [String: Template] {
        var out: [String: Template] = [:]
        for key in keys {
            guard let node = fields[key] else { continue }
            if let value = template(node, "'\(key)'") { out[key] = value } else { failed = true }
        }
        return out
    }
}
