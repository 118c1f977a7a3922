// SPDX-License-Identifier: Apache-2.0

/// Verifies a tlog-tiles log from the outside, trusting only the log's public key.
///
/// ```swift
/// let verifier = LogVerifier(key: verifierKey) { path in try await http.get(path) }
/// let report = try await verifier.verify(previousCheckpoint: savedNote, checkEntries: true)
/// ```
///
/// It fetches the newest checkpoint and checks its signature; fetches every level-0 tile and
/// recomputes the root (so it needs no proof the log chooses to serve); optionally fetches every
/// entry bundle and checks each entry hashes to its leaf; and, given a checkpoint saved earlier,
/// checks that it is a prefix of today's tree: the log only appended.
public struct LogVerifier: Sendable {
    /// Fetches a path relative to the log's prefix (`checkpoint`, `tile/0/000`, ...); `nil` if absent.
    public typealias Fetch = @Sendable (String) async throws -> [UInt8]?
    /// Told how far a run has got: entries (or leaf hashes) done, out of the total.
    public typealias Progress = @Sendable (_ done: UInt64, _ total: UInt64) -> Void

    /// What a successful verification established.
    public struct Report: Sendable, Equatable {
        public let checkpoint: Checkpoint
        /// The verified checkpoint note, to save for the next run.
        public let note: String
        public let entriesChecked: UInt64
        /// Request ids of REQUEST records with no RESPONSE in the log (with `checkEntries`): calls
        /// in flight when the checkpoint was signed, or never answered (a crash before the answer).
        public let unansweredRequests: [String]
        /// The size of the earlier checkpoint proven to be a prefix, if one was given.
        public let consistentWithSize: UInt64?
        /// Signed checkpoints whose root was checked (one over HTTP; every stored one for a file).
        public var checkpointsChecked = 1
        /// Entries stored after the newest checkpoint: checked, but not yet signed by the log.
        public var unsignedEntries: UInt64 = 0
    }

    /// Why verification failed: the evidence, for the auditor's report.
    public enum Failure: Error, Sendable, Equatable, CustomStringConvertible {
        case missing(path: String)
        case checkpoint(NoteError)
        case rootMismatch(size: UInt64, expected: Digest, calculated: Digest)
        case malformedTile(path: String)
        case entryMismatch(index: UInt64)
        case malformedEntry(index: UInt64)
        case shrunk(previous: UInt64, current: UInt64)
        case forked(size: UInt64, previousRoot: Digest, currentRoot: Digest)
        // Found by reading a ledger file (``StoredLedgerVerifier``):
        case wrongOrigin(expected: String, found: String)
        case noCheckpoint
        case storedCheckpointRejected(size: UInt64, NoteError)
        case misfiledCheckpoint(storedAs: UInt64, signedSize: UInt64)
        case entryMissing(index: UInt64)
        case entryAltered(index: UInt64)
        case signedRangeAltered(from: UInt64, to: UInt64)
        case truncated(stored: UInt64, signed: UInt64)

        /// The first index known to be bad, when the failure locates one.
        public var firstBadIndex: UInt64? {
            switch self {
            case .entryMismatch(let index), .malformedEntry(let index), .entryMissing(let index), .entryAltered(let index): index
            case .signedRangeAltered(let from, _): from
            case .truncated(let stored, _): stored
            default: nil
            }
        }

        public var description: String {
            switch self {
            case .missing(let path): "the log does not serve `\(path)`"
            case .checkpoint(let error): "checkpoint rejected: \(error)"
            case .rootMismatch(let size, let expected, let calculated):
                "tiles give root \(calculated.hex) at size \(size), the signed checkpoint says \(expected.hex)"
            case .malformedTile(let path): "`\(path)` is not a whole number of hashes or records"
            case .entryMismatch(let index): "entry \(index) does not hash to its leaf in the tiles"
            case .malformedEntry(let index): "entry \(index) is not a JSON object"
            case .shrunk(let previous, let current): "the log shrank from \(previous) to \(current) entries"
            case .forked(let size, let previousRoot, let currentRoot):
                "history rewritten: at size \(size) the saved checkpoint has root \(previousRoot.hex), the log now gives \(currentRoot.hex)"
            case .wrongOrigin(let expected, let found): "the checkpoint is for log `\(found)`, not `\(expected)`"
            case .noCheckpoint: "the ledger holds no signed checkpoint"
            case .storedCheckpointRejected(let size, let error): "the stored checkpoint of size \(size) is rejected: \(error)"
            case .misfiledCheckpoint(let storedAs, let signedSize):
                "a checkpoint stored as size \(storedAs) signs size \(signedSize): the checkpoint table was altered"
            case .entryMissing(let index): "entry \(index) is missing from the store (deleted, or later entries renumbered)"
            case .entryAltered(let index): "entry \(index) was altered: its bytes no longer hash to the leaf hash stored with them"
            case .signedRangeAltered(let from, let to):
                "the entries \(from)..<\(to) are not what the checkpoint of size \(to) signed (the checkpoint of size \(from) still holds): "
                    + "an entry in that range was edited, reordered or replaced together with its leaf hash; the first bad index is at least \(from)"
            case .truncated(let stored, let signed):
                "the store holds \(stored) entries but a checkpoint signed \(signed): entries \(stored)..<\(signed) were deleted"
            }
        }
    }

