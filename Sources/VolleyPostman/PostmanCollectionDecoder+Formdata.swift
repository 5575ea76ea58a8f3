import VolleyCore

extension PostmanCollectionDecoder {
    /// A `formdata` list as multipart parts, without the `disabled` fields and those with no
    /// key: a `text` field is a text part (its `contentType`, which the model's text parts do not
    /// carry, is not sent), a `file` field one part per file of its `src` (a path or a list of
    /// them; none for a field with no `src`, as Postman sends it), its `contentType` the part's.
    /// Nil when a file cannot be read (the errors are recorded).
    mutating func multipart(_ node: PostmanNode, owner: String) -> [MultipartPart]? {
        guard node.isArray else {
            error("\(owner): 'formdata' must be an array of {key, value} objects, not \(node.value.typeName)", at: node)
            return nil
        }
        var parts: [MultipartPart] = []
        var failed = false
        for entry in node.elements {
            guard entry.isObject else {
                error("\(owner): a formdata entry must be an object with 'key' and 'value'", at: entry)
                failed = true
                continue
            }
            if entry["disabled"]?.isTrue == true { continue }
            guard let key = entry["key"]?.text, !key.isEmpty else { continue }
            guard entry["type"]?.text == "file" else {
                let valueNode = entry["value"]
                let value = PostmanTemplate.parse(valueNode?.text ?? "", at: valueNode?.contentLocation ?? entry.location)
                parts.append(MultipartPart(name: key, content: .text(value), location: entry.location))
                continue
            }
            let contentType = entry["contentType"]?.text.flatMap { $0.isEmpty ? nil : $0 } ?? "application/octet-stream"
            for src in sources(entry["src"]) {
                guard let written = src.text, !written.isEmpty else { continue }
                guard let (bytes, path) = requestFile(written, at: src, what: "formdata field '\(key)'", owner: owner) else {
                    failed = true
                    continue
                }
                let filename = path.split(separator: "/").last.map(String.init) ?? path
                parts.append(MultipartPart(
                    name: key, content: .file(bytes: bytes, filename: filename, contentType: contentType),
                    location: entry.location, path: path))
            }
        }
        return failed ? nil : parts
    }

    /// A file field's `src`: one path, a list of paths (Postman's multi-file field) or none.
    private func sources(_ node: PostmanNode?) -> [PostmanNode] {
        guard let node else { return [] }
        return node.isArray ? node.elements : [node]
    }

    /// The bytes of a file a request sends, `written` joined to the collection's folder; an
    /// error at `node` naming the path when it cannot be read.
    mutating func requestFile(
        _ written: String, at node: PostmanNode, what: String, owner: String
    ) -> ([UInt8], String)? {
        let path = PostmanFileReader.path(written, besideCollection: file)
        switch files.read(path) {
        case .success(let bytes): return (bytes, path)
        case .failure(let failure):
            error("\(owner): cannot read \(what) file '\(path)': \(failure.reason); nothing was sent", at: node)
            return nil
        }
    }
}
