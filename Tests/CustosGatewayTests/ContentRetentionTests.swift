// SPDX-License-Identifier: Apache-2.0

import CustosLedger
import Foundation
import GRDB
import NIOHTTP1
import Testing

@testable import CustosGateway

/// Content retention on the request path: what is sealed, who may fetch it, crypto-shredding,
/// failing closed, and public access to the log.
@Suite(.serialized, .timeLimit(.minutes(2)))
struct ContentRetentionTests {
    static func content(of record: [String: Any], _ part: String) -> [String: Any]? {
        (record[part] as? [String: Any])?["content"] as? [String: Any]
    }

    @Test func retainedCallsCommitToSealedContentThatTheTenantsAuditorsCanOpen() async throws {
        try await LiveGateway.run(configure: LiveGateway.retainingContent) { gateway in
            let carol = try gateway.keys.create(tenant: "agency-b", principal: "carol", expiresAt: nil, label: nil).0.secret
            let audra = try gateway.keys.create(tenant: "agency-a", principal: "audra", expiresAt: nil, label: nil).0.secret
            let bert = try gateway.keys.create(tenant: "agency-b", principal: "bert", expiresAt: nil, label: nil).0.secret
            let sent = #"{"model":"fake-echo","messages":[{"role":"user","content":"retain me"}]}"#
            let plain = try await gateway.request(.POST, "/v1/chat/completions", key: gateway.aliceKey, body: sent)
            #expect(plain.status == 200)
            let streamed = try await gateway.chat(content: "stream me", extra: #","stream":true"#)
            #expect(streamed.status == 200)
            #expect(try await gateway.chat(content: "not retained", key: carol).status == 200)

            let records = try await LedgerOnPathTests.records(gateway)
            #expect(records.map { $0["event"] as? String } == ["REQUEST", "RESPONSE", "REQUEST", "RESPONSE", "REQUEST", "RESPONSE"])
            for index in 0..<4 {
                let part = index.isMultiple(of: 2) ? "request" : "response"
                let content = try #require(Self.content(of: records[index], part))
                #expect(content["alg"] as? String == "A256GCM")
                #expect(content["key_id"] as? String != nil)
            }
            #expect(Self.content(of: records[4], "request") == nil && Self.content(of: records[5], "response") == nil)

            // The auditor fetches the sealed bytes; with the tenant's key they open to exactly what
            // the client sent and received, and match what the records commit to.
            let store = try ContentStore(path: gateway.contentPath, masterKey: LiveGateway.contentMasterKey)
            let keys = try await store.keys(tenant: "agency-a")
            func open(_ index: Int) async throws -> [UInt8] {
                // Entry 0 is the POLICY_SET record; call record `index` is entry `index + 1`.
                let record = try await gateway.ledger.entries(in: UInt64(index + 1)..<UInt64(index + 2))[0].data
                let claim = try ContentAudit.claim(inRecord: record)
                let reply = try await gateway.request(.GET, "/ledger/content/\(claim.requestID)/\(claim.part.rawValue)", key: audra)
                #expect(reply.status == 200)
                #expect(reply.headers["custos-content-key-id"] == claim.commitment.keyID)
                return try ContentAudit.open(reply.body, claim: claim, keys: keys)
            }
            #expect(try await open(0) == Array(sent.utf8))
            #expect(try await open(1) == plain.body)
            let streamedAnswer = try await open(3)
            #expect(SHA256Hex.of(streamedAnswer) == (records[3]["response"] as? [String: Any])?["sha256"] as? String)
            #expect(String(decoding: streamedAnswer, as: UTF8.self).contains("data: {"))
            #expect(!String(decoding: streamedAnswer, as: UTF8.self).contains("[DONE]"))

            // Only auditors, and only of the content's own tenant; unretained calls have none.
            let requestID = try #require(records[0]["request_id"] as? String)
            #expect(try await gateway.request(.GET, "/ledger/content/\(requestID)/request", key: bert).status == 403)
            #expect(try await gateway.request(.GET, "/ledger/content/\(requestID)/request", key: gateway.aliceKey).status == 403)
            #expect(try await gateway.request(.GET, "/ledger/content/\(requestID)/request", key: nil).status == 401)
            #expect(try await gateway.request(.GET, "/ledger/content/\(requestID)/prompt", key: audra).status == 404)
            let carolsID = try #require(records[4]["request_id"] as? String)
            let none = try await gateway.request(.GET, "/ledger/content/\(carolsID)/request", key: bert)
            #expect(none.status == 404)
            #expect(try none.error()["code"] as? String == "no_such_content")

            // Every authenticated attempt to read content is itself in the ledger: who, which
            // body, and whether it was served (the anonymous one was refused before anyone was known).
            let reads = try await LedgerOnPathTests.records(gateway).dropFirst(6)
            #expect(reads.allSatisfy { $0["event"] as? String == "CONTENT_READ" })
            let seen = reads.map { read -> [String] in
                let source = read["source"] as? [String: Any]
                let content = read["content"] as? [String: Any]
                return [
                    source?["principal"] as? String ?? "-", content?["part"] as? String ?? "-", "\(read["status"] as? Int ?? 0)",
                    read["outcome"] as? String ?? "-",
                ]
            }
            #expect(
                seen == [
                    ["audra", "request", "200", "served"], ["audra", "response", "200", "served"], ["audra", "response", "200", "served"],
                    ["bert", "request", "403", "other_tenant_content"], ["alice", "request", "403", "policy_denied"],
                    ["audra", "prompt", "404", "no_such_content"], ["bert", "request", "404", "no_such_content"],
                ]
            )
            #expect((reads.first?["content"] as? [String: Any])?["request_id"] as? String == requestID)
        }
    }

