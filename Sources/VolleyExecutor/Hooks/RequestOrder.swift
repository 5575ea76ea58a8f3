import VolleyCore

/// Which planned request runs next: the next in order, unless a hook picked another
/// (`NextRequest`). Picks can loop (a request that picks itself until a condition holds), so
/// the number followed in one collection run is capped; the pick past the cap is refused, and
/// the collection stops there.
struct RequestOrder {
    private let requests: [PlannedRequest]
    let maxPicks: Int
    private(set) var picksFollowed = 0
    private var next = 0

    init(_ requests: [PlannedRequest], maxPicks: Int) {
        self.requests = requests
        self.maxPicks = maxPicks
    }

    /// The index of the request to run now, or nil when the collection is done.
    mutating func advance() -> Int? {
        guard next < requests.count else { return nil }
        defer { next += 1 }
        return next
    }

    /// Goes on at `index` (after a parallel group, which ran its requests itself).
    mutating func resume(at index: Int) {
        next = index
    }

    /// Follows a hook's pick: the next `advance` returns the picked request. Returns why the
    /// pick was refused (no such request, or the cap reached); the collection then stops.
    mutating func follow(_ pick: NextRequest) -> String? {
        switch pick {
        case .stop:
            next = requests.count
            return nil
        case .named(let name):
            guard let index = index(of: name) else {
                next = requests.count
                return "next request '\(name)': no request of that name in this run of the collection; the collection stopped here"
            }
            guard picksFollowed < maxPicks else {
                next = requests.count
                return "next request '\(name)' not followed: this run of the collection already followed \(maxPicks) "
                    + "next-request picks, the cap against an endless loop; the collection stopped here"
            }
            picksFollowed += 1
            next = index
            return nil
        }
    }

    /// A `Folder / Name` path first, then a bare name: the first in run order.
    private func index(of name: String) -> Int? {
        requests.firstIndex { ($0.folderPath + [$0.spec.name]).joined(separator: " / ") == name }
            ?? requests.firstIndex { $0.spec.name == name }
    }
}
