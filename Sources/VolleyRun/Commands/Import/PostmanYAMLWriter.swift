import VolleyCore
import VolleyJSON

/// Writes a collection loaded from Postman as Volley YAML (`volley import postman`). Request
/// names are made unique within their folder (YAML requires it, Postman does not); a collection
/// variable whose name looks like a credential is moved out, to the environment's `secrets:`.
struct PostmanYAMLWriter {
    /// The keyring service the secrets are stored under.
    var service: String
    private(set) var movedSecrets: [(name: String, value: JSONValue)] = []
    private(set) var requestCount = 0
    private(set) var convertedScripts = 0
    private(set) var keptScripts = 0
    private var yaml = YAMLText()

    init(service: String) {
        self.service = service
    }

    mutating func collection(_ collection: Collection) -> String {
        yaml.add(0, "# Converted from \(PathText.baseName(of: collection.file)) by 'volley import postman'.")
        if collection.plannedRequests().contains(where: { $0.spec.transport.verifyTLS == false }) {
            // No request key switches TLS checks off; the run's option does, which this library does not spell.
            yaml.add(0, "# Some requests have Postman's strictSSL: false: run this collection without TLS checks to do the same.")
        }
        yaml.add(0, "name: \(YAMLText.quoted(collection.name))")
        // Newman reads CSV data cells that are numbers as numbers; the converted scripts expect that.
        yaml.add(0, "csv_numbers: true")
        let variables = collection.variables.sorted { $0.key < $1.key }
        let plain = variables.filter { !PostmanImport.isSecretName($0.key) }
        movedSecrets = variables.filter { PostmanImport.isSecretName($0.key) }.map { ($0.key, $0.value.value) }
        if !plain.isEmpty {
            yaml.add(0, "variables:")
            for (name, value) in plain { yaml.add(2, "\(YAMLText.quoted(name)): \(YAMLText.value(value.value))") }
        }
        auth(collection.defaults.auth, indent: 0)
        scripts(collection.scripts, indent: 0, checks: nil)
        items(collection.items, indent: 0)
        return yaml.joined
    }

    private mutating func items(_ items: [CollectionItem], indent: Int) {
        guard !items.isEmpty else {
            yaml.add(indent, "requests: []")
            return
        }
        yaml.add(indent, "requests:")
        var used: Set<String> = []
        for item in items {
            let name: String
            switch item {
            case .request(let spec): name = spec.name
            case .folder(let folder): name = folder.name
            }
            var unique = name.isEmpty ? "request" : name
            var n = 2
            while used.contains(unique) {
                unique = "\(name) (\(n))"
                n += 1
            }
            used.insert(unique)
            yaml.add(indent + 2, "- name: \(YAMLText.quoted(unique))")
            switch item {
            case .request(let spec): request(spec, indent: indent + 4)
            case .folder(let folder):
                auth(folder.defaults.auth, indent: indent + 4)
                scripts(folder.scripts, indent: indent + 4, checks: nil)
                self.items(folder.items, indent: indent + 4)
            }
        }
    }

    private mutating func request(_ spec: RequestSpec, indent: Int) {
        requestCount += 1
        if spec.method != "GET" { yaml.add(indent, "method: \(YAMLText.quoted(spec.method))") }
        yaml.add(indent, "url: \(YAMLText.quoted(spec.url))")
        if !spec.headers.isEmpty {
            yaml.add(indent, "headers:")
            // A repeated header name keeps its last value: a YAML map has each key once.
            var seen: [String: String] = [:]
            var order: [String] = []
            for header in spec.headers {
                if seen[header.name] == nil { order.append(header.name) }
                seen[header.name] = YAMLText.quoted(header.value)
            }
            for name in order { yaml.add(indent + 2, "\(YAMLText.quoted(name)): \(seen[name]!)") }
        }
        switch spec.body {
        case .raw(let template)?: yaml.text(indent, key: "body", template.writtenText)
        case .form(let fields)?:
            yaml.add(indent, "form:")
            for field in fields { yaml.add(indent + 2, "\(YAMLText.quoted(field.name)): \(YAMLText.quoted(field.value))") }
        case .file(_, let path)?:
            yaml.add(indent, "body:")
            yaml.add(indent + 2, "file: \(YAMLText.quoted(Self.absolute(path)))")
        case .multipart(let parts)?:
            yaml.add(indent, "multipart:")
            var names: Set<String> = []
            for part in parts where names.insert(part.name).inserted { multipartPart(part, indent: indent + 2) }
        case .json?:
            break  // the Postman decoder writes a JSON body as raw text, as Postman sends it
        case .file?, .multipart?:
            break  // not made by the Postman decoder (its formdata and file bodies are refused at load)
        case nil: break
        }
        auth(spec.auth, indent: indent)
        transport(spec.transport, indent: indent)
        let after = spec.scripts.filter { $0.phase == .after }
        let checks = after.count == 1 ? ScriptChecks(after[0].source) : nil
        if let checks {
            convertedScripts += 1
            expectations(checks, indent: indent)
        }
        scripts(spec.scripts, indent: indent, checks: checks)
    }