    /// A content read that cannot be recorded is not served: the ledger's storage fails, the
    /// auditor gets 503 and no content.
    @Test func aContentReadThatCannotBeRecordedIsRefused() async throws {
        try await LiveGateway.run(configure: LiveGateway.retainingContent) { gateway in
            let audra = try gateway.keys.create(tenant: "agency-a", principal: "audra", expiresAt: nil, label: nil).0.secret
            #expect(try await gateway.chat(content: "retain me").status == 200)
            let requestID = try #require(try await LedgerOnPathTests.records(gateway).first?["request_id"] as? String)
            // Another writer appends behind the sequencer's back: its next append fails closed.
            let size = try await gateway.ledger.size()
            try gateway.ledger.append([StoredEntry(data: Array("forged".utf8))], startingAt: size)
            let reply = try await gateway.request(.GET, "/ledger/content/\(requestID)/request", key: audra)
            #expect(reply.status == 503)
            #expect(try reply.error()["code"] as? String == "ledger_unavailable")
            #expect(reply.headers["custos-content-key-id"] == nil)
        }
    }

    @Test func shreddingMakesContentUnreadableAndLeavesTheLedgerVerifiable() async throws {
        try await LiveGateway.run(configure: LiveGateway.retainingContent) { gateway in
            #expect(try await gateway.chat(content: "before the shred").status == 200)
            let store = try ContentStore(path: gateway.contentPath, masterKey: LiveGateway.contentMasterKey)
            let before = try await store.keys(tenant: "agency-a")
            let report = try await store.shred(tenant: "agency-a")
            #expect(report.keyIDs == before.map(\.keyID) && report.unreadableItems == 2)
            #expect(try await gateway.chat(content: "after the shred").status == 200)

            let records = try await LedgerOnPathTests.records(gateway)
            let oldKey = try #require(Self.content(of: records[0], "request")?["key_id"] as? String)
            let newKey = try #require(Self.content(of: records[2], "request")?["key_id"] as? String)
            #expect(oldKey != newKey)
            let first = try ContentAudit.claim(inRecord: try await gateway.ledger.entries(in: 1..<2)[0].data)
            let sealed = try #require(try await store.sealed(requestID: first.requestID, part: .request)).sealed
            let keysAfter = try await store.keys(tenant: "agency-a")
            #expect {
                try ContentAudit.open(sealed, claim: first, keys: keysAfter)
            } throws: { error in
                if case .keyUnavailable = error as? ContentError { return true }
                return false
            }

            // The ledger itself is untouched: every record and checkpoint still verifies.
            var report2: LogVerifier.Report?
            for _ in 0..<50 {
                report2 = try? await StoredLedgerVerifier(key: gateway.ledgerKey, storage: gateway.ledger).verify(checkEntries: true)
                if report2?.checkpoint.size == 5 { break }
                try await Task.sleep(for: .milliseconds(100))
            }
            #expect(report2?.checkpoint.size == 5)
        }
    }

    @Test func aContentStoreThatCannotWriteRefusesTheCallAndForwardsNothing() async throws {
        try await LiveGateway.run(configure: LiveGateway.retainingContent) { gateway in
            #expect(try await gateway.chat().status == 200)
            let forwarded = try await gateway.fakeStats()["chat_requests"] as? Int
            try await DatabaseQueue(path: gateway.contentPath).write { db in try db.execute(sql: "DROP TABLE content") }

            let refused = try await gateway.chat(content: "must not leave")
            #expect(refused.status == 503)
            #expect(try refused.error()["code"] as? String == "content_store_unavailable")
            #expect(refused.headers["retry-after"] == "1")
            #expect(try await gateway.fakeStats()["chat_requests"] as? Int == forwarded)
            let last = try #require(try await LedgerOnPathTests.records(gateway).last)
            #expect(last["event"] as? String == "REJECTED")
            #expect(last["error_code"] as? String == "content_store_unavailable")
        }
    }

    @Test func publicAccessServesTheLogWithoutAKeyButNeverTheContent() async throws {
        let configure = { (yaml: String) in
            LiveGateway.retainingContent(yaml).replacingOccurrences(
                of: "checkpoint_interval: 100ms,",
                with: "checkpoint_interval: 100ms, access: public,"
            )
        }
        try await LiveGateway.run(configure: configure) { gateway in
            #expect(try await gateway.chat().status == 200)
            var checkpoint = try await gateway.request(.GET, "/ledger/checkpoint", key: nil)
            for _ in 0..<50 where checkpoint.status != 200 || !checkpoint.text.contains("\n3\n") {
                try await Task.sleep(for: .milliseconds(100))
                checkpoint = try await gateway.request(.GET, "/ledger/checkpoint", key: nil)
            }
            #expect(checkpoint.status == 200 && checkpoint.text.contains("\n3\n"))
            #expect(try await gateway.request(.GET, "/ledger/entries/0", key: nil).status == 200)
            #expect(try await gateway.request(.GET, "/ledger/tile/0/000.p/3", key: nil).status == 200)
            let requestID = try #require(try await LedgerOnPathTests.records(gateway).first?["request_id"] as? String)
            #expect(try await gateway.request(.GET, "/ledger/content/\(requestID)/request", key: nil).status == 401)
        }
    }
}
