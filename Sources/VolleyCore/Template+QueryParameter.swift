extension Template {
    /// This URL template without the query parameter `name` wherever its query string writes it
    /// (`?after=1&lang=en` → `?lang=en`), so a value set elsewhere (a `paginate:` cursor) replaces
    /// it instead of being sent beside it. Placeholders stay as they are; a parameter whose name is
    /// itself a placeholder is kept, since its name is not known before rendering.
    public func removingQueryParameter(_ name: String) -> Template {
        var split = QuerySplit()
        for part in parts { split.add(part) }
        guard split.sawQuery else { return self }
        let encodedName = PercentEncoding.encode(name)
        let kept = split.segments.filter { segment in
            guard let first = segment.first else { return false }
            guard case .literal(let text) = first else { return true }
            let written = text.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false).first.map(String.init) ?? text
            return written != name && written != encodedName
        }
        var out = QuerySplit.Builder()
        for part in split.head { out.append(part) }
        if kept.isEmpty {
            out.dropTrailingQuestionMark()
        } else {
            for (index, segment) in kept.enumerated() {
                if index > 0 { out.append(.literal("&")) }
                for part in segment { out.append(part) }
            }
        }
        for part in split.fragment { out.append(part) }
        return Template(parts: out.parts, location: location)
    }
}

/// A URL template cut into what comes before its query string (up to and with the `?`), the
/// query's `&`-separated parameters, and the fragment (from `#`).
private struct QuerySplit {
    enum Zone { case path, query, fragment }
    var zone = Zone.path
    var head: [Template.Part] = []
    var segments: [[Template.Part]] = [[]]
    var fragment: [Template.Part] = []
    var sawQuery = false

    mutating func add(_ part: Template.Part) {
        guard case .literal(let text) = part, zone != .fragment else { return put(part) }
        var chunk = ""
        for character in text {
            switch (zone, character) {
            case (.path, "?"):
                put(.literal(chunk + "?"))
                chunk = ""
                zone = .query
                sawQuery = true
            case (.path, "#"), (.query, "#"):
                put(.literal(chunk))
                chunk = "#"
                zone = .fragment
            case (.query, "&"):
                put(.literal(chunk))
                chunk = ""
                segments.append([])
            default:
                chunk.append(character)
            }
        }
        put(.literal(chunk))
    }

    private mutating func put(_ part: Template.Part) {
        if case .literal(let text) = part, text.isEmpty { return }
        switch zone {
        case .path: head.append(part)
        case .query: segments[segments.count - 1].append(part)
        case .fragment: fragment.append(part)
        }
    }

    /// Joins neighbouring literals back into one part.
    struct Builder {
        var parts: [Template.Part] = []

        mutating func append(_ part: Template.Part) {
            if case .literal(let text) = part, case .literal(let previous)? = parts.last {
                parts[parts.count - 1] = .literal(previous + text)
            } else {
                parts.append(part)
            }
        }

        mutating func dropTrailingQuestionMark() {
            guard case .literal(let text)? = parts.last, text.hasSuffix("?") else { return }
            let trimmed = String(text.dropLast())
            if trimmed.isEmpty { parts.removeLast() } else { parts[parts.count - 1] = .literal(trimmed) }
        }
    }
}
