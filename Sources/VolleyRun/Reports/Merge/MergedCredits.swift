import VolleyJSON

/// `summary.credits` of several reports, one account per host and balance header: the credits
/// each used add up; the merged balance runs from the highest start to the lowest end (shards
/// draw on one balance side by side), and is exact only if every part was.
struct MergedCredits {
    private struct Account {
        var host: String
        var header: String
        var start: Double?
        var startKnown = true
        var end: Double?
        var used = 0.0
        var exact = true
        var readings = 0
    }

    private var accounts: [Account] = []

    init(_ credits: [JSONObject]) {
        var index: [String: Int] = [:]
        for summary in credits {
            for value in summary["accounts"]?.arrayValue ?? [] {
                guard let object = value.objectValue, let host = object["host"]?.stringValue,
                      let header = object["header"]?.stringValue else { continue }
                let key = host + "\u{0}" + header
                let i = index[key] ?? {
                    index[key] = accounts.count
                    accounts.append(Account(host: host, header: header))
                    return accounts.count - 1
                }()
                let start = object["start"]?.numberValue, end = object["end"]?.numberValue
                if start == nil { accounts[i].startKnown = false }
                accounts[i].start = [accounts[i].start, start].compactMap { $0 }.max()
                accounts[i].end = [accounts[i].end, end].compactMap { $0 }.min()
                accounts[i].used += object["used"]?.numberValue ?? 0
                accounts[i].exact = accounts[i].exact && object["exact"] == .bool(true)
                accounts[i].readings += object["readings"]?.numberValue.map { Int($0) } ?? 0
            }
        }
    }

    var json: JSONValue {
        guard !accounts.isEmpty else { return .null }
        return [
            "used": .number(accounts.reduce(0) { $0 + $1.used }),
            "exact": .bool(accounts.allSatisfy(\.exact)),
            "accounts": .array(accounts.map { account in
                [
                    "host": .string(account.host), "header": .string(account.header),
                    "start": account.startKnown ? account.start.map(JSONValue.number) ?? .null : .null,
                    "end": account.end.map(JSONValue.number) ?? .null,
                    "used": .number(account.used), "exact": .bool(account.exact),
                    "readings": .integer(Int64(account.readings)),
                ]
            }),
        ]
    }
}
