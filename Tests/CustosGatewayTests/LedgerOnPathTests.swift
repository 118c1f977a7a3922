// SPDX-License-Identifier: Apache-2.0

import CustosLedger
import Foundation
import GRDB
import NIOHTTP1
import Testing

@testable import CustosGateway

/// The audit ledger on the request path: what is recorded, what is not, and failing closed.
@Suite(.serialized, .timeLimit(.minutes(2)))
struct LedgerOnPathTests {
    /// The records of calls: every entry after the first, which is the `POLICY_SET` record the
    /// gateway writes when it starts.
    static func records(_ gateway: LiveGateway) async throws -> [[String: Any]] {
        let all = try await allRecords(gateway)
        #expect(all.first?["event"] as? String == "POLICY_SET")
        return Array(all.dropFirst())
    }

    static func allRecords(_ gateway: LiveGateway) async throws -> [[String: Any]] {
        let size = try await gateway.ledger.size()
        return try await gateway.ledger.entries(in: 0..<size).map { entry in
            try #require(try JSONSerialization.jsonObject(with: Data(entry.data)) as? [String: Any])
        }
    }

    @Test func callsLeaveRequestAndResponseRecordsWithoutContent() async throws {
        try await LiveGateway.run { gateway in
            let secretPrompt = "my-ssn-is-078-05-1120"
            #expect(try await gateway.chat(content: secretPrompt).status == 200)
            #expect(try await gateway.chat(content: secretPrompt, extra: #","stream":true,"stream_options":{"include_usage":true}"#).status == 200)
            #expect(try await gateway.chat(key: "csk_bogus").status == 401)

            let records = try await Self.records(gateway)
            #expect(records.map { $0["event"] as? String } == ["REQUEST", "RESPONSE", "REQUEST", "RESPONSE", "REJECTED"])
            for pair in [(0, 1), (2, 3)] {
                #expect(records[pair.0]["request_id"] as? String == records[pair.1]["request_id"] as? String)
                let response = records[pair.1]
                #expect(response["status"] as? Int == 200)
                #expect(response["outcome"] as? String == "success")
                #expect((response["deployment"] as? [String: Any])?["id"] as? String == "fake-a")
                #expect((response["usage"] as? [String: Any])?["total_tokens"] as? Int != nil)
                #expect(((records[pair.0]["source"] as? [String: Any])?["principal"]) as? String == "alice")
            }
            #expect(records[4]["status"] as? Int == 401)
            #expect(records[4]["error_code"] as? String == "invalid_api_key")

            // Canonical bytes, and nothing secret inside: no prompt text, no API key.
            let size = try await gateway.ledger.size()
            for entry in try await gateway.ledger.entries(in: 1..<size) {
                let text = String(decoding: entry.data, as: UTF8.self)
                #expect(!text.contains(secretPrompt))
                #expect(!text.contains(gateway.aliceKey))
                #expect(!text.contains("csk_bogus"))
                #expect(!text.contains(" "), "canonical JSON has no whitespace outside strings")
            }
            // The request digest commits to exactly the bytes the client sent.
            let sent = #"{"model":"fake-echo","messages":[{"role":"user","content":"\#(secretPrompt)"}]}"#
            #expect((records[0]["request"] as? [String: Any])?["sha256"] as? String == SHA256Hex.of(Array(sent.utf8)))
        }
    }

    @Test func checkpointsVerifyOfflineAndCoverTheRecords() async throws {
        try await LiveGateway.run { gateway in
            for _ in 0..<3 { _ = try await gateway.chat() }
            // Checkpoints are published every 100 ms in the test configuration.
            var checkpoint: Checkpoint?
            for _ in 0..<50 {
                if let latest = try await gateway.ledger.latestCheckpoint(), latest.treeSize == 7 {
                    checkpoint = try Checkpoint.open(Array(latest.note.utf8), trusting: [gateway.ledgerKey])
                    break
                }
                try await Task.sleep(for: .milliseconds(100))
            }
            let verified = try #require(checkpoint)
            #expect(verified.origin == "custos.test/live")
            var tree = MerkleTree()
            for hash in try await gateway.ledger.leafHashes(in: 0..<7) { tree.append(leafHash: hash) }
            #expect(try tree.rootHash(treeSize: 7) == verified.rootHash)
            let entry = try await gateway.ledger.entries(in: 2..<3)[0]
            try tree.inclusionProof(leafIndex: 2, treeSize: 7).verify(leafHash: RFC6962Hasher.leafHash(entry.data), root: verified.rootHash)
        }
    }

