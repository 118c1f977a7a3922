// SPDX-License-Identifier: Apache-2.0

/// Where a ledger keeps its entries and signed checkpoints.
///
/// The contract every backend must honour (the storage test suite checks it):
/// - ``append(_:startingAt:)`` MUST NOT return until every entry of the batch is durably committed:
///   it survives a process crash and a power loss (for SQLite: WAL with `synchronous=FULL`). A
///   batch is all or nothing.
/// - Entries are numbered from 0 without gaps. `append` MUST fail with
///   ``LedgerStorageError/sizeMismatch(expected:actual:)`` and store nothing if the stored size is
///   not `startingAt`, so two writers can never interleave or overwrite.
/// - Nothing is ever changed or deleted once appended.
/// - Implementations must be safe to call from any task; one ``Sequencer`` appends at a time.
///
/// Do not add conformances that keep data only in memory outside tests: a ledger that can lose
/// an acknowledged record is worse than none.
public protocol LedgerStorage: Sendable {
    /// Number of entries stored.
    func size() async throws -> UInt64

    /// Appends `entries` as indices `startingAt ..< startingAt + entries.count`, durably.
    func append(_ entries: [StoredEntry], startingAt index: UInt64) async throws

    /// The leaf hashes of entries in `range` (to rebuild the tree at start).
    func leafHashes(in range: Range<UInt64>) async throws -> [Digest]

    /// The entries in `range`.
    func entries(in range: Range<UInt64>) async throws -> [StoredEntry]

    /// Stores a signed checkpoint; the newest by tree size is the log's current head.
    func storeCheckpoint(_ note: String, treeSize: UInt64) async throws

    /// The newest stored checkpoint.
    func latestCheckpoint() async throws -> (treeSize: UInt64, note: String)?
}

/// One entry as stored: its canonical bytes and RFC 6962 leaf hash.
public struct StoredEntry: Sendable, Equatable {
    public let data: [UInt8]
    public let leafHash: Digest

    public init(data: [UInt8]) {
        self.data = data
        self.leafHash = RFC6962Hasher.leafHash(data)
    }

    init(data: [UInt8], leafHash: Digest) {
        self.data = data
        self.leafHash = leafHash
    }
}

/// Failures a storage backend reports.
public enum LedgerStorageError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The stored size is not where the appender expected: another writer, or lost state.
    case sizeMismatch(expected: UInt64, actual: UInt64)
    /// Stored data does not hash to its recorded leaf hash: the store was altered.
    case corrupted(index: UInt64)

    public var description: String {
        switch self {
        case .sizeMismatch(let expected, let actual): "ledger storage holds \(actual) entries, expected \(expected)"
        case .corrupted(let index): "ledger entry \(index) does not match its leaf hash"
        }
    }
}
