import VolleyCore

extension CollectionRunner {
    /// A request with `paginate:`: sent once per page, each page its own result (named
    /// `Name (page 2)` from the second on), until a response gives no cursor, a page fails, the
    /// run stops, or `max` pages were sent. The request's captures apply after every page, so
    /// the last page's win.
    func runPages(
        _ request: PlannedRequest, in collection: Collection, scopes: inout VariableScopes,
        observer: RunObserver, outcome: inout CollectionOutcome, iteration: Int
    ) {
        guard let paginate = request.spec.paginate else { return }
        let extractor = CaptureExtractor()
        let loop = PageLoop(paginate)
        var cursorsSent: Set<String> = []
        for page in 1...paginate.maxPages {
            if page > 1 {
                if !outcome.halted, let stop = budgetStop(before: request, in: collection, scopes: scopes) { outcome.stop = stop }
                if options.cancellation?.isCancelled == true { outcome.interrupted = true }
                if outcome.halted { return }
            }
            var pageRequest = request
            if page > 1 { pageRequest.spec.name = "\(request.spec.name) (page \(page))" }
            if let cursor = loop.cursor { place(cursor, of: paginate, into: &pageRequest.spec, scopes: &scopes) }

            observer.willSend(pageRequest, in: collection)
            var result = execute(
                pageRequest, in: collection, scopes: &scopes, observer: observer, outcome: &outcome, pages: loop)
            result.iteration = iteration
            result.page = page
            let next = result.outcome == .passed ? nextCursor(of: paginate, in: result, extractor: extractor) : nil
            if let next, cursorsSent.contains(next) {
                // A server that hands out a cursor it gave before would have the loop pay for pages it already has.
                result.notes.append("paginate: the server gave the cursor '\(next)' again; stopped so as not to pay for the same page twice")
                finish(result, observer: observer, outcome: &outcome)
                return
            }
            if let next, page == paginate.maxPages {
                result.notes.append(
                    "paginate: stopped at max \(paginate.maxPages) page\(paginate.maxPages == 1 ? "" : "s") "
                        + "while the server still gave a cursor: there are more pages")
            }
            finish(result, observer: observer, outcome: &outcome)
            guard let next else { return }
            loop.cursor = next
            cursorsSent.insert(next)
        }
    }

    /// The next page's cursor, or nil at the last page (no cursor, an empty one, or null).
    private func nextCursor(of paginate: Pagination, in result: RequestResult, extractor: CaptureExtractor) -> String? {
        guard let response = result.response else { return nil }
        let view = ResponseView(response: response, totalMilliseconds: result.timings?.totalMilliseconds ?? 0)
        guard let value = extractor.extract(paginate.cursorCapture, from: view).value, value != .null else { return nil }
        let text = value.templateText
        return text.isEmpty ? nil : text
    }

    /// Puts the cursor where `paginate:` says: a query parameter (replacing one of that name, in
    /// `query:` or in the URL) or a variable.
    private func place(_ cursor: String, of paginate: Pagination, into spec: inout RequestSpec, scopes: inout VariableScopes) {
        switch paginate.target {
        case .query(let name):
            let parameter = KeyValueTemplate(
                name: name, value: Template(parts: [.literal(cursor)], location: paginate.location), location: paginate.location)
            // One written in the URL itself (`?after=1`) is replaced too, not sent beside the cursor.
            spec.url = spec.url.removingQueryParameter(name)
            spec.query = RequestDefaults.merge(spec.query, [parameter], caseInsensitive: false)
        case .variable(let name):
            scopes.set(name, to: .string(cursor), in: .capture)
            failedCaptures[name] = nil
        }
    }
}
