import VolleyCore
import VolleyParser
import VolleyPostman

/// The run's environment files, each parsed once however many collections use it: collections
/// in one folder share `environments/NAME.yaml`, and `--env path.yaml` names a single file.
public final class EnvironmentFiles {
    private let sources: SourceFiles
    private var parsed: [String: Result<Environment, DiagnosticList>] = [:]

    public init(sources: SourceFiles) {
        self.sources = sources
    }

    /// The environment `env` names for the collection at `collectionPath`.
    /// Throws `InputError` for a missing file and `DiagnosticList` for one with errors.
    public func environment(_ env: String, forCollectionAt collectionPath: String) throws -> Environment {
        let file = try Self.path(of: env, besideCollectionAt: collectionPath)
        if let known = parsed[file] { return try known.get() }
        let text = try sources.read(file)
        let result: Result<Environment, DiagnosticList>
        do {
            result = .success(try Self.parse(text, file: file, name: Self.name(of: env, file: file)))
        } catch {
            result = .failure(error)
        }
        parsed[file] = result
        return try result.get()
    }

    /// `--globals FILE`: a Postman globals (or environment) export, or a Volley environment file.
    public func globals(_ path: String) throws -> Environment {
        guard FileSystem.exists(path) else { throw InputError("globals file not found: '\(path)'") }
        return try Self.parse(try sources.read(path), file: path, name: PathText.baseName(of: path))
    }

    /// A Postman export (JSON, by its content) or Volley's YAML.
    static func parse(_ text: String, file: String, name: String) throws(DiagnosticList) -> Environment {
        if PostmanFormat.isEnvironment(path: file, source: text) {
            return try PostmanEnvironmentDecoder.decode(source: text, file: file, name: name)
        }
        return try CollectionParser.parseEnvironment(source: text, file: file, name: name)
    }

    /// How reports name the environment: the name as given, or a path's base name.
    public static func name(of env: String, file: String) -> String {
        isPath(env) ? PathText.baseName(of: file) : env
    }

    static func isPath(_ env: String) -> Bool {
        env.contains("/") || env.hasSuffix(".yaml") || env.hasSuffix(".yml") || env.hasSuffix(".json")
    }

    /// A name → `environments/NAME.yaml` (or `.yml`) beside the collection; a path as given.
    public static func path(of env: String, besideCollectionAt collection: String) throws(InputError) -> String {
        if isPath(env) {
            guard FileSystem.exists(env) else { throw InputError("environment file not found: '\(env)'") }
            return env
        }
        let base = PathText.join(PathText.directory(of: collection), "environments")
        for candidate in [base + "/\(env).yaml", base + "/\(env).yml"] where FileSystem.exists(candidate) {
            return candidate
        }
        throw InputError("environment '\(env)' not found: looked for \(base)/\(env).yaml")
    }
}
