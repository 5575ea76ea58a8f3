#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import VolleyCore

extension StarterProject {
    /// The schemas shipped with the running binary: `PREFIX/share/volley/schemas` beside
    /// `PREFIX/bin/volley`, as the release archive and the Debian package lay them out, so the
    /// modelines name files that exist wherever the archive was unpacked. A binary built from
    /// source (`REPO/.build/…/volley`) names the repository's `schemas/`, which an editor can
    /// read; anything else gets the Debian package's folder.
    public static func schemaFolderBesideExecutable() -> String {
        guard let executable = executablePath() else { return installedSchemaFolder }
        let components = executable.split(separator: "/", omittingEmptySubsequences: false)
        if let build = components.firstIndex(of: ".build"), build > 0 {
            let folder = components[..<build].joined(separator: "/") + "/schemas"
            if FileSystem.kind(of: PathText.join(folder, "volley-collection-1.schema.json")) == .file { return folder }
        }
        let bin = PathText.directory(of: executable)
        guard PathText.fileName(of: bin) == "bin" else { return installedSchemaFolder }
        let folder = PathText.join(PathText.directory(of: bin), "share/volley/schemas")
        let exists = FileSystem.kind(of: PathText.join(folder, "volley-collection-1.schema.json")) == .file
        return exists ? folder : installedSchemaFolder
    }

    /// The running binary's own path, symlinks resolved (Linux's `/proc/self/exe`); nil elsewhere,
    /// where the installed folder is the answer.
    private static func executablePath() -> String? {
        #if os(Linux)
        var buffer = [CChar](repeating: 0, count: Int(PATH_MAX) + 1)
        let count = readlink("/proc/self/exe", &buffer, buffer.count - 1)
        guard count > 0 else { return nil }
        return String(decoding: buffer[0..<count].map { UInt8(bitPattern: $0) }, as: UTF8.self)
        #else
        return nil
        #endif
    }
}