    public let key: NoteVerifierKey
    /// The log's origin every checkpoint must name; by default the key's name.
    public let origin: String
    public let fetch: Fetch

    public init(key: NoteVerifierKey, origin: String? = nil, fetch: @escaping Fetch) {
        self.key = key
        self.origin = origin ?? key.name
        self.fetch = fetch
    }

    public func verify(previousCheckpoint: String? = nil, checkEntries: Bool = false, progress: Progress? = nil) async throws -> Report {
        let note = try await required("checkpoint")
        let checkpoint = try Self.open(note, key: key, origin: origin)
        // Leaf hashes, then (optionally) entries: progress counts both passes.
        let total = checkEntries ? checkpoint.size * 2 : checkpoint.size

        var tree = MerkleTree()
        let tiles = TileID.tiles(forTreeSize: checkpoint.size).filter { $0.level == 0 }
        try await fetchInOrder(tiles.map(\.path)) { index, bytes in
            let tile = tiles[index]
            guard bytes.count == tile.width * Digest.byteCount else { throw Failure.malformedTile(path: tile.path) }
            for offset in stride(from: 0, to: bytes.count, by: Digest.byteCount) {
                tree.append(leafHash: Digest(bytes[offset..<(offset + Digest.byteCount)])!)
            }
            progress?(tree.size, total)
        }
        let root = try tree.rootHash(treeSize: checkpoint.size)
        guard root == checkpoint.rootHash else { throw Failure.rootMismatch(size: checkpoint.size, expected: checkpoint.rootHash, calculated: root) }

        var checked: UInt64 = 0
        var pairing = RecordPairing()
        if checkEntries {
            var index: UInt64 = 0
            var bundles: [EntryBundleID] = []
            while index < checkpoint.size {
                let bundle = EntryBundleID.containing(logIndex: index, logSize: checkpoint.size)!
                bundles.append(bundle)
                index = bundle.index * UInt64(TileID.fullWidth) + UInt64(bundle.width)
            }
            index = 0
            try await fetchInOrder(bundles.map(\.path)) { position, bytes in
                let bundle = bundles[position]
                let entries: [[UInt8]]
                do { entries = try EntryBundle.decode(bytes) } catch { throw Failure.malformedTile(path: bundle.path) }
                guard entries.count == bundle.width else { throw Failure.malformedTile(path: bundle.path) }
                for entry in entries {
                    guard RFC6962Hasher.leafHash(entry) == tree.perfectSubtreeHash(level: 0, index: index) else {
                        throw Failure.entryMismatch(index: index)
                    }
                    guard pairing.read(entry) else { throw Failure.malformedEntry(index: index) }
                    index += 1
                }
                progress?(checkpoint.size + index, total)
            }
            checked = index
        }

        var consistentWith: UInt64?
        if let previousCheckpoint {
            let previous = try Self.open(Array(previousCheckpoint.utf8), key: key, origin: origin)
            try tree.prove(extends: previous)
            consistentWith = previous.size
        }
        return Report(
            checkpoint: checkpoint,
            note: String(decoding: note, as: UTF8.self),
            entriesChecked: checked,
            unansweredRequests: pairing.unanswered,
            consistentWithSize: consistentWith
        )
    }

    /// A checkpoint signed by `key` for the log `origin`.
    static func open(_ note: [UInt8], key: NoteVerifierKey, origin: String) throws(Failure) -> Checkpoint {
        let checkpoint: Checkpoint
        do { checkpoint = try Checkpoint.open(note, trusting: [key]) } catch { throw .checkpoint(error) }
        guard checkpoint.origin == origin else { throw .wrongOrigin(expected: origin, found: checkpoint.origin) }
        return checkpoint
    }

    /// How many fetches are in flight at once (tiles are independent; round trips dominate).
    public var concurrentFetches = 16

    /// Fetches `paths` with up to ``concurrentFetches`` in flight and hands each body to
    /// `process` in order, so the caller sees the log as if read sequentially.
    private func fetchInOrder(_ paths: [String], _ process: (Int, [UInt8]) throws -> Void) async throws {
        try await withThrowingTaskGroup(of: (Int, [UInt8]).self) { group in
            var next = 0
            var ready: [Int: [UInt8]] = [:]
            var expected = 0
            func launch() {
                guard next < paths.count else { return }
                let position = next
                let path = paths[position]
                group.addTask { (position, try await required(path)) }
                next += 1
            }
            for _ in 0..<max(1, concurrentFetches) { launch() }
            while let (position, bytes) = try await group.next() {
                ready[position] = bytes
                while let body = ready.removeValue(forKey: expected) {
                    try process(expected, body)
                    expected += 1
                    launch()
                }
            }
        }
    }

    private func required(_ path: String) async throws -> [UInt8] {
        guard let bytes = try await fetch(path) else { throw Failure.missing(path: path) }
        return bytes
    }
}
