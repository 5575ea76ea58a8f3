/// A time series that keeps at most `capacity` evenly spaced points however long the run:
/// when full it drops every other point and from then on keeps every second (fourth, ...) one.
/// The latest point is always kept too, so a chart ends where the run ended.
public struct BoundedSeries<Point: Sendable & Hashable>: Sendable, Hashable {
    public let capacity: Int
    private var kept: [Point] = []
    private var latest: Point?
    /// Points offered so far.
    public private(set) var seen = 0
    private var stride = 1

    public init(capacity: Int) {
        precondition(capacity >= 2)
        self.capacity = capacity
    }

    public mutating func append(_ point: Point) {
        defer { seen += 1 }
        latest = point
        guard seen % stride == 0 else { return }
        kept.append(point)
        if kept.count >= capacity {
            // Kept points sit at multiples of `stride`; keeping the even ones leaves multiples of 2×stride.
            kept = kept.enumerated().filter { $0.offset % 2 == 0 }.map(\.element)
            stride *= 2
        }
    }

    /// The points kept, in order, ending with the latest one.
    public var points: [Point] {
        guard let latest, seen > 0, (seen - 1) % stride != 0 else { return kept }
        return kept + [latest]
    }
}
