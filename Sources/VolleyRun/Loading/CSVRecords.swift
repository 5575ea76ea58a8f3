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
