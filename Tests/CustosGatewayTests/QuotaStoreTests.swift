// SPDX-License-Identifier: Apache-2.0

import CustosTestSupport
import Foundation
import Testing

@testable import CustosGateway

@Suite(.timeLimit(.minutes(1)))
struct QuotaStoreTests {
    static func path() -> String {
        ScratchFolder.path("quota.db")
    }

    /// 2026-11-27T10:20:30Z
    static let now = Date(timeIntervalSince1970: 1_795_774_830)

    @Test func hundredsOfSimultaneousCallsNeverExceedARequestLimit() async throws {
        let store = try QuotaStore(path: Self.path())
        let scopes = [(scope: "principal:t/p", limits: QuotaLimits(requestsPerMinute: 7))]
        let admitted = try await withThrowingTaskGroup(of: Bool.self) { group in
            for _ in 0..<300 {
                group.addTask {
                    do {
                        _ = try await store.reserve(scopes, tokens: 10, now: Self.now)
                        return true
                    } catch is QuotaExceeded {
                        return false
                    }
                }
            }
            var count = 0
            for try await ok in group where ok { count += 1 }
            return count
        }
        #expect(admitted == 7)
    }

    @Test func aTokenBudgetOfOneLetsExactlyOneFirstCallThrough() async throws {
        let store = try QuotaStore(path: Self.path())
        let scopes = [(scope: "tenant:t", limits: QuotaLimits(tokensPerDay: 1))]
        let admitted = try await withThrowingTaskGroup(of: Bool.self) { group in
            for _ in 0..<200 {
                group.addTask { (try? await store.reserve(scopes, tokens: 500, now: Self.now)) != nil }
            }
            var count = 0
            for try await ok in group where ok { count += 1 }
            return count
        }
        #expect(admitted == 1)
    }

    @Test func tenantAndPrincipalLimitsBothApplyAndRefusalsChargeNothing() async throws {
        let store = try QuotaStore(path: Self.path())
        let tenant = (scope: "tenant:t", limits: QuotaLimits(requestsPerMinute: 3))
        let alice = (scope: "principal:t/alice", limits: QuotaLimits(requestsPerMinute: 2))
        let bob = (scope: "principal:t/bob", limits: QuotaLimits(requestsPerMinute: 10))
        _ = try await store.reserve([tenant, alice], tokens: 1, now: Self.now)
        _ = try await store.reserve([tenant, alice], tokens: 1, now: Self.now)
        await #expect(throws: QuotaExceeded(scope: "principal:t/alice", limit: "requests_per_minute", allowed: 2, retryAfter: 30)) {
            try await store.reserve([tenant, alice], tokens: 1, now: Self.now)
        }
        _ = try await store.reserve([tenant, bob], tokens: 1, now: Self.now)
        // The tenant's three are used: bob is refused by the tenant's limit, though his own allows more.
        await #expect(throws: QuotaExceeded(scope: "tenant:t", limit: "requests_per_minute", allowed: 3, retryAfter: 30)) {
            try await store.reserve([tenant, bob], tokens: 1, now: Self.now)
        }
        // The next minute starts afresh.
        _ = try await store.reserve([tenant, alice], tokens: 1, now: Self.now.addingTimeInterval(30))
    }

    @Test func settlingReplacesTheReservationWithRealUsage() async throws {
        let store = try QuotaStore(path: Self.path())
        let scopes = [(scope: "principal:t/p", limits: QuotaLimits(tokensPerMinute: 1000, tokensPerDay: 5000))]
        let first = try await store.reserve(scopes, tokens: 900, now: Self.now)
        // 900 reserved of 1000: still below, so one more call is admitted and reserves its own maximum.
        let second = try await store.reserve(scopes, tokens: 900, now: Self.now)
        await #expect(throws: QuotaExceeded.self) { try await store.reserve(scopes, tokens: 1, now: Self.now) }
        try await store.settle(first, actualTokens: 40)
        try await store.settle(second, actualTokens: 60)
        let usage = try await store.usage(scope: "principal:t/p", from: 0, to: Int64.max)
        #expect(usage.map(\.tokens) == [100, 100])  // the day and the minute
        #expect(usage.map(\.requests) == [2, 2])
        _ = try await store.reserve(scopes, tokens: 1, now: Self.now)
    }

    @Test func countsSurviveReopening() async throws {
        let path = Self.path()
        let scopes = [(scope: "tenant:t", limits: QuotaLimits(requestsPerMinute: 2))]
        do {
            let store = try QuotaStore(path: path)
            _ = try await store.reserve(scopes, tokens: 1, now: Self.now)
            _ = try await store.reserve(scopes, tokens: 1, now: Self.now)
        }
        let reopened = try QuotaStore(path: path)
        await #expect(throws: QuotaExceeded.self) { try await reopened.reserve(scopes, tokens: 1, now: Self.now) }
    }

    @Test func windowsAreCalendarAlignedInUTC() {
        #expect(QuotaWindow.minute.bounds(of: Self.now) == (1_795_774_800, 1_795_774_860))
        #expect(QuotaWindow.day.bounds(of: Self.now) == (1_795_737_600, 1_795_824_000))
        // November 2026: 1 Nov 00:00Z to 1 Dec 00:00Z.
        #expect(QuotaWindow.month.bounds(of: Self.now) == (1_793_491_200, 1_796_083_200))
    }

    /// Month windows by civil-date arithmetic agree with Foundation's calendar, leap years and
    /// dates before 1970 included.
    @Test func monthWindowsAgreeWithTheCalendar() {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        var generator = SystemRandomNumberGenerator()
        let edges: [Double] = [0, -1, 951_782_400, 951_868_799, 4_107_542_400, -2_203_891_200]  // epoch, 2000-02-29, 2100-03-01, 1900-03-01
        let samples = edges + (0..<2_000).map { _ in Double(Int64.random(in: -2_208_988_800...13_569_465_600, using: &generator)) }
        for seconds in samples {
            let date = Date(timeIntervalSince1970: seconds)
            let start = calendar.date(from: calendar.dateComponents([.year, .month], from: date))!
            let end = calendar.date(byAdding: .month, value: 1, to: start)!
            let expected = (Int64(start.timeIntervalSince1970), Int64(end.timeIntervalSince1970))
            #expect(QuotaWindow.month.bounds(of: date) == expected, "at \(seconds)")
        }
    }

    @Test func estimatesCoverTheBodyAndTheOutputLimit() {
        #expect(QuotaGate.estimate(bodyBytes: 401, outputTokenLimit: 50) == 151)
        #expect(QuotaGate.estimate(bodyBytes: 8, outputTokenLimit: nil) == 2 + QuotaGate.defaultCompletionReservation)
        #expect(QuotaGate.estimate(bodyBytes: 8, outputTokenLimit: 0) == 2)
    }
}
