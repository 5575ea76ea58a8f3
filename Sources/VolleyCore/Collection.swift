public import VolleyJSON
/// A collection file: named requests and folders, with variables and defaults for all of them.
public struct Collection: Sendable, Hashable {
    public var name: String
    public var file: String
    public var variables: [String: Located<JSONValue>]
    public var defaults: RequestDefaults
    public var items: [CollectionItem]
    /// `max_credits:`: the run stops before a request would spend more (`--max-credits` wins).
    public var maxCredits: Double?
    /// `key_shape:`: a regular expression per key name (`apikey: "^[A-Za-z0-9]{32}$"`); a value of
    /// another shape gets a warning before anything is sent.
    public var keyShapes: [String: Located<String>] = [:]

    public init(
        name: String, file: String, variables: [String: Located<JSONValue>] = [:],
        defaults: RequestDefaults = RequestDefaults(), items: [CollectionItem] = [], maxCredits: Double? = nil
    ) {
        self.name = name
        self.file = file
        self.variables = variables
        self.defaults = defaults
        self.items = items
        self.maxCredits = maxCredits
    }

    /// Every request in run order, with its folder path and inherited defaults applied.
    /// `folders` (when non-empty) keeps only requests inside a folder of one of those names, at any depth.
    public func plannedRequests(folders: [String] = []) -> [PlannedRequest] {
        var out: [PlannedRequest] = []
        func walk(_ items: [CollectionItem], path: [String], defaults: RequestDefaults, selected: Bool) {
            for item in items {
                switch item {
                case .request(let spec):
                    if selected { out.append(PlannedRequest(folderPath: path, spec: spec.applying(defaults))) }
                case .folder(let folder):
                    walk(
                        folder.items, path: path + [folder.name],
                        defaults: defaults.overlaid(with: folder.defaults),
                        selected: selected || folders.contains(folder.name))
                }
            }
        }
        walk(items, path: [], defaults: defaults, selected: folders.isEmpty)
        return out
    }

    /// Names of every folder, at any depth, for `--folder` checks.
    public var folderNames: [String] {
        var names: [String] = []
        func walk(_ items: [CollectionItem]) {
            for case .folder(let folder) in items {
                names.append(folder.name)
                walk(folder.items)
            }
        }
        walk(items)
        return names
    }
}

public enum CollectionItem: Sendable, Hashable {
    case request(RequestSpec)
    case folder(Folder)
}

public struct Folder: Sendable, Hashable {
    public var name: String
    public var defaults: RequestDefaults
    public var items: [CollectionItem]
    public var location: SourceLocation

    public init(name: String, defaults: RequestDefaults = RequestDefaults(), items: [CollectionItem], location: SourceLocation) {
        self.name = name
        self.defaults = defaults
        self.items = items
        self.location = location
    }
}

/// A request ready for the run loop: defaults applied, folder path known.
public struct PlannedRequest: Sendable, Hashable {
    public var folderPath: [String]
    public var spec: RequestSpec

    public init(folderPath: [String], spec: RequestSpec) {
        self.folderPath = folderPath
        self.spec = spec
    }
}
