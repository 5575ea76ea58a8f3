import VolleyJSON
/// One prepaid balance as a run saw it: a host's balance header, read after each response.
///
/// A balance read after a response already includes that response's cost, so the first
/// request's cost is never in the balances themselves. The difference between consecutive
/// readings is the cost of each later response; when at least two charged ones (free responses,
/// a 404 or a 429, cost 0) were seen and all agree, the first request is taken to have cost the
/// same (and the count is exact), else the count is a lower bound and says so: one difference
/// alone cannot tell a flat price from a first request that cost something else.
public struct CreditAccount: Sendable, Hashable {
    public var host: String
    /// The lowercased balance header (`x-credits-remaining`).
    public var header: String
    /// The balance after the first response that reported one.
    public private(set) var firstBalance: Double?
    public private(set) var lastBalance: Double?
    public private(set) var readings = 0
    /// What the latest charged response cost (the drop from the reading before it): the best
    /// guess for what the next request will cost.
    public private(set) var lastCost: Double?
    private var agreedCost: Double?
    private var costsAgree = true
    private var chargedDifferences = 0

    public init(host: String, header: String) {
        self.host = host
        self.header = header
    }

    /// An account as a report states it (`volley report merge` reads reports back): from `start`
    /// (nil when the first request's cost was unknown) to `end`, `used` spent over `readings`
    /// balances. It reads as the account that wrote those numbers did; `read` may go on from it.
    public init(host: String, header: String, start: Double?, end: Double, used: Double, exact: Bool, readings: Int) {
        self.init(host: host, header: header)
        firstBalance = readings > 1 ? end + used : end
        lastBalance = end
        self.readings = readings
        if exact, let start, readings > 1 {
            // start = first balance + first cost, as `startBalance` has it.
            agreedCost = start - end - used
            chargedDifferences = 2
        } else {
            costsAgree = false
        }
    }

    public mutating func read(balance: Double) {
        if let previous = lastBalance {
            let cost = previous - balance
            if cost < 0 {
                costsAgree = false  // topped up mid-run: the balances no longer tell the costs
            } else if cost > 0 {
                if let agreed = agreedCost, agreed != cost { costsAgree = false }
                if agreedCost == nil { agreedCost = cost }
                lastCost = cost
                chargedDifferences += 1
            }
        } else {
            firstBalance = balance
        }
        lastBalance = balance
        readings += 1
    }

    /// The first response's cost, when at least two later charged responses agree on one; nil
    /// when it cannot be known.
    public var firstCost: Double? { costsAgree && chargedDifferences >= 2 ? agreedCost : nil }

    /// The balance before the run's first charged request, when its cost is known.
    public var startBalance: Double? {
        guard let firstBalance, let firstCost else { return nil }
        return firstBalance + firstCost
    }

    /// Credits spent over the run: exact, or (when the first request's cost is unknown) at least this much.
    public var spent: CreditCount {
        guard let firstBalance, let lastBalance else { return CreditCount(amount: 0, exact: true) }
        let between = firstBalance - lastBalance
        if let firstCost { return CreditCount(amount: between + firstCost, exact: true) }
        return CreditCount(amount: max(0, between), exact: false)
    }
}

extension CreditAccount {
    /// `credits 10000 → 9996, 4 used`; when the first request's cost is unknown, the first balance
    /// seen and `≥`: `credits ≥ 9999 → 9996, ≥ 3 used (the first request's cost is unknown)`.
    public var summaryText: String {
        guard let firstBalance, let lastBalance else { return "" }
        if readings == 1 { return "credits \(JSONValue.format(number: lastBalance)) left (one balance seen: what it cost is unknown)" }
        let start = startBalance.map { JSONValue.format(number: $0) } ?? "≥ " + JSONValue.format(number: firstBalance)
        var text = "credits \(start) → \(JSONValue.format(number: lastBalance)), \(spent.text) used"
        if !spent.exact { text += " (the first request's cost is unknown)" }
        return text
    }
}

/// A number of credits, exact or a lower bound (`≥ 3`). Only the ledger counts them, so its
/// initializer stays internal.
public struct CreditCount: Sendable, Hashable {
    public var amount: Double
    /// False when the true count may be higher.
    public var exact: Bool

    /// `4`, `≥ 3`.
    public var text: String { (exact ? "" : "≥ ") + JSONValue.format(number: amount) }
}
