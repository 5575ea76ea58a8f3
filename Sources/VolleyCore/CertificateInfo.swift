/// The server's TLS certificate as libcurl's certinfo gives it (the leaf, the first of the
/// chain): what `expect: certificate:` reads.
public struct CertificateInfo: Sendable, Hashable {
    public var subject: String?
    public var issuer: String?
    /// As OpenSSL prints them: `Dec  4 06:55:00 2026 GMT`.
    public var startDate: String?
    public var expireDate: String?
    public var serialNumber: String?

    public init(subject: String? = nil, issuer: String? = nil, startDate: String? = nil, expireDate: String? = nil, serialNumber: String? = nil) {
        self.subject = subject
        self.issuer = issuer
        self.startDate = startDate
        self.expireDate = expireDate
        self.serialNumber = serialNumber
    }

    /// `expireDate` as seconds since 1970, nil when it does not read as OpenSSL's format.
    public var expiresAt: Int64? { expireDate.flatMap(Self.epochSeconds) }

    /// `Mon DD HH:MM:SS YYYY GMT` (OpenSSL's `ASN1_TIME_print`) as seconds since 1970.
    static func epochSeconds(_ text: String) -> Int64? {
        let fields = text.split(separator: " ")
        let months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
        guard fields.count >= 4, let month = months.firstIndex(of: String(fields[0])).map({ Int64($0) + 1 }),
            let day = Int64(fields[1]), let year = Int64(fields[3])
        else { return nil }
        let time = fields[2].split(separator: ":").compactMap { Int64($0) }
        guard time.count == 3 else { return nil }
        // Days from the civil date (Howard Hinnant's algorithm), March-based years.
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yearOfEra = y - era * 400
        let dayOfYear = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        let days = era * 146_097 + dayOfEra - 719_468
        return days * 86_400 + time[0] * 3600 + time[1] * 60 + time[2]
    }
}

/// What of the certificate an `expect: certificate:` check reads.
public enum CertificateField: String, Sendable, Hashable, CaseIterable {
    case subject
    case issuer
    case startDate = "start_date"
    case expireDate = "expire_date"
    case serialNumber = "serial_number"
    /// `expires_after: 30d`: seconds from now until it expires, checked with `gte`.
    case expiresAfter = "expires_after"

    public static var keys: [String] { allCases.map(\.rawValue) }
}
