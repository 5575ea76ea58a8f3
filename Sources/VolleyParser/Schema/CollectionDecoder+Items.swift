import VolleyCore

extension CollectionDecoder {
    static let requestKeys = [
        "name", "method", "url", "query", "headers", "json", "form", "body", "multipart", "graphql", "timeout",
        "auth", "retry", "idempotent", "quota_group", "expect", "capture", "paginate", "scripts",
        "retry_until", "output",
    ] + connectionKeys
    static let retryUntilKeys = ["count", "interval"]
    static let folderKeys = ["name", "requests", "defaults"] + settingKeys + ["scripts", "parallel"]

    /// A `requests:` list. An entry with its own `requests:` is a folder, any other a request.
    /// Names are unique among the entries of one list, folders and requests alike.
    mutating func decodeItems(_ node: YAMLNode) -> [CollectionItem] {
        guard let entries = node.sequence else {
            error("'requests' must be a list of requests and folders, found \(node.foundDescription)", at: node.location)
            return []
        }
        var items: [CollectionItem] = []
        items.reserveCapacity(entries.count)
        var firstLineOfName: [String: Int] = [:]
        for entry in entries {
            guard let pairs = entry.mapping else {
                error(
                    "an entry of 'requests' must be a map (a request or a folder), found \(entry.foundDescription)",
                    at: entry.location)
                continue
            }
            if let nameNode = pairs.first(where: { $0.key.scalar?.value == "name" })?.value,
                let name = nameNode.scalar?.value
            {
                if let line = firstLineOfName[name] {
                    error("duplicate name '\(name)' at this level (first used on line \(line))", at: nameNode.location)
                } else {
                    firstLineOfName[name] = nameNode.location.line
                }
            }
            let isFolder = pairs.contains { $0.key.scalar?.value == "requests" }
            if isFolder {
                if let folder = decodeFolder(entry) { items.append(.folder(folder)) }
            } else if let request = decodeRequest(entry) {
                items.append(.request(request))
            }
        }
        return items
    }

    mutating func decodeFolder(_ node: YAMLNode) -> Folder? {
        let fields = fields(node, "a folder", allowed: Self.folderKeys) { key in
            if key == "url" {
                return "an entry cannot have both 'requests' and 'url' (a folder has 'requests', a request has 'url')"
            }
            if Self.requestKeys.contains(key) {
                return "a folder cannot have '\(key)' (a folder has only \(Self.quotedList(Self.folderKeys)))"
            }
            return nil
        }
        guard let fields else { return nil }
        let name = requiredName(in: fields, of: "folder")
        let defaults = decodeDefaults(of: fields)
        let scripts = fields["scripts"].map { decodeScripts($0, level: .folder(name ?? "")) } ?? []
        let parallel = parallelFlag(in: fields, of: "folder '\(name ?? "")'")
        let items = fields["requests"].map { decodeItems($0, inParallelGroup: parallel) } ?? []
        guard let name else { return nil }
        var folder = Folder(name: name, defaults: defaults, items: items, location: node.location, scripts: scripts)
        folder.parallel = parallel
        return folder
    }
}
