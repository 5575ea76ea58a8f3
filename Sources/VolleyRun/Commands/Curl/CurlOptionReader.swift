import VolleyCore
import VolleyJSON

/// Reads one curl command's words into an `ImportedRequest`, the way curl itself combines them:
/// `-d` parts joined by `&`, `-G` moving the data into the query, `-X` winning over the method
/// the data implies.
struct CurlOptionReader {
    typealias Word = CurlWords.Word

    /// Options that take a value, by every spelling curl accepts.
    private static let valueOptions: [String: String] = [
        "-X": "request", "--request": "request", "-H": "header", "--header": "header",
        "-d": "data", "--data": "data", "--data-ascii": "data", "--data-raw": "data-raw", "--data-binary": "data-binary",
        "--data-urlencode": "data-urlencode", "--json": "json", "-u": "user", "--user": "user", "-F": "form",
        "--form": "form", "--form-string": "form", "--url": "url", "-A": "user-agent", "--user-agent": "user-agent",
        "-e": "referer", "--referer": "referer", "-b": "cookie", "--cookie": "cookie", "-m": "max-time",
        "--max-time": "max-time", "--aws-sigv4": "aws-sigv4",
    ]

    /// Flags, and those that change only what curl prints (ignored: Volley prints its own way).
    private static let flags: [String: String] = [
        "-G": "get", "--get": "get", "-L": "location", "--location": "location", "-k": "insecure", "--insecure": "insecure",
        "--compressed": "compressed", "-I": "head", "--head": "head", "-g": "globoff", "--globoff": "globoff",
        "-s": "quiet", "--silent": "quiet", "-S": "quiet", "--show-error": "quiet", "-v": "quiet", "--verbose": "quiet",
        "-i": "quiet", "--include": "quiet", "-f": "quiet", "--fail": "quiet", "--fail-with-body": "quiet",
        "--no-progress-meter": "quiet", "--digest": "digest", "--ntlm": "ntlm", "--basic": "basic",
    ]

    private var method: String?
    private var head = false
    private var url: Word?
    private var headers: [(name: String, value: String)] = []
    private var data: [String] = []
    private var json: [String] = []
    private var form: [ImportedRequest.FormField] = []
    private var followRedirects = false
    private var compressed = false
    /// `--aws-sigv4 aws:amz:REGION:SERVICE`: `-u` is the key pair libcurl signs with.
    private var awsScope: (region: String, service: String)? = nil
    /// `--digest`, `--ntlm`: `-u` answers a Digest or NTLM challenge instead of sending Basic
    /// (`--basic` undoes it, as in curl; the last one given wins).
    private var challenge: String? = nil
    private var get = false
    private var user: Word?
    private var timeout: String?
    private var comments: [String] = []
    private var notes: [String] = []

    static func read(_ words: [Word]) throws(CurlImport.Failure) -> ImportedRequest {
        var reader = CurlOptionReader()
        try reader.readAll(words)
        return try reader.request(at: words[0].location)
    }

    private mutating func readAll(_ words: [Word]) throws(CurlImport.Failure) {
        guard words[0].text == "curl" else {
            throw CurlImport.Failure(message: "expected a command starting with 'curl', found '\(words[0].text)'", location: words[0].location)
        }
        var index = 1
        var optionsEnded = false
        while index < words.count {
            let word = words[index]
            index += 1
            if word.expands {
                throw CurlImport.Failure(
                    message: "'\(word.text)' needs the shell to expand it ($ or `): write the value itself, or {{a_variable}} after import",
                    location: word.location)
            }
            if optionsEnded || !word.text.hasPrefix("-") || word.text == "-" {
                try setURL(word)
                continue
            }
            if word.text == "--" {
                optionsEnded = true
                continue
            }
            if word.text.hasPrefix("--") {
                try option(word.text, word: word, value: { () throws(CurlImport.Failure) in try Self.value(after: word, in: words, at: &index) })
                continue
            }
            // Short options may be bundled (-sSL) and a value may be attached (-XPOST).
            var scalars = Substring(word.text.dropFirst())
            while let letter = scalars.first {
                scalars.removeFirst()
                let spelling = "-" + String(letter)
                if Self.valueOptions[spelling] != nil {
                    let attached = String(scalars)
                    scalars = ""
                    try option(spelling, word: word, value: { () throws(CurlImport.Failure) in
                        attached.isEmpty ? try Self.value(after: word, in: words, at: &index) : Word(text: attached, location: word.location, expands: false)
                    })
                } else {
                    try option(spelling, word: word, value: { () throws(CurlImport.Failure) in word })
                }
            }
        }
    }

