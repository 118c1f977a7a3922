// SPDX-License-Identifier: Apache-2.0

import Foundation
import Testing

@testable import CustosGateway

struct VerifiedKeyCacheTests {
    static let record = APIKeyRecord(
        id: "key_1",
        tenant: "t",
        principal: "p",
        createdAt: Date(),
        expiresAt: nil,
        revokedAt: nil,
        label: nil
    )

    @Test func entriesLapseAfterTheirLifetime() {
        let cache = VerifiedKeyCache(lifetime: .seconds(1))
        let start = ContinuousClock.now
        let digest = Data([1, 2, 3])
        #expect(cache.record(for: digest, now: start) == nil)
        cache.remember(Self.record, for: digest, now: start)
        #expect(cache.record(for: digest, now: start + .milliseconds(999)) == Self.record)
        #expect(cache.record(for: digest, now: start + .seconds(1)) == nil)
        // A lapsed entry is dropped, not revived.
        #expect(cache.record(for: digest, now: start) == nil)
    }

    @Test func zeroLifetimeDisablesTheCache() {
        let cache = VerifiedKeyCache(lifetime: .zero)
        cache.remember(Self.record, for: Data([1]))
        #expect(cache.record(for: Data([1])) == nil)
    }

    @Test func forgetAndCapacity() {
        let cache = VerifiedKeyCache(lifetime: .seconds(60), capacity: 2)
        cache.remember(Self.record, for: Data([1]))
        cache.forget(Data([1]))
        #expect(cache.record(for: Data([1])) == nil)
        cache.remember(Self.record, for: Data([1]))
        cache.remember(Self.record, for: Data([2]))
        cache.remember(Self.record, for: Data([3]))  // full: emptied, then this one kept
        #expect(cache.record(for: Data([1])) == nil)
        #expect(cache.record(for: Data([3])) == Self.record)
    }
}
