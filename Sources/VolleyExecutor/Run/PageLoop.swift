import VolleyCore

/// What one `paginate:` loop knows between its pages: the cursor it is following and the requests
/// it already paid for. A class, so `execute` can record each page's request as it builds it.
final class PageLoop {
    /// The `into:` variable, whose value for this request's later pages is the cursor and
    /// nothing else: not a `--var`, not `VOLLEY_VAR_`, which outrank ordinary captures.
    let cursorVariable: String?
    var cursor: String?
    private var sent: Set<TransportRequest> = []

    init(_ paginate: Pagination) {
        if case .variable(let name) = paginate.target { cursorVariable = name } else { cursorVariable = nil }
    }

    /// The page's `into:` variable and, once a response gave one, the cursor it takes.
    var cursorOverride: (name: String, value: String?)? {
        cursorVariable.map { ($0, cursor) }
    }

    /// Records a page's request before it is sent; false when an earlier page was the very same
    /// request, which would be paid for twice and bring back a page the loop already has.
    func admit(_ request: TransportRequest) -> Bool {
        sent.insert(request).inserted
    }
}