    /// Another process holds the ledger database's write lock (say, an operator's `sqlite3` shell
    /// inside a transaction): the commit waits, the call gets 503 after `commit_timeout` instead of
    /// hanging, nothing is forwarded, readiness says why, and all is well once the lock goes.
    @Test func aStalledLedgerCommitRefusesCallsUntilItReturns() async throws {
        let shortTimeout: (String) -> String = {
            $0.replacingOccurrences(of: "checkpoint_interval: 100ms}", with: "checkpoint_interval: 100ms, commit_timeout: 300ms}")
        }
        try await LiveGateway.run(configure: shortTimeout) { gateway in
            #expect(try await gateway.chat().status == 200)
            let forwardedBefore = try #require(try await gateway.fakeStats()["chat_requests"] as? Int)
            // The lock is taken and kept on a thread of its own until the test lets go of it. The
            // gateway's own writer may hold it for a moment (a checkpoint every 100 ms): the
            // locker waits its turn rather than failing at once, and if it cannot take the lock
            // the test says so instead of waiting for it forever.
            var configuration = Configuration()
            configuration.busyMode = .timeout(10)
            let locker = try DatabaseQueue(path: gateway.ledgerPath, configuration: configuration)
            let (held, heldContinuation) = AsyncStream.makeStream(of: Void.self)
            let release = DispatchSemaphore(value: 0)
            let released = DispatchSemaphore(value: 0)
            Thread {
                do {
                    try locker.writeWithoutTransaction { db in
                        try db.execute(sql: "BEGIN IMMEDIATE")
                        heldContinuation.yield()
                        release.wait()
                        try db.execute(sql: "ROLLBACK")
                    }
                } catch {
                    heldContinuation.finish()
                }
                released.signal()
            }.start()
            var locked = false
            for await _ in held {
                locked = true
                break
            }
            try #require(locked, "the test could not take the ledger database's write lock")

            // The commit cannot finish while the lock is held; the call is refused all the same.
            let refused = try await gateway.chat()
            #expect(refused.status == 503)
            #expect(try refused.error()["code"] as? String == "ledger_unavailable")
            let ready = try await gateway.request(.GET, "/readyz", key: nil)
            #expect(ready.status == 503 && ready.text.contains(#""ledger":"failed""#))
            #expect(try await gateway.fakeStats()["chat_requests"] as? Int == forwardedBefore, "a call was forwarded without a durable record")
            release.signal()
            await withCheckedContinuation { continuation in
                DispatchQueue.global().async {
                    released.wait()
                    continuation.resume()
                }
            }

            let deadline = ContinuousClock.now + .seconds(10)
            while try await gateway.request(.GET, "/readyz", key: nil).status != 200, ContinuousClock.now < deadline {
                try await Task.sleep(for: .milliseconds(50))
            }
            #expect(try await gateway.chat().status == 200)
        }
    }

