// SPDX-License-Identifier: Apache-2.0

import Foundation
import GRDB
import Testing

@testable import CustosLedger

struct SequencerTests {
    static let origin = "custos.test/ledger"

    static func make(_ storage: any LedgerStorage, signer: NoteSignerKey? = nil) async throws -> (Sequencer, NoteSignerKey) {
        let key = try signer ?? NoteSignerKey.generate(name: origin)
        return (try await Sequencer(storage: storage, signer: key, origin: origin), key)
    }

    @Test func concurrentAppendsGetDenseIndicesInFewBatches() async throws {
        let storage = FaultyStorage(inner: try SQLiteLedgerStorage(path: TemporaryLedger.path()))
        let (sequencer, _) = try await Self.make(storage)
        let indices = try await withThrowingTaskGroup(of: UInt64.self) { group in
            for n in 0..<400 { group.addTask { try await sequencer.append(Array("record \(n)".utf8)) } }
            return try await group.reduce(into: [UInt64]()) { $0.append($1) }
        }
        #expect(indices.sorted() == Array(0..<400))
        #expect(await sequencer.size == 400)
        // Group commit: far fewer storage transactions than appends.
        #expect(storage.appendCalls < 400)
        #expect(storage.batchSizes.reduce(0, +) == 400)
    }

    /// The tree includes an entry before its caller is told the index, so what the caller does
    /// next (sign a checkpoint, ask for a proof) already covers it.
    @Test func anAcknowledgedEntryIsInTheTree() async throws {
        let (sequencer, _) = try await Self.make(try SQLiteLedgerStorage(path: TemporaryLedger.path()))
        let covered = try await withThrowingTaskGroup(of: Bool.self) { group in
            for n in 0..<200 {
                group.addTask {
                    let index = try await sequencer.append(Array("entry \(n)".utf8))
                    let size = await sequencer.size
                    let proof = try await sequencer.inclusionProof(index: index, treeSize: size)
                    return index < size && proof.leafIndex == index
                }
            }
            return try await group.reduce(into: true) { $0 = $0 && $1 }
        }
        #expect(covered)
    }

    /// Releasing a sequencer stops its writer thread and closes the store: another connection
    /// can then take the database's exclusive lock at once.
    @Test func releasingTheSequencerClosesItsStore() async throws {
        let path = TemporaryLedger.path()
        do {
            let (sequencer, _) = try await Self.make(try SQLiteLedgerStorage(path: path))
            _ = try await sequencer.append([1])
        }
        let raw = try DatabaseQueue(path: path)
        try await raw.writeWithoutTransaction { db in try db.execute(sql: "PRAGMA locking_mode = EXCLUSIVE; BEGIN EXCLUSIVE; COMMIT") }
        #expect(try await raw.read { db in try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM ledger_entries") } == 1)
    }

    @Test func failedWriteThatDidNotPersistFailsOnlyItsBatch() async throws {
        let storage = FaultyStorage(inner: try SQLiteLedgerStorage(path: TemporaryLedger.path()))
        let (sequencer, _) = try await Self.make(storage)
        #expect(try await sequencer.append([1]) == 0)
        storage.inject(.failAndNotPersist)
        await #expect(throws: LedgerError.self) { try await sequencer.append([2]) }
        #expect(try await sequencer.append([3]) == 1)
        #expect(try await storage.entries(in: 0..<2).map(\.data) == [[1], [3]])
    }

    /// A disk that stalls instead of failing: the callers get an error after the commit timeout
    /// instead of waiting for the disk, new entries are refused at once meanwhile, and when the
    /// disk comes back what it wrote is in the tree and the log goes on and verifies.
    @Test func aStalledCommitFailsItsCallersAndTheLogRecoversWhenTheDiskReturns() async throws {
        let path = TemporaryLedger.path()
        let storage = FaultyStorage(inner: try SQLiteLedgerStorage(path: path))
        let key = try NoteSignerKey.generate(name: Self.origin)
        let sequencer = try await Sequencer(storage: storage, signer: key, origin: Self.origin, commitTimeout: .milliseconds(200))
        #expect(try await sequencer.append(Array(#"{"n":1}"#.utf8)) == 0)
        storage.inject(.stall(seconds: 3))
        let started = ContinuousClock.now
        await #expect(throws: LedgerError.self) { try await sequencer.append(Array(#"{"n":2}"#.utf8)) }
        #expect(ContinuousClock.now - started < .milliseconds(2500), "failed by the watchdog, not by the disk coming back")
        #expect(sequencer.unavailability != nil)
        await #expect(throws: LedgerError.self) { try await sequencer.append(Array(#"{"n":3}"#.utf8)) }

        let deadline = ContinuousClock.now + .seconds(10)
        while sequencer.unavailability != nil, ContinuousClock.now < deadline { try await Task.sleep(for: .milliseconds(50)) }
        #expect(sequencer.unavailability == nil)
        #expect(await sequencer.size == 2, "the stalled entry was written and is in the tree")
        #expect(try await sequencer.append(Array(#"{"n":4}"#.utf8)) == 2)
        _ = try await sequencer.publishCheckpoint()
        let report = try await StoredLedgerVerifier(key: key.verifierKey, storage: try SQLiteLedgerStorage(auditing: path)).verify(checkEntries: true)
        #expect(report.checkpoint.size == 3 && report.entriesChecked == 3)
    }