    private static func value(after option: Word, in words: [Word], at index: inout Int) throws(CurlImport.Failure) -> Word {
        guard index < words.count else {
            throw CurlImport.Failure(message: "'\(option.text)' needs a value after it", location: option.location)
        }
        index += 1
        let value = words[index - 1]
        if value.expands {
            throw CurlImport.Failure(
                message: "'\(value.text)' needs the shell to expand it ($ or `): write the value itself, or {{a_variable}} after import",
                location: value.location)
        }
        return value
    }

    private mutating func option(
        _ spelling: String, word: Word, value: () throws(CurlImport.Failure) -> Word
    ) throws(CurlImport.Failure) {
        if let flag = Self.flags[spelling] {
            switch flag {
            case "get": get = true
            case "head": head = true
            case "location": followRedirects = true
            case "insecure": comments.append("\(spelling): curl skipped TLS verification; run with -k (test servers only)")
            case "compressed": compressed = true
            case "digest", "ntlm": challenge = flag
            case "basic": challenge = nil
            default: break  // output and globbing flags change nothing that is sent
            }
            return
        }
        guard let kind = Self.valueOptions[spelling] else {
            throw CurlImport.Failure(
                message: "unknown or unsupported curl option '\(spelling)' (Volley reads -X, -H, -d, --data-raw, --data-binary, "
                    + "--data-urlencode, --json, -u, -G, --url, -A, -e, -b, -m, -L, -k, --compressed, --digest, --ntlm and output flags like -s)",
                location: word.location)
        }
        let argument = try value()
        switch kind {
        case "request": method = argument.text
        case "header": try addHeader(argument)
        case "data", "data-binary":
            try refuseFile(argument, spelling)
            data.append(argument.text)
        case "data-raw": data.append(argument.text)
        case "data-urlencode": data.append(try Self.urlencoded(argument, spelling))
        case "json":
            try refuseFile(argument, spelling)
            json.append(argument.text)
        case "user": user = argument
        case "aws-sigv4":
            // `aws:amz:REGION:SERVICE`: Volley needs both (a test host names neither).
            let parts = argument.text.split(separator: ":", omittingEmptySubsequences: false).map(String.init)
            guard parts.count == 4, !parts[2].isEmpty, !parts[3].isEmpty else {
                throw CurlImport.Failure(
                    message: "'\(spelling) \(argument.text)' must name the region and service: aws:amz:REGION:SERVICE",
                    location: argument.location)
            }
            awsScope = (parts[2], parts[3])
        case "form":
            let field = try Self.formField(argument, spelling, literal: spelling == "--form-string")
            if form.contains(where: { $0.name == field.name }) {
                throw CurlImport.Failure(
                    message: "'\(spelling) \(argument.text)' repeats the field '\(field.name)': a multipart: map has each name once",
                    location: argument.location)
            }
            form.append(field)
        case "url": try setURL(argument)
        case "user-agent": headers.append(("User-Agent", argument.text))
        case "referer": headers.append(("Referer", argument.text))
        case "cookie":
            guard argument.text.contains("=") else {
                throw CurlImport.Failure(message: "'\(spelling) \(argument.text)' reads a cookie file; write the cookies as name=value", location: argument.location)
            }
            headers.append(("Cookie", argument.text))
        default:  // "max-time"
            guard let seconds = Double(argument.text), seconds > 0, seconds.isFinite else {
                throw CurlImport.Failure(message: "'\(spelling)' needs a number of seconds, found '\(argument.text)'", location: argument.location)
            }
            timeout = argument.text + "s"
        }
    }