    /// Postman's redirect and compression behaviour, on each request: Volley's defaults differ (no
    /// redirect followed, no compression asked for) and a collection cannot set these keys for all.
    private mutating func transport(_ overrides: TransportOverrides, indent: Int) {
        if let follow = overrides.followRedirects { yaml.add(indent, "follow_redirects: \(follow)") }
        if let most = overrides.maxRedirects { yaml.add(indent, "max_redirects: \(min(most, 100))") }
        if overrides.redirectsKeepMethod == true { yaml.add(indent, "redirects_keep_method: true") }
        if overrides.decodeCompressed == true { yaml.add(indent, "compressed: true") }
    }

    /// A multipart field: a text field as its value, a file field as `{ file, content_type,
    /// filename }` (a YAML map has each key once: a repeated name keeps its first part).
    private mutating func multipartPart(_ part: MultipartPart, indent: Int) {
        switch part.content {
        case .text(let value):
            yaml.add(indent, "\(YAMLText.quoted(part.name)): \(YAMLText.quoted(value))")
        case .file(_, let filename, let contentType):
            yaml.add(indent, "\(YAMLText.quoted(part.name)):")
            yaml.add(indent + 2, "file: \(YAMLText.quoted(Self.absolute(part.path ?? filename)))")
            if contentType != "application/octet-stream" {
                yaml.add(indent + 2, "content_type: \(YAMLText.quoted(contentType))")
            }
            yaml.add(indent + 2, "filename: \(YAMLText.quoted(filename))")
        }
    }

    /// A file a request sends, as an absolute path: the YAML is written elsewhere (`-o DIR`)
    /// and reads its files beside itself, so a path relative to here would point elsewhere.
    static func absolute(_ path: String) -> String {
        if path.hasPrefix("/") { return path }
        let here = FileSystem.workingDirectory
        return here.isEmpty ? path : here + "/" + path
    }

    private mutating func expectations(_ checks: ScriptChecks, indent: Int) {
        if checks.status != nil || !checks.headers.isEmpty || !checks.json.isEmpty {
            yaml.add(indent, "expect:")
            if let status = checks.status { yaml.add(indent + 2, "status: \(status)") }
            if !checks.headers.isEmpty {
                yaml.add(indent + 2, "headers:")
                for (name, value) in checks.headers {
                    yaml.add(indent + 4, "\(YAMLText.quoted(name)): \(value.map(YAMLText.quoted) ?? "{ exists: true }")")
                }
            }
            if !checks.json.isEmpty {
                yaml.add(indent + 2, "json:")
                for (path, value) in checks.json { yaml.add(indent + 4, "\(YAMLText.quoted(path)): \(value)") }
            }
        }
        if !checks.captures.isEmpty {
            yaml.add(indent, "capture:")
            for (name, path) in checks.captures { yaml.add(indent + 2, "\(YAMLText.quoted(name)): { json: \(YAMLText.quoted(path)) }") }
        }
    }

    /// `scripts:` with the level's `before` and `after` (several of one phase joined, in order);
    /// an `after` that became `checks` is left out.
    private mutating func scripts(_ scripts: [Script], indent: Int, checks: ScriptChecks?) {
        let before = scripts.filter { $0.phase == .before }.map(\.source)
        let after = checks == nil ? scripts.filter { $0.phase == .after }.map(\.source) : []
        guard !before.isEmpty || !after.isEmpty else { return }
        yaml.add(indent, "scripts:")
        if !before.isEmpty {
            keptScripts += 1
            yaml.script(indent + 2, key: "before", before.joined(separator: "\n"))
        }
        if !after.isEmpty {
            keptScripts += 1
            yaml.script(indent + 2, key: "after", after.joined(separator: "\n"))
        }
    }

