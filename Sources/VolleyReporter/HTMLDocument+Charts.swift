import VolleyCore

/// The report's SVG: a waterfall bar per request, percentile bars per repeated request, and the
/// quota and credits seen over the run. Drawn here so the page needs no charting script.
extension HTMLDocument {
    /// The phases of one exchange as consecutive segments, on a scale shared by the whole table.
    func waterfall(_ timings: PhaseTimings, scale: Int64) -> String {
        let width = 1000.0
        var x = 0.0
        var svg = "<svg class=\"waterfall\" viewBox=\"0 0 1000 14\" preserveAspectRatio=\"none\" role=\"img\">"
        let tip = TimingPhase.allCases.map { "\($0.rawValue) \(DurationText.tableMilliseconds($0.value(in: timings))) ms" }.joined(separator: " · ")
        svg += "<title>\(e(tip))</title>"
        for phase in TimingPhase.sequential {
            let value = phase.value(in: timings)
            guard value > 0 else { continue }
            let w = max(1.5, Double(value) / Double(scale) * width)
            svg += "<rect class=\"ph-\(phase.rawValue)\" x=\"\(f(x))\" y=\"0\" width=\"\(f(w))\" height=\"14\"/>"
            x += Double(value) / Double(scale) * width
        }
        return svg + "</svg>"
    }

    mutating func writePercentiles() {
        html += "<section id=\"percentiles\">\n<h2>Latency percentiles <small>total (bar) and time to first byte (thin bar), ms, over each request's runs</small></h2>\n<div class=\"charts\">\n"
        for collection in report.collections {
            for request in collection.requests {
                guard let total = request.latency.percentiles(.total) else { continue }
                let ttfb = request.latency.percentiles(.ttfb)
                html += "<div class=\"chart percentile-chart\">\n<h3>\(e(request.displayName)) <small>\(e(collection.name)) · \(total.count) runs</small></h3>\n"
                html += percentileBars(total: total, ttfb: ttfb)
                html += "</div>\n"
            }
        }
        html += "</div>\n</section>\n"
    }

    private func percentileBars(total: Percentiles, ttfb: Percentiles?) -> String {
        let rowHeight = 22.0
        let barStart = 40.0, barWidth = 240.0
        let rows = total.labeled
        let ttfbRows = ttfb?.labeled
        let scale = Double(max(total.max, 1))
        var svg = "<svg viewBox=\"0 0 360 \(f(rowHeight * Double(rows.count)))\" role=\"img\" style=\"max-width: 520px\">"
        for (i, row) in rows.enumerated() {
            let y = Double(i) * rowHeight
            let w = max(1, Double(row.microseconds) / scale * barWidth)
            svg += "<text x=\"0\" y=\"\(f(y + 12))\">\(row.label)</text>"
            svg += "<rect class=\"bar-total\" x=\"\(f(barStart))\" y=\"\(f(y + 2))\" width=\"\(f(w))\" height=\"10\" rx=\"2\"><title>\(row.label) total \(DurationText.tableMilliseconds(row.microseconds)) ms</title></rect>"
            if let t = ttfbRows?[i] {
                let tw = max(1, Double(t.microseconds) / scale * barWidth)
                svg += "<rect class=\"bar-ttfb\" x=\"\(f(barStart))\" y=\"\(f(y + 14))\" width=\"\(f(tw))\" height=\"4\" rx=\"1\"><title>\(row.label) ttfb \(DurationText.tableMilliseconds(t.microseconds)) ms</title></rect>"
            }
            svg += "<text class=\"value\" x=\"\(f(barStart + w + 6))\" y=\"\(f(y + 12))\">\(DurationText.tableMilliseconds(row.microseconds))</text>"
        }
        return svg + "</svg>\n"
    }

