import VolleyCore
import VolleyJSON

/// Postman's `{{$random…}}` dynamic variables: plausible values of each kind, as collections use
/// them (a unique e-mail for a sign-up, a name for a record). Postman draws them from faker.js;
/// these small word lists give values of the same shape, which is what a request needs.
extension BuiltinValues {
    static func postmanValue(_ builtin: Template.Builtin) -> JSONValue {
        switch builtin {
        case .randomAlphaNumeric: return .string(String(pick(alphanumerics)))
        case .randomBoolean: return .bool(Bool.random())
        case .randomColor: return .string(pick(colors))
        case .randomHexColor: return .string("#" + (0..<3).map { _ in hexByte() }.joined())
        case .randomAbbreviation: return .string(pick(["SQL", "PCI", "JSON", "HTTP", "XML", "SSL", "TCP", "AI", "SMS", "USB"]))
        case .randomIP: return .string((0..<4).map { _ in String(Int.random(in: 1...254)) }.joined(separator: "."))
        case .randomIPV6: return .string((0..<8).map { _ in hexByte() + hexByte() }.joined(separator: ":"))
        case .randomMACAddress: return .string((0..<6).map { _ in hexByte() }.joined(separator: ":"))
        case .randomPassword: return .string(String((0..<15).map { _ in pick(alphanumerics) }))
        case .randomLocale: return .string(pick(["en", "de", "fr", "es", "it", "nl", "pt", "sv", "ja", "zh"]))
        case .randomProtocol: return .string(pick(["http", "https"]))
        case .randomSemver: return .string("\(Int.random(in: 0...9)).\(Int.random(in: 0...9)).\(Int.random(in: 0...9))")
        case .randomFirstName: return .string(pick(firstNames))
        case .randomLastName: return .string(pick(lastNames))
        case .randomFullName: return .string(pick(firstNames) + " " + pick(lastNames))
        case .randomUserName: return .string(pick(firstNames) + "." + pick(lastNames).lowercased() + String(Int.random(in: 1...99)))
        case .randomEmail: return .string(emailLocalPart() + "@" + pick(["gmail.com", "yahoo.com", "hotmail.com"]))
        case .randomExampleEmail: return .string(emailLocalPart() + "@" + pick(["example.com", "example.net", "example.org"]))
        case .randomUrl: return .string("https://" + domainName())
        case .randomDomainName: return .string(domainName())
        case .randomDomainWord: return .string(pick(words))
        case .randomWord, .randomLoremWord: return .string(pick(words))
        case .randomWords, .randomLoremWords: return .string((0..<Int.random(in: 2...5)).map { _ in pick(words) }.joined(separator: " "))
        case .randomLoremSentence:
            let sentence = (0..<Int.random(in: 5...10)).map { _ in pick(words) }.joined(separator: " ")
            return .string(sentence.prefix(1).uppercased() + sentence.dropFirst() + ".")
        case .randomPhoneNumber:
            return .string("\(Int.random(in: 200...999))-\(Int.random(in: 200...999))-\(String(Int.random(in: 0...9999)).leftPadded(to: 4))")
        case .randomCity: return .string(pick(["Lisbon", "Oslo", "Austin", "Kyoto", "Lagos", "Perth", "Quito", "Turin"]))
        case .randomCountry: return .string(pick(["Portugal", "Norway", "Japan", "Nigeria", "Australia", "Ecuador", "Italy"]))
        case .randomCountryCode: return .string(pick(["PT", "NO", "JP", "NG", "AU", "EC", "IT", "US", "DE"]))
        case .randomStreetAddress: return .string("\(Int.random(in: 1...9999)) \(pick(lastNames)) \(pick(["Street", "Avenue", "Road", "Lane"]))")
        case .randomPrice: return .string("\(Int.random(in: 1...999)).\(String(Int.random(in: 0...99)).leftPadded(to: 2))")
        case .randomCompanyName: return .string(pick(lastNames) + " " + pick(["Inc", "LLC", "Group", "and Sons"]))
        case .randomJobTitle: return .string(pick(["Lead", "Senior", "Chief"]) + " " + pick(["Data", "Web", "Security"]) + " " + pick(["Engineer", "Analyst", "Designer"]))
        case .randomWeekday: return .string(pick(["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]))
        case .randomMonth: return .string(pick(["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]))
        case .randomDatePast: return .string(isoTimestamp(secondsAgo: Int.random(in: 86_400...31_536_000)))
        case .randomDateFuture: return .string(isoTimestamp(secondsAgo: -Int.random(in: 86_400...31_536_000)))
        case .randomDateRecent: return .string(isoTimestamp(secondsAgo: Int.random(in: 0...86_400)))
        case .uuid, .guid, .randomUUID, .timestamp, .randomInt, .isoTimestamp:
            return BuiltinValues().value(builtin)
        }
    }

    private static func pick<T>(_ list: [T]) -> T { list.randomElement()! }
    private static func hexByte() -> String { String(UInt8.random(in: 0...255), radix: 16).leftPadded(to: 2) }
    private static func emailLocalPart() -> String {
        pick(firstNames).lowercased() + "." + pick(lastNames).lowercased() + String(Int.random(in: 1...9999))
    }
    private static func domainName() -> String { pick(words) + "-" + pick(words) + "." + pick(["com", "net", "org", "io"]) }

    private static let alphanumerics = Array("abcdefghijklmnopqrstuvwxyz0123456789")
    private static let colors = ["red", "green", "blue", "teal", "orange", "purple", "olive", "maroon", "silver"]
    private static let firstNames = ["Ada", "Grace", "Alan", "Linus", "Margaret", "Dennis", "Barbara", "Ken", "Radia", "Edsger"]
    private static let lastNames = ["Lovelace", "Hopper", "Turing", "Torvalds", "Hamilton", "Ritchie", "Liskov", "Thompson", "Perlman", "Dijkstra"]
    private static let words = ["alpha", "harbor", "maple", "quartz", "river", "summit", "velvet", "willow", "ember", "lumen", "orbit", "pixel"]
}
