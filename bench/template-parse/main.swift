// Parses the two texts of issue 15, item 2, with whichever Template.swift this is compiled
// beside: 40,000 `{{v}}`, and a 1 MB body of 200,000 placeholders. `bench/template-parse.sh`
// counts its instructions at a size and at twice it (2× for linear work, 4× for quadratic).
@main struct TemplateParseBench {
    static func main() throws {
        let arguments = CommandLine.arguments
        let scale = arguments.count > 2 ? Int(arguments[2]) ?? 1 : 1
        let text: String
        switch arguments.count > 1 ? arguments[1] : "" {
        case "placeholders": text = String(repeating: "/a{{v}}", count: 40_000 * scale)
        case "body": text = String(repeating: "{{v}}", count: 200_000 * scale)
        default: fatalError("usage: bench placeholders|body [scale]")
        }
        let template = try Template.parse(text, at: .commandLine("bench"))
        print(text.utf8.count, template.parts.count)
    }
}
