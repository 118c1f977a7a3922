// SPDX-License-Identifier: Apache-2.0

import Foundation
import GRDB
import Testing

@testable import CustosLedger

/// Retained content: sealing bound to its record, durable storage, crypto-shredding.
struct ContentStoreTests {
    static func record(_ event: String, requestID: String, tenant: String, part: ContentPart, _ commitment: ContentCommitment) throws -> [UInt8] {
        let record: LedgerValue = .object([
            "event": .string(event), "request_id": .string(requestID), "source": .object(["tenant": .string(tenant)]),
            part.rawValue: .object(["sha256": "00", "bytes": 0, "content": commitment.ledgerValue]),
        ])
        return try CanonicalJSON.encode(record)
    }

    @Test func retainedContentOpensForAnAuditorWithTheKeyAndMatchesItsRecord() async throws {
        let store = try ContentStore(path: TemporaryLedger.path(), masterKey: .generate())
        let prompt = Array(#"{"messages":[{"role":"user","content":"the prompt"}]}"#.utf8)
        let commitment = try await store.retain(prompt, tenant: "agency-a", requestID: "req-1", part: .request)
        let sealed = try #require(try await store.sealed(requestID: "req-1", part: .request))
        #expect(sealed.keyID == commitment.keyID)
        #expect(sealed.sealed.count == commitment.bytes)
        #expect(!String(decoding: sealed.sealed, as: UTF8.self).contains("the prompt"))

        let claim = try ContentAudit.claim(inRecord: try Self.record("REQUEST", requestID: "req-1", tenant: "agency-a", part: .request, commitment))
        let keys = try await store.keys(tenant: "agency-a")
        let exported = try keys.map { try ContentKey(parsing: $0.exportText) }
        #expect(try ContentAudit.open(sealed.sealed, claim: claim, keys: exported) == prompt)
    }

    @Test func contentCannotBeSwappedAlteredOrOpenedWithAnotherTenantsKey() async throws {
        let store = try ContentStore(path: TemporaryLedger.path(), masterKey: .generate())
        let first = try await store.retain(Array("first".utf8), tenant: "agency-a", requestID: "req-1", part: .request)
        _ = try await store.retain(Array("other".utf8), tenant: "agency-b", requestID: "req-9", part: .request)
        let sealed = try #require(try await store.sealed(requestID: "req-1", part: .request)).sealed
        let keys = try await store.keys(tenant: "agency-a") + (try await store.keys(tenant: "agency-b"))

        // Altered bytes: no longer what the record commits to.
        var altered = sealed
        altered[altered.count - 1] ^= 1
        let claim = try ContentAudit.claim(inRecord: try Self.record("REQUEST", requestID: "req-1", tenant: "agency-a", part: .request, first))
        #expect(throws: ContentError.self) { try ContentAudit.open(altered, claim: claim, keys: keys) }
        // The same sealed bytes claimed by another record (request id, or part): the digest matches,
        // the associated data does not.
        let stolen = try ContentAudit.claim(inRecord: try Self.record("REQUEST", requestID: "req-2", tenant: "agency-a", part: .request, first))
        #expect {
            try ContentAudit.open(sealed, claim: stolen, keys: keys)
        } throws: { error in
            if case .undecryptable = error as? ContentError { return true }
            return false
        }
        let asAnswer = try ContentAudit.claim(inRecord: try Self.record("RESPONSE", requestID: "req-1", tenant: "agency-a", part: .response, first))
        #expect(throws: ContentError.self) { try ContentAudit.open(sealed, claim: asAnswer, keys: keys) }
        // Without agency-a's key (only agency-b's) there is nothing to open it with.
        let otherKeys = try await store.keys(tenant: "agency-b")
        #expect {
            try ContentAudit.open(sealed, claim: claim, keys: otherKeys)
        } throws: { error in
            if case .keyUnavailable = error as? ContentError { return true }
            return false
        }
    }

    @Test func shreddingDestroysTheKeysInTheFileAndItsLogButKeepsTheSealedContent() async throws {
        let path = TemporaryLedger.path()
        let store = try ContentStore(path: path, masterKey: .generate())
        let commitment = try await store.retain(Array("secret answer".utf8), tenant: "agency-a", requestID: "req-1", part: .response)
        let wrapped = try await DatabaseQueue(path: path).read { db in
            try #require(try Data.fetchOne(db, sql: "SELECT wrapped FROM content_keys WHERE key_id = ?", arguments: [commitment.keyID]))
        }
        #expect(Self.occurs(wrapped, inFilesAt: path))

        let report = try await store.shred(tenant: "agency-a")
        #expect(report == ContentStore.ShredReport(keyIDs: [commitment.keyID], unreadableItems: 1))
        #expect(try await store.keys(tenant: "agency-a").isEmpty)
        #expect(try await store.shreddedKeyIDs(tenant: "agency-a") == [commitment.keyID])
        #expect(try await store.sealed(requestID: "req-1", part: .response) != nil)
        // Not a byte of the wrapped key is left in the database or its write-ahead log.
        #expect(!Self.occurs(wrapped, inFilesAt: path))

        // New content goes under a fresh key.
        let next = try await store.retain(Array("later".utf8), tenant: "agency-a", requestID: "req-2", part: .request)
        #expect(next.keyID != commitment.keyID)
    }

    @Test func contentIsNeverSealedUnderAKeyShreddedByAnotherProcess() async throws {
        let path = TemporaryLedger.path()
        let master = ContentMasterKey.generate()
        let gateway = try ContentStore(path: path, masterKey: master)
        let first = try await gateway.retain(Array("one".utf8), tenant: "agency-a", requestID: "req-1", part: .request)
        // `custos ledger shred`, from another process, while the gateway holds the key in memory.
        _ = try await ContentStore(path: path, masterKey: master).shred(tenant: "agency-a")
        let second = try await gateway.retain(Array("two".utf8), tenant: "agency-a", requestID: "req-2", part: .request)
        #expect(second.keyID != first.keyID)
        #expect(try await gateway.keys(tenant: "agency-a").map(\.keyID) == [second.keyID])
    }

    @Test func aWrongMasterKeyOpensNothing() async throws {
        let path = TemporaryLedger.path()
        _ = try await ContentStore(path: path, masterKey: .generate()).retain([1], tenant: "agency-a", requestID: "r", part: .request)
        await #expect(throws: ContentError.self) { try await ContentStore(path: path, masterKey: .generate()).keys(tenant: "agency-a") }
    }

    @Test func keyTextsRoundTripAndRejectGarbage() throws {
        let key = ContentKey.generate(tenant: "agency-a")
        let parsed = try ContentKey(parsing: key.exportText)
        #expect(parsed.keyID == key.keyID && parsed.tenant == "agency-a" && parsed.exportText == key.exportText)
        #expect(!key.description.contains(String(key.exportText.split(separator: "+").last!)))
        let master = ContentMasterKey.generate()
        #expect(try ContentMasterKey(parsing: master.privateText + "\n").privateText == master.privateText)
        for bad in ["", "CUSTOS-CONTENT-KEY+a+short+AAAA", "PRIVATE+KEY+x+00000000+AAAA", "CUSTOS-CONTENT-MASTER-KEY+AAAA"] {
            #expect(throws: ContentError.self) { try ContentKey(parsing: bad) }
            #expect(throws: ContentError.self) { try ContentMasterKey(parsing: bad) }
        }
    }

    /// Whether `needle` appears in the database file or its WAL.
    static func occurs(_ needle: Data, inFilesAt path: String) -> Bool {
        [path, path + "-wal"].contains { file in
            guard let bytes = FileManager.default.contents(atPath: file) else { return false }
            return bytes.range(of: needle) != nil
        }
    }
}
