/// Every prepaid balance a run saw, one account per host and balance header, fed one response
/// at a time in the order they arrived. The runner keeps one to enforce `--max-credits`; the
/// console and the reports keep one each to say what was spent.
public struct CreditLedger: Sendable, Hashable {
    public private(set) var accounts: [CreditAccount] = []

    public init() {}

    /// `host` lowercased, as `URLHost` and `QuotaKey` give it.
    public mutating func read(_ credits: QuotaState.Credits, host: String) {
        if let i = accounts.firstIndex(where: { $0.host == host && $0.header == credits.header }) {
            accounts[i].read(balance: credits.remaining)
        } else {
            var account = CreditAccount(host: host, header: credits.header)
            account.read(balance: credits.remaining)
            accounts.append(account)
        }
    }

    /// Every attempt's balance, in order (a retried request may be charged more than once).
    public mutating func add(_ result: RequestResult) {
        let host = result.quotaKey?.host ?? ""
        for attempt in result.attempts {
            if let credits = attempt.quota?.credits { read(credits, host: host) }
        }
    }

    /// Credits spent over the run, summed over every account.
    public var spent: CreditCount {
        accounts.reduce(CreditCount(amount: 0, exact: true)) { total, account in
            let spent = account.spent
            return CreditCount(amount: total.amount + spent.amount, exact: total.exact && spent.exact)
        }
    }

    /// Whether the next request to `host` must not be sent under a budget of `budget` credits:
    /// when the host's last known cost would take the spending past the budget, or, with no cost
    /// known yet, when the spending already reached it.
    public func budgetStop(_ budget: Double, host: String, source: String) -> RunStop? {
        let spent = spent
        let host = host.lowercased()
        let cost = accounts.last { $0.host == host && $0.lastCost != nil }?.lastCost
        if let cost, cost > 0 {
            guard spent.amount + cost > budget else { return nil }
            return RunStop(
                reason: .creditBudget,
                message: "credit budget: \(spent.text) of \(source) \(JSONValue.format(number: budget)) credits spent, "
                    + "and the next request would cost \(JSONValue.format(number: cost)); run stopped before it")
        }
        guard spent.amount >= budget else { return nil }
        return RunStop(
            reason: .creditBudget,
            message: "credit budget: \(spent.text) of \(source) \(JSONValue.format(number: budget)) credits spent; run stopped")
    }
}