    private mutating func auth(_ auth: AuthSpec?, indent: Int) {
        switch auth {
        case nil: break
        case .none?: yaml.add(indent, "auth: none")
        case .bearer(let token)?:
            yaml.add(indent, "auth:")
            yaml.add(indent + 2, "bearer: \(secret(token, as: "token"))")
        case .basic(let username, let password)?:
            yaml.add(indent, "auth:")
            yaml.add(indent + 2, "basic: { username: \(YAMLText.quoted(username)), password: \(secret(password, as: "password")) }")
        case .digest(let username, let password)?:
            yaml.add(indent, "auth:")
            yaml.add(indent + 2, "digest: { username: \(YAMLText.quoted(username)), password: \(secret(password, as: "password")) }")
        case .ntlm(let username, let password)?:
            yaml.add(indent, "auth:")
            yaml.add(indent + 2, "ntlm: { username: \(YAMLText.quoted(username)), password: \(secret(password, as: "password")) }")
        case .apiKey(let value, let placement, let name)?:
            yaml.add(indent, "auth:")
            yaml.add(indent + 2, "apikey: { value: \(secret(value, as: "apikey")), in: \(placement.rawValue), name: \(YAMLText.quoted(name)) }")
        case .oauth1(let oauth)?:
            self.oauth1(oauth, indent: indent)
        case .hawk(let hawk)?:
            yaml.add(indent, "auth:")
            yaml.add(indent + 2, "hawk:")
            yaml.add(indent + 4, "id: \(YAMLText.quoted(hawk.id))")
            yaml.add(indent + 4, "key: \(secret(hawk.key, as: "hawk_key"))")
            if hawk.algorithm != .sha256 { yaml.add(indent + 4, "algorithm: \(hawk.algorithm.rawValue)") }
            let optional: [(String, Template?)] = [
                ("ext", hawk.ext), ("app", hawk.app), ("dlg", hawk.dlg), ("nonce", hawk.nonce), ("timestamp", hawk.timestamp),
            ]
            for (key, template) in optional { if let template { yaml.add(indent + 4, "\(key): \(YAMLText.quoted(template))") } }
            if hawk.includePayloadHash { yaml.add(indent + 4, "payload_hash: true") }
        case .awsSigV4(let aws)?:
            yaml.add(indent, "auth:")
            yaml.add(indent + 2, "aws_sigv4:")
            yaml.add(indent + 4, "access_key: \(secret(aws.accessKey, as: "aws_access_key"))")
            yaml.add(indent + 4, "secret_key: \(secret(aws.secretKey, as: "aws_secret_key"))")
            yaml.add(indent + 4, "region: \(YAMLText.quoted(aws.region))")
            yaml.add(indent + 4, "service: \(YAMLText.quoted(aws.service))")
            if let token = aws.sessionToken { yaml.add(indent + 4, "session_token: \(secret(token, as: "aws_session_token"))") }
        }
    }

    /// `auth: { oauth1: … }` with the keys that differ from the defaults; the two secrets go
    /// to `secrets:` when the Postman file holds them as text.
    private mutating func oauth1(_ oauth: OAuth1Auth, indent: Int) {
        yaml.add(indent, "auth:")
        yaml.add(indent + 2, "oauth1:")
        let at = indent + 4
        yaml.add(at, "consumer_key: \(YAMLText.quoted(oauth.consumerKey))")
        yaml.add(at, "consumer_secret: \(secret(oauth.consumerSecret, as: "consumer_secret"))")
        if let token = oauth.token { yaml.add(at, "token: \(YAMLText.quoted(token))") }
        if let tokenSecret = oauth.tokenSecret { yaml.add(at, "token_secret: \(secret(tokenSecret, as: "token_secret"))") }
        if oauth.signatureMethod != .hmacSHA1 { yaml.add(at, "signature_method: \(oauth.signatureMethod.rawValue)") }
        if oauth.placement != .header { yaml.add(at, "in: \(oauth.placement.rawValue)") }
        let optional: [(String, Template?)] = [
            ("timestamp", oauth.timestamp), ("nonce", oauth.nonce), ("realm", oauth.realm), ("callback", oauth.callback),
            ("verifier", oauth.verifier),
        ]
        for (key, template) in optional { if let template { yaml.add(at, "\(key): \(YAMLText.quoted(template))") } }
        if oauth.version != "1.0" { yaml.add(at, "version: \(YAMLText.quoted(oauth.version))") }
        if oauth.includeEmptyParameters { yaml.add(at, "sign_empty_parameters: true") }
        if oauth.includeBodyHash { yaml.add(at, "body_hash: true") }
        if !oauth.encodeSignature { yaml.add(at, "encode_signature: false") }
    }

    /// A credential written into the Postman file itself is not copied into the YAML: it becomes
    /// a placeholder for a secret of that name (the value goes to the keyring, not to a file).
    private mutating func secret(_ template: Template, as name: String) -> String {
        // All literal (an OAuth 2.0 token after its header prefix is two): the whole text is the secret.
        let literals = template.parts.compactMap { part -> String? in if case .literal(let text) = part { text } else { nil } }
        let text = literals.joined()
        guard template.variableNames.isEmpty, literals.count == template.parts.count, !text.isEmpty
        else { return YAMLText.quoted(template) }
        if let known = movedSecrets.first(where: { $0.value == .string(text) }) { return YAMLText.quoted("{{\(known.name)}}") }
        var unique = name
        var n = 2
        while movedSecrets.contains(where: { $0.name == unique }) {
            unique = "\(name)_\(n)"
            n += 1
        }
        movedSecrets.append((unique, .string(text)))
        return YAMLText.quoted("{{\(unique)}}")
    }
}
