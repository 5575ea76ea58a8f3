import Foundation
import Testing
import TestSupport
import VolleyRun

@Suite("volley init's starter project")
struct StarterProjectTests {
    @Test(arguments: [
        (StarterCI.github, ["api.yaml", "environments/production.yaml", ".github/workflows/volley.yml"]),
        (.gitlab, ["api.yaml", "environments/production.yaml", ".gitlab-ci.yml"]),
        (.none, ["api.yaml", "environments/production.yaml"]),
    ])
    func writesTheCollectionTheEnvironmentAndTheChosenJob(ci: StarterCI, expected: [String]) throws {
        let dir = try TemporaryDirectory()
        let project = StarterProject(ci: ci)

        let written = try project.write(into: dir.path)

        #expect(written == expected.map { dir.path + "/" + $0 })
        for file in project.files { #expect(try dir.read(file.path) == file.contents) }
        let everything = try FileManager.default.subpathsOfDirectory(atPath: dir.path).filter {
            try FileManager.default.attributesOfItem(atPath: dir.path($0))[.type] as? FileAttributeType == .typeRegular
        }
        #expect(Set(everything) == Set(expected), "nothing else is written")
    }

    @Test func theModelinesNameTheSchemaFolderGiven() throws {
        let project = StarterProject(ci: .none, schemaFolder: "/opt/volley/share/volley/schemas")

        #expect(project.files[0].contents.hasPrefix(
            "# yaml-language-server: $schema=/opt/volley/share/volley/schemas/volley-collection-1.schema.json\n"))
        #expect(project.files[1].contents.hasPrefix(
            "# yaml-language-server: $schema=/opt/volley/share/volley/schemas/volley-environment-1.schema.json\n"))
        #expect(StarterProject(ci: .none).files[0].contents.contains("$schema=/usr/share/volley/schemas/"))
    }

    @Test func theKeyComesFromTheKeyringNeverFromAVariable() throws {
        let project = StarterProject(ci: .github)
        let environment = project.files[1].contents

        #expect(environment.contains("keyring: { service: coresignal, account: default }"))
        #expect(project.files[0].contents.contains(#"apikey: { value: "{{apikey}}", in: header, name: apikey }"#))
        #expect(project.files[2].contents.contains("VOLLEY_SECRET_apikey: ${{ secrets.API_KEY }}"))
        #expect(!project.files.contains { $0.contents.contains("VOLLEY_VAR_") })
    }

    @Test func refusesWhenAnyFileExistsAndWritesNoneOfThem() throws {
        let dir = try TemporaryDirectory()
        _ = try dir.write("mine\n", to: ".github/workflows/volley.yml")

        #expect {
            try StarterProject(ci: .github).write(into: dir.path)
        } throws: { error in
            (error as? StarterProject.WriteFailure)?.message
                == "'\(dir.path)/.github/workflows/volley.yml' already exists; nothing was written"
        }
        #expect(try dir.read(".github/workflows/volley.yml") == "mine\n")
        #expect(!FileManager.default.fileExists(atPath: dir.path("api.yaml")))
        #expect(!FileManager.default.fileExists(atPath: dir.path("environments")))
    }

    @Test func namesEveryFileInTheWayAndCountsADanglingLinkAsOne() throws {
        let dir = try TemporaryDirectory()
        try FileManager.default.createSymbolicLink(atPath: dir.path("api.yaml"), withDestinationPath: dir.path("nowhere.yaml"))
        _ = try dir.write("variables: {}\n", to: "environments/production.yaml")

        #expect {
            try StarterProject(ci: .none).write(into: dir.path)
        } throws: { error in
            (error as? StarterProject.WriteFailure)?.message
                == "'\(dir.path)/api.yaml', '\(dir.path)/environments/production.yaml' already exist; nothing was written"
        }
        #expect(!FileManager.default.fileExists(atPath: dir.path("nowhere.yaml")), "not written through the link")
    }

    @Test func aFailedWriteTakesBackTheFilesWrittenBeforeIt() throws {
        let dir = try TemporaryDirectory()
        // A file where the environments folder must go: the collection is written, the environment cannot be.
        _ = try dir.write("", to: "environments")

        #expect {
            try StarterProject(ci: .none).write(into: dir.path)
        } throws: { error in
            (error as? StarterProject.WriteFailure)?.message
                == "cannot write '\(dir.path)/environments/production.yaml': not a directory; nothing was written"
        }
        #expect(!FileManager.default.fileExists(atPath: dir.path("api.yaml")))
    }
}
