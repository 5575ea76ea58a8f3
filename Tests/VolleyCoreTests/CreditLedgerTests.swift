import Testing

@testable import VolleyCore

@Suite struct CreditLedgerTests {
    func ledger(_ balances: [Double], host: String = "api.example.com") -> CreditLedger {
        var ledger = CreditLedger()
        for balance in balances { ledger.read(.init(remaining: balance, header: "x-credits-remaining"), host: host) }
        return ledger
    }

    @Test func fourChargedRequestsAreFourCredits() throws {
        let account = try #require(ledger([9999, 9998, 9997, 9996]).accounts.first)
        #expect(account.spent == CreditCount(amount: 4, exact: true))
        #expect(account.startBalance == 10000)
        #expect(account.lastBalance == 9996)
        #expect(account.spent.text == "4")
    }

    @Test func freeResponsesDoNotHideTheCost() throws {
        // Four charged requests and a free 404, as the demo collection runs: 4 used, not 3.
        let account = try #require(ledger([999, 998, 997, 996, 996]).accounts.first)
        #expect(account.spent == CreditCount(amount: 4, exact: true))
        #expect(account.summaryText == "credits 1000 → 996, 4 used")
        #expect(account.lastCost == 1)
    }

    @Test func theFirstCostIsUnknowableFromOneBalanceOrCostsThatDisagree() throws {
        let one = try #require(ledger([9999]).accounts.first)
        #expect(one.spent == CreditCount(amount: 0, exact: false))
        #expect(one.startBalance == nil)
        let uneven = try #require(ledger([9999, 9997, 9996]).accounts.first)
        #expect(uneven.spent == CreditCount(amount: 3, exact: false))
        #expect(uneven.spent.text == "≥ 3")
        #expect(uneven.summaryText == "credits ≥ 9999 → 9996, ≥ 3 used (the first request's cost is unknown)")
        let toppedUp = try #require(ledger([50, 49, 100]).accounts.first)
        #expect(!toppedUp.spent.exact)
        #expect(uneven.lastCost == 1)
    }

    @Test func hostsAndHeadersAreSeparateAccountsSummed() {
        var both = ledger([100, 99, 98], host: "a.example")
        both.read(.init(remaining: 50, header: "x-credits-remaining"), host: "b.example")
        both.read(.init(remaining: 48, header: "x-credits-remaining"), host: "b.example")
        #expect(both.accounts.count == 2)
        // b.example's one difference cannot tell its first request's cost.
        #expect(both.spent == CreditCount(amount: 3 + 2, exact: false))
    }

    @Test func oneDifferenceIsNotEnoughToGuessTheFirstCost() throws {
        // Costs 1 then 3 from a balance of 1000: only the 3 is seen, so 1000 and 4 cannot be known.
        let account = try #require(ledger([999, 996]).accounts.first)
        #expect(account.startBalance == nil)
        #expect(account.spent == CreditCount(amount: 3, exact: false))
        #expect(account.summaryText == "credits ≥ 999 → 996, ≥ 3 used (the first request's cost is unknown)")
        // Two later costs that agree make the first one's a fair inference.
        let agreed = try #require(ledger([999, 996, 993]).accounts.first)
        #expect(agreed.spent == CreditCount(amount: 9, exact: true))
        #expect(agreed.startBalance == 1002)
    }

    @Test func theBudgetStopsBeforeTheRequestThatWouldExceedIt() {
        // 1 credit per request: after 3 requests 3 are spent, and the 4th would make 4.
        #expect(ledger([99, 98]).budgetStop(3, host: "api.example.com", origin: .commandLine(.maxCredits), names: SettingNames([.maxCredits: "--max-credits"])) == nil)
        let stop = ledger([99, 98, 97]).budgetStop(3, host: "api.example.com", origin: .commandLine(.maxCredits), names: SettingNames([.maxCredits: "--max-credits"]))
        #expect(stop?.reason == .creditBudget)
        #expect(stop?.message == "credit budget: 3 of --max-credits 3 credits spent, and the next request would cost 1; run stopped before it")
    }

    @Test func anUnknownCostCountsAsOneSoTheBudgetIsNeverOverspent() {
        // One charged request against --max-credits 1: it may have cost 1, and the next one too.
        let first = ledger([99]).budgetStop(1, host: "api.example.com", origin: .commandLine(.maxCredits), names: SettingNames([.maxCredits: "--max-credits"]))
        #expect(first?.message == "credit budget: ≥ 0 of --max-credits 1 credits spent (1 counting the first request, "
            + "whose cost is unknown, as 1), and the next request is taken to cost 1 (no cost known yet); run stopped before it")
        #expect(ledger([99]).budgetStop(2, host: "api.example.com", origin: .commandLine(.maxCredits), names: SettingNames([.maxCredits: "--max-credits"])) == nil)
        // 1.5: two requests of 1 would make 2.
        #expect(ledger([99]).budgetStop(1.5, host: "api.example.com", origin: .commandLine(.maxCredits), names: SettingNames([.maxCredits: "--max-credits"])) != nil)
        // Two requests of 1 under a budget of 2: the second was fine, a third is not.
        let second = ledger([99, 98]).budgetStop(2, host: "api.example.com", origin: .commandLine(.maxCredits), names: SettingNames([.maxCredits: "--max-credits"]))
        #expect(second?.message == "credit budget: ≥ 1 of --max-credits 2 credits spent (2 counting the first request, "
            + "whose cost is unknown, as 1), and the next request would cost 1; run stopped before it")
        #expect(ledger([99, 98]).budgetStop(3, host: "api.example.com", origin: .commandLine(.maxCredits), names: SettingNames([.maxCredits: "--max-credits"])) == nil)
    }
}
