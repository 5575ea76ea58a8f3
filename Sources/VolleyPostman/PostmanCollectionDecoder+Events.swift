import VolleyCore

extension PostmanCollectionDecoder {
    /// `event`: a list (or one object) of `{listen, script: {exec}}`; `prerequest` runs before the
    /// request, `test` after it, `disabled` ones not at all. Each script keeps its position in the
    /// JSON: with `exec` written one line per array element, as Postman exports it, a line of the
    /// script is a line of the file, so an error inside it points at the file.
    mutating func scripts(_ node: PostmanNode?, level: Script.Level) -> [Script] {
        guard let node else { return [] }
        let events = node.isArray ? node.elements : [node]
        var out: [Script] = []
        for event in events {
            guard event.isObject else {
                error("an event must be an object with 'listen' and 'script', not \(event.value.typeName)", at: event)
                continue
            }
            if event["disabled"]?.isTrue == true { continue }
            let phase: Script.Phase
            switch event["listen"]?.text {
            case "prerequest": phase = .before
            case "test": phase = .after
            case let other:
                error("unknown event '\(other ?? "")' (Postman's are prerequest and test)", at: event["listen"] ?? event)
                continue
            }
            guard let script = event["script"] else { continue }
            if let type = script["type"]?.text, type != "text/javascript" {
                error("a script of type '\(type)' cannot run; Volley runs text/javascript", at: script["type"] ?? script)
                continue
            }
            guard let exec = script["exec"] else { continue }
            let lines: [PostmanNode] = exec.isArray ? exec.elements : [exec]
            // Each line of the script keeps the place of the JSON string it came from (a string
            // holding a `\n` gives all its lines that string's place), so an error points at it
            // wherever the elements sit in the file.
            var sourceLines: [String] = []
            var lineOrigins: [SourceLocation] = []
            for line in lines {
                guard let text = line.text else { continue }
                for part in text.split(separator: "\n", omittingEmptySubsequences: false) {
                    sourceLines.append(String(part))
                    lineOrigins.append(line.contentLocation)
                }
            }
            let source = sourceLines.joined(separator: "\n")
            guard !source.allSatisfy(\.isWhitespace) else { continue }
            var made = Script(
                phase: phase, level: level, source: source, origin: lines.first?.contentLocation ?? exec.location,
                declaredAt: event.location)
            made.lineOrigins = lineOrigins
            out.append(made)
        }
        return out
    }
}
