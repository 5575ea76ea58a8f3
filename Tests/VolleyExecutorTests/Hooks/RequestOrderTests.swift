import Testing
import VolleyCore
@testable import VolleyExecutor

@Suite("request order with next-request picks")
struct RequestOrderTests {
    private func planned(_ names: [(folder: [String], name: String)]) -> [PlannedRequest] {
        names.map { entry in
            let spec = RequestSpec(
                name: entry.name, url: Template(parts: [.literal("http://127.0.0.1/")], location: SourceLocation(file: "t", line: 1, column: 1)),
                location: SourceLocation(file: "t", line: 1, column: 1))
            return PlannedRequest(folderPath: entry.folder, spec: spec)
        }
    }

    @Test func withoutPicksEveryRequestRunsOnceInOrder() {
        var order = RequestOrder(planned([([], "a"), ([], "b")]), maxPicks: 5)
        #expect(order.advance() == 0)
        #expect(order.advance() == 1)
        #expect(order.advance() == nil)
    }

    @Test func aFolderPathPickBeatsAnEarlierRequestOfTheSameName() {
        var order = RequestOrder(planned([([], "get"), (["Admin"], "get"), ([], "end")]), maxPicks: 5)
        _ = order.advance()
        #expect(order.follow(.named("Admin / get")) == nil)
        #expect(order.advance() == 1)
        #expect(order.follow(.named("get")) == nil)
        #expect(order.advance() == 0)
        #expect(order.picksFollowed == 2)
    }
}
