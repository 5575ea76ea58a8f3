import VolleyCore
import VolleyJSON

/// `--iterations-data FILE.csv|FILE.json`: one run of the collections per row, the row's columns
/// as variables. A CSV's first line names the columns (RFC 4180 quoting); a JSON file is an array
/// of objects.
public struct IterationData: Sendable {
    public var rows: [[String: JSONValue]]

    /// A file that is neither `.csv` nor `.json`: the front end words it, naming its option.
    public struct UnsupportedFormat: Error, Sendable {
        public var path: String
    }

    /// Every column any row has, each with its first value: what the undefined-variable check
    /// counts as defined.
    public static func columns(of rows: [[String: JSONValue]]) -> [String: JSONValue] {
        rows.reduce(into: [:]) { $0.merge($1) { old, _ in old } }
    }

    public static func load(_ path: String, sources: SourceFiles) throws -> IterationData {
        let text = try sources.read(path)
        let rows: [[String: JSONValue]]
        if path.lowercased().hasSuffix(".json") {
            rows = try jsonRows(text, file: path)
        } else if path.lowercased().hasSuffix(".csv") {
            rows = try csvRows(text, file: path)
        } else {
            throw UnsupportedFormat(path: path)
        }
        guard !rows.isEmpty else { throw InputError("\(path): no rows to iterate over") }
        return IterationData(rows: rows)
    }

    static func jsonRows(_ text: String, file: String) throws -> [[String: JSONValue]] {
        let value: JSONValue
        do {
            value = try JSONValue.parse(text)
        } catch {
            throw InputError("\(file):\(error.line):\(error.column): \(error.message)")
        }
        guard case .array(let items) = value else { throw InputError("\(file): expected an array of objects") }
        return try items.enumerated().map { index, item in
            guard case .object(let object) = item else {
                throw InputError("\(file): row \(index + 1) is \(item.typeName), not an object")
            }
            return Dictionary(uniqueKeysWithValues: object.entries.map { ($0.key, $0.value) })
        }
    }

    static func csvRows(_ text: String, file: String) throws -> [[String: JSONValue]] {
        let records = try CSVRecords.parse(text, file: file)
        guard let header = records.first else { return [] }
        return try records.dropFirst().enumerated().compactMap { index, record in
            if record == [""] { return nil }  // a blank line
            guard record.count == header.count else {
                throw InputError("\(file): line \(index + 2) has \(record.count) fields, the header has \(header.count)")
            }
            return Dictionary(zip(header, record.map { JSONValue.string($0) }), uniquingKeysWith: { $1 })
        }
    }

    /// A CSV row as Newman reads it for a Postman collection: a cell that is a decimal number
    /// (`42`, `-1.5`) becomes that number; anything else (`007`, `1e3`, `0x1F`, empty) stays text.
    public static func castingNumbers(_ row: [String: JSONValue]) -> [String: JSONValue] {
        row.mapValues { value in
            guard case .string(let text) = value, isDecimalNumber(text) else { return value }
            return JSONValue(numberText: text) ?? value
        }
    }

    static func isDecimalNumber(_ text: String) -> Bool {
        var digits = Substring(text)
        if digits.first == "-" { digits = digits.dropFirst() }
        let parts = digits.split(separator: ".", maxSplits: 1, omittingEmptySubsequences: false)
        guard let whole = parts.first, !whole.isEmpty, whole.allSatisfy(\.isASCIIDigit) else { return false }
        // A leading zero is kept as text: a zip code or an id, not a number.
        if whole.count > 1, whole.first == "0" { return false }
        if parts.count == 2 { return !parts[1].isEmpty && parts[1].allSatisfy(\.isASCIIDigit) }
        return true
    }
}

extension Character {
    fileprivate var isASCIIDigit: Bool { isASCII && isNumber }
}
