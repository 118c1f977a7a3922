// SPDX-License-Identifier: Apache-2.0

/// Assigns ledger indices, makes entries durable in batches, and signs checkpoints.
///
/// ```swift
/// let sequencer = try await Sequencer(storage: storage, signer: key, origin: "custos.example/agency-a")
/// let index = try await sequencer.append(recordBytes)   // returns only once durable
/// let note = try await sequencer.publishCheckpoint()
/// ```
///
/// Guarantees:
/// - ``append(_:)`` returns an index only after the storage has durably committed the entry (the
///   storage contract); it throws otherwise, and a caller that gets an error must act as if the
///   entry was not recorded (the gateway answers 503 and forwards nothing).
/// - Group commit: appends that arrive while a batch is being written wait and go together in the
///   next storage transaction, so one fsync serves many concurrent requests.
/// - If a write fails, the sequencer reads the storage back: a batch that did persist is
///   acknowledged; one that did not is failed; anything else (the store moved in a way this
///   sequencer did not cause) stops the sequencer for good, failing every later append (fail
///   closed) until it is restarted and reloads.
/// - Checkpoints are only ever signed over the tree as stored, so no signed checkpoint can be
///   inconsistent with another (c2sp.org/tlog-checkpoint: "A log MUST not sign any checkpoint which
///   is inconsistent with any checkpoint it previously signed").
public actor Sequencer {
    /// Told of every committed batch: how many entries, and how long the storage took.
    public typealias CommitObserver = @Sendable (_ entries: Int, _ duration: Duration) -> Void

    public let origin: String
    private let storage: any LedgerStorage
    private let signer: NoteSignerKey

    /// The tree as durably stored. Isolated to the actor.
    private var tree = MerkleTree()
    /// Entries waiting for the next batch, with their callers.
    private var pending: [(entry: StoredEntry, continuation: CheckedContinuation<UInt64, any Error>)] = []
    private var isWriting = false
    /// Set when the store was found in a state this sequencer cannot explain.
    private var fatal: LedgerError?
    /// Largest batch per storage transaction.
    private let maximumBatch: Int
    private let observer: CommitObserver?

    /// Loads the stored tree and prepares to append after it.
    public init(
        storage: any LedgerStorage,
        signer: NoteSignerKey,
        origin: String,
        maximumBatch: Int = 1024,
        observer: CommitObserver? = nil
    ) async throws {
        self.observer = observer
        self.storage = storage
        self.signer = signer
        self.origin = origin
        self.maximumBatch = maximumBatch
        let size = try await storage.size()
        var tree = MerkleTree()
        var start: UInt64 = 0
        while start < size {
            let end = min(size, start + 65_536)
            for hash in try await storage.leafHashes(in: start..<end) { tree.append(leafHash: hash) }
            start = end
        }
        self.tree = tree
    }

    /// Number of durable entries.
    public var size: UInt64 { tree.size }

    /// Appends one entry; returns its index once it is durable.
    public func append(_ data: [UInt8]) async throws -> UInt64 {
        if let fatal { throw fatal }
        let entry = StoredEntry(data: data)
        return try await withCheckedThrowingContinuation { continuation in
            pending.append((entry, continuation))
            if !isWriting {
                isWriting = true
                Task { await self.writeBatches() }
            }
        }
    }

    /// Writes batches until nothing is pending. Runs on the actor; the `await` on storage lets
    /// new appends queue up meanwhile, which is what makes the next batch a group commit.
    private func writeBatches() async {
        while !pending.isEmpty {
            let count = min(pending.count, maximumBatch)
            let batch = Array(pending.prefix(count))
            pending.removeFirst(count)
            let start = tree.size
            do {
                let started = ContinuousClock.now
                try await storage.append(batch.map(\.entry), startingAt: start)
                observer?(batch.count, .now - started)
                acknowledge(batch, from: start)
            } catch {
                await recover(batch, from: start, after: error)
            }
        }
        isWriting = false
    }

    private func acknowledge(_ batch: [(entry: StoredEntry, continuation: CheckedContinuation<UInt64, any Error>)], from start: UInt64) {
        // At this point the batch is durable: the tree may include it and callers may proceed.
        for (offset, item) in batch.enumerated() {
            tree.append(leafHash: item.entry.leafHash)
            item.continuation.resume(returning: start + UInt64(offset))
        }
    }

    /// A write failed: find out whether it persisted (a crash-like failure after commit) or not.
    private func recover(
        _ batch: [(entry: StoredEntry, continuation: CheckedContinuation<UInt64, any Error>)],
        from start: UInt64,
        after error: any Error
    ) async {
        let end = start + UInt64(batch.count)
        do {
            let stored = try await storage.size()
            if stored == start {
                // Nothing was written: fail this batch only; the sequencer stays usable.
                for item in batch { item.continuation.resume(throwing: LedgerError.notDurable("\(error)")) }
                return
            }
            if stored == end, try await storage.leafHashes(in: start..<end) == batch.map(\.entry.leafHash) {
                // The write reported failure but committed: the records are durable.
                acknowledge(batch, from: start)
                return
            }
            fatal = .inconsistentStorage("storage holds \(stored) entries after a failed append of \(start)..<\(end)")
        } catch {
            fatal = .inconsistentStorage("cannot read storage after a failed append: \(error)")
        }
        let reason = fatal ?? .inconsistentStorage("unknown")
        for item in batch { item.continuation.resume(throwing: reason) }
        for item in pending { item.continuation.resume(throwing: reason) }
        pending.removeAll()
    }

    /// Signs a checkpoint for the current durable tree, stores it, and returns the signed note.
    public func publishCheckpoint() async throws -> String {
        if let fatal { throw fatal }
        let size = tree.size
        let checkpoint = try Checkpoint(origin: origin, size: size, rootHash: try tree.rootHash(treeSize: size))
        let note = try signer.signedNote(checkpoint.text).serialized
        try await storage.storeCheckpoint(note, treeSize: size)
        return note
    }

    /// Proof that entry `index` is in the tree of `treeSize` entries.
    public func inclusionProof(index: UInt64, treeSize: UInt64) throws -> InclusionProof {
        try tree.inclusionProof(leafIndex: index, treeSize: treeSize)
    }

    /// Proof that the tree of `firstSize` is a prefix of the tree of `secondSize`.
    public func consistencyProof(firstSize: UInt64, secondSize: UInt64) throws -> ConsistencyProof {
        try tree.consistencyProof(firstSize: firstSize, secondSize: secondSize)
    }

    /// The bytes of a hash tile, if every hash it holds is in the durable tree.
    public func tileBytes(_ tile: TileID) -> [UInt8]? {
        tree.tileBytes(tile)
    }

    /// An entry bundle, if every entry it holds is durable.
    public func entryBundle(_ bundle: EntryBundleID) async throws -> [UInt8]? {
        let start = bundle.index * UInt64(TileID.fullWidth)
        let end = start + UInt64(bundle.width)
        guard end <= tree.size else { return nil }
        let rows = try await storage.entries(in: start..<end)
        try Self.requireDense(rows, from: start, count: bundle.width)
        return try EntryBundle.encode(rows.map(\.data))
    }

    /// The stored entry at `index`, if durable.
    public func entry(at index: UInt64) async throws -> [UInt8]? {
        guard index < tree.size else { return nil }
        let rows = try await storage.entries(in: index..<(index + 1))
        try Self.requireDense(rows, from: index, count: 1)
        return rows[0].data
    }

    /// Entries are served as stored (edited bytes included: verifiers judge them against the
    /// tiles), but an entry the tree holds and the store lost cannot be served at all.
    private static func requireDense(_ rows: [StoredRow], from start: UInt64, count: Int) throws {
        for offset in 0..<count {
            let index = start + UInt64(offset)
            guard offset < rows.count, rows[offset].index == index else { throw LedgerStorageError.missing(index: index) }
        }
    }

    /// The newest signed checkpoint.
    public func latestCheckpoint() async throws -> String? {
        try await storage.latestCheckpoint()?.note
    }

    /// The root of the durable tree at `treeSize`.
    public func rootHash(treeSize: UInt64) throws -> Digest {
        try tree.rootHash(treeSize: treeSize)
    }
}
