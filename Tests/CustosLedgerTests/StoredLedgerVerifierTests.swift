// SPDX-License-Identifier: Apache-2.0

import Foundation
import GRDB
import Synchronization
import Testing

@testable import CustosLedger

/// Verifying a ledger from its SQLite file, honest and then tampered with the ways an insider
/// with database access could: edit, delete, reorder and truncate rows, forge checkpoints.
struct StoredLedgerVerifierTests {
    /// A ledger of 600 records with checkpoints signed at 200, 400 and 600 entries.
    struct Fixture {
        let path: String
        let signer: NoteSignerKey
        let notes: [String]
        var raw: DatabaseQueue { get throws { try DatabaseQueue(path: path) } }

        init(records: Int = 600, checkpointEvery: Int = 200) async throws {
            path = TemporaryLedger.path()
            signer = try NoteSignerKey.generate(name: "custos.test/stored")
            let sequencer = try await Sequencer(storage: try SQLiteLedgerStorage(path: path), signer: signer, origin: signer.name)
            var notes: [String] = []
            for n in 0..<records {
                let event = n.isMultiple(of: 2) ? "REQUEST" : "RESPONSE"
                _ = try await sequencer.append(Array(#"{"event":"\#(event)","request_id":"r\#(n / 2)"}"#.utf8))
                if (n + 1).isMultiple(of: checkpointEvery) { notes.append(try await sequencer.publishCheckpoint()) }
            }
            self.notes = notes
        }

        func verify(since: String? = nil, entries: Bool = true) async throws -> LogVerifier.Report {
            try await StoredLedgerVerifier(key: signer.verifierKey, storage: try SQLiteLedgerStorage(auditing: path))
                .verify(previousCheckpoint: since, checkEntries: entries)
        }

        func tamper(_ sql: String, _ arguments: StatementArguments = []) async throws {
            try await raw.write { db in try db.execute(sql: sql, arguments: arguments) }
        }

        func expectFailure(_ expected: LogVerifier.Failure, since: String? = nil, sourceLocation: SourceLocation = #_sourceLocation) async {
            await #expect(throws: expected, sourceLocation: sourceLocation) { try await verify(since: since) }
        }
    }

    @Test func anHonestLedgerVerifiesWithEveryCheckpoint() async throws {
        let ledger = try await Fixture()
        var progress: [UInt64] = []
        let seen = Progress()
        let report = try await StoredLedgerVerifier(key: ledger.signer.verifierKey, storage: try SQLiteLedgerStorage(auditing: ledger.path))
            .verify(previousCheckpoint: ledger.notes[0], checkEntries: true) { done, total in seen.add(done, total) }
        progress = seen.values
        #expect(report.checkpoint.size == 600)
        #expect(report.checkpointsChecked == 3)
        #expect(report.entriesChecked == 600)
        #expect(report.unansweredRequests.isEmpty)
        #expect(report.consistentWithSize == 200)
        #expect(report.unsignedEntries == 0)
        #expect(progress.last == 600)
    }

    @Test func editingARecordIsNamed() async throws {
        let ledger = try await Fixture()
        try await ledger.tamper(#"UPDATE ledger_entries SET data = CAST('{"event":"REQUEST","request_id":"forged"}' AS BLOB) WHERE idx = 250"#)
        await ledger.expectFailure(.entryAltered(index: 250))
    }

    @Test func editingARecordAndItsLeafHashIsLocatedBetweenCheckpoints() async throws {
        let ledger = try await Fixture()
        let forged = Array(#"{"event":"REQUEST","request_id":"forged"}"#.utf8)
        try await ledger.tamper(
            "UPDATE ledger_entries SET data = ?, leaf_hash = ? WHERE idx = 250",
            [Data(forged), Data(RFC6962Hasher.leafHash(forged).bytes)]
        )
        await ledger.expectFailure(.signedRangeAltered(from: 200, to: 400))
        #expect(LogVerifier.Failure.signedRangeAltered(from: 200, to: 400).firstBadIndex == 200)
    }

    @Test func deletingARecordIsNamed() async throws {
        let ledger = try await Fixture()
        try await ledger.tamper("DELETE FROM ledger_entries WHERE idx = 250")
        await ledger.expectFailure(.entryMissing(index: 250))
    }

    @Test func deletingARecordAndRenumberingTheRestIsCaught() async throws {
        let ledger = try await Fixture()
        try await ledger.tamper("DELETE FROM ledger_entries WHERE idx = 250")
        try await ledger.tamper("UPDATE ledger_entries SET idx = idx - 1 WHERE idx > 250")
        // Row 250 now holds what was 251: its bytes still match its leaf hash, the signed root does not.
        await ledger.expectFailure(.signedRangeAltered(from: 200, to: 400))
    }

    @Test func reorderingRecordsIsCaught() async throws {
        let ledger = try await Fixture()
        try await ledger.tamper("UPDATE ledger_entries SET idx = -1 WHERE idx = 450")
        try await ledger.tamper("UPDATE ledger_entries SET idx = 450 WHERE idx = 451")
        try await ledger.tamper("UPDATE ledger_entries SET idx = 451 WHERE idx = -1")
        await ledger.expectFailure(.signedRangeAltered(from: 400, to: 600))
    }

    @Test func truncatingTheLedgerIsNamed() async throws {
        let ledger = try await Fixture()
        try await ledger.tamper("DELETE FROM ledger_entries WHERE idx >= 500")
        await ledger.expectFailure(.truncated(stored: 500, signed: 600))
    }

    @Test func truncatingRecordsAndCheckpointsIsCaughtOnlyAgainstASavedCheckpoint() async throws {
        let ledger = try await Fixture()
        try await ledger.tamper("DELETE FROM ledger_entries WHERE idx >= 400")
        try await ledger.tamper("DELETE FROM ledger_checkpoints WHERE tree_size > 400")
        // Internally consistent again: only the auditor's saved checkpoint shows what was lost.
        #expect(try await ledger.verify().checkpoint.size == 400)
        await ledger.expectFailure(.shrunk(previous: 600, current: 400), since: ledger.notes[2])
    }

    @Test func forgedOrMisfiledCheckpointsAreRefused() async throws {
        let ledger = try await Fixture()
        let forger = try NoteSignerKey.generate(name: "custos.test/stored")
        let forged = try forger.signedNote(try Checkpoint(origin: forger.name, size: 400, rootHash: Digest(Array(repeating: 7, count: 32))!).text)
        try await ledger.tamper("UPDATE ledger_checkpoints SET note = ? WHERE tree_size = 400", [forged.serialized])
        await #expect {
            try await ledger.verify()
        } throws: { error in
            guard case .storedCheckpointRejected(size: 400, _) = error as? LogVerifier.Failure else { return false }
            return true
        }

        let other = try await Fixture()
        try await other.tamper("UPDATE ledger_checkpoints SET tree_size = 401 WHERE tree_size = 400")
        await other.expectFailure(.misfiledCheckpoint(storedAs: 401, signedSize: 400))
    }

    @Test func entriesAfterTheNewestCheckpointAreCheckedAndCounted() async throws {
        let ledger = try await Fixture(records: 650)
        let report = try await ledger.verify()
        #expect(report.checkpoint.size == 600)
        #expect(report.unsignedEntries == 50)
        try await ledger.tamper("UPDATE ledger_entries SET data = X'00' WHERE idx = 640")
        await ledger.expectFailure(.entryAltered(index: 640))
    }

    @Test func aLedgerWithoutCheckpointsOrNotALedgerIsRefused() async throws {
        let ledger = try await Fixture(records: 10, checkpointEvery: 1000)
        await ledger.expectFailure(.noCheckpoint)
        let path = TemporaryLedger.path()
        try FileManager.default.createDirectory(atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        try await DatabaseQueue(path: path).write { db in try db.execute(sql: "CREATE TABLE t (x)") }
        #expect(throws: LedgerStorageError.notALedger(path)) { try SQLiteLedgerStorage(auditing: path) }
    }

    @Test func nonJSONRecordsAreNamedWhenEntriesAreChecked() async throws {
        let ledger = try await Fixture()
        let junk = Array("not json".utf8)
        try await ledger.tamper(
            "UPDATE ledger_entries SET data = ?, leaf_hash = ? WHERE idx = 599",
            [Data(junk), Data(RFC6962Hasher.leafHash(junk).bytes)]
        )
        await ledger.expectFailure(.malformedEntry(index: 599))
    }
}

/// Collects progress reports from the verifier.
final class Progress: Sendable {
    private let state = Mutex<[UInt64]>([])
    func add(_ done: UInt64, _ total: UInt64) { state.withLock { $0.append(done) } }
    var values: [UInt64] { state.withLock { $0 } }
}
