import Foundation

/// The JSON filter body of the demo `search/filter` endpoints, checked strictly so a
/// collection with a typo in a field name fails loudly instead of matching everything.
///
/// Text fields match case-insensitively as substrings; integer fields match exactly,
/// `_gte`/`_lte` fields as bounds. `{}` matches every record.
struct DemoSearchFilter {
    enum Field {
        case text(String)
        case integer(Int)
    }

    struct Rejection: Error {
        let status: Int
        let message: String
    }

    let fields: [(name: String, value: Field)]

    init(body: [UInt8]) throws(Rejection) {
        let object = (try? JSONSerialization.jsonObject(with: Data(body))) as? [String: Any]
        guard let object else {
            throw Rejection(status: 400, message: "Request body must be a JSON object")
        }
        var fields: [(name: String, value: Field)] = []
        for (name, value) in object.sorted(by: { $0.key < $1.key }) {
            if let text = value as? String {
                fields.append((name, .text(text)))
            } else if let number = value as? NSNumber, !Self.isBoolean(number), let integer = Int(exactly: number.doubleValue) {
                fields.append((name, .integer(integer)))
            } else {
                throw Rejection(status: 422, message: "Filter field '\(name)' must be a string or an integer")
            }
        }
        self.fields = fields
    }

    func matches(_ company: DemoCompany) throws(Rejection) -> Bool {
        for (name, value) in fields {
            let matched: Bool
            switch (name, value) {
            case ("name", .text(let text)): matched = Self.contains(company.name, text)
            case ("website", .text(let text)): matched = Self.contains(company.website, text)
            case ("industry", .text(let text)): matched = Self.contains(company.industry, text)
            case ("location", .text(let text)): matched = Self.contains(company.location, text)
            case ("id", .integer(let number)): matched = company.id == number
            case ("employees_count_gte", .integer(let number)): matched = company.employeesCount >= number
            case ("employees_count_lte", .integer(let number)): matched = company.employeesCount <= number
            default: throw Self.unknown(name, value)
            }
            if !matched { return false }
        }
        return true
    }

    func matches(_ employee: DemoEmployee) throws(Rejection) -> Bool {
        for (name, value) in fields {
            let matched: Bool
            switch (name, value) {
            case ("full_name", .text(let text)), ("name", .text(let text)): matched = Self.contains(employee.fullName, text)
            case ("title", .text(let text)): matched = Self.contains(employee.title, text)
            case ("location", .text(let text)): matched = Self.contains(employee.location, text)
            case ("company_name", .text(let text)): matched = Self.contains(employee.companyName, text)
            case ("company_id", .integer(let number)): matched = employee.companyID == number
            case ("id", .integer(let number)): matched = employee.id == number
            default: throw Self.unknown(name, value)
            }
            if !matched { return false }
        }
        return true
    }

    /// The ids of the matching records, in dataset order.
    func matchingIDs(in companies: [DemoCompany]) throws(Rejection) -> [Int] {
        var ids: [Int] = []
        for company in companies where try matches(company) { ids.append(company.id) }
        return ids
    }

    func matchingIDs(in employees: [DemoEmployee]) throws(Rejection) -> [Int] {
        var ids: [Int] = []
        for employee in employees where try matches(employee) { ids.append(employee.id) }
        return ids
    }

    private static func contains(_ haystack: String, _ needle: String) -> Bool {
        haystack.range(of: needle, options: [.caseInsensitive, .diacriticInsensitive]) != nil
    }

    private static func unknown(_ name: String, _ value: Field) -> Rejection {
        let kind = switch value {
        case .text: "string"
        case .integer: "integer"
        }
        return Rejection(status: 422, message: "Unknown filter field '\(name)' for a \(kind) value")
    }

    /// JSONSerialization hands back JSON booleans as NSNumber too, with type code "c".
    private static func isBoolean(_ number: NSNumber) -> Bool {
        String(cString: number.objCType) == "c"
    }
}
