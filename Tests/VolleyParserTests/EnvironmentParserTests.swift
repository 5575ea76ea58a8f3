import Testing
import VolleyCore
import VolleyParser

@Suite struct EnvironmentParserTests {
    @Test func variablesWithTheirTypesAndPositions() throws {
        let source = """
            variables:
              base_url: https://staging.example.com
              retries: 3
              flags: { beta: true }
              empty: ~
            """
        let environment = try CollectionParser.parseEnvironment(source: source, file: "env.yaml", name: "staging")
        #expect(environment.name == "staging")
        #expect(environment.file == "env.yaml")
        #expect(environment.variables.mapValues(\.value) == [
            "base_url": "https://staging.example.com", "retries": 3, "flags": ["beta": true], "empty": .null,
        ])
        #expect(environment.variables["retries"]?.location == SourceLocation(file: "env.yaml", line: 3, column: 3))
    }

    @Test func emptyFileIsAnEmptyEnvironment() throws {
        let environment = try CollectionParser.parseEnvironment(source: "# nothing\n", file: "env.yaml", name: "dev")
        #expect(environment == Environment(name: "dev", file: "env.yaml"))
    }

    @Test func unknownKeyWithSuggestion() {
        #expect(environmentErrors("variabels:\n  a: 1\n") == ["1:1: unknown key 'variabels' (did you mean 'variables'?)"])
    }

    @Test func variablesMustBeAMap() {
        #expect(environmentErrors("variables: [a]\n") == ["1:12: 'variables' must be a map, found a list"])
    }

    @Test func rootMustBeAMap() {
        #expect(environmentErrors("just text\n") == ["1:1: an environment file must be a map with 'variables', found 'just text'"])
    }

    @Test func nanIsNotJSON() {
        #expect(environmentErrors("variables:\n  x: .nan\n") == ["2:6: '.nan' is not a JSON number (quote it to send the text)"])
    }
}
