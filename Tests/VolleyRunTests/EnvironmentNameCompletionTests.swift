import Testing
import VolleyRun

@Suite("--env completes the environments beside the collections typed")
struct EnvironmentNameCompletionTests {
    /// A file system of a few folders: `kind` and `entries` answer from these paths only.
    let folders: [String: [String]] = [
        "environments": ["local.yaml"],
        "api/environments": ["dev.yaml", "staging.yml", "dev.yml", "notes.txt", ".hidden.yaml"],
        "billing/environments": ["prod.yaml"],
    ]
    let files: Set<String> = ["api/search.yaml", "billing/charges.yml", "out.csv"]

    func complete(_ words: [String], index: Int? = nil, prefix: String = "") -> [String] {
        EnvironmentNameCompletion.candidates(
            words: words, completing: index ?? words.count - 1, prefix: prefix,
            kind: { path in
                if files.contains(path) { return .file }
                return ["api", "billing"].contains(path) ? .directory : .missing
            },
            entries: { folders[$0] ?? [] })
    }

    @Test func aNameIsAYAMLFileStemOnceEachSortedAndNeverHidden() {
        #expect(EnvironmentNameCompletion.environmentNames(inEntries: folders["api/environments"]!) == ["dev", "staging"])
        #expect(EnvironmentNameCompletion.environmentNames(inEntries: [".yaml", "a.json", "yaml"]) == [])
    }

    @Test func theCollectionFileTypedChoosesItsFolder() {
        #expect(complete(["volley", "run", "api/search.yaml", "--env", ""]) == ["dev", "staging"])
    }

    @Test func aDirectoryTypedIsSearchedAndSeveralCollectionsAddTheirNames() {
        #expect(complete(["volley", "run", "api", "billing/charges.yml", "--env", ""]) == ["dev", "prod", "staging"])
    }

    @Test func withNoCollectionTypedTheCurrentFolderIsSearched() {
        #expect(complete(["volley", "run", "--bail", "--env", ""]) == ["local"])
    }

    @Test func optionsAndFilesThatAreNotCollectionsChooseNoFolder() {
        #expect(complete(["volley", "run", "--iterations-data", "out.csv", "missing.yaml", "--env", ""]) == ["local"])
    }

    @Test func theWordBeingCompletedIsNotACollectionAndItsPrefixFilters() {
        #expect(complete(["volley", "run", "api/search.yaml", "--env", "st"], prefix: "st") == ["staging"])
        #expect(complete(["volley", "run", "--env", "api"], prefix: "api") == [])
    }
}
