import VolleyCore
import VolleyJSON
import VolleyPostman

/// `volley import postman FILE [--env FILE] -o DIR`: a Postman collection (and environment)
/// written as a Volley YAML collection with `environments/`, to run the same requests. Plain
/// checks become `expect:` and `capture:`, other scripts stay scripts; secret values are never
/// written: they become `secrets:` entries read from the keyring.
public enum PostmanImport {
    public struct Written: Sendable {
        /// Every file written, the collection first.
        public var files: [String]
        /// Lines for the user: what was converted and what to do next (store the secrets).
        public var messages: [String]
        /// The environment written beside the collection, by the name `run` takes.
        public var environmentName: String?
    }

    /// A file the import would write exists already: nothing was written (the front end names
    /// the flag that replaces it).
    public struct FileInTheWay: Error, Sendable {
        public var path: String
    }

    /// A name that looks like a credential: its value goes to `secrets:`, not into a file.
    static func isSecretName(_ name: String) -> Bool {
        let lower = name.lowercased()
        return ["apikey", "api_key", "api-key", "token", "password", "passwd", "secret", "credential", "private_key"]
            .contains { lower.contains($0) }
    }

    /// Throws `LoadedCollections.Failure` (exit 2) for an unreadable or invalid input or a file
    /// that cannot be written, `FileInTheWay` for a file in the way (`overwrite` false).
    public static func run(
        collection path: String, environment envPath: String?, into directory: String, overwrite: Bool = false,
        sources: SourceFiles = SourceFiles()
    ) throws -> Written {
        let collection: Collection
        var environment: Environment?
        do {
            let text = try sources.read(path)
            collection = try PostmanCollectionDecoder.decode(source: text, file: path, files: .fileSystem)
            if let envPath {
                let envText = try sources.read(envPath)
                environment = try PostmanEnvironmentDecoder.decode(source: envText, file: envPath, name: PathText.baseName(of: envPath))
            }
        } catch let error as DiagnosticList {
            throw LoadedCollections.Failure(
                messages: error.diagnostics.map(sources.render), errorCount: error.diagnostics.count, diagnostics: [])
        } catch let error as InputError {
            throw LoadedCollections.Failure(error.message)
        } catch {
            throw LoadedCollections.Failure("\(error)")
        }

        let slug = slugged(collection.name)
        let envName = environment.map { slugged($0.name) } ?? "default"
        var writer = PostmanYAMLWriter(service: slug)
        let collectionText = writer.collection(collection)
        var secretNames = writer.movedSecrets.map(\.name)
        var envVariables: [(String, JSONValue)] = []
        for (name, value) in (environment?.variables ?? [:]).sorted(by: { $0.key < $1.key }) {
            if environment?.sensitiveNames.contains(name) == true || isSecretName(name) {
                if !secretNames.contains(name) { secretNames.append(name) }
            } else {
                envVariables.append((name, value.value))
            }
        }
        secretNames.sort()

        let collectionFile = PathText.join(directory, slug + ".yaml")
        let envFile = PathText.join(PathText.join(directory, "environments"), envName + ".yaml")
        var files = [collectionFile]
        var outputs = [(collectionFile, collectionText)]
        if environment != nil || !secretNames.isEmpty {
            files.append(envFile)
            outputs.append((envFile, environmentText(variables: envVariables, secrets: secretNames, service: slug)))
        }
        if !overwrite, let existing = files.first(where: FileSystem.exists) {
            throw FileInTheWay(path: existing)
        }
        for (file, text) in outputs {
            guard FileSystem.createFolders(PathText.directory(of: file)) else {
                throw LoadedCollections.Failure("cannot create the folder of '\(file)'")
            }
            if let error = FileSystem.write(text, to: file) {
                throw LoadedCollections.Failure("cannot write '\(file)': \(error.reason)")
            }
        }

        var messages = [
            "\(path): \(writer.requestCount) request\(writer.requestCount == 1 ? "" : "s"), "
                + "\(writer.convertedScripts) test script\(writer.convertedScripts == 1 ? "" : "s") as expect:/capture:, "
                + "\(writer.keptScripts) kept as script\(writer.keptScripts == 1 ? "" : "s")",
        ]
        messages += files.map { "wrote \($0)" }
        if !secretNames.isEmpty {
            messages.append("secrets are not written to the files; store each in the keyring:")
            messages += secretNames.map { "  volley secrets set \(slug) \($0)" }
        }
        return Written(files: files, messages: messages, environmentName: files.count > 1 ? envName : nil)
    }

    static func environmentText(variables: [(String, JSONValue)], secrets: [String], service: String) -> String {
        var yaml = YAMLText()
        yaml.add(0, "# Converted from a Postman environment by 'volley import postman'.")
        if !variables.isEmpty {
            yaml.add(0, "variables:")
            for (name, value) in variables { yaml.add(2, "\(YAMLText.quoted(name)): \(YAMLText.value(value))") }
        }
        if !secrets.isEmpty {
            yaml.add(0, "secrets:")
            for name in secrets {
                yaml.add(2, "\(YAMLText.quoted(name)):")
                yaml.add(4, "keyring: { service: \(YAMLText.quoted(service)), account: \(YAMLText.quoted(name)) }")
            }
        }
        return yaml.joined
    }

    /// A file name from a collection or environment name: lowercase letters, digits and dashes.
    static func slugged(_ name: String) -> String {
        var out = ""
        for character in name.lowercased() {
            if character.isASCII && (character.isLetter || character.isNumber) {
                out.append(character)
            } else if !out.isEmpty, out.last != "-" {
                out.append("-")
            }
        }
        while out.last == "-" { out.removeLast() }
        return out.isEmpty ? "collection" : out
    }
}
