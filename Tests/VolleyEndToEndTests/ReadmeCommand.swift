/// A `volley SUBCOMMAND …` command line found in the README, with the options it types, so a
/// test can hold each option to that subcommand's `--help`.
struct ReadmeCommand {
    var subcommand: String
    var options: [String]
    var text: String

    /// The commands in these lines; a line starting with `[` continues the previous line's command
    /// (the synopsis under "Command line" wraps that way).
    static func all(in lines: [String]) -> [ReadmeCommand] {
        var found: [ReadmeCommand] = []
        var continuing: ReadmeCommand?
        for line in lines {
            let trimmed = line.drop { $0 == " " }
            if trimmed.hasPrefix("["), var command = continuing {
                command.options = options(in: String(trimmed))
                command.text = line
                found.append(command)
                continue
            }
            continuing = nil
            for piece in line.components(separatedBy: "volley ").dropFirst() {
                // A command ends at a comment, a pipe or the next shell command.
                // ("FILE|DIR" in the synopsis is no pipe.)
                let end = [" #", " | ", "&&"].compactMap { piece.firstRange(of: $0)?.lowerBound }.min()
                let words = piece[..<(end ?? piece.endIndex)]
                var subcommand = String(words.prefix { $0.isLetter })
                guard !subcommand.isEmpty, words.dropFirst(subcommand.count).first.map({ $0 == " " }) ?? true else { continue }
                // `export curl`, `import curl|postman` and `report merge` hold their options one level down.
                if subcommand == "export" || subcommand == "import" || subcommand == "report" {
                    let nested = String(words.dropFirst(subcommand.count + 1).prefix { $0.isLetter })
                    if !nested.isEmpty { subcommand += " " + nested }
                }
                let command = ReadmeCommand(subcommand: subcommand, options: options(in: String(words)), text: line)
                found.append(command)
                continuing = command
            }
        }
        return found
    }

    /// The option words (`--env`, `-k`) in a piece of a command line.
    static func options(in text: String) -> [String] {
        text.split(whereSeparator: { " []|(),=`\"'".contains($0) }).map(String.init).filter { word in
            let name = word.drop { $0 == "-" }
            return word.hasPrefix("-") && word.count - name.count <= 2 && name.first?.isLetter == true
        }
    }

    /// Whether help text lists the option as a whole word (`--retry` is not found in `--retry-on`).
    static func lists(_ option: String, in help: String) -> Bool {
        var rest = help[...]
        while let place = rest.firstRange(of: option) {
            let next = rest[place.upperBound...].first
            if next.map({ !$0.isLetter && !$0.isNumber && $0 != "-" }) ?? true { return true }
            rest = rest[place.upperBound...]
        }
        return false
    }
}
