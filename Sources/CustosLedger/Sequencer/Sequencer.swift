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
///   next storage transaction, so one fsync serves many concurrent requests. The commits run on a
///   writer thread of the ledger's own (``LedgerWriter``), which resumes the callers directly.
/// - A commit that has not returned within `commitTimeout` fails its callers (they must act as if
///   nothing was recorded) and new appends are refused until it returns (``unavailability``).
/// - If a write fails, the sequencer reads the storage back: a batch that did persist is
///   acknowledged; one that did not is failed; anything else (the store moved in a way this
///   sequencer did not cause) stops the sequencer for good, failing every later append (fail
///   closed) until it is restarted and reloads.
/// - Checkpoints are only ever signed over the tree as stored, so no signed checkpoint can be
///   inconsistent with another (c2sp.org/tlog-checkpoint: "A log MUST not sign any checkpoint which
///   is inconsistent with any checkpoint it previously signed").
public actor Sequencer {
    /// Told of every committed batch: how many entries, and how long the storage took. Called on
    /// the ledger's writer thread.
    public typealias CommitObserver = @Sendable (_ entries: Int, _ duration: Duration) -> Void

    public let origin: String
    private let storage: any LedgerStorage
    private let signer: NoteSignerKey
    /// Owns the durable tree and the commit loop.
    private let writer: LedgerWriter

    /// Loads the stored tree and prepares to append after it.
    public init(
        storage: any LedgerStorage,
        signer: NoteSignerKey,
        origin: String,
        maximumBatch: Int = 1024,
        commitTimeout: Duration = .seconds(10),
        observer: CommitObserver? = nil
    ) async throws {
        self.storage = storage
        self.signer = signer
        self.origin = origin
        let size = try await storage.size()
        var tree = MerkleTree()
        var start: UInt64 = 0
        while start < size {
            let end = min(size, start + 65_536)
            for hash in try await storage.leafHashes(in: start..<end) { tree.append(leafHash: hash) }
            start = end
        }
        self.writer = LedgerWriter(storage: storage, tree: tree, maximumBatch: maximumBatch, commitTimeout: commitTimeout, observer: observer)
    }

    deinit {
        writer.stop()
    }

    /// Number of durable entries.
    public var size: UInt64 { writer.treeSize }

    /// Why the sequencer refuses every append right now: it stopped (the store moved in a way it
    /// did not cause; only a restart, which reloads the store, clears that), or a commit has not
    /// returned within the commit timeout (cleared when it does). `nil` while it works.
    public nonisolated var unavailability: LedgerError? { writer.unavailability }

    /// Appends one entry; returns its index once it is durable. Not isolated to the actor: the
    /// entry goes straight to the writer thread, which resumes the caller.
    public nonisolated func append(_ data: [UInt8]) async throws -> UInt64 {
        let entry = StoredEntry(data: data)
        return try await withCheckedThrowingContinuation { continuation in
            writer.submit(entry, waiter: continuation)
        }
    }

    /// Signs a checkpoint for the current durable tree, stores it, and returns the signed note.
    public func publishCheckpoint() async throws -> String {
        if let fatal = writer.fatal { throw fatal }
        let (size, root) = try writer.withTree { tree in (tree.size, try tree.rootHash(treeSize: tree.size)) }
        let checkpoint = try Checkpoint(origin: origin, size: size, rootHash: root)
        let note = try signer.signedNote(checkpoint.text).serialized
        try await storage.storeCheckpoint(note, treeSize: size)
        return note
    }

    /// Proof that entry `index` is in the tree of `treeSize` entries.
    public func inclusionProof(index: UInt64, treeSize: UInt64) throws -> InclusionProof {
        try writer.withTree { try $0.inclusionProof(leafIndex: index, treeSize: treeSize) }
    }

    /// Proof that the tree of `firstSize` is a prefix of the tree of `secondSize`.
    public func consistencyProof(firstSize: UInt64, secondSize: UInt64) throws -> ConsistencyProof {
        try writer.withTree { try $0.consistencyProof(firstSize: firstSize, secondSize: secondSize) }
    }

    /// The bytes of a hash tile, if every hash it holds is in the durable tree.
    public func tileBytes(_ tile: TileID) -> [UInt8]? {
        writer.withTree { $0.tileBytes(tile) }
    }

    /// An entry bundle, if every entry it holds is durable.
    public func entryBundle(_ bundle: EntryBundleID) async throws -> [UInt8]? {
        let start = bundle.index * UInt64(TileID.fullWidth)
        let end = start + UInt64(bundle.width)
        guard end <= writer.treeSize else { return nil }
        let rows = try await storage.entries(in: start..<end)
        try Self.requireDense(rows, from: start, count: bundle.width)
        return try EntryBundle.encode(rows.map(\.data))
    }

    /// The stored entry at `index`, if durable.
    public func entry(at index: UInt64) async throws -> [UInt8]? {
        guard index < writer.treeSize else { return nil }
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

    /// The number of entries the store holds, read from the store (a check that it answers).
    public func storedSize() async throws -> UInt64 {
        try await storage.size()
    }

    /// The newest signed checkpoint.
    public func latestCheckpoint() async throws -> String? {
        try await storage.latestCheckpoint()?.note
    }

    /// The root of the durable tree at `treeSize`.
    public func rootHash(treeSize: UInt64) throws -> Digest {
        try writer.withTree { try $0.rootHash(treeSize: treeSize) }
    }
}
