import VolleyCore

/// Structured Field Values (RFC 8941), the parts the RateLimit drafts use: items with parameters,
/// lists, inner lists and dictionaries. `StructuredFieldParser` builds these.
enum StructuredField {
    enum BareItem: Sendable, Hashable {
        case integer(Int64)
        case decimal(Double)
        case string(String)
        case token(String)
        /// Kept as its base64 text: nothing here needs the bytes (the draft's `pk` partition key).
        case byteSequence(String)
        case boolean(Bool)

        var integer: Int64? {
            if case .integer(let value) = self { return value }
            return nil
        }

        /// A string or a token: both name a policy in the drafts' various revisions.
        var name: String? {
            switch self {
            case .string(let text), .token(let text): return text
            default: return nil
            }
        }
    }

    /// Ordered key-value pairs; a repeated key keeps its first position and its last value. RFC 8941
    /// gives parameters (§4.2.3.2) and dictionaries (§4.2.2) that same rule, so both are one type.
    struct OrderedMap<Value: Sendable & Hashable>: Sendable, Hashable {
        struct Entry: Sendable, Hashable {
            var key: String
            var value: Value
        }

        var entries: [Entry] = []

        subscript(key: String) -> Value? {
            entries.first { $0.key == key }?.value
        }

        mutating func set(_ key: String, _ value: Value) {
            if let index = entries.firstIndex(where: { $0.key == key }) {
                entries[index].value = value
            } else {
                entries.append(Entry(key: key, value: value))
            }
        }
    }

    /// An item's or an inner list's parameters.
    typealias Parameters = OrderedMap<BareItem>

    struct Item: Sendable, Hashable {
        var value: BareItem
        var parameters: Parameters
    }

    enum Member: Sendable, Hashable {
        case item(Item)
        case innerList([Item], Parameters)

        var item: Item? {
            if case .item(let item) = self { return item }
            return nil
        }
    }

    /// A dictionary field's members by key.
    typealias Dictionary = OrderedMap<Member>
}
