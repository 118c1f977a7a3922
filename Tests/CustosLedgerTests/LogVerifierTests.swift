// SPDX-License-Identifier: Apache-2.0

import Synchronization
import Testing

@testable import CustosLedger

/// The verifier against a log built in memory, honest and then tampered with in each way it must catch.
struct LogVerifierTests {
    /// A served log: the files a tlog-tiles server would publish for a tree.
    final class ServedLog: Sendable {
        let files: Mutex<[String: [UInt8]]>
        init(_ files: [String: [UInt8]]) { self.files = Mutex(files) }
        func fetch(_ path: String) -> [UInt8]? { files.withLock { $0[path] } }
        func replace(_ path: String, with bytes: [UInt8]) { files.withLock { $0[path] = bytes } }
    }

    static func publish(_ entries: [[UInt8]], signer: NoteSignerKey) throws -> ([String: [UInt8]], String) {
        var tree = MerkleTree()
        for entry in entries { tree.append(leafHash: RFC6962Hasher.leafHash(entry)) }
        let size = tree.size
        var files: [String: [UInt8]] = [:]
        for tile in TileID.tiles(forTreeSize: size) { files[tile.path] = tree.tileBytes(tile) }
        var index: UInt64 = 0
        while index < size {
            let bundle = EntryBundleID.containing(logIndex: index, logSize: size)!
            let start = Int(bundle.index) * 256
            files[bundle.path] = try EntryBundle.encode(Array(entries[start..<(start + bundle.width)]))
            index = UInt64(start + bundle.width)
        }
        let note = try signer.signedNote(try Checkpoint(origin: signer.name, size: size, rootHash: try tree.rootHash(treeSize: size)).text).serialized
        files["checkpoint"] = Array(note.utf8)
        return (files, note)
    }

    static let entries = (0..<600).map { Array(#"{"event":"REQUEST","n":\#($0)}"#.utf8) }

    @Test func anHonestLogVerifiesAndProvesItOnlyAppended() async throws {
        let signer = try NoteSignerKey.generate(name: "custos.test/verify")
        let (_, oldNote) = try Self.publish(Array(Self.entries[0..<300]), signer: signer)
        let (files, _) = try Self.publish(Self.entries, signer: signer)
        let log = ServedLog(files)
        let report = try await LogVerifier(key: signer.verifierKey) { log.fetch($0) }.verify(previousCheckpoint: oldNote, checkEntries: true)
        #expect(report.checkpoint.size == 600)
        #expect(report.entriesChecked == 600)
        #expect(report.consistentWithSize == 300)
        #expect(report.unansweredRequests.isEmpty)  // these records carry no request ids
    }

    @Test func reportsRequestsWithoutResponsesAndRefusesNonJSON() async throws {
        let signer = try NoteSignerKey.generate(name: "custos.test/verify")
        let records = [
            #"{"event":"REQUEST","request_id":"a"}"#, #"{"event":"REQUEST","request_id":"b"}"#, #"{"event":"RESPONSE","request_id":"a"}"#,
        ].map { Array($0.utf8) }
        let (files, _) = try Self.publish(records, signer: signer)
        let log = ServedLog(files)
        let report = try await LogVerifier(key: signer.verifierKey) { log.fetch($0) }.verify(checkEntries: true)
        #expect(report.unansweredRequests == ["b"])

        let (bad, _) = try Self.publish(records + [Array("not json".utf8)], signer: signer)
        let badLog = ServedLog(bad)
        await #expect(throws: LogVerifier.Failure.malformedEntry(index: 3)) {
            try await LogVerifier(key: signer.verifierKey) { badLog.fetch($0) }.verify(checkEntries: true)
        }
    }

    @Test func catchesARewrittenHistory() async throws {
        let signer = try NoteSignerKey.generate(name: "custos.test/verify")
        let (_, oldNote) = try Self.publish(Array(Self.entries[0..<300]), signer: signer)
        var rewritten = Self.entries
        rewritten[10] = Array(#"{"event":"REQUEST","n":"something else"}"#.utf8)
        // The operator re-signs the rewritten log with the real key: only the saved checkpoint catches it.
        let (files, _) = try Self.publish(rewritten, signer: signer)
        let log = ServedLog(files)
        await #expect {
            try await LogVerifier(key: signer.verifierKey) { log.fetch($0) }.verify(previousCheckpoint: oldNote)
        } throws: { error in
            if case .forked(let size, _, _) = error as? LogVerifier.Failure { return size == 300 }
            return false
        }
    }

    @Test func catchesTamperedTilesEntriesAndForeignKeys() async throws {
        let signer = try NoteSignerKey.generate(name: "custos.test/verify")
        let (files, _) = try Self.publish(Self.entries, signer: signer)

        let tile = ServedLog(files)
        var bytes = files["tile/0/000"]!
        bytes[5] ^= 1
        tile.replace("tile/0/000", with: bytes)
        await #expect(throws: LogVerifier.Failure.self) { try await LogVerifier(key: signer.verifierKey) { tile.fetch($0) }.verify() }

        let entry = ServedLog(files)
        var bundle = try EntryBundle.decode(files["tile/entries/001"]!)
        bundle[3] = Array("forged".utf8)
        entry.replace("tile/entries/001", with: try EntryBundle.encode(bundle))
        await #expect(throws: LogVerifier.Failure.entryMismatch(index: 259)) {
            try await LogVerifier(key: signer.verifierKey) { entry.fetch($0) }.verify(checkEntries: true)
        }

        let other = try NoteSignerKey.generate(name: "custos.test/verify")
        let log = ServedLog(files)
        await #expect(throws: LogVerifier.Failure.self) { try await LogVerifier(key: other.verifierKey) { log.fetch($0) }.verify() }

        let missing = ServedLog(files)
        missing.files.withLock { $0["tile/0/002.p/88"] = nil }
        await #expect(throws: LogVerifier.Failure.missing(path: "tile/0/002.p/88")) {
            try await LogVerifier(key: signer.verifierKey) { missing.fetch($0) }.verify()
        }
    }

    @Test func aCheckpointForAnotherLogIsRefused() async throws {
        let signer = try NoteSignerKey.generate(name: "custos.test/verify")
        let (files, _) = try Self.publish(Array(Self.entries[0..<10]), signer: signer)
        let log = ServedLog(files)
        await #expect(throws: LogVerifier.Failure.wrongOrigin(expected: "custos.test/other", found: "custos.test/verify")) {
            try await LogVerifier(key: signer.verifierKey, origin: "custos.test/other") { log.fetch($0) }.verify()
        }
        // Signed by the right key, but naming another log on its first line.
        var tree = MerkleTree()
        for entry in Self.entries[0..<10] { tree.append(leafHash: RFC6962Hasher.leafHash(entry)) }
        let foreign = try signer.signedNote(try Checkpoint(origin: "custos.test/elsewhere", size: 10, rootHash: try tree.rootHash(treeSize: 10)).text)
        log.replace("checkpoint", with: Array(foreign.serialized.utf8))
        await #expect(throws: LogVerifier.Failure.wrongOrigin(expected: "custos.test/verify", found: "custos.test/elsewhere")) {
            try await LogVerifier(key: signer.verifierKey) { log.fetch($0) }.verify()
        }
    }
}
