import VolleyCore
import VolleySecrets
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

extension ReportDestinations {
    /// A file the run reads, named as messages name it ("the collection").
    public struct InputFile: Sendable {
        public var path: String
        public var role: String

        public init(_ path: String, role: String) {
            self.path = path
            self.role = role
        }
    }

    /// The files `configuration` reads: its collections, environment files, iteration data and
    /// secrets file. A path that does not resolve is left out: loading reports it in its own words.
    public static func inputs(of configuration: RunConfiguration) -> [InputFile] {
        let collections = (try? SourceFiles.collectionPaths(configuration.paths)) ?? configuration.paths
        var inputs = collections.map { InputFile($0, role: "the collection") }
        if let env = configuration.variables.environment {
            for collection in collections {
                if let file = try? EnvironmentFiles.path(of: env, besideCollectionAt: collection) {
                    inputs.append(InputFile(file, role: "the environment file"))
                }
            }
        }
        if let globals = configuration.variables.globals { inputs.append(InputFile(globals, role: "the globals file")) }
        if let data = configuration.iterationsData { inputs.append(InputFile(data, role: "the iteration data")) }
        if let secrets = configuration.secrets.secretsFile { inputs.append(InputFile(secrets, role: "the secrets file")) }
        return inputs
    }

    /// The files only loading names: each environment's `file:` secrets and each collection's
    /// `file:` scripts. Checked once loading is done, still before anything is sent, so a report
    /// cannot replace the key a request needs or the script it runs.
    public static func inputs(of loaded: LoadedCollections) -> [InputFile] {
        var inputs: [InputFile] = []
        for entry in loaded.entries {
            for script in entry.collection.allScripts where script.origin.file != entry.collection.file {
                inputs.append(InputFile(script.origin.file, role: "a script of the collection"))
            }
            for (name, secret) in (entry.environment?.secrets ?? [:]).sorted(by: { $0.key < $1.key }) {
                if case .file(let path) = secret.value {
                    inputs.append(InputFile(SecretFilePath.expanded(path), role: "the file of secret '\(name)'"))
                }
            }
        }
        return inputs
    }

    /// Refuses, before anything is sent, a report that would replace a file the run reads (a
    /// collection would be lost to its own report) or that another report writes too (one would
    /// silently replace the other). Devices and FIFOs (`/dev/null`) may take several reports.
    /// Call after `prepare()`, which creates the reports' folders.
    public func refuseClashes(with inputs: [InputFile]) throws(InputError) {
        var inputIdentities: [FileIdentity: InputFile] = [:]
        for input in inputs {
            if let identity = FileIdentity(of: input.path), inputIdentities[identity] == nil { inputIdentities[identity] = input }
        }
        var written: [FileIdentity: (kind: String, path: String)] = [:]
        for (kind, path) in named {
            guard case .atomic(let file) = try ReportFile.target(for: path), let identity = FileIdentity(ofReport: file) else {
                continue
            }
            if let input = inputIdentities[identity] {
                throw InputError(
                    "\(kind) '\(path)' would overwrite \(input.role) '\(input.path)': write the report somewhere else")
            }
            if let earlier = written[identity] {
                throw InputError(
                    "\(earlier.kind) '\(earlier.path)' and \(kind) '\(path)' are the same file: one would replace the other")
            }
            written[identity] = (kind, path)
        }
    }

    /// Each report given, with how messages name it.
    var named: [(kind: String, path: String)] {
        [("the JSON report", json), ("the JUnit report", junit), ("the HTML report", html), ("the Markdown summary", markdown)]
            .compactMap { kind, path in path.map { (kind, $0) } }
    }
}

/// What makes two paths the same file: the device and inode of a file that exists (whatever
/// links or `..` lead to it), else those of its folder and its name, for a report not written yet.
struct FileIdentity: Hashable {
    var device: UInt64
    var inode: UInt64
    var name: String?

    init?(of path: String) {
        var info = stat()
        guard stat(path, &info) == 0 else { return nil }
        device = UInt64(info.st_dev)
        inode = UInt64(info.st_ino)
    }

    init?(ofReport path: String) {
        if let existing = FileIdentity(of: path) {
            self = existing
            return
        }
        let folder = PathText.directory(of: path)
        guard var identity = FileIdentity(of: folder.isEmpty ? "." : folder) else { return nil }
        identity.name = PathText.fileName(of: path)
        self = identity
    }
}
