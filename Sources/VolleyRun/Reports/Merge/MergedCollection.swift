import VolleyJSON
import VolleyReporter

/// One collection over every report that ran it: its requests matched by name, folders and
/// position, in the order the first report lists them.
struct MergedCollection {
    let name: String
    let file: String
    private var requests: [MergedRequest] = []
    private var index: [String: Int] = [:]

    init(_ collection: ParsedReport.CollectionEntry, from path: String) {
        name = collection.name
        file = collection.file
        add(collection, from: path)
    }

    mutating func add(_ collection: ParsedReport.CollectionEntry, from path: String) {
        for request in collection.requests {
            let key = MergedRequest.key(of: request)
            if let i = index[key] {
                requests[i].add(request)
            } else {
                index[key] = requests.count
                requests.append(MergedRequest(request))
            }
        }
    }

    var requestCounts: OutcomeCounts {
        var counts = OutcomeCounts()
        for request in requests { counts.add(request.outcome) }
        return counts
    }

    var executions: OutcomeCounts {
        var counts = OutcomeCounts()
        for request in requests { counts.add(request.runs) }
        return counts
    }

    func rendered() -> JSONValue {
        [
            "name": .string(name), "file": .string(file),
            "summary": ["requests": MergedCounts.json(requestCounts), "executions": MergedCounts.json(executions)],
            "requests": .array(requests.map { $0.rendered() }),
        ]
    }
}
