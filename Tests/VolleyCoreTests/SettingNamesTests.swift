import Testing
import VolleyCore

/// Settings are named plainly without a front end, and as the front end spells them with one.
@Suite("SettingNames")
struct SettingNamesTests {
    /// A front end's table, as `volley` spells these settings.
    static let flags = SettingNames([.variable: "--var", .secretsFile: "--secrets-file", .maxBodySize: "--max-filesize"])

    @Test func plainNamesSayWhatTheSettingIs() {
        #expect(SettingNames.plain.name(of: .variable) == "a command-line variable")
        #expect(SettingNames.plain.name(of: .secret) == "a command-line secret")
        #expect(SettingNames.plain.name(of: .secretsFile) == "a secrets file")
        #expect(SettingNames.plain.name(of: .maxBodySize) == "the max body size")
        #expect(SettingNames.plain.name(of: .bail) == "the stop-on-failure setting")
        for setting in RunSetting.allCases {
            #expect(!SettingNames.plain.name(of: setting).contains("--"), "\(setting)")
        }
    }

    @Test func aGivenValueFollowsTheFlagOrGoesInBrackets() {
        #expect(Self.flags.name(of: .variable, given: "host=...") == "--var host=...")
        #expect(SettingNames.plain.name(of: .variable, given: "host=...") == "a command-line variable (host=...)")
        #expect(Self.flags.name(of: .maxBodySize, given: "100 bytes") == "--max-filesize 100 bytes")
        #expect(SettingNames.plain.name(of: .maxBodySize, given: "100 bytes") == "the max body size (100 bytes)")
        // A setting the table leaves out is still named plainly.
        #expect(Self.flags.name(of: .secret, given: "k=VALUE") == "a command-line secret (k=VALUE)")
    }

    @Test func aVariableSourceNamesTheCommandLineThroughTheTable() {
        #expect(VariableSource.commandLine.description == "a command-line variable")
        #expect(VariableSource.commandLine.text(naming: Self.flags) == "--var")
        #expect(VariableSource.process.text(naming: Self.flags) == "VOLLEY_VAR_")
        #expect(VariableSource.environment.description == "environment")
    }
}
