import Foundation
import VolleyCore
import VolleyJSON

/// `--iterations-data FILE.csv|FILE.json`: one run of the collections per row, the row's columns
/// as variables. A CSV's first line names the columns (RFC 4180 quoting); a JSON file is an array
/// of objects.
struct IterationData {
    var rows: [[String: JSONValue]]

    static func load(_ path: String, sources: SourceFiles) throws -> IterationData {
        let text = try sources.read(path)
        let rows: [[String: JSONValue]]
        if path.lowercased().hasSuffix(".json") {
            rows = try jsonRows(text, file: path)
        } else if path.lowercased().hasSuffix(".csv") {
            rows = try csvRows(text, file: path)
        } else {
            throw InputError("--iterations-data expects a .csv or .json file, got '\(path)'")
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
}

/// RFC 4180 records: fields separated by commas, quoted fields may hold commas, quotes ("") and newlines.
enum CSVRecords {
    static func parse(_ text: String, file: String) throws -> [[String]] {
        var records: [[String]] = []
        var record: [String] = []
        var field = ""
        var inQuotes = false
        var iterator = text.unicodeScalars.makeIterator()
        var pending: Unicode.Scalar? = nil
        func next() -> Unicode.Scalar? {
            if let p = pending { pending = nil; return p }
            return iterator.next()
        }
        while let c = next() {
            if inQuotes {
                if c == "\"" {
                    if let following = next() {
                        if following == "\"" { field.unicodeScalars.append("\""); continue }
                        pending = following
                    }
                    inQuotes = false
                } else {
                    field.unicodeScalars.append(c)
                }
                continue
            }
            switch c {
            case "\"" where field.isEmpty: inQuotes = true
            case ",": record.append(field); field = ""
            case "\r": continue
            case "\n": record.append(field); field = ""; records.append(record); record = []
            default: field.unicodeScalars.append(c)
            }
        }
        if inQuotes { throw InputError("\(file): a quoted field is not closed") }
        if !field.isEmpty || !record.isEmpty { record.append(field); records.append(record) }
        return records
    }
}
