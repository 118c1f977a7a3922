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
/// - Implementations must be safe to call from any task or thread; one ``Sequencer`` appends at a time.
///
/// Do not add conformances that keep data only in memory outside tests: a ledger that can lose
/// an acknowledged record is worse than none.
public protocol LedgerStorage: Sendable {
    /// Number of entries stored.
    func size() async throws -> UInt64

    /// Appends `entries` as indices `startingAt ..< startingAt + entries.count`, durably, and
    /// blocks the calling thread until they are. Only the ``Sequencer``'s writer thread calls it
    /// (never a task's executor): a durable commit waits on the disk, and doing that on a thread
    /// of its own is what lets it resume the waiting callers without further hand-offs.
    func append(_ entries: [StoredEntry], startingAt index: UInt64) throws

    /// The leaf hashes of entries in `range` (to rebuild the tree at start). Throws
    /// ``LedgerStorageError/missing(index:)`` if an entry of the range is not stored.
    func leafHashes(in range: Range<UInt64>) async throws -> [Digest]

    /// The rows stored in `range`, in index order, exactly as stored and unchecked: a row someone
    /// edited is returned edited and a deleted row is simply absent, so that verifiers see the
    /// store as it is. Callers that need every entry check the indices.
    func entries(in range: Range<UInt64>) async throws -> [StoredRow]

    /// Stores a signed checkpoint; the newest by tree size is the log's current head.
    func storeCheckpoint(_ note: String, treeSize: UInt64) async throws

    /// The newest stored checkpoint.
    func latestCheckpoint() async throws -> (treeSize: UInt64, note: String)?

    /// Every stored checkpoint, smallest tree first (for auditing the store).
    func checkpoints() async throws -> [(treeSize: UInt64, note: String)]
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

/// One row read back from storage: the index it is stored under, its bytes, and the leaf hash
/// stored beside them, none of it checked.
public struct StoredRow: Sendable, Equatable {
    public let index: UInt64
    public let data: [UInt8]
    /// The leaf hash as stored (32 bytes unless the row was tampered with).
    public let storedLeafHash: [UInt8]

    public init(index: UInt64, data: [UInt8], storedLeafHash: [UInt8]) {
        self.index = index
        self.data = data
        self.storedLeafHash = storedLeafHash
    }

    /// Whether the bytes still hash to the stored leaf hash.
    public var isIntact: Bool { RFC6962Hasher.leafHash(data).bytes == storedLeafHash }
}

/// Failures a storage backend reports.
public enum LedgerStorageError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The stored size is not where the appender expected: another writer, or lost state.
    case sizeMismatch(expected: UInt64, actual: UInt64)
    /// Stored data does not hash to its recorded leaf hash: the store was altered.
    case corrupted(index: UInt64)
    /// An entry below the stored size is not there: the store was altered.
    case missing(index: UInt64)
    /// The file to audit does not exist.
    case noSuchFile(String)
    /// The file is a database, but not a Custos ledger.
    case notALedger(String)

    public var description: String {
        switch self {
        case .sizeMismatch(let expected, let actual): "ledger storage holds \(actual) entries, expected \(expected)"
        case .corrupted(let index): "ledger entry \(index) does not match its leaf hash"
        case .missing(let index): "ledger entry \(index) is missing from storage"
        case .noSuchFile(let path): "no ledger file at \(path)"
        case .notALedger(let path): "\(path) is not a Custos ledger (no ledger_entries and ledger_checkpoints tables)"
        }
    }
}
