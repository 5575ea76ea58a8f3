import Testing
import VolleyCore
import VolleyParser

/// `retry:`, `rate:` and `idempotent:` in each form, then each of their errors.
@Suite struct RetryRateParserTests {
    func request(_ lines: String, sourceLocation: Testing.SourceLocation = #_sourceLocation) throws -> RequestSpec {
        try #require(try parse(oneRequest(lines), sourceLocation: sourceLocation).requests.first)
    }

    // MARK: retry

    @Test func retryWithEveryField() throws {
        #expect(try request("    retry: { count: 3, on: [429, 503], max_wait: 60s }\n").retry?.values
            == RetrySettings(count: 3, on: [429, 503], maxWait: .seconds(60)))
    }

    @Test func retryRemembersWhereEachFieldWasWritten() throws {
        let retry = try #require(try request("    retry: { count: 3, on: 503, max_wait: 5s }\n").retry)
        #expect(retry.countOrigin == .collection(key: "retry.count", at: at(5, 21)))
        #expect(retry.onOrigin == .collection(key: "retry.on", at: at(5, 28)))
        #expect(retry.maxWaitOrigin == .collection(key: "retry.max_wait", at: at(5, 43)))
        #expect(try request("    retry: 3\n").retry?.countOrigin == .collection(key: "retry", at: at(5, 12)))
    }

    @Test func retryFieldsAreOptional() throws {
        #expect(try request("    retry: { on: 503 }\n").retry?.values == RetrySettings(on: [503]))
        #expect(try request("    retry: { max_wait: 1m30s }\n").retry?.values == RetrySettings(maxWait: .seconds(90)))
        #expect(try request("    retry: {}\n").retry?.values == RetrySettings())
        #expect(try request("").retry == nil)
    }

    @Test func retryCountShorthand() throws {
        #expect(try request("    retry: 3\n").retry?.values == RetrySettings(count: 3))
        #expect(try request("    retry: 0\n").retry?.values == RetrySettings(count: 0))
        #expect(try request("    retry: 100\n").retry?.values == RetrySettings(count: 100))
    }

    @Test func retryAtCollectionAndFolderLevels() throws {
        let source = """
            name: c
            retry: 2
            requests:
              - name: f
                defaults:
                  retry: { on: [502] }
                requests: []
            """
        let collection = try parse(source)
        #expect(collection.defaults.retry?.values == RetrySettings(count: 2))
        guard case .folder(let folder)? = collection.items.first else {
            Issue.record("expected a folder")
            return
        }
        #expect(folder.defaults.retry?.values == RetrySettings(on: [502]))
    }

    @Test func misspelledRetryKeys() {
        #expect(collectionError(oneRequest("    retyr: 3\n")) == "5:5: unknown key 'retyr' (did you mean 'retry'?)")
        #expect(collectionError(oneRequest("    retry: { cuont: 3 }\n")) == "5:14: unknown key 'cuont' (did you mean 'count'?)")
        #expect(collectionError(oneRequest("    retry: { max-wait: 5s }\n"))
            == "5:14: unknown key 'max-wait' (did you mean 'max_wait'?)")
    }

    @Test func retryShorthandOutOfRangeOrNotACount() {
        let expected = "'retry' must be a count from 0 to 100 or a map like { count: 3, on: [429, 503], max_wait: 60s }"
        #expect(collectionError(oneRequest("    retry: -1\n")) == "5:12: \(expected), found -1")
        #expect(collectionError(oneRequest("    retry: 101\n")) == "5:12: \(expected), found 101")
        #expect(collectionError(oneRequest("    retry: often\n")) == "5:12: \(expected), found 'often'")
        #expect(collectionError(oneRequest("    retry: [429]\n")) == "5:12: \(expected), found a list")
    }

    @Test func retryCountOutOfRangeOrNotAWholeNumber() {
        #expect(collectionError(oneRequest("    retry: { count: 3.5 }\n"))
            == "5:21: 'count' must be a whole number from 0 to 100, found 3.5")
        #expect(collectionError(oneRequest("    retry: { count: 1000 }\n"))
            == "5:21: 'count' must be a whole number from 0 to 100, found 1000")
    }

    @Test func retryOnStatuses() {
        #expect(collectionError(oneRequest("    retry: { on: [429, 700] }\n"))
            == "5:24: status 700 is not an HTTP status code (100 to 599)")
        #expect(collectionError(oneRequest("    retry: { on: [5xx] }\n"))
            == "5:19: each status in 'on' must be a status code like 503, found '5xx'")
        #expect(collectionError(oneRequest("    retry: { on: often }\n"))
            == "5:18: 'on' must be a status code like 503 or a list of them, found 'often'")
    }

    @Test func retryOn402IsRefused() {
        #expect(collectionError(oneRequest("    retry: { on: [429, 402] }\n"))
            == "5:24: status 402 (out of credits) stops the run and is never retried")
    }

    @Test func maxWaitNeedsAUnit() {
        #expect(collectionError(oneRequest("    retry: { max_wait: 60 }\n"))
            == "5:24: 'max_wait' must be a duration like 30s or 500ms, found 60")
        #expect(collectionError(oneRequest("    retry: { max_wait: 0s }\n")) == "5:24: 'max_wait' must be longer than zero")
    }

    // MARK: rate

    @Test func rateAtEachLevelThatTakesIt() throws {
        let source = """
            name: c
            rate: 18/s
            requests:
              - name: beside
                rate: 100/m
                requests: []
              - name: inside
                defaults: { rate: 0.5/sec }
                requests: []
            """
        let collection = try parse(source)
        #expect(collection.defaults.rate == RateSpec(18, per: .second))
        let folders = collection.items.compactMap { if case .folder(let folder) = $0 { folder } else { nil } }
        #expect(folders.map(\.defaults.rate) == [RateSpec(100, per: .minute), RateSpec(0.5, per: .second)])
        #expect(try parse("name: c\ndefaults:\n  rate: 1000/h\nrequests: []\n").defaults.rate == RateSpec(1000, per: .hour))
    }

    @Test func rateErrorsComeFromRateSpec() {
        #expect(collectionError("name: c\nrate: 5\nrequests: []\n")
            == "2:7: invalid rate \"5\": expected requests per unit, like 5/s, 100/m or 1000/h")
        #expect(collectionError("name: c\nrate: 5/x\nrequests: []\n") == "2:7: invalid rate \"5/x\": unknown unit \"x\"; use s, m or h")
        #expect(collectionError("name: c\ndefaults: { rate: 0/s }\nrequests: []\n")
            == "2:19: invalid rate \"0/s\": the rate must be more than 0")
    }

    @Test func rateMustBeAScalar() {
        #expect(collectionError("name: c\nrate: [5/s]\nrequests: []\n") == "2:7: 'rate' must be a rate like 18/s or 100/m, found a list")
        #expect(collectionError("name: c\nrate:\nrequests: []\n") == "2:6: 'rate' must be a rate like 18/s or 100/m, found null")
    }

    @Test func rateOnARequest() {
        #expect(collectionError(oneRequest("    rate: 5/s\n")) == "5:5: 'rate' is set on a collection or folder; a request inherits it")
    }

    // MARK: idempotent

    @Test func idempotentAtEachLevel() throws {
        let source = """
            name: c
            idempotent: false
            requests:
              - name: f
                defaults: { idempotent: true }
                requests:
                  - { name: r, method: POST, url: http://x, idempotent: false }
            """
        let collection = try parse(source)
        #expect(collection.defaults.idempotent == false)
        guard case .folder(let folder)? = collection.items.first, case .request(let spec)? = folder.items.first else {
            Issue.record("expected a folder holding a request")
            return
        }
        #expect(folder.defaults.idempotent == true)
        #expect(spec.idempotent == false)
        #expect(try request("").idempotent == nil)
    }

    @Test func idempotentMustBeABoolean() {
        #expect(collectionError(oneRequest("    idempotent: yes\n")) == "5:17: 'idempotent' must be true or false, found 'yes'")
    }

    // MARK: Beside and inside defaults

    @Test func settingBothBesideAndInsideDefaults() {
        let source = """
            name: c
            auth: none
            defaults:
              auth: { bearer: t }
              rate: 5/s
            requests:
              - name: f
                defaults: { retry: 3 }
                retry: 4
                requests: []
            """
        #expect(collectionErrors(source) == [
            "4:3: duplicate 'auth' at this level (first set on line 2; write it either in 'defaults' or beside it)",
            "9:5: duplicate 'retry' at this level (first set on line 8; write it either in 'defaults' or beside it)",
        ])
    }
}
