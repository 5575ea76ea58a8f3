/// A company record as the demo Coresignal API's `company_base/collect` returns it.
public struct DemoCompany: Codable, Sendable, Equatable {
    public var id: Int
    public var name: String
    public var website: String
    public var employeesCount: Int
    public var industry: String
    public var location: String

    enum CodingKeys: String, CodingKey {
        case id, name, website, industry, location
        case employeesCount = "employees_count"
    }
}

/// An employee record as the demo Coresignal API's `employee_base/collect` returns it.
public struct DemoEmployee: Codable, Sendable, Equatable {
    public var id: Int
    public var fullName: String
    public var title: String
    public var companyID: Int
    public var companyName: String
    public var location: String

    enum CodingKeys: String, CodingKey {
        case id, title, location
        case fullName = "full_name"
        case companyID = "company_id"
        case companyName = "company_name"
    }
}

/// The fixed data behind `DemoAPI`. Small enough to reason about in a test:
/// two companies match "Acme", and five employees have "Engineer" in their title.
/// One name is non-ASCII so UTF-8 handling gets exercised.
public enum DemoDataset {
    public static let companies: [DemoCompany] = [
        DemoCompany(id: 1, name: "Acme Corporation", website: "https://acme.example", employeesCount: 120,
                    industry: "Software Development", location: "San Francisco, United States"),
        DemoCompany(id: 2, name: "Globex", website: "https://globex.example", employeesCount: 4500,
                    industry: "Manufacturing", location: "Springfield, United States"),
        DemoCompany(id: 3, name: "Initech", website: "https://initech.example", employeesCount: 850,
                    industry: "Information Technology", location: "Austin, United States"),
        DemoCompany(id: 4, name: "Umbrella Labs", website: "https://umbrella-labs.example", employeesCount: 60,
                    industry: "Biotechnology", location: "Berlin, Germany"),
        DemoCompany(id: 5, name: "Acme Robotics", website: "https://acme-robotics.example", employeesCount: 35,
                    industry: "Robotics", location: "Vilnius, Lithuania"),
    ]

    public static let employees: [DemoEmployee] = [
        employee(101, "Ada Lovelace", "Software Engineer", company: 1),
        employee(102, "Grace Hopper", "Engineering Manager", company: 1),
        employee(103, "Alan Turing", "Data Scientist", company: 1),
        employee(104, "Hank Scorpio", "Chief Executive Officer", company: 2),
        employee(105, "Homer Simpson", "Safety Inspector", company: 2),
        employee(106, "Peter Gibbons", "Software Engineer", company: 3),
        employee(107, "Milton Waddams", "Office Administrator", company: 3),
        employee(108, "Alice Abernathy", "Research Scientist", company: 4),
        employee(109, "Ona Petraitytė", "Robotics Engineer", company: 5),
        employee(110, "Jonas Kazlauskas", "Mechanical Engineer", company: 5),
    ]

    public static func company(id: Int) -> DemoCompany? { companies.first { $0.id == id } }
    public static func employee(id: Int) -> DemoEmployee? { employees.first { $0.id == id } }

    private static func employee(_ id: Int, _ name: String, _ title: String, company: Int) -> DemoEmployee {
        let employer = companies.first { $0.id == company }!
        return DemoEmployee(id: id, fullName: name, title: title, companyID: company,
                            companyName: employer.name, location: employer.location)
    }
}