    mutating func writeQuota() {
        let points = report.quota.points
        let remaining = points.filter { $0.remaining != nil }
        let credits = points.filter { $0.credits != nil }
        guard !remaining.isEmpty || !credits.isEmpty else { return }
        html += "<section id=\"quota\">\n<h2>Quota and credits <small>as the responses' headers reported them, by attempt"
        if report.quota.seen > points.count { html += " (\(points.count) of \(report.quota.seen) readings shown, evenly spaced)" }
        html += "</small></h2>\n<div class=\"charts\">\n"
        if !remaining.isEmpty {
            let first = remaining.first!.remaining!, last = remaining.last!.remaining!
            let refused = points.filter { $0.status == 429 }.count
            var caption = "\(first) → \(last) remaining"
            if refused > 0 { caption += " · \(refused) × 429" }
            html += "<div class=\"chart\" id=\"quota-remaining\">\n<h3>Requests remaining in the window <small>\(e(caption))</small></h3>\n"
            html += lineChart(remaining, value: { Double($0.remaining!) }, limit: { $0.limit.map(Double.init) }, lineClass: "line-remaining", fromZero: true)
            html += "<div class=\"legend\"><span><i style=\"background: var(--accent)\"></i>remaining</span><span><i style=\"background: var(--muted)\"></i>limit</span><span><i style=\"background: var(--failed)\"></i>429 response</span></div>\n</div>\n"
        }
        if !credits.isEmpty {
            let spent = report.credits.accounts.map(\.summaryText).joined(separator: "; ")
            html += "<div class=\"chart\" id=\"quota-credits\">\n<h3>Credits remaining <small>\(e(spent))</small></h3>\n"
            html += lineChart(credits, value: { $0.credits! }, limit: { _ in nil }, lineClass: "line-credits", fromZero: false)
            html += "</div>\n"
        }
        html += "</div>\n</section>\n"
    }

    /// A line over attempt numbers, with min and max labelled; 429 responses marked.
    private func lineChart(
        _ points: [QuotaPoint], value: (QuotaPoint) -> Double, limit: (QuotaPoint) -> Double?, lineClass: String, fromZero: Bool
    ) -> String {
        let left = 44.0, right = 470.0, top = 10.0, bottom = 160.0
        let values = points.map(value)
        let limits = points.compactMap(limit)
        var low = fromZero ? 0 : values.min()!
        var high = max(values.max()!, limits.max() ?? -.infinity)
        if high == low { high += 1; low = max(fromZero ? 0 : low - 1, low - 1) }
        let firstX = Double(points.first!.attempt), lastX = Double(max(points.last!.attempt, points.first!.attempt + 1))
        func x(_ p: QuotaPoint) -> Double { left + (Double(p.attempt) - firstX) / (lastX - firstX) * (right - left) }
        func y(_ v: Double) -> Double { bottom - (v - low) / (high - low) * (bottom - top) }
        var svg = "<svg viewBox=\"0 0 480 182\" role=\"img\">"
        for v in [low, (low + high) / 2, high] {
            svg += "<line class=\"gridline\" x1=\"\(f(left))\" x2=\"\(f(right))\" y1=\"\(f(y(v)))\" y2=\"\(f(y(v)))\"/>"
            // Whole numbers once the range allows: a midpoint of 9800.5 credits says nothing more.
            let label = high - low >= 10 ? v.rounded() : v
            svg += "<text x=\"\(f(left - 6))\" y=\"\(f(y(v) + 4))\" text-anchor=\"end\">\(e(number(label)))</text>"
        }
        svg += "<text x=\"\(f(left))\" y=\"178\">attempt \(points.first!.attempt)</text>"
        svg += "<text x=\"\(f(right))\" y=\"178\" text-anchor=\"end\">attempt \(points.last!.attempt)</text>"
        let limitPoints = points.compactMap { p in limit(p).map { "\(f(x(p))),\(f(y($0)))" } }
        if limitPoints.count > 1 { svg += "<polyline class=\"line-limit\" points=\"\(limitPoints.joined(separator: " "))\"/>" }
        let line = points.map { "\(f(x($0))),\(f(y(value($0))))" }.joined(separator: " ")
        svg += points.count > 1
            ? "<polyline class=\"\(lineClass)\" points=\"\(line)\"/>"
            : "<circle class=\"\(lineClass)\" cx=\"\(f(x(points[0])))\" cy=\"\(f(y(value(points[0]))))\" r=\"3\"/>"
        for p in points where p.status == 429 {
            svg += "<circle class=\"dot-429\" cx=\"\(f(x(p)))\" cy=\"\(f(y(value(p))))\" r=\"4\"><title>\(e(p.request)): 429</title></circle>"
        }
        return svg + "</svg>\n"
    }

    /// `12.5`: SVG coordinates with at most two decimals.
    func f(_ value: Double) -> String {
        let hundredths = Int((value * 100).rounded())
        let whole = hundredths / 100, fraction = abs(hundredths % 100)
        let sign = hundredths < 0 && whole == 0 ? "-" : ""
        if fraction == 0 { return "\(sign)\(whole)" }
        return "\(sign)\(whole)." + (fraction < 10 ? "0\(fraction)" : fraction % 10 == 0 ? "\(fraction / 10)" : "\(fraction)")
    }

    /// `9973`, `12.5`: a quota or credit number without a spurious fraction.
    func number(_ value: Double) -> String {
        value.rounded() == value && abs(value) < 1e15 ? "\(Int64(value))" : f(value)
    }
}
