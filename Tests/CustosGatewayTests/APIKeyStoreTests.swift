// SPDX-License-Identifier: Apache-2.0

import CustosTestSupport
import Foundation
import GRDB
import Testing

@testable import CustosGateway

struct APIKeyStoreTests {
    static func temporaryDatabase() -> String {
        ScratchFolder.path("keys.db")
    }

    @Test func keyHasPrefixAnd256RandomBits() throws {
        let key = APIKey.generate()
        #expect(key.secret.hasPrefix("csk_"))
        #expect(key.secret.count == 4 + 43)
        #expect(APIKey(presented: key.secret) != nil)
        #expect(APIKey.generate().secret != key.secret)
        #expect(key.description == "csk_<redacted>")
    }

    @Test(arguments: [
        "", "csk_", "sk-" + String(repeating: "a", count: 44), "csk_" + String(repeating: "a", count: 42), "csk_" + String(repeating: "+", count: 43),
    ])
    func malformedTokensAreRefused(_ token: String) {
        #expect(APIKey(presented: token) == nil)
    }

    @Test func createAuthenticateRevoke() throws {
        let store = try APIKeyStore(path: Self.temporaryDatabase())
        let (key, record) = try store.create(tenant: "t", principal: "p", expiresAt: nil, label: "ci")
        #expect(record.id.hasPrefix("key_"))
        #expect(try store.authenticate(key)?.id == record.id)
        #expect(try store.authenticate(APIKey.generate()) == nil)
        #expect(try store.revoke(id: record.id))
        #expect(try store.authenticate(key) == nil)
        #expect(try store.list().first?.status(at: Date()) == "revoked")
        #expect(try !store.revoke(id: "key_missing"))
    }

    @Test func keysAreListedPerTenantAndFoundById() throws {
        let path = Self.temporaryDatabase()
        let store = try APIKeyStore(path: path)
        let (_, a1) = try store.create(tenant: "agency-a", principal: "p", expiresAt: nil, label: nil)
        _ = try store.create(tenant: "agency-b", principal: "q", expiresAt: nil, label: nil)
        let (_, a2) = try store.create(tenant: "agency-a", principal: "r", expiresAt: nil, label: nil)
        #expect(Set(try store.list(tenant: "agency-a").map(\.id)) == [a1.id, a2.id])
        #expect(try store.list(tenant: "agency-c").isEmpty)
        #expect(try store.record(id: a2.id)?.principal == "r")
        #expect(try store.record(id: "key_missing") == nil)
        // The per-tenant listing reads an index, not the whole table.
        let plan = try DatabaseQueue(path: path).read { db in
            try Row.fetchAll(db, sql: "EXPLAIN QUERY PLAN SELECT * FROM api_keys WHERE tenant = 'agency-a' ORDER BY created_at DESC, id")
                .map { $0["detail"] as String? ?? "" }
        }.joined(separator: "\n")
        #expect(plan.contains("api_keys_by_tenant"))
    }

    @Test func expiredKeysAreRefused() throws {
        let store = try APIKeyStore(path: Self.temporaryDatabase())
        let now = Date()
        let (key, _) = try store.create(tenant: "t", principal: "p", expiresAt: now.addingTimeInterval(60), label: nil)
        #expect(try store.authenticate(key, now: now) != nil)
        #expect(try store.authenticate(key, now: now.addingTimeInterval(61)) == nil)
    }

    @Test func onlyTheDigestIsStored() throws {
        let path = Self.temporaryDatabase()
        let secret: String
        do {
            let store = try APIKeyStore(path: path)
            secret = try store.create(tenant: "t", principal: "p", expiresAt: nil, label: nil).0.secret
        }
        var bytes = Data()
        for suffix in ["", "-wal"] {
            bytes.append(FileManager.default.contents(atPath: path + suffix) ?? Data())
        }
        #expect(!bytes.isEmpty)
        #expect(bytes.range(of: Data(secret.utf8)) == nil)
        #expect(bytes.range(of: Data(secret.dropFirst(4).utf8)) == nil)
    }

    @Test func revocationIsSeenByAnotherProcessHandle() throws {
        let path = Self.temporaryDatabase()
        let server = try APIKeyStore(path: path)
        let (key, record) = try server.create(tenant: "t", principal: "p", expiresAt: nil, label: nil)
        let cli = try APIKeyStore(path: path)
        try cli.revoke(id: record.id)
        #expect(try server.authenticate(key) == nil)
    }

    @Test func constantTimeComparison() {
        #expect(constantTimeEqual([1, 2, 3], [1, 2, 3]))
        #expect(!constantTimeEqual([1, 2, 3], [1, 2, 4]))
        #expect(!constantTimeEqual([1, 2], [1, 2, 3]))
    }
}
