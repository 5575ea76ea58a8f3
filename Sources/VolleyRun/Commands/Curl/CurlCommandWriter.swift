import VolleyCore
import VolleyJSON

/// One request spec as a `curl` command line, with templates filled from the scopes as far as
/// export time allows (see `CurlExport`).
struct CurlCommandWriter {
    var scopes: VariableScopes

    struct Command {
        var text: String
        /// Process variables the command reads that Volley would have filled in from a run
        /// (`VOLLEY_VAR_id=…`); secrets are not listed, their variables are Volley's own.
        var needs: [String]
        /// What the command cannot do that the run does, as comment lines.
        var notes: [String] = []
    }

    func command(for spec: RequestSpec) -> Command {
        // One line per option and its value, so a long command reads as a list.
        var lines: [[ShellWord]] = [[ShellWord(literal: "curl")]]
        func option(_ name: String, _ value: ShellWord) {
            lines.append([ShellWord(literal: name), value])
        }

        var query = spec.query.map { (name: $0.name, value: word($0.value)) }
        var headers: [(name: String, value: ShellWord)] = spec.headers.map { ($0.name, word($0.value)) }
        var basic: ShellWord? = nil
        var challengeOption: String? = nil
        var awsProvider: ShellWord? = nil
        var notes: [String] = []
        switch spec.auth {
        case .apiKey(let value, .query, let name)?: query.append((name, word(value)))
        case .apiKey(let value, .header, let name)?: setHeader(&headers, name, word(value))
        case .bearer(let token)?: setHeader(&headers, "Authorization", ShellWord(literal: "Bearer ") + word(token))
        case .basic(let username, let password)?: basic = word(username) + ShellWord(literal: ":") + word(password)
        case .digest(let username, let password)?:
            basic = word(username) + ShellWord(literal: ":") + word(password)
            challengeOption = "--digest"
        case .ntlm(let username, let password)?:
            basic = word(username) + ShellWord(literal: ":") + word(password)
            challengeOption = "--ntlm"
        case .awsSigV4(let aws)?:
            basic = word(aws.accessKey) + ShellWord(literal: ":") + word(aws.secretKey)
            awsProvider = ShellWord(literal: "aws:amz:") + word(aws.region) + ShellWord(literal: ":") + word(aws.service)
            if let token = aws.sessionToken { setHeader(&headers, "X-Amz-Security-Token", word(token)) }
        case .oauth1?:
            // The signature covers a fresh nonce and timestamp: a fixed header would be refused.
            notes.append("OAuth 1.0 signing has no curl option: this command is sent unsigned")
        case .hawk?:
            notes.append("Hawk has no curl option: this command is sent unsigned")
        case .none?, nil: break
        }

        var body: ShellWord? = nil
        var formFields: [ShellWord] = []
        var multipartFields: [ShellWord] = []
        switch spec.body {
        case .json(let json)?:
            body = jsonWord(json)
            addDefault(&headers, "Content-Type", "application/json")
        case .form(let fields)?:
            // A field of plain text is sent encoded exactly as Volley encodes it (`+` for a space);
            // one holding a variable is encoded by curl once the shell has filled it in.
            formFields = fields.map { field in
                let value = word(field.value)
                if let text = value.literalText {
                    return ShellWord(literal: PercentEncoding.query([(field.name, text)], spaceAsPlus: true))
                }
                return ShellWord(literal: field.name + "=") + value
            }
        case .raw(let template)?:
            body = word(template)
        case .file(_, let path)?:
            body = ShellWord(literal: "@" + path)
        case .multipart(let parts)?:
            multipartFields = parts.map { part in
                switch part.content {
                case .text(let value): ShellWord(literal: part.name + "=") + word(value)
                case .file(_, let filename, let contentType):
                    ShellWord(literal: "\(part.name)=@\(part.path ?? filename);type=\(contentType);filename=\(filename)")
                }
            }
        case nil:
            break
        }

        let hasBody = body != nil || !formFields.isEmpty || !multipartFields.isEmpty
        if spec.method != (hasBody ? "POST" : "GET") { option("-X", ShellWord(literal: spec.method)) }

        // Query pairs of plain text are encoded into the URL exactly as Volley encodes them; from
        // the first pair holding a variable on, curl's --url-query encodes what the shell expands.
        var url = word(spec.url)
        let plain = query.prefix { !$0.value.hasVariables }
        if !plain.isEmpty {
            let pairs = plain.map { ($0.name, $0.value.literalText ?? "") }
            let separator = url.literalsContain("?") ? "&" : "?"
            url = url + ShellWord(literal: separator + PercentEncoding.query(pairs))
        }
        option("--url", url)
        for pair in query.dropFirst(plain.count) {
            option("--url-query", ShellWord(literal: PercentEncoding.encode(pair.name) + "=") + pair.value)
        }
        for header in headers { option("-H", ShellWord(literal: header.name + ": ") + header.value) }
        if let challengeOption { lines.append([ShellWord(literal: challengeOption)]) }
        if let awsProvider { option("--aws-sigv4", awsProvider) }
        if let basic { option("-u", basic) }
        if let body { option("--data-binary", body) }
        for field in multipartFields { option("-F", field) }
        for (field, written) in zip(formFields, spec.body?.formFields ?? []) {
            option(word(written.value).hasVariables ? "--data-urlencode" : "--data-raw", field)
        }
        if let timeout = spec.timeout { option("--max-time", ShellWord(literal: Self.seconds(timeout))) }
        // The request's own connection keys, so the command gets what the run got.
        if spec.connection?.followRedirects == true || spec.transport.followRedirects == true { lines.append([ShellWord(literal: "-L")]) }
        if let most = spec.connection?.maxRedirects ?? spec.transport.maxRedirects {
            option("--max-redirs", ShellWord(literal: String(most)))
        }
        if spec.connection?.compressed == true { lines.append([ShellWord(literal: "--compressed")]) }

        let words = lines.flatMap { $0 }
        let needs = Set(words.flatMap(\.referencedVariables)).filter { !$0.hasPrefix(Self.secretPrefix) }.sorted()
        let text = lines.map { $0.map(\.quoted).joined(separator: " ") }.joined(separator: " \\\n  ")
        return Command(text: text, needs: needs, notes: notes)
    }

