public import VolleyCore
import VolleyJSON

/// Maps a Postman Collection (v2.1 and v2.0, which differ mainly in how auth parameters are
/// written) onto Volley's model, in memory. Every problem is collected with its position in the
/// JSON, and the load fails with all of them, before anything is sent.
public struct PostmanCollectionDecoder {
    let file: String
    let files: PostmanFileReader
    var errors: [Diagnostic] = []

    init(file: String, files: PostmanFileReader = .none) {
        self.file = file
        self.files = files
    }

    /// Throws `DiagnosticList` for a file that is not a Postman collection Volley can run.
    /// `files` reads what `formdata` file fields and `file` bodies send, beside the collection.
    public static func decode(
        source: String, file: String, files: PostmanFileReader = .none
    ) throws(DiagnosticList) -> Collection {
        let root = try PostmanNode.parse(source, file: file)
        var decoder = PostmanCollectionDecoder(file: file, files: files)
        let collection = decoder.collection(root)
        guard decoder.errors.isEmpty else { throw DiagnosticList(decoder.errors) }
        return collection
    }

    mutating func error(_ message: String, at node: PostmanNode) {
        errors.append(Diagnostic(.error, message, at: node.location))
    }

    private mutating func collection(_ root: PostmanNode) -> Collection {
        var collection = Collection(name: PathText.baseName(of: file), file: file)
        collection.format = .postman
        guard root.isObject else {
            error("a Postman collection is a JSON object, this file holds \(root.value.typeName)", at: root)
            return collection
        }
        if root["requests"] != nil, root["item"] == nil {
            error("this is a Postman Collection v1 export, which Volley does not read; export it again as v2.1", at: root)
            return collection
        }
        if let name = root["info"]?["name"]?.text { collection.name = name }
        let context = Level(
            name: "the collection", location: root.location,
            behavior: protocolProfile(root["protocolProfileBehavior"], over: ProtocolProfile()))
        collection.defaults.auth = auth(root["auth"], owner: "the collection")
        collection.scripts = scripts(root["event"], level: .collection)
        collection.variables = variables(root["variable"])
        collection.items = items(root["item"], context: context)
        return collection
    }

    /// Who owns what is being decoded, for messages and the settings handed down.
    struct Level {
        var name: String
        var location: SourceLocation
        var behavior: ProtocolProfile
    }

    private mutating func items(_ node: PostmanNode?, context: Level) -> [CollectionItem] {
        guard let node else { return [] }
        guard node.isArray else {
            error("'item' must be an array of requests and folders, not \(node.value.typeName)", at: node)
            return []
        }
        var out: [CollectionItem] = []
        for (index, element) in node.elements.enumerated() {
            guard element.isObject else {
                error("an item must be an object, not \(element.value.typeName)", at: element)
                continue
            }
            let name = element["name"]?.text ?? "item \(index + 1)"
            let behavior = protocolProfile(element["protocolProfileBehavior"], over: context.behavior)
            if element["item"] != nil || element["request"] == nil {
                let owner = "folder '\(name)'"
                var folder = Folder(name: name, items: [], location: element.location)
                folder.defaults.auth = auth(element["auth"], owner: owner)
                folder.scripts = scripts(element["event"], level: .folder(name))
                folder.items = items(element["item"], context: Level(name: owner, location: element.location, behavior: behavior))
                out.append(.folder(folder))
            } else if let spec = request(element, name: name, behavior: behavior) {
                out.append(.request(spec))
            }
        }
        return out
    }

    /// The collection's `variable` list (also the shape of an environment's `values`).
    mutating func variables(_ node: PostmanNode?) -> [String: Located<JSONValue>] {
        var out: [String: Located<JSONValue>] = [:]
        guard let node else { return out }
        guard node.isArray else {
            error("'variable' must be an array of {key, value} objects, not \(node.value.typeName)", at: node)
            return out
        }
        for entry in node.elements {
            guard entry.isObject else {
                error("a variable must be an object with 'key' and 'value', not \(entry.value.typeName)", at: entry)
                continue
            }
            if entry["disabled"]?.isTrue == true { continue }
            guard let key = entry["key"]?.text ?? entry["id"]?.text else {
                error("a variable needs a 'key'", at: entry)
                continue
            }
            let value = entry["value"]
            out[key] = Located(value?.value ?? .string(""), at: value?.location ?? entry.location)
        }
        return out
    }
}
