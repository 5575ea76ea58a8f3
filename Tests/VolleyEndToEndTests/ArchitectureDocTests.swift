import Foundation
import Testing
import TestSupport

/// docs/architecture.md promises which module may import which; this holds the code to it, so
/// an arrow pointing the wrong way fails here instead of going unnoticed (and the page stays true).
@Suite("docs/architecture.md matches the code")
struct ArchitectureDocTests {
    let root = packageRoot()

    /// `module → allowed imports`, from the doc's table rows `| `Name` | A, B, C | … |`, where
    /// "every module above" stands for the modules of the rows before.
    func allowedImports() throws -> [String: Set<String>] {
        let doc = try String(contentsOfFile: "\(root)/docs/architecture.md", encoding: .utf8)
        var allowed: [String: Set<String>] = [:]
        var above: Set<String> = []
        for line in doc.split(separator: "\n") where line.hasPrefix("| `") {
            let cells = line.split(separator: "|", omittingEmptySubsequences: false).map {
                $0.trimmingCharacters(in: .whitespaces)
            }
            guard cells.count > 3 else { continue }
            let module = cells[1].trimmingCharacters(in: CharacterSet(charactersIn: "`"))
            // "Glibc/Darwin" and "Foundation and Security (macOS Keychain only)" name several.
            let names = cells[2].components(separatedBy: CharacterSet(charactersIn: ",/ ()"))
                .filter { $0.first?.isUppercase == true }
            allowed[module] = Set(names).union(cells[2].contains("every module above") ? above : [])
            above.insert(module)
        }
        return allowed
    }

    /// Every module a source file of `module` imports.
    func imports(of module: String) throws -> [(file: String, module: String)] {
        let directory = "\(root)/Sources/\(module)"
        guard let files = FileManager.default.enumerator(atPath: directory) else { return [] }
        var found: [(String, String)] = []
        for case let file as String in files where file.hasSuffix(".swift") {
            let text = try String(contentsOfFile: "\(directory)/\(file)", encoding: .utf8)
            for line in text.split(separator: "\n") {
                let words = line.split(separator: " ")
                guard let index = words.firstIndex(of: "import"), index <= 1, index + 1 < words.count else { continue }
                if index == 1, !["public", "internal", "package", "private", "fileprivate"].contains(String(words[0])) {
                    continue
                }
                found.append((file, String(words[index + 1])))
            }
        }
        return found
    }

    @Test func everyModuleOfThePackageHasARow() throws {
        let allowed = try allowedImports()
        let modules = try FileManager.default.contentsOfDirectory(atPath: "\(root)/Sources")
            .filter { !$0.hasPrefix("C") && $0 != "volley-demo-server" }
        for module in modules {
            #expect(allowed[module] != nil, "docs/architecture.md has no row for Sources/\(module)")
        }
    }

    @Test func noModuleImportsWhatItsRowDoesNotAllow() throws {
        let allowed = try allowedImports()
        #expect(allowed.count >= 10, "the table was not found: \(allowed.keys.sorted())")
        for (module, rule) in allowed {
            for (file, imported) in try imports(of: module) where !rule.contains(imported) {
                Issue.record("Sources/\(module)/\(file) imports \(imported); docs/architecture.md allows \(rule.sorted())")
            }
        }
    }

    @Test func theCoreImportsNoLibraryThatDoesIO() throws {
        let core = try imports(of: "VolleyCore").map(\.module)
        for forbidden in ["Foundation", "Glibc", "Darwin", "CCurl", "CYAML", "CSecret", "VolleyQuota", "VolleyExecutor"] {
            #expect(!core.contains(forbidden), "VolleyCore imports \(forbidden)")
        }
    }
}
