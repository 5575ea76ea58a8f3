import VolleyCore
import VolleyJSON

/// `doc["collections", 0, "requests", 1, "name"]`: reads into a parsed report; nil when absent.
extension JSONValue {
    subscript(_ path: any JSONPathComponent...) -> JSONValue? {
        var current: JSONValue? = self
        for component in path {
            switch (current, component) {
            case (.object(let object)?, let key as String): current = object[key]
            case (.array(let items)?, let index as Int): current = items.indices.contains(index) ? items[index] : nil
            default: return nil
            }
        }
        return current
    }
}

protocol JSONPathComponent {}
extension String: JSONPathComponent {}
extension Int: JSONPathComponent {}