    /// `-F name=value`, `-F name=@path;type=…;filename=…` (curl's file upload); `<path` (a file's
    /// text as a field) is refused: the import does not read files.
    private static func formField(
        _ argument: Word, _ spelling: String, literal: Bool
    ) throws(CurlImport.Failure) -> ImportedRequest.FormField {
        let text = argument.text
        guard let equals = text.firstIndex(of: "="), equals != text.startIndex else {
            throw CurlImport.Failure(message: "'\(spelling) \(text)' needs name=value", location: argument.location)
        }
        let name = String(text[..<equals]), value = String(text[text.index(after: equals)...])
        if literal || !(value.hasPrefix("@") || value.hasPrefix("<")) {
            return ImportedRequest.FormField(name: name, value: value)
        }
        if value.hasPrefix("<") {
            throw CurlImport.Failure(
                message: "'\(spelling) \(text)' sends a file's text as a field: paste the text itself, or upload it with @",
                location: argument.location)
        }
        var pieces = value.dropFirst().split(separator: ";", omittingEmptySubsequences: false).map(String.init)
        let written = pieces.removeFirst()
        guard !written.isEmpty else {
            throw CurlImport.Failure(message: "'\(spelling) \(text)' names no file after @", location: argument.location)
        }
        // Checked here, so a missing file is said at its -F rather than as a YAML that does not load.
        guard case .file = FileSystem.kind(of: absolute(written)) else {
            throw CurlImport.Failure(message: "'\(spelling) \(text)': no such file '\(written)'", location: argument.location)
        }
        var field = ImportedRequest.FormField(name: name, value: "", file: absolute(written))
        for piece in pieces {
            if piece.hasPrefix("type=") {
                field.contentType = String(piece.dropFirst(5))
            } else if piece.hasPrefix("filename=") {
                field.filename = String(piece.dropFirst(9))
            } else {
                throw CurlImport.Failure(
                    message: "'\(spelling) \(text)': unknown part setting '\(piece)' (the import reads type= and filename=)",
                    location: argument.location)
            }
        }
        return field
    }

    /// A path as curl read it (from the working directory), made absolute for the YAML file.
    private static func absolute(_ path: String) -> String {
        if path.hasPrefix("/") { return path }
        let here = FileSystem.workingDirectory
        return here.isEmpty ? path : here + "/" + path
    }

    private func refuseFile(_ argument: Word, _ spelling: String) throws(CurlImport.Failure) {
        if argument.text.hasPrefix("@") {
            throw CurlImport.Failure(
                message: "'\(spelling) \(argument.text)' reads a file: paste the data itself (--data-raw keeps a leading @)",
                location: argument.location)
        }
    }

    /// `--data-urlencode`'s forms: `content`, `=content`, `name=content` (the content encoded).
    private static func urlencoded(_ argument: Word, _ spelling: String) throws(CurlImport.Failure) -> String {
        let text = argument.text
        if let equals = text.firstIndex(of: "=") {
            let name = String(text[..<equals]), content = String(text[text.index(after: equals)...])
            if name.contains("@") {
                throw CurlImport.Failure(message: "'\(spelling) \(text)' reads a file: paste the data itself", location: argument.location)
            }
            return (name.isEmpty ? "" : name + "=") + PercentEncoding.encode(content)
        }
        if text.contains("@") {  // `@file` and `name@file`, as curl reads them
            throw CurlImport.Failure(message: "'\(spelling) \(text)' reads a file: paste the data itself", location: argument.location)
        }
        return PercentEncoding.encode(text)
    }

    private mutating func addHeader(_ argument: Word) throws(CurlImport.Failure) {
        let text = argument.text
        if text.hasSuffix(";"), !text.contains(":") {
            headers.append((String(text.dropLast()), ""))  // curl's way to send an empty header
            return
        }
        guard let colon = text.firstIndex(of: ":"), colon != text.startIndex else {
            throw CurlImport.Failure(message: "a header must be 'Name: value', found '\(text)'", location: argument.location)
        }
        let name = String(text[..<colon]).trimmingWhitespace()
        let value = String(text[text.index(after: colon)...]).trimmingWhitespace()
        if value.isEmpty { return }  // 'Name:' removes a header curl would add; Volley adds none of curl's
        headers.append((name, value))
    }

    private mutating func setURL(_ word: Word) throws(CurlImport.Failure) {
        if let url {
            throw CurlImport.Failure(
                message: "a second URL '\(word.text)' (the first is at \(url.location)): import one request per curl command",
                location: word.location)
        }
        url = word
    }