    /// The same when the commit fails and the store then stalls on the reads that find out what
    /// the failure left: the watchdog covers those too.
    @Test func aStoreThatStallsAfterAFailedCommitFailsItsCallersInTime() async throws {
        let storage = FaultyStorage(inner: try SQLiteLedgerStorage(path: TemporaryLedger.path()))
        let key = try NoteSignerKey.generate(name: Self.origin)
        let sequencer = try await Sequencer(storage: storage, signer: key, origin: Self.origin, commitTimeout: .milliseconds(200))
        storage.inject(.failThenStallReads(seconds: 3))
        let started = ContinuousClock.now
        await #expect(throws: LedgerError.self) { try await sequencer.append([1]) }
        #expect(ContinuousClock.now - started < .milliseconds(2500), "failed by the watchdog, not when the read came back")
        let deadline = ContinuousClock.now + .seconds(10)
        while sequencer.unavailability != nil, ContinuousClock.now < deadline { try await Task.sleep(for: .milliseconds(50)) }
        #expect(try await sequencer.append([2]) == 0, "nothing was written by the failed commit; the writer goes on")
    }

    @Test func failedWriteThatPersistedIsAcknowledged() async throws {
        let storage = FaultyStorage(inner: try SQLiteLedgerStorage(path: TemporaryLedger.path()))
        let (sequencer, _) = try await Self.make(storage)
        storage.inject(.failButPersist)
        #expect(try await sequencer.append([7]) == 0)
        #expect(try await sequencer.append([8]) == 1)
        #expect(await sequencer.size == 2)
    }

    @Test func unexplainedStorageStopsTheSequencer() async throws {
        let path = TemporaryLedger.path()
        let storage = FaultyStorage(inner: try SQLiteLedgerStorage(path: path))
        let (sequencer, _) = try await Self.make(storage)
        #expect(try await sequencer.append([1]) == 0)
        // A second writer appends behind the sequencer's back, then the sequencer's write fails.
        try SQLiteLedgerStorage(path: path).append([StoredEntry(data: [9, 9])], startingAt: 1)
        storage.inject(.failAndNotPersist)
        await #expect(throws: LedgerError.self) { try await sequencer.append([2]) }
        await #expect {
            try await sequencer.append([3])
        } throws: { error in
            if case .inconsistentStorage = error as? LedgerError { return true }
            return false
        }
        await #expect(throws: LedgerError.self) { try await sequencer.publishCheckpoint() }
    }

    @Test func checkpointsVerifyAndStayConsistentAcrossRestarts() async throws {
        let path = TemporaryLedger.path()
        let key = try NoteSignerKey.generate(name: Self.origin)
        let firstNote: String
        do {
            let (sequencer, _) = try await Self.make(try SQLiteLedgerStorage(path: path), signer: key)
            for n in 0..<5 { _ = try await sequencer.append(Array("a\(n)".utf8)) }
            firstNote = try await sequencer.publishCheckpoint()
        }
        // Restart: the tree is rebuilt from storage and appends continue after it.
        let storage = try SQLiteLedgerStorage(path: path)
        let (sequencer, _) = try await Self.make(storage, signer: key)
        #expect(await sequencer.size == 5)
        for n in 5..<12 { #expect(try await sequencer.append(Array("a\(n)".utf8)) == UInt64(n)) }
        let secondNote = try await sequencer.publishCheckpoint()
        #expect(try await storage.latestCheckpoint()?.note == secondNote)

        // What an auditor does, with only the log's public key and the two notes.
        let first = try Checkpoint.open(Array(firstNote.utf8), trusting: [key.verifierKey])
        let second = try Checkpoint.open(Array(secondNote.utf8), trusting: [key.verifierKey])
        #expect((first.size, second.size) == (5, 12))
        let consistency = try await sequencer.consistencyProof(firstSize: 5, secondSize: 12)
        try consistency.verify(firstRoot: first.rootHash, secondRoot: second.rootHash)
        let entry = try await storage.entries(in: 3..<4)[0]
        let inclusion = try await sequencer.inclusionProof(index: 3, treeSize: 12)
        try inclusion.verify(leafHash: RFC6962Hasher.leafHash(entry.data), root: second.rootHash)
    }

    /// After every kind of fault, concurrent writers keep going; the log reopens from storage and a
    /// full check of the file passes, and no index was ever handed out twice.
    @Test(arguments: [FaultyStorage.Fault.failAndNotPersist, .failButPersist])
    func afterFaultsTheLogReopensAndVerifies(_ fault: FaultyStorage.Fault) async throws {
        let path = TemporaryLedger.path()
        let storage = FaultyStorage(inner: try SQLiteLedgerStorage(path: path))
        let (sequencer, key) = try await Self.make(storage)
        var acknowledged: [UInt64] = []
        var signedSizes = Set<UInt64>()
        for round in 0..<5 {
            storage.inject(fault)
            let indices = await withTaskGroup(of: UInt64?.self) { group in
                for n in 0..<40 { group.addTask { try? await sequencer.append(Array(#"{"round":\#(round),"n":\#(n)}"#.utf8)) } }
                return await group.reduce(into: [UInt64]()) { if let index = $1 { $0.append(index) } }
            }
            acknowledged += indices
            _ = try await sequencer.publishCheckpoint()
            signedSizes.insert(await sequencer.size)
        }
        #expect(Set(acknowledged).count == acknowledged.count, "an index was handed out twice")
        // Every acknowledged index is stored; nothing beyond what was stored was acknowledged.
        let size = try await SQLiteLedgerStorage(path: path).size()
        #expect(acknowledged.allSatisfy { $0 < size })
        if fault == .failButPersist { #expect(UInt64(acknowledged.count) == size) }

        let reopened = try await Sequencer(storage: try SQLiteLedgerStorage(path: path), signer: key, origin: Self.origin)
        #expect(await reopened.size == size)
        let report = try await StoredLedgerVerifier(key: key.verifierKey, storage: try SQLiteLedgerStorage(auditing: path)).verify(checkEntries: true)
        #expect(report.checkpoint.size == size && report.checkpointsChecked == signedSizes.count && report.entriesChecked == size)
    }
}
