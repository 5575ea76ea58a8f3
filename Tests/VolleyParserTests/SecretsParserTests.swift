import Testing
import VolleyCore
import VolleyParser

/// `secrets:` in an environment file, and the `--secrets-file` that holds values.
@Suite struct SecretsParserTests {
    // MARK: Environment `secrets:`

    @Test func eachSourceWithTheLocationOfItsName() throws {
        let source = """
            variables:
              base_url: https://staging.example.com
            secrets:
              apikey: { keyring: { service: coresignal, account: default } }
              token: { env: OTHER_TOKEN }
              pass:
                file: ~/.config/acme/pass
              pin: { keyring: { service: bank, account: 2024 } }
            """
        let environment = try CollectionParser.parseEnvironment(source: source, file: "env.yaml", name: "staging")
        #expect(environment.secrets == [
            "apikey": Located(.keyring(service: "coresignal", account: "default"), at: at(4, 3, in: "env.yaml")),
            "token": Located(.environment("OTHER_TOKEN"), at: at(5, 3, in: "env.yaml")),
            "pass": Located(.file("~/.config/acme/pass"), at: at(6, 3, in: "env.yaml")),
            "pin": Located(.keyring(service: "bank", account: "2024"), at: at(8, 3, in: "env.yaml")),
        ])
        #expect(environment.variables.keys.sorted() == ["base_url"])
    }

    @Test func secretsAlone() throws {
        let environment = try CollectionParser.parseEnvironment(
            source: "secrets:\n  t: { env: T }\n", file: "env.yaml", name: "dev")
        #expect(environment.secrets.mapValues(\.value) == ["t": .environment("T")])
        #expect(environment.variables.isEmpty)
    }

    @Test func misspelledSecretsKey() {
        #expect(environmentErrors("secrest: {}\n") == ["1:1: unknown key 'secrest' (did you mean 'secrets'?)"])
    }

    @Test func secretsMustBeAMap() {
        #expect(environmentErrors("secrets: [a]\n") == ["1:10: 'secrets' must be a map, found a list"])
    }

    /// A key pasted where its source should be: neither the message nor the rendering shows it.
    @Test func aValueWrittenUnderSecretsIsNeverEchoed() throws {
        let key = "0f9c2d7e41ab58c3e6d0b7a9f1c4e2d8"
        let source = "secrets:\n  apikey: \(key)\n  other: { keyring: \"\(key)\" }\n"
        #expect(environmentErrors(source) == [
            "2:11: secret 'apikey' must say where its value lives (one of 'keyring', 'env' or 'file'), found a single value: "
                + "the value itself never goes in an environment file (keep it in the keyring, a process variable or a file, "
                + "and name that here)",
            "3:21: 'keyring' must be SERVICE/ACCOUNT with exactly one '/' (like coresignal/default), found a single value",
        ])
        #expect(environmentErrors("secrets: \(key)\n") == ["1:10: 'secrets' must be a map, found a single value"])
        for text in [source, "secrets: \(key)\n"] {
            do {
                _ = try CollectionParser.parseEnvironment(source: text, file: "env.yaml", name: "dev")
                Issue.record("accepted")
            } catch {
                for diagnostic in error.diagnostics {
                    #expect(!diagnostic.rendered(source: text).contains(key.prefix(8)), "\(diagnostic.rendered(source: text))")
                }
            }
        }
    }

    /// A syntax error or a duplicate key inside the block stops before any decoding: its line is
    /// hidden too, while an error outside the block still shows its line.
    @Test(arguments: [
        "variables: { a: b }\nsecrets:\n  apikey: { env: A }\n  apikey: 0f9c2d7e41ab58c3\n",
        "secrets:\n  apikey: \"0f9c2d7e41ab58c3\n  other: { env: B }\n",
        "secrets:\n  apikey: [0f9c2d7e41ab58c3\n",
    ])
    func aSyntaxErrorInsideTheBlockHidesItsLine(text: String) throws {
        do {
            _ = try CollectionParser.parseEnvironment(source: text, file: "env.yaml", name: "dev")
            Issue.record("accepted")
        } catch {
            #expect(!error.diagnostics.isEmpty)
            for diagnostic in error.diagnostics {
                #expect(!diagnostic.rendered(source: text).contains("0f9c2d7e"), "\(diagnostic.rendered(source: text))")
            }
        }
        let outside = "variables:\n  a: b\n  a: c\nsecrets:\n  k: { env: A }\n"
        do {
            _ = try CollectionParser.parseEnvironment(source: outside, file: "env.yaml", name: "dev")
            Issue.record("accepted")
        } catch {
            #expect(error.diagnostics.map(\.showsSourceLine) == [true])
        }
    }

    @Test func otherErrorsUnderSecretsShowNoSourceLineEither() throws {
        let text = "secrets:\n  apikey: { evn: A }\n"
        do {
            _ = try CollectionParser.parseEnvironment(source: text, file: "env.yaml", name: "dev")
            Issue.record("accepted")
        } catch {
            #expect(error.diagnostics.map { $0.rendered(source: text) }
                == ["env.yaml:2:13: error: unknown key 'evn' (did you mean 'env'?)"])
        }
    }

    @Test func secretNeedsASource() {
        #expect(environmentErrors("secrets:\n  apikey: {}\n") == ["2:11: secret 'apikey' needs one of 'keyring', 'env' or 'file'"])
    }

    @Test func secretWithTwoSources() {
        #expect(environmentErrors("secrets:\n  apikey: { env: A, file: b }\n")
            == ["2:21: secret 'apikey' has both 'env' and 'file' (use exactly one of 'keyring', 'env' or 'file')"])
    }

    @Test func misspelledSource() {
        #expect(environmentErrors("secrets:\n  apikey: { evn: A }\n") == ["2:13: unknown key 'evn' (did you mean 'env'?)"])
    }

    @Test func invalidSecretName() {
        #expect(environmentErrors("secrets:\n  \"bad name\": { env: A }\n")
            == ["2:3: invalid secret name 'bad name' (use letters, digits, '_', '-', '.')"])
    }

    @Test func keyringNeedsServiceAndAccount() {
        #expect(environmentErrors("secrets:\n  k: { keyring: { service: s } }\n") == ["2:17: 'keyring' is missing 'account'"])
        #expect(environmentErrors("secrets:\n  k: { keyring: { acount: a, service: s } }\n")
            == ["2:19: unknown key 'acount' (did you mean 'account'?)"])
    }

    @Test func keyringTakesTheShortFormThatSecretsHelpShows() throws {
        let environment = try CollectionParser.parseEnvironment(
            source: "secrets:\n  apikey: { keyring: coresignal/default }\n", file: "env.yaml", name: "staging")
        #expect(environment.secrets["apikey"]?.value == .keyring(service: "coresignal", account: "default"))
    }

    @Test("a short form without exactly one '/' between two names is refused at the value",
          arguments: ["coresignal", "a/b/c", "/default", "coresignal/"])
    func keyringShortFormNeedsExactlyOneSlash(value: String) {
        #expect(environmentErrors("secrets:\n  k: { keyring: \"\(value)\" }\n")
            == ["2:17: 'keyring' must be SERVICE/ACCOUNT with exactly one '/' (like coresignal/default), found a single value"])
    }

    @Test func keyringMustBeTextOrAMap() {
        #expect(environmentErrors("secrets:\n  k: { keyring: [a, b] }\n")
            == ["2:17: 'keyring' must be SERVICE/ACCOUNT or a map like { service: coresignal, account: default }, found a list"])
    }

    @Test func sourceValuesMustBeNonEmptyStrings() {
        let source = """
            secrets:
              a: { env: "" }
              b: { file: [x] }
              c: { keyring: { service: "", account: { x: 1 } } }
            """
        #expect(environmentErrors(source) == [
            "2:13: 'env' must not be empty",
            "3:14: 'file' must be a string, found a list",
            "4:28: 'service' must not be empty",
            "4:41: 'account' must be a string, found a map",
        ])
    }

    @Test func aNameCannotBeBothAVariableAndASecret() {
        #expect(environmentErrors("variables:\n  apikey: x\nsecrets:\n  apikey: { env: KEY }\n")
            == ["4:3: 'apikey' is both a variable and a secret"])
    }

    // MARK: --secrets-file

    func secretsFileErrors(_ source: String) -> [String] {
        do {
            _ = try CollectionParser.parseSecretsFile(source: source, file: "secrets.yaml")
            return []
        } catch {
            return error.diagnostics.map { "\($0.location.line):\($0.location.column): \($0.message)" }
        }
    }

    @Test func secretsFileValuesAsWritten() throws {
        let source = """
            apikey: "sk-abc123"
            pin: 0042
            flag: yes
            """
        let values = try CollectionParser.parseSecretsFile(source: source, file: "secrets.yaml")
        #expect(values == [
            "apikey": Located("sk-abc123", at: at(1, 1, in: "secrets.yaml")),
            "pin": Located("0042", at: at(2, 1, in: "secrets.yaml")),
            "flag": Located("yes", at: at(3, 1, in: "secrets.yaml")),
        ])
    }

    @Test func emptySecretsFile() throws {
        #expect(try CollectionParser.parseSecretsFile(source: "# none\n", file: "secrets.yaml").isEmpty)
    }

    @Test func secretsFileMustBeAMapAndNeverQuotesAValue() {
        #expect(secretsFileErrors("- a\n") == ["1:1: a secrets file must be a map of names to values, found a list"])
        #expect(secretsFileErrors("sk-live-123\n") == ["1:1: a secrets file must be a map of names to values, found a single value"])
    }

    @Test func secretsFileValuesMustBeScalars() {
        #expect(secretsFileErrors("a: { b: sk-1 }\nc: [sk-2]\nd:\n") == [
            "1:4: secret 'a' must be a string, found a map",
            "2:4: secret 'c' must be a string, found a list",
            "3:3: secret 'd' must be a string, found null",
        ])
    }

    @Test func secretsFileNamesAndDuplicates() {
        #expect(secretsFileErrors("\"a b\": x\nk: 1\nk: 2\n") == [
            "1:1: invalid secret name 'a b' (use letters, digits, '_', '-', '.')",
            "3:1: duplicate key 'k' (first defined on line 2)",
        ])
    }
}
