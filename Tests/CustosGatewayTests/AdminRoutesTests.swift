// SPDX-License-Identifier: Apache-2.0

import Foundation
import NIOHTTP1
import Testing

@testable import CustosGateway

/// The admin API: an agency's admins manage its keys and read its usage, and only theirs.
@Suite(.serialized, .timeLimit(.minutes(2)))
struct AdminRoutesTests {
    static func configure(_ yaml: String) -> String {
        yaml.replacingOccurrences(
            of: "{id: alice, clearance: secret}",
            with:
                "{id: alice, clearance: secret, quotas: {requests_per_minute: 3, tokens_per_day: 100000}}\n      - {id: ada, roles: [admin], models: []}"
        )
        .replacingOccurrences(of: "principals: [{id: carol}", with: "principals: [{id: bea, roles: [admin], models: []}, {id: carol}")
    }

    @Test func usageShowsWhatIsUsedAndWhatRemains() async throws {
        try await LiveGateway.run(configure: Self.configure) { gateway in
            let ada = try gateway.keys.create(tenant: "agency-a", principal: "ada", expiresAt: nil, label: nil).0.secret
            for _ in 0..<2 { #expect(try await gateway.chat().status == 200) }
            let reply = try await gateway.request(.GET, "/admin/usage?tenant=agency-a", key: ada)
            #expect(reply.status == 200, "\(reply.text)")
            let scopes = try #require(try reply.json()["scopes"] as? [[String: Any]])
            let alice = try #require(scopes.first { $0["scope"] as? String == "principal:agency-a/alice" })
            let limits = try #require(alice["limits"] as? [String: [String: Any]])
            #expect(limits["requests_per_minute"]?["used"] as? Int == 2)
            #expect(limits["requests_per_minute"]?["remaining"] as? Int == 1)
            let tokens = try #require(limits["tokens_per_day"]?["used"] as? Int)
            #expect(tokens > 0 && tokens < 100)  // settled on real usage, not the 1,024-token reservation
            #expect((alice["windows"] as? [[String: Any]])?.isEmpty == false)
        }
    }

    @Test func onlyAnAgencysAdminsAndOnlyForTheirAgency() async throws {
        try await LiveGateway.run(configure: Self.configure) { gateway in
            let ada = try gateway.keys.create(tenant: "agency-a", principal: "ada", expiresAt: nil, label: nil).0.secret
            let other = try await gateway.request(.GET, "/admin/usage?tenant=agency-b", key: ada)
            #expect(other.status == 404)
            #expect(try other.error()["code"] as? String == "tenant_not_found")
            let notAdmin = try await gateway.request(.GET, "/admin/usage?tenant=agency-a", key: gateway.aliceKey)
            #expect(notAdmin.status == 403)
            #expect(try await gateway.request(.GET, "/admin/usage?tenant=agency-a", key: nil).status == 401)
            #expect(try await gateway.request(.GET, "/admin/usage", key: ada).status == 400)
        }
    }

    @Test func keysCreatedAndRevokedThroughTheAPIAreRecorded() async throws {
        try await LiveGateway.run(configure: Self.configure) { gateway in
            let ada = try gateway.keys.create(tenant: "agency-a", principal: "ada", expiresAt: nil, label: nil).0.secret
            let created = try await gateway.request(
                .POST,
                "/admin/keys",
                key: ada,
                body: #"{"tenant":"agency-a","principal":"alice","expires_in":"7d","label":"ci"}"#
            )
            #expect(created.status == 201, "\(created.text)")
            let object = try created.json()
            let secret = try #require(object["key"] as? String)
            let id = try #require(object["id"] as? String)
            #expect(object["expires_at"] is String)
            #expect(try await gateway.chat(key: secret).status == 200)

            let listed = try await gateway.request(.GET, "/admin/keys?tenant=agency-a", key: ada)
            #expect(listed.text.contains(id) && !listed.text.contains(secret))

            // Another agency's admin cannot see or revoke it.
            let bea = try gateway.keys.create(tenant: "agency-b", principal: "bea", expiresAt: nil, label: nil).0.secret
            #expect(try await gateway.request(.DELETE, "/admin/keys/\(id)", key: bea).status == 404)
            #expect(try await gateway.request(.POST, "/admin/keys", key: bea, body: #"{"tenant":"agency-a","principal":"alice"}"#).status == 404)

            #expect(try await gateway.request(.DELETE, "/admin/keys/\(id)", key: ada).status == 200)
            try await Task.sleep(for: .milliseconds(400))  // the key cache's lifetime in this configuration
            #expect(try await gateway.chat(key: secret).status == 401)

            let admin = try await LedgerOnPathTests.records(gateway).filter { $0["event"] as? String == "ADMIN" }
            #expect(admin.map { ($0["change"] as? [String: Any])?["action"] as? String } == ["keys.create", "keys.revoke"])
            #expect(admin.allSatisfy { ($0["source"] as? [String: Any])?["principal"] as? String == "ada" })
            let ledgerText = try await LedgerOnPathTests.allRecords(gateway).map { "\($0)" }.joined()
            #expect(!ledgerText.contains(secret))
        }
    }
}
