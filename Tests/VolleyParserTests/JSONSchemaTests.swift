import Foundation
import Testing
import VolleyCore
import VolleyJSON
@testable import VolleyParser

/// The JSON Schemas in schemas/ (for editors, through yaml-language-server) against the parser,
/// which is the truth: same keys per map, same fixed sets, and every shipped file valid.
@Suite struct JSONSchemaTests {
    static let repository = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let collectionSchema = repository.appendingPathComponent("schemas/volley-collection-1.schema.json")
    static let environmentSchema = repository.appendingPathComponent("schemas/volley-environment-1.schema.json")

    static func definitions(_ url: URL) throws -> JSONObject {
        let schema = try JSONValue.parse(try String(contentsOf: url, encoding: .utf8))
        return try #require(schema.objectValue?["definitions"]?.objectValue)
    }

    /// Each definition with `properties` is one fixed-key map of the decoder, and the two name
    /// the same keys; a difference is listed both ways so the fix is plain.
    static func compare(_ url: URL, with decoderKeys: [String: [String]]) throws {
        let definitions = try definitions(url)
        let mapped = Set(definitions.entries.filter { $0.value.objectValue?["properties"] != nil }.map(\.key))
        let onlySchema = mapped.subtracting(decoderKeys.keys).sorted()
        let onlyDecoder = Set(decoderKeys.keys).subtracting(mapped).sorted()
        #expect(mapped == Set(decoderKeys.keys), "maps only in the schema \(onlySchema), only in the decoder \(onlyDecoder)")
        for (name, keys) in decoderKeys {
            let properties = Set(definitions[name]?.objectValue?["properties"]?.objectValue?.keys ?? [])
            #expect(
                properties == Set(keys),
                "\(name): only in the schema \(properties.subtracting(keys).sorted()), only in the decoder \(Set(keys).subtracting(properties).sorted())")
            #expect(definitions[name]?.objectValue?["additionalProperties"] == .bool(false), "\(name) must refuse other keys, as the decoder does")
            for property in properties {
                let description = definitions[name]?.objectValue?["properties"]?.objectValue?[property]?.objectValue?["description"]
                #expect(description?.stringValue?.isEmpty == false, "\(name).\(property) has no description")
            }
        }
    }

    @Test func collectionSchemaDefinesExactlyTheKeysTheDecoderAccepts() throws {
        try Self.compare(Self.collectionSchema, with: CollectionDecoder.collectionMappingKeys)
    }

    @Test func environmentSchemaDefinesExactlyTheKeysTheDecoderAccepts() throws {
        try Self.compare(Self.environmentSchema, with: CollectionDecoder.environmentMappingKeys)
    }

    @Test func fixedSetsAreTheDecoders() throws {
        let definitions = try Self.definitions(Self.collectionSchema)
        func enumeration(_ definition: String, _ property: String) -> [String] {
            definitions[definition]?.objectValue?["properties"]?.objectValue?[property]?.objectValue?["enum"]?
                .arrayValue?.compactMap(\.stringValue) ?? []
        }
        #expect(enumeration("predicateMap", "type") == JSONType.allCases.map(\.rawValue))
        #expect(enumeration("apikey", "in") == AuthSpec.APIKeyPlacement.allCases.map(\.rawValue))
    }

    /// Every YAML file under Collections/ and examples/; those in an `environments` folder are
    /// environments, the rest collections.
    static func shippedFiles() -> [(url: URL, schema: URL)] {
        var files: [(URL, URL)] = []
        for folder in ["Collections", "examples"] {
            let base = repository.appendingPathComponent(folder)
            let walker = FileManager.default.enumerator(at: base, includingPropertiesForKeys: nil)
            while let url = walker?.nextObject() as? URL {
                guard ["yaml", "yml"].contains(url.pathExtension) else { continue }
                let isEnvironment = url.deletingLastPathComponent().lastPathComponent == "environments"
                files.append((url, isEnvironment ? environmentSchema : collectionSchema))
            }
        }
        return files.sorted { $0.0.path < $1.0.path }
    }

    @Test func everyShippedFileHasTheSchemasShape() throws {
        let files = Self.shippedFiles()
        #expect(files.count >= 4)
        for (url, schemaURL) in files {
            let check = try SchemaShapeCheck(schemaAt: schemaURL)
            let problems = try check.problems(ofYAML: try String(contentsOf: url, encoding: .utf8), file: url.path)
            #expect(problems.isEmpty, "\(url.lastPathComponent): \(problems)")
        }
    }

    @Test func theShapeCheckFindsAKeyTheSchemaDoesNotDefine() throws {
        let check = try SchemaShapeCheck(schemaAt: Self.collectionSchema)
        let source = """
            name: c
            requests:
              - name: folder
                requests:
                  - { name: r, url: "http://x", expect: { status: { gte: 200, lesser: 300 } } }
                  - { name: s, url: "http://x", retry: { count: 2, max_wiat: 5s } }
            """
        #expect(try check.problems(ofYAML: source, file: "c.yaml") == [
            "$.requests[0].requests[0].expect.status: unknown key 'lesser'",
            "$.requests[0].requests[1].retry: unknown key 'max_wiat'",
        ])
    }

    static let hasPythonJSONSchema = python(["-c", "import yaml, jsonschema"]).status == 0

    static func python(_ arguments: [String]) -> (status: Int32, output: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3"] + arguments
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        do { try process.run() } catch { return (-1, "\(error)") }
        let output = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        return (process.terminationStatus, output)
    }

    /// The full draft-07 check (patterns, bounds, exactly-one-of), where PyYAML and jsonschema are installed.
    @Test(.enabled(if: hasPythonJSONSchema)) func everyShippedFileValidatesWithJSONSchema() {
        let script = """
            import json, re, sys, yaml, jsonschema
            # YAML 1.2 booleans, as Volley and yaml-language-server read them: PyYAML's 1.1 rules
            # would turn retry's `on:` key into True.
            class Loader(yaml.SafeLoader): pass
            Loader.yaml_implicit_resolvers = {
                first: [r for r in resolvers if r[0] != "tag:yaml.org,2002:bool"]
                for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()}
            Loader.add_implicit_resolver(
                "tag:yaml.org,2002:bool", re.compile("^(?:true|True|TRUE|false|False|FALSE)$"), list("tTfF"))
            failed = False
            for schema_path, path in zip(sys.argv[1::2], sys.argv[2::2]):
                schema = json.load(open(schema_path))
                jsonschema.Draft7Validator.check_schema(schema)
                for error in jsonschema.Draft7Validator(schema).iter_errors(yaml.load(open(path), Loader=Loader)):
                    failed = True
                    print(path, list(error.absolute_path), error.message)
            sys.exit(1 if failed else 0)
            """
        let pairs = Self.shippedFiles().flatMap { [$0.schema.path, $0.url.path] }
        let result = Self.python(["-c", script] + pairs)
        #expect(result.status == 0, "\(result.output)")
    }
}
