import VolleyCore
import VolleyJSON

extension CollectionDecoder {
    /// `body: { file: path }`: the file's bytes, read now (the parser's reader does the I/O), so
    /// a missing file is an error at its `file:` before anything is sent.
    mutating func decodeBodyFile(_ node: YAMLNode) -> RequestBody? {
        // A map without `file:` is most likely a JSON body written under the wrong key.
        guard node.mapping?.contains(where: { $0.key.scalar?.value == "file" }) == true else {
            error("'body' must be a string or { file: path }, found a map (use 'json:' for a JSON body)", at: node.location)
            return nil
        }
        guard let fields = fields(node, "'body'", allowed: Self.bodyFileKeys), let fileNode = fields["file"] else { return nil }
        guard let (bytes, path) = requestFile(fileNode, "'body.file'") else { return nil }
        return .file(bytes: bytes, path: path)
    }

    /// `multipart: { field: text, upload: { file: path, content_type: …, filename: … } }`.
    mutating func decodeMultipart(_ node: YAMLNode) -> RequestBody? {
        guard let pairs = pairs(node, "'multipart'") else { return nil }
        var parts: [MultipartPart] = []
        var failed = false
        for pair in pairs {
            guard let name = keyName(pair.key) else { failed = true; continue }
            if pair.value.mapping != nil {
                guard let part = multipartFile(named: name, pair.value) else { failed = true; continue }
                parts.append(MultipartPart(name: name, content: part, location: pair.key.location))
            } else if let value = template(pair.value, "multipart field '\(name)'", expected: "a string or { file: path }") {
                parts.append(MultipartPart(name: name, content: .text(value), location: pair.key.location))
            } else {
                failed = true
            }
        }
        return failed ? nil : .multipart(parts)
    }

    private mutating func multipartFile(named name: String, _ node: YAMLNode) -> MultipartPart.Content? {
        guard let fields = fields(node, "multipart field '\(name)'", allowed: Self.multipartFileKeys) else { return nil }
        guard let fileNode = fields["file"] else {
            error("multipart field '\(name)' as a map needs 'file' (a path beside the collection)", at: node.location)
            return nil
        }
        guard let (bytes, path) = requestFile(fileNode, "multipart field '\(name)'") else { return nil }
        var filename = path.split(separator: "/").last.map(String.init) ?? path
        if let node = fields["filename"], let written = string(node, "'filename'") { filename = written }
        var contentType = "application/octet-stream"
        if let node = fields["content_type"], let written = string(node, "'content_type'") {
            guard !written.isEmpty, !written.utf8.contains(where: { $0 < 0x20 }) else {
                error("'content_type' must be a media type like image/png", at: node.location)
                return nil
            }
            contentType = written
        }
        guard !filename.utf8.contains(where: { $0 < 0x20 || $0 == UInt8(ascii: "\"") }) else {
            error("'filename' must not hold a quote or a control character", at: fields["filename"]?.location ?? node.location)
            return nil
        }
        return .file(bytes: bytes, filename: filename, contentType: contentType)
    }

    /// `graphql: { query: …, variables: { … }, operation_name: … }`: sent as the JSON body
    /// GraphQL servers take over HTTP (`{"query": …, "variables": …, "operationName": …}`).
    mutating func decodeGraphQL(_ node: YAMLNode) -> RequestBody? {
        guard let fields = fields(node, "'graphql'", allowed: Self.graphqlKeys) else { return nil }
        guard let queryNode = fields["query"] else {
            error("'graphql' is missing 'query'", at: node.location)
            return nil
        }
        guard string(queryNode, "'graphql.query'") != nil, let query = templatedJSON(queryNode) else { return nil }
        var members: [(key: String, value: TemplatedJSON)] = [("query", query)]
        if let node = fields["variables"] {
            guard node.mapping != nil else {
                error("'graphql.variables' must be a map, found \(node.foundDescription)", at: node.location)
                return nil
            }
            guard let variables = templatedJSON(node) else { return nil }
            members.append(("variables", variables))
        }
        if let node = fields["operation_name"] {
            guard string(node, "'graphql.operation_name'") != nil, let name = templatedJSON(node) else { return nil }
            members.append(("operationName", name))
        }
        return .json(.object(members))
    }

    /// A file a request sends, read beside the collection; an error at `node` when it cannot be.
    private mutating func requestFile(_ node: YAMLNode, _ what: String) -> ([UInt8], String)? {
        guard let written = string(node, "'file'") else { return nil }
        guard !written.isEmpty else {
            error("\(what) must name a file, found an empty string", at: node.location)
            return nil
        }
        let path = ScriptFileReader.path(written, besideCollection: file)
        switch scriptFiles.read(path, Self.requestFileLimit) {
        case .success(let bytes) where bytes.count <= Self.requestFileLimit: return (bytes, path)
        case .success(let bytes): error("cannot read \(what) file '\(path)': \(Self.reason(.tooLarge(bytes: bytes.count)))", at: node.location)
        case .failure(let failure): error("cannot read \(what) file '\(path)': \(Self.reason(failure))", at: node.location)
        }
        return nil
    }
}
