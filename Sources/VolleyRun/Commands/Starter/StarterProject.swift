/// What `init` writes: a collection that calls an API with a key from the keyring, checks the
/// answer and carries a value to the next request; an environment that says where the key
/// lives; and a CI job that runs the collection. The texts are here, in the library, so tests
/// can validate and run them; the command only asks for them and says what was written.
public struct StarterProject: Sendable {
    public struct File: Sendable, Equatable {
        /// Relative to the folder the project is written into.
        public var path: String
        public var contents: String
    }

    /// Where the Debian package installs the JSON Schemas; a starter names them in its modelines.
    public static let installedSchemaFolder = "/usr/share/volley/schemas"

    public static let collectionPath = "api.yaml"
    public static let environmentName = "production"
    public static var environmentPath: String { "environments/\(environmentName).yaml" }
    /// The keyring item the environment's secret points at (`volley secrets set` stores it).
    public static let keyringService = "coresignal"
    public static let keyringAccount = "default"

    public let files: [File]

    /// `schemaFolder` is the folder holding `volley-collection-1.schema.json` and
    /// `volley-environment-1.schema.json`, named as editors should find it.
    public init(ci: StarterCI, schemaFolder: String = StarterProject.installedSchemaFolder) {
        var files = [
            File(path: Self.collectionPath, contents: StarterTexts.collection(schemaFolder: schemaFolder)),
            File(path: Self.environmentPath, contents: StarterTexts.environment(schemaFolder: schemaFolder)),
        ]
        if let job = ci.job { files.append(job) }
        self.files = files
    }
}

/// Which CI system's job file a starter project includes.
public enum StarterCI: String, CaseIterable, Sendable {
    case github, gitlab, none

    var job: StarterProject.File? {
        switch self {
        case .github: StarterProject.File(path: ".github/workflows/volley.yml", contents: StarterCIJobs.gitHubActions)
        case .gitlab: StarterProject.File(path: ".gitlab-ci.yml", contents: StarterCIJobs.gitLab)
        case .none: nil
        }
    }
}