    /// `30`, `0.5`: curl's --max-time takes seconds, fractions allowed.
    static func seconds(_ duration: Duration) -> String {
        let (whole, fraction) = duration.components
        guard fraction > 0 else { return String(whole) }
        let millis = fraction / 1_000_000_000_000_000
        var digits = String(millis)
        while digits.count < 3 { digits = "0" + digits }
        while digits.hasSuffix("0") { digits.removeLast() }
        return digits.isEmpty ? String(whole) : "\(whole).\(digits)"
    }

    static let secretPrefix = "VOLLEY_SECRET_"
    static let variablePrefix = "VOLLEY_VAR_"

    /// A template as a shell word: variables with a value at export time are written in, secrets
    /// and names only a run defines become references.
    func word(_ template: Template, depth: Int = 0) -> ShellWord {
        var pieces: [ShellWord.Piece] = []
        for part in template.parts {
            switch part {
            case .literal(let text): pieces.append(.literal(text))
            case .variable(let name): pieces += word(forVariable: name, depth: depth).pieces
            case .builtin(let builtin):
                if let command = Self.builtinCommand(builtin) {
                    pieces.append(.substitution(command))
                } else {
                    // Postman's `{{$randomEmail}}` and kin have no one-line shell equivalent: the
                    // command reads a variable of that name, listed in its `# set first:` line.
                    pieces += word(forVariable: String(builtin.rawValue.dropFirst()), depth: depth).pieces
                }
            }
        }
        return ShellWord(pieces)
    }

