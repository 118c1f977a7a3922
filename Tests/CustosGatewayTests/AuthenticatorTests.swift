// SPDX-License-Identifier: Apache-2.0

import Foundation
import Testing

@testable import CustosGateway

struct AuthenticatorTests {
    /// A key cached as confirmed is still refused from its expiry on (deterministic: the clock is
    /// passed in, the cache lasts a minute).
    @Test func aCachedKeyStopsAtItsExpiry() async throws {
        let config = PolicyDecisionPointTests.config
        let keys = try APIKeyStore(path: APIKeyStoreTests.temporaryDatabase())
        let now = Date()
        let (key, _) = try keys.create(tenant: "usda", principal: "bob", expiresAt: now.addingTimeInterval(10), label: nil)
        let authenticator = Authenticator(keys: keys, config: config, cache: VerifiedKeyCache(lifetime: .seconds(60)))
        #expect(try await authenticator.authenticate(authorization: "Bearer \(key.secret)", now: now).id == "bob")
        await #expect(throws: GatewayError.self) {
            try await authenticator.authenticate(authorization: "Bearer \(key.secret)", now: now.addingTimeInterval(11))
        }
        // And the scheme is case-insensitive, the principal is the configured one.
        let principal = try await authenticator.authenticate(authorization: "bearer \(key.secret)", now: now)
        #expect(principal.tenant == "usda" && principal.clearance == .cui && principal.authMethod == .apiKey)
    }
}