    @Test func aBrokenLedgerRefusesCallsAndForwardsNothing() async throws {
        try await LiveGateway.run { gateway in
            #expect(try await gateway.chat().status == 200)
            let forwardedBefore = try #require(try await gateway.fakeStats()["chat_requests"] as? Int)
            // Another writer appends behind the sequencer's back: the store no longer matches what the
            // sequencer acknowledged, so it must stop rather than guess.
            let size = try await gateway.ledger.size()
            try gateway.ledger.append([StoredEntry(data: Array("forged".utf8))], startingAt: size)

            let refused = try await gateway.chat()
            #expect(refused.status == 503)
            #expect(try refused.error()["code"] as? String == "ledger_unavailable")
            #expect(refused.headers["retry-after"] == "1")
            let streamed = try await gateway.chat(extra: #","stream":true"#)
            #expect(streamed.status == 503)
            #expect(try await gateway.fakeStats()["chat_requests"] as? Int == forwardedBefore, "a call was forwarded without a durable record")
            // And the gateway says so to its load balancer.
            let ready = try await gateway.request(.GET, "/readyz", key: nil)
            #expect(ready.status == 503)
            #expect(ready.text.contains(#""ledger":"failed""#))
        }
    }
}

/// The ledger over HTTP as C2SP tlog-tiles, read the way an outside verifier would.
@Suite(.serialized, .timeLimit(.minutes(2)))
struct LedgerRoutesTests {
    @Test func auditorsReadCheckpointTilesAndBundles() async throws {
        try await LiveGateway.run { gateway in
            for n in 0..<3 { _ = try await gateway.chat(content: "call \(n)") }
            let auditor = try gateway.keys.create(tenant: "agency-a", principal: "audra", expiresAt: nil, label: nil).0.secret
            var checkpoint: Checkpoint?
            for _ in 0..<50 {
                let reply = try await gateway.request(.GET, "/ledger/checkpoint", key: auditor)
                if reply.status == 200, let opened = try? Checkpoint.open(reply.body, trusting: [gateway.ledgerKey]), opened.size == 7 {
                    checkpoint = opened
                    #expect(reply.headers["cache-control"] == "no-store")
                    break
                }
                try await Task.sleep(for: .milliseconds(100))
            }
            let verified = try #require(checkpoint)

            // Rebuild the root from the published level-0 tile, and check the bundle against it.
            let tile = try await gateway.request(.GET, "/ledger/tile/0/000.p/7", key: auditor)
            #expect(tile.status == 200)
            #expect(tile.headers["content-type"] == "application/octet-stream")
            var tree = MerkleTree()
            for offset in stride(from: 0, to: tile.body.count, by: 32) { tree.append(leafHash: Digest(tile.body[offset..<(offset + 32)])!) }
            #expect(try tree.rootHash(treeSize: 7) == verified.rootHash)
            let bundle = try await gateway.request(.GET, "/ledger/tile/entries/000.p/7", key: auditor)
            let entries = try EntryBundle.decode(bundle.body)
            #expect(entries.map(RFC6962Hasher.leafHash) == (0..<7).map { tree.perfectSubtreeHash(level: 0, index: UInt64($0))! })

            // Proofs as JSON verify against the signed root.
            let inclusion = try await gateway.request(.GET, "/ledger/proof/inclusion?index=2&size=7", key: auditor)
            let hashes = try #require(try inclusion.json()["hashes"] as? [String]).map { Digest(base64: $0)! }
            try InclusionProof(leafIndex: 2, treeSize: 7, hashes: hashes).verify(
                leafHash: RFC6962Hasher.leafHash(entries[2]),
                root: verified.rootHash
            )
            let consistency = try await gateway.request(.GET, "/ledger/proof/consistency?from=3&to=7", key: auditor)
            let path = try #require(try consistency.json()["hashes"] as? [String]).map { Digest(base64: $0)! }
            try ConsistencyProof(firstSize: 3, secondSize: 7, hashes: path).verify(
                firstRoot: try tree.rootHash(treeSize: 3),
                secondRoot: verified.rootHash
            )
            let one = try await gateway.request(.GET, "/ledger/entries/4", key: auditor)
            #expect(one.body == entries[4])
            #expect(try await gateway.request(.GET, "/ledger/proof/inclusion?index=9&size=6", key: auditor).status == 400)
            #expect(try await gateway.request(.GET, "/ledger/proof/inclusion?index=x", key: auditor).status == 400)
            #expect(try await gateway.request(.GET, "/ledger/entries/99", key: auditor).status == 404)

            #expect(try await gateway.request(.GET, "/ledger/tile/0/000.p/8", key: auditor).status == 404)
            #expect(try await gateway.request(.GET, "/ledger/tile/0/0000", key: auditor).status == 404)
            let denied = try await gateway.request(.GET, "/ledger/checkpoint", key: gateway.aliceKey)
            #expect(denied.status == 403)
            #expect(try denied.error()["code"] as? String == "policy_denied")
            #expect(try await gateway.request(.GET, "/ledger/checkpoint", key: nil).status == 401)
        }
    }
}