    private func word(forVariable name: String, depth: Int) -> ShellWord {
        // A name declared secret stays a reference even where --var gave it a value.
        if let provider = scopes.secrets, provider.isSecret(name) {
            return ShellWord([.variable(Self.secretPrefix + Self.shellName(name))])
        }
        switch scopes.resolve(name) {
        case .secret:
            return ShellWord([.variable(Self.secretPrefix + Self.shellName(name))])
        case .value(let value):
            // A value written in terms of other variables (`url: "{{host}}/v2"`) is filled in too.
            if depth < 16, let inner = scopes.valueTemplate(of: name) { return word(inner, depth: depth + 1) }
            return ShellWord(literal: value.templateText)
        case .undefined:
            return ShellWord([.variable(Self.variablePrefix + Self.shellName(name))])
        }
    }

    /// `{{$uuid}}` and friends are fresh at each use: the command computes one where it runs
    /// (Linux's kernel UUID source, coreutils' `date` and `shuf`); nil for the ones without a
    /// one-line equivalent.
    private static func builtinCommand(_ builtin: Template.Builtin) -> String? {
        switch builtin {
        case .uuid, .guid, .randomUUID: "$(cat /proc/sys/kernel/random/uuid)"
        case .timestamp: "$(date +%s)"
        case .isoTimestamp: "$(date -u +%Y-%m-%dT%H:%M:%S.000Z)"
        case .randomInt: "$(shuf -i 0-1000 -n 1)"
        // Postman's word-list values have no shell command: the placeholder is kept, as written.
        default: "printf %s '{{\(builtin.rawValue)}}'"
        }
    }

    /// Variable names may hold `-` and `.`, which a shell name may not: both become `_`, as Volley
    /// reads `VOLLEY_SECRET_*` and `VOLLEY_VAR_*`.
    static func shellName(_ name: String) -> String {
        String(String.UnicodeScalarView(name.unicodeScalars.map { $0 == "-" || $0 == "." ? "_" : $0 }))
    }

    /// A `json:` body: the JSON text, with each templated string leaf written in (a reference sits
    /// inside the quotes, so a secret with a `"` in it would need escaping: the note in the README).
    private func jsonWord(_ json: TemplatedJSON) -> ShellWord {
        switch json {
        case .literal(let value):
            return ShellWord(literal: value.jsonText)
        case .string(let template):
            if let only = template.singlePlaceholder, case .variable(let name) = only,
                case .value(let value) = scopes.resolve(name), scopes.valueTemplate(of: name) == nil
            {
                return ShellWord(literal: value.jsonText)  // a lone placeholder keeps the variable's JSON type
            }
            let inner = word(template)
            var pieces: [ShellWord.Piece] = [.literal("\"")]
            for piece in inner.pieces {
                switch piece {
                case .literal(let text):
                    let quoted = JSONValue.string(text).jsonText
                    pieces.append(.literal(String(quoted.dropFirst().dropLast())))
                case .variable, .substitution: pieces.append(piece)
                }
            }
            pieces.append(.literal("\""))
            return ShellWord(pieces)
        case .array(let items):
            var out = ShellWord(literal: "[")
            for (index, item) in items.enumerated() {
                if index > 0 { out = out + ShellWord(literal: ",") }
                out = out + jsonWord(item)
            }
            return out + ShellWord(literal: "]")
        case .object(let members):
            var out = ShellWord(literal: "{")
            for (index, member) in members.enumerated() {
                if index > 0 { out = out + ShellWord(literal: ",") }
                out = out + ShellWord(literal: JSONValue.string(member.key).jsonText + ":") + jsonWord(member.value)
            }
            return out + ShellWord(literal: "}")
        }
    }

    private func setHeader(_ headers: inout [(name: String, value: ShellWord)], _ name: String, _ value: ShellWord) {
        headers.removeAll { $0.name.lowercased() == name.lowercased() }
        headers.append((name, value))
    }

    private func addDefault(_ headers: inout [(name: String, value: ShellWord)], _ name: String, _ value: String) {
        if !headers.contains(where: { $0.name.lowercased() == name.lowercased() }) { headers.append((name, ShellWord(literal: value))) }
    }
}

extension RequestBody {
    var formFields: [KeyValueTemplate] {
        if case .form(let fields) = self { return fields }
        return []
    }
}