    private mutating func request(at location: SourceLocation) throws(CurlImport.Failure) -> ImportedRequest {
        guard let url else { throw CurlImport.Failure(message: "the curl command has no URL", location: location) }
        var urlText = url.text
        if !urlText.contains("://") { urlText = "http://" + urlText }  // curl's default scheme
        var body: ImportedRequest.Body? = nil
        var headers = self.headers
        func hasHeader(_ name: String) -> Bool { headers.contains { $0.name.lowercased() == name.lowercased() } }

        if !form.isEmpty {
            // curl refuses -F with -d or --json ("You can only select one HTTP request method").
            guard json.isEmpty, data.isEmpty else {
                throw CurlImport.Failure(message: "-F cannot be used with -d or --json (curl refuses both in one command)", location: location)
            }
            body = .multipart(form)
        } else if !json.isEmpty {
            let text = json.joined()
            if let value = try? JSONValue.parse(text) { body = .json(value) } else { body = .raw(text) }
            if !hasHeader("Accept") { headers.append(("Accept", "application/json")) }
            if case .raw = body, !hasHeader("Content-Type") { headers.append(("Content-Type", "application/json")) }
        } else if !data.isEmpty {
            let text = data.joined(separator: "&")
            if get {
                urlText += (urlText.contains("?") ? "&" : "?") + text
            } else if let type = headers.first(where: { $0.name.lowercased() == "content-type" })?.value.lowercased(),
                type.hasPrefix("application/json"), let value = try? JSONValue.parse(text)
            {
                // Volley's json: sets the same Content-Type; the header written here stays for clarity.
                body = .json(value)
            } else {
                body = .raw(text)
                if !hasHeader("Content-Type") { headers.append(("Content-Type", "application/x-www-form-urlencoded")) }
            }
        }

        let method = self.method ?? (head ? "HEAD" : (body != nil ? "POST" : "GET"))
        var request = ImportedRequest(name: Self.name(method: method, url: urlText), method: method, url: urlText)
        request.comments = comments
        request.timeout = timeout
        request.followRedirects = followRedirects
        request.compressed = compressed
        request.notes = notes

        // A credential in the paste goes into the keyring or VOLLEY_SECRET_…, not the collection file.
        if let index = headers.firstIndex(where: { $0.name.lowercased() == "authorization" }) {
            let value = headers[index].value
            if value.lowercased().hasPrefix("bearer ") {
                request.auth = .bearer(variable: "token")
                request.notes.append("the bearer token was left out of the file: give it as the secret 'token' (VOLLEY_SECRET_token, the keyring or a secrets file)")
            } else {
                headers[index].value = "{{authorization}}"
                request.notes.append("the Authorization header was left out of the file: give it as the secret 'authorization'")
            }
            if request.auth != nil { headers.remove(at: index) }
        }
        if user != nil, let awsScope {
            request.auth = .awsSigV4(accessKeyVariable: "aws_access_key", region: awsScope.region, service: awsScope.service)
            request.notes.append("the key pair from -u was left out of the file: give them as the secrets 'aws_access_key' and 'aws_secret_key'")
        } else if let user {
            let parts = user.text.split(separator: ":", maxSplits: 1, omittingEmptySubsequences: false)
            let username = String(parts[0])
            switch challenge {
            case "digest": request.auth = .digest(username: username, passwordVariable: "password")
            case "ntlm": request.auth = .ntlm(username: username, passwordVariable: "password")
            default: request.auth = .basic(username: username, passwordVariable: "password")
            }
            request.notes.append(
                parts.count == 2
                    ? "the password from -u was left out of the file: give it as the secret 'password' (VOLLEY_SECRET_password, the keyring or a secrets file)"
                    : "-u named no password: give it as the secret 'password'")
        }
        if headers.contains(where: { $0.value.contains("{{") && $0.value != "{{authorization}}" }) || urlText.contains("{{") {
            request.notes.append("'{{' in the command is read by Volley as a placeholder")
        }
        request.headers = headers
        request.body = body
        return request
    }

    /// `POST /search`: the method and the URL's path, which is what tells requests apart in a run.
    static func name(method: String, url: String) -> String {
        var rest = Substring(url)
        if let scheme = rest.firstRange(of: "://") { rest = rest[scheme.upperBound...] }
        let path = rest.firstIndex(of: "/").map { rest[$0...] } ?? "/"
        let cut = path.firstIndex { $0 == "?" || $0 == "#" }.map { path[..<$0] } ?? path
        return "\(method) \(cut)"
    }
}
