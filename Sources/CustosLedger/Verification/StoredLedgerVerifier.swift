// SPDX-License-Identifier: Apache-2.0

/// Verifies a ledger from its storage (a copy of the SQLite file, say), trusting only the log's
/// public key: what an auditor runs when handed the database rather than a URL.
///
/// ```swift
/// let storage = try SQLiteLedgerStorage(auditing: "ledger.db")
/// let report = try await StoredLedgerVerifier(key: verifierKey, storage: storage).verify()
/// ```
///
/// Reading the rows themselves lets it say more than ``LogVerifier`` can about a tampered store:
/// - every row must sit at the next index (a deleted or renumbered row is named),
/// - every row's bytes must hash to the leaf hash stored beside them (an edited record is named),
/// - every stored checkpoint must carry a valid signature and the root of the rows up to its size;
///   a row edited *together with* its leaf hash, or rows swapped, breaks the first checkpoint after
///   it, and the failure names the range between that checkpoint and the one before, which holds
///   the first bad index (the finer the checkpoint interval, the narrower the range),
/// - no checkpoint may sign more entries than are stored (truncation is named).
/// Removing rows *and* every checkpoint that signed them is caught only against a checkpoint the
/// auditor saved earlier (`previousCheckpoint`), as with any transparency log.
public struct StoredLedgerVerifier: Sendable {
    public let key: NoteVerifierKey
    /// The log's origin every checkpoint must name; by default the key's name.
    public let origin: String
    public let storage: any LedgerStorage
    /// Rows read per storage query.
    public var batchSize: UInt64 = 16_384

    public init(key: NoteVerifierKey, origin: String? = nil, storage: any LedgerStorage) {
        self.key = key
        self.origin = origin ?? key.name
        self.storage = storage
    }

    public func verify(
        previousCheckpoint: String? = nil,
        checkEntries: Bool = false,
        progress: LogVerifier.Progress? = nil
    ) async throws -> LogVerifier.Report {
        let stored = try await storage.checkpoints()
        guard let newest = stored.last else { throw LogVerifier.Failure.noCheckpoint }
        var checkpoints: [Checkpoint] = []
        checkpoints.reserveCapacity(stored.count)
        for (size, note) in stored {
            let checkpoint: Checkpoint
            do { checkpoint = try Checkpoint.open(Array(note.utf8), trusting: [key]) } catch {
                throw LogVerifier.Failure.storedCheckpointRejected(size: size, error)
            }
            guard checkpoint.origin == origin else { throw LogVerifier.Failure.wrongOrigin(expected: origin, found: checkpoint.origin) }
            guard checkpoint.size == size else { throw LogVerifier.Failure.misfiledCheckpoint(storedAs: size, signedSize: checkpoint.size) }
            checkpoints.append(checkpoint)
        }

        let total = try await storage.size()
        var tree = MerkleTree()
        var pairing = RecordPairing()
        var nextCheckpoint = checkpoints.startIndex
        var lastHeld: UInt64 = 0
        // A checkpoint of size 0 signs the empty tree.
        func checkRoots(upTo size: UInt64) throws {
            while nextCheckpoint < checkpoints.endIndex, checkpoints[nextCheckpoint].size == size {
                let checkpoint = checkpoints[nextCheckpoint]
                guard (try? tree.rootHash(treeSize: size)) == checkpoint.rootHash else {
                    throw LogVerifier.Failure.signedRangeAltered(from: lastHeld, to: size)
                }
                lastHeld = size
                nextCheckpoint += 1
            }
        }
        try checkRoots(upTo: 0)
        while tree.size < total {
            let start = tree.size
            let rows = try await storage.entries(in: start..<min(total, start + batchSize))
            guard !rows.isEmpty else { throw LogVerifier.Failure.entryMissing(index: start) }
            for row in rows {
                guard row.index == tree.size else { throw LogVerifier.Failure.entryMissing(index: tree.size) }
                let leafHash = RFC6962Hasher.leafHash(row.data)
                guard leafHash.bytes == row.storedLeafHash else { throw LogVerifier.Failure.entryAltered(index: row.index) }
                if checkEntries, !pairing.read(row.data) { throw LogVerifier.Failure.malformedEntry(index: row.index) }
                tree.append(leafHash: leafHash)
                try checkRoots(upTo: tree.size)
            }
            progress?(tree.size, total)
        }
        guard newest.treeSize <= tree.size else { throw LogVerifier.Failure.truncated(stored: tree.size, signed: newest.treeSize) }

        var consistentWith: UInt64?
        if let previousCheckpoint {
            let previous = try LogVerifier.open(Array(previousCheckpoint.utf8), key: key, origin: origin)
            // Against what the log signed last, not rows it has not signed yet.
            guard previous.size <= newest.treeSize else { throw LogVerifier.Failure.shrunk(previous: previous.size, current: newest.treeSize) }
            try tree.prove(extends: previous)
            consistentWith = previous.size
        }
        var report = LogVerifier.Report(
            checkpoint: checkpoints[checkpoints.count - 1],
            note: newest.note,
            entriesChecked: checkEntries ? tree.size : 0,
            unansweredRequests: pairing.unanswered,
            consistentWithSize: consistentWith
        )
        report.checkpointsChecked = checkpoints.count
        report.unsignedEntries = tree.size - newest.treeSize
        return report
    }
}
