import VolleyJSON
/// Every prepaid balance a run saw, one account per host and balance header, fed one response
/// at a time in the order they arrived. The runner keeps one to enforce the credit budget; the
/// console and the reports keep one each to say what was spent.
public struct CreditLedger: Sendable, Hashable {
    public private(set) var accounts: [CreditAccount] = []

    public init() {}

    /// The accounts as a report states them (`CreditAccount.init(host:header:start:…)`).
    public init(accounts: [CreditAccount]) {
        self.accounts = accounts
    }

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
    /// Its sub-requests' too, in the order they went out: those of its before-send hooks, its
    /// own, those of its after-response hooks.
    public mutating func add(_ result: RequestResult) {
        for sub in result.subRequests where sub.phase == .before { add(sub.attempts, host: sub.quotaKey?.host ?? "") }
        add(result.attempts, host: result.quotaKey?.host ?? "")
        for sub in result.subRequests where sub.phase == .after { add(sub.attempts, host: sub.quotaKey?.host ?? "") }
    }

    private mutating func add(_ attempts: [AttemptRecord], host: String) {
        for attempt in attempts {
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
    /// when what was spent plus what the next request is predicted to cost would pass the budget.
    /// Predictions err towards stopping, so the budget is never overspent when it can be seen
    /// coming: a first request whose cost is unknown counts as 1 credit (each request to a host
    /// that reports a balance is taken to cost at least 1), and so does the next request when its
    /// host has no known cost yet.
    /// `origin` says where the budget was set, spelled with `names`.
    public func budgetStop(_ budget: Double, host: String, origin: SettingOrigin, names: SettingNames) -> RunStop? {
        let spent = spent
        let unknownFirstCosts = accounts.filter { $0.readings > 0 && !$0.spent.exact }.count
        let counted = spent.amount + Double(unknownFirstCosts)
        let host = host.lowercased()
        let knownCost = accounts.last { $0.host == host && $0.lastCost != nil }?.lastCost
        let next = knownCost ?? 1
        guard counted + next > budget else { return nil }
        var message = "credit budget: \(spent.text) of \(origin.text(naming: names)) \(JSONValue.format(number: budget)) credits spent"
        if unknownFirstCosts > 0 {
            message += " (\(JSONValue.format(number: counted)) counting the first request, whose cost is unknown, as 1)"
        }
        message += knownCost == nil
            ? ", and the next request is taken to cost 1 (no cost known yet)"
            : ", and the next request would cost \(JSONValue.format(number: next))"
        return RunStop(reason: .creditBudget, message: message + "; run stopped before it")
    }
}
