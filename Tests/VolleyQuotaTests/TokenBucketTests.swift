import Testing

@testable import VolleyCore
@testable import VolleyQuota

@Suite struct TokenBucketTests {
    static func bucket(_ text: String, capacity: Int? = nil) -> TokenBucket {
        TokenBucket(rate: try! RateSpec(parsing: text), capacity: capacity)
    }

    @Test(arguments: [("5/s", 5), ("18/s", 18), ("54/s", 54), ("2.5/s", 3), ("0.5/s", 1), ("100/m", 2), ("1000/h", 1)])
    func capacityIsTheRatePerSecondRoundedUp(rate: String, capacity: Int) {
        #expect(Self.bucket(rate).capacity == capacity)
        #expect(Self.bucket(rate).availableTokens(at: 0) == Double(capacity))
    }

    /// A sender that waits out each reservation on a fake clock before the next: 5/s starting
    /// with a full bucket of 5 sends 5 at once, then one every 0.2 s, so the 20th leaves at
    /// exactly 3.0 s after 3.0 s of waiting in total.
    @Test func pacesTwentySequentialRequestsAtFivePerSecond() {
        var bucket = Self.bucket("5/s")
        var elapsed = Duration.zero  // the fake clock, kept exact
        var waits: [Duration] = []
        for _ in 0..<20 {
            let wait = bucket.reserve(now: elapsed.fractionalSeconds)
            waits.append(wait)
            elapsed += wait
        }
        #expect(waits == Array(repeating: .zero, count: 5) + Array(repeating: .milliseconds(200), count: 15))
        #expect(waits.reduce(.zero, +) == .seconds(3))
        #expect(elapsed == .seconds(3))
    }

    /// The same on an epoch clock. A `Double` near 1.7e9 only resolves about 0.24 µs, so a caller's
    /// clock lands a fraction of a microsecond off each send time; the schedule itself does not drift.
    @Test func pacesOnAnEpochClockWithinItsResolution() {
        var bucket = Self.bucket("5/s")
        let start: EpochSeconds = 1_700_000_000
        var clock = start
        var waits: [Duration] = []
        for _ in 0..<20 {
            let wait = bucket.reserve(now: clock)
            waits.append(wait)
            clock += wait.fractionalSeconds
        }
        #expect(waits.prefix(5).allSatisfy { $0 == .zero })
        #expect(waits.dropFirst(5).allSatisfy { abs($0.fractionalSeconds - 0.2) < 1e-6 })
        #expect(abs(clock - start - 3.0) < 1e-6)
    }

    /// Reservations made at one instant (say, by several workers) queue behind each other.
    @Test func queuesReservationsMadeAtTheSameInstant() {
        var bucket = Self.bucket("5/s")
        let waits = (0..<20).map { _ in bucket.reserve(now: 0) }
        #expect(waits == Array(repeating: .zero, count: 5) + (1...15).map { .milliseconds(200 * $0) })
        #expect(bucket.availableTokens(at: 0) == -15)
    }

    /// The guarantee: by any time T after the first send, at most capacity + rate·T requests have gone.
    /// Starting full, that allows 9 in the first second, not 5.
    @Test func neverSendsMoreThanTheBurstPlusTheRate() {
        var bucket = Self.bucket("5/s")
        var clock: EpochSeconds = 0
        var sendTimes: [EpochSeconds] = []
        for _ in 0..<50 {
            clock += bucket.reserve(now: clock).fractionalSeconds
            sendTimes.append(clock)
        }
        for (index, time) in sendTimes.enumerated() {
            #expect(Double(index + 1) <= 5 + 5 * time + 1e-9)
        }
        #expect(sendTimes.filter { $0 < 1.0 }.count == 9)
    }

    @Test func capacityOneSpacesRequestsEvenly() {
        var bucket = Self.bucket("5/s", capacity: 1)
        var clock: EpochSeconds = 0
        var sendTimes: [EpochSeconds] = []
        for _ in 0..<20 {
            clock += bucket.reserve(now: clock).fractionalSeconds
            sendTimes.append(clock)
        }
        for start in sendTimes {
            #expect(sendTimes.filter { $0 >= start && $0 < start + 1.0 - 1e-9 }.count <= 5)
        }
        #expect(abs(sendTimes.last! - 3.8) < 1e-6)
    }

    @Test func refillsContinuouslyUpToCapacity() {
        var bucket = Self.bucket("5/s")
        for _ in 0..<5 { _ = bucket.reserve(now: 0) }
        #expect(bucket.availableTokens(at: 0) == 0)
        #expect(abs(bucket.availableTokens(at: 0.1) - 0.5) < 1e-9)
        #expect(bucket.reserve(now: 0.1) == .milliseconds(100))
        #expect(bucket.availableTokens(at: 100) == 5)  // idle for long: full, not 500
        let burst = (0..<6).map { _ in bucket.reserve(now: 100) }
        #expect(burst == Array(repeating: .zero, count: 5) + [.milliseconds(200)])
    }

    /// 1/18 s is not a whole number of nanoseconds: the interval rounds up, so the bucket errs slow.
    @Test func roundsTheIntervalUpForRatesThatDoNotDivideEvenly() {
        var bucket = Self.bucket("18/s")
        let waits = (0..<20).map { _ in bucket.reserve(now: 0) }
        #expect(waits[17] == .zero)
        #expect(waits[18] == .nanoseconds(55_555_556))
        #expect(waits[19] == .nanoseconds(111_111_112))
    }

    @Test func changingTheRateKeepsReservations() {
        var bucket = Self.bucket("5/s")
        for _ in 0..<5 { _ = bucket.reserve(now: 0) }
        bucket.setRate(try! RateSpec(parsing: "1/s"))
        #expect(bucket.capacity == 1)
        #expect(bucket.reserve(now: 0) == .seconds(1))
    }

    @Test func survivesAbsurdRatesAndClocks() {
        var tiny = TokenBucket(rate: RateSpec(1e-12, per: .hour))
        let tinyWaits = (0..<3).map { _ in tiny.reserve(now: 0) }
        #expect(tinyWaits == [.zero, .seconds(1_000_000), .seconds(2_000_000)])  // floored at 1 per 10^6 s

        let huge = TokenBucket(rate: RateSpec(1e15, per: .second), capacity: .max)
        #expect(huge.capacity == 1_000_000_000)
        for clock in [EpochSeconds.infinity, -.infinity, .nan, 1e300] {
            var bucket = huge
            #expect(bucket.reserve(now: clock) == .zero)
        }
    }
}

@Suite("TokenBucket.noteSend")
struct TokenBucketLateSendTests {
    @Test func aLateSendPushesTheNextTokenBack() {
        var bucket = TokenBucket(rate: RateSpec(5, per: .second), capacity: 1)
        #expect(bucket.reserve(now: 100.0) == .zero)
        // The process stalled: the request left 150 ms after its reservation.
        bucket.noteSend(at: 100.15)
        // Without the note the next token would be due at 100.2; it is due 200 ms after the real send.
        let wait = bucket.reserve(now: 100.2)
        #expect(wait == .milliseconds(150))
    }

    @Test func anOnTimeSendChangesNothing() {
        var bucket = TokenBucket(rate: RateSpec(5, per: .second), capacity: 1)
        #expect(bucket.reserve(now: 100.0) == .zero)
        bucket.noteSend(at: 100.0)
        #expect(bucket.reserve(now: 100.1) == .milliseconds(100))
    }
}
