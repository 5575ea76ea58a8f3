import VolleyCore

extension CollectionDecoder {
    static let paginateKeys = ["next", "query", "into", "max"]
    /// A bound on `max`, so a typo of extra digits is refused rather than paid for.
    static let maxPages = 100_000

    /// `paginate: { next: { header: x-next-page-after }, query: after, max: 50 }`: `next` is any
    /// capture source, exactly one of `query` / `into` says where the cursor goes, `max` is required.
    mutating func decodePaginate(_ node: YAMLNode) -> Pagination? {
        guard let fields = fields(node, "'paginate'", allowed: Self.paginateKeys) else { return nil }
        var failed = false

        var next: Capture.Source?
        if let nextNode = fields["next"] {
            let expected = "a map like { header: x-next-page-after } or { json: \"$.next\" }"
            if let nextFields = self.fields(nextNode, "'next'", expected: expected, allowed: Self.captureSources) {
                next = captureSource(of: nextFields, "'next'", offered: ["json", "header", "regex"])
                if case .status? = next {
                    error("'next' cannot be 'status': a status code is not a cursor", at: nextNode.location)
                    next = nil
                }
            }
            failed = failed || next == nil
        } else if !fields.droppedAKey {
            error("'paginate' is missing 'next' (where the next page's cursor is, e.g. { header: x-next-page-after })", at: node.location)
            failed = true
        }

        var target: Pagination.Target?
        switch (fields.entry("query"), fields.entry("into")) {
        case (let query?, nil):
            if let name = string(query.value, "'query'") {
                if name.isEmpty { error("'query' must name a query parameter", at: query.value.location) } else { target = .query(name) }
            }
            failed = failed || target == nil
        case (nil, let into?):
            if let name = string(into.value, "'into'") {
                if checkVariableName(name, context: " in 'into'", at: into.value.location) { target = .variable(name) }
            }
            failed = failed || target == nil
        case (let query?, let into?):
            let later = query.key.location < into.key.location ? into : query
            error("'paginate' has both 'query' and 'into' (use exactly one)", at: later.key.location)
            failed = true
        case (nil, nil):
            if !fields.droppedAKey {
                error("'paginate' needs 'query: NAME' (a query parameter) or 'into: NAME' (a variable) for the cursor", at: node.location)
            }
            failed = true
        }

        var maxPages: Int?
        if let maxNode = fields["max"] {
            if case .integer(let n)? = maxNode.scalar?.resolved, (1...Self.maxPages).contains(n) {
                maxPages = n
            } else {
                error("'max' must be a whole number of pages from 1 to \(Self.maxPages), found \(maxNode.foundDescription)", at: maxNode.location)
                failed = true
            }
        } else if !fields.droppedAKey {
            error("'paginate' is missing 'max' (the most pages to fetch, so a cursor that never ends cannot run away)", at: node.location)
            failed = true
        }

        guard !failed, let next, let target, let maxPages else { return nil }
        return Pagination(next: next, target: target, maxPages: maxPages, location: node.location)
    }
}
