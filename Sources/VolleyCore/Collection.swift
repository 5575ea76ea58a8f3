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
    /// `scripts:` at the top: they run for every request, before its folders' and its own.
    public var scripts: [Script] = []
    /// The format it was read from, for the few rules that follow the format's own runner.
    public var format: CollectionFormat = .volley
    /// `csv_numbers: true`: a CSV data file's cells that are decimal numbers are numbers, as Newman
    /// reads them for a Postman collection (which reads them so whatever this says).
    public var csvNumbers = false
    /// `parallel: true` at the top: every entry of `requests:` is a member of one parallel group.
    public var parallel: SourceLocation?

    /// Whether CSV cells that are numbers reach this collection's scripts as numbers.
    public var readsCSVNumbersAsNumbers: Bool { csvNumbers || format == .postman }

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
        // `member` is the membership of everything under the current entry; `group` is the
        // parallel group whose list is being walked, whose entries each become a member.
        func walk(
            _ items: [CollectionItem], path: [String], defaults: RequestDefaults, scripts: [Script], selected: Bool,
            group: ParallelGroup?, member: ParallelMembership?
        ) {
            for (position, item) in items.enumerated() {
                let membership = group.map { ParallelMembership(group: $0, member: position) } ?? member
                switch item {
                case .request(let spec):
                    guard selected else { continue }
                    var planned = PlannedRequest(
                        folderPath: path, spec: spec.applying(defaults),
                        scripts: spec.scripts.isEmpty ? scripts : scripts + spec.scripts)
                    planned.parallel = membership
                    out.append(planned)
                case .folder(let folder):
                    // A group inside a group is refused at load; were one here, the outer one holds.
                    let opens = membership == nil ? folder.parallel.map { ParallelGroup(folderPath: path + [folder.name], location: $0) } : nil
                    walk(
                        folder.items, path: path + [folder.name],
                        defaults: defaults.overlaid(with: folder.defaults),
                        scripts: folder.scripts.isEmpty ? scripts : scripts + folder.scripts,
                        selected: selected || folders.contains(folder.name),
                        group: opens, member: opens == nil ? membership : nil)
                }
            }
        }
        walk(
            items, path: [], defaults: defaults, scripts: scripts, selected: folders.isEmpty,
            group: parallel.map { ParallelGroup(folderPath: [], location: $0) }, member: nil)
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
    /// The folder's `scripts:`; they run for every request inside, after the collection's.
    public var scripts: [Script]
    /// Where `parallel: true` is written, when it is: the folder's entries form a `ParallelGroup`.
    public var parallel: SourceLocation?

    public init(
        name: String, defaults: RequestDefaults = RequestDefaults(), items: [CollectionItem], location: SourceLocation,
        scripts: [Script] = []
    ) {
        self.name = name
        self.defaults = defaults
        self.items = items
        self.location = location
        self.scripts = scripts
    }
}

/// A request ready for the run loop: defaults applied, folder path known.
public struct PlannedRequest: Sendable, Hashable {
    public var folderPath: [String]
    public var spec: RequestSpec
    /// Every script that runs for this request, in the order it runs: the collection's, the
    /// folders' from the outside in, the request's own (each phase keeps this order).
    public var scripts: [Script]
    /// Its place in a `parallel: true` group, if it is in one.
    public var parallel: ParallelMembership?

    public init(folderPath: [String], spec: RequestSpec, scripts: [Script] = []) {
        self.folderPath = folderPath
        self.spec = spec
        self.scripts = scripts
    }
}
