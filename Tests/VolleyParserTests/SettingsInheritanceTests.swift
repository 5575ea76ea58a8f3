import Testing
import VolleyCore
import VolleyParser

/// What each request ends up with once `plannedRequests()` has applied the collection's and its
/// folders' settings: auth and rate are replaced whole by a nearer level, retry field by field.
@Suite struct SettingsInheritanceTests {
    static let source = """
        name: c
        auth: { bearer: "{{token}}" }
        retry: { count: 3, on: [429, 503], max_wait: 60s }
        rate: 18/s
        idempotent: false
        requests:
          - name: top
            url: http://x/top
          - name: Search
            auth: { apikey: { value: "{{apikey}}" } }
            defaults:
              rate: 5/s
              retry: { on: [503] }
            requests:
              - name: find
                method: POST
                url: http://x/find
                idempotent: true
                retry: { max_wait: 10s }
              - name: open
                url: http://x/open
                auth: none
                retry: 0
              - name: Deeper
                requests:
                  - name: deep
                    url: http://x/deep
        """

    func planned() throws -> [String: RequestSpec] {
        let requests = try parse(Self.source).plannedRequests()
        return Dictionary(uniqueKeysWithValues: requests.map { ($0.spec.name, $0.spec) })
    }

    @Test func aRequestWithNothingOfItsOwnTakesTheCollections() throws {
        let top = try #require(try planned()["top"])
        #expect(top.auth == .bearer(Template(parts: [.variable("token")], location: at(2, 17))))
        #expect(top.retry?.values == RetrySettings(count: 3, on: [429, 503], maxWait: .seconds(60)))
        #expect(top.rate == RateSpec(18, per: .second))
        #expect(top.idempotent == false)
    }

    @Test func aFolderOverridesTheCollectionAndARequestTheFolder() throws {
        let find = try #require(try planned()["find"])
        let folderKey = AuthSpec.apiKey(
            value: Template(parts: [.variable("apikey")], location: at(10, 30)), placement: .header, name: "apikey")
        #expect(find.auth == folderKey)
        // count from the collection, on from the folder, max_wait from the request
        #expect(find.retry?.values == RetrySettings(count: 3, on: [503], maxWait: .seconds(10)))
        #expect(find.rate == RateSpec(5, per: .second))
        #expect(find.idempotent == true)
    }

    @Test func authNoneAndRetryZeroSwitchOffWhatIsInherited() throws {
        let open = try #require(try planned()["open"])
        #expect(open.auth == AuthSpec.none)
        #expect(open.retry?.values == RetrySettings(count: 0, on: [503], maxWait: .seconds(60)))
        #expect(open.rate == RateSpec(5, per: .second))
        #expect(open.idempotent == false)
    }

    @Test func aNestedFolderInheritsThroughItsParent() throws {
        let deep = try #require(try planned()["deep"])
        #expect(deep.auth == (try planned()["find"]?.auth))
        #expect(deep.retry?.values == RetrySettings(count: 3, on: [503], maxWait: .seconds(60)))
        #expect(deep.rate == RateSpec(5, per: .second))
    }

    @Test func aRequestsOwnHeaderReplacesTheAuthItInheritsButNotItsOwnAuthOrADefaultHeader() throws {
        let requests = try parse("""
            name: c
            auth: { apikey: { value: "{{apikey}}", name: apikey } }
            requests:
              - name: Folder
                defaults: { headers: { apikey: from-folder } }
                requests:
                  - name: inherited header
                    url: http://x/a
                  - name: own header
                    url: http://x/b
                    headers: { APIKEY: wrong }
                  - name: own auth and header
                    url: http://x/c
                    auth: { bearer: t }
                    headers: { authorization: mine }
            """).plannedRequests().map(\.spec)

        #expect(requests[0].auth != nil && requests[0].ownHeaderOverridingAuth == nil)
        #expect(requests[1].auth == nil)
        #expect(requests[1].ownHeaderOverridingAuth?.location == at(11, 20))
        #expect(requests[2].auth?.headerName == "Authorization", "the request's own auth still wins over its header")
        #expect(requests[2].ownHeaderOverridingAuth == nil)
    }
}
