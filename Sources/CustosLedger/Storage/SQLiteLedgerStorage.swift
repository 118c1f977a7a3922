// SPDX-License-Identifier: Apache-2.0

import Foundation
import GRDB

/// The embedded ledger store: one SQLite file through GRDB, WAL mode with `synchronous=FULL`.
///
/// Durability: a batch is one write transaction; with WAL and `synchronous=FULL` SQLite fsyncs the
/// WAL at commit, so when ``append(_:startingAt:)`` returns the batch survives a power loss.
public final class SQLiteLedgerStorage: LedgerStorage {
    private let database: DatabaseQueue

    /// Opens or creates the ledger database at `path`.
    public init(path: String) throws {
        var configuration = Configuration()
        configuration.prepareDatabase { db in
            try db.execute(sql: "PRAGMA journal_mode = WAL")
            try db.execute(sql: "PRAGMA synchronous = FULL")
        }
        configuration.busyMode = .timeout(5)
        try FileManager.default.createDirectory(
            at: URL(fileURLWithPath: path).deletingLastPathComponent(),
            withIntermediateDirectories: true
        )
        database = try DatabaseQueue(path: path, configuration: configuration)
        var migrator = DatabaseMigrator()
        migrator.registerMigration("ledger-v1") { db in
            try db.execute(
                sql: """
                    CREATE TABLE ledger_entries (
                        idx INTEGER PRIMARY KEY,
                        data BLOB NOT NULL,
                        leaf_hash BLOB NOT NULL
                    );
                    CREATE TABLE ledger_checkpoints (
                        tree_size INTEGER PRIMARY KEY,
                        note TEXT NOT NULL
                    );
                    """
            )
        }
        try migrator.migrate(database)
    }

    /// Opens an existing ledger file read-only, for auditing it (`custos verify --db`). The file
    /// is never created or changed; a running gateway may keep writing to it meanwhile.
    public init(auditing path: String) throws {
        guard FileManager.default.fileExists(atPath: path) else { throw LedgerStorageError.noSuchFile(path) }
        var configuration = Configuration()
        configuration.readonly = true
        configuration.busyMode = .timeout(5)
        database = try DatabaseQueue(path: path, configuration: configuration)
        let tables = try database.read { db in try String.fetchAll(db, sql: "SELECT name FROM sqlite_master WHERE type = 'table'") }
        guard tables.contains("ledger_entries"), tables.contains("ledger_checkpoints") else { throw LedgerStorageError.notALedger(path) }
    }

    public func size() async throws -> UInt64 {
        try await database.read { db in try Self.size(db) }
    }

    /// Entries are dense from 0, so the size is the largest index plus one. `MAX` of the integer
    /// primary key is one B-tree lookup; `COUNT(*)` would scan the whole table on every append.
    private static func size(_ db: Database) throws -> UInt64 {
        guard let last = try Int64.fetchOne(db, sql: "SELECT MAX(idx) FROM ledger_entries") else { return 0 }
        return UInt64(last) + 1
    }

    public func append(_ entries: [StoredEntry], startingAt index: UInt64) throws {
        // GRDB's synchronous write runs the transaction on the calling thread (the sequencer's
        // writer) when the database is idle, which it is: only that thread writes entries.
        try database.write { db in
            // INVARIANT: indices are dense from 0, so the next index is the largest one plus one.
            let actual = try Self.size(db)
            guard actual == index else { throw LedgerStorageError.sizeMismatch(expected: index, actual: actual) }
            let statement = try db.cachedStatement(sql: "INSERT INTO ledger_entries (idx, data, leaf_hash) VALUES (?, ?, ?)")
            for (offset, entry) in entries.enumerated() {
                try statement.execute(arguments: [Int64(index) + Int64(offset), Data(entry.data), Data(entry.leafHash.bytes)])
            }
            // The transaction commits when this closure returns; GRDB returns after SQLite's commit,
            // which with synchronous=FULL has fsynced the WAL.
        }
    }

    public func leafHashes(in range: Range<UInt64>) async throws -> [Digest] {
        try await database.read { db in
            var hashes: [Digest] = []
            hashes.reserveCapacity(Int(range.count))
            let rows = try Row.fetchCursor(
                db,
                sql: "SELECT idx, leaf_hash FROM ledger_entries WHERE idx >= ? AND idx < ? ORDER BY idx",
                arguments: [Int64(range.lowerBound), Int64(range.upperBound)]
            )
            while let row = try rows.next() {
                let expected = range.lowerBound + UInt64(hashes.count)
                guard UInt64(row[0] as Int64) == expected else { throw LedgerStorageError.missing(index: expected) }
                guard let digest = Digest(row[1] as Data) else { throw LedgerStorageError.corrupted(index: expected) }
                hashes.append(digest)
            }
            guard hashes.count == range.count else { throw LedgerStorageError.missing(index: range.lowerBound + UInt64(hashes.count)) }
            return hashes
        }
    }

    public func entries(in range: Range<UInt64>) async throws -> [StoredRow] {
        try await database.read { db in
            var rows: [StoredRow] = []
            rows.reserveCapacity(Int(min(range.count, 65_536)))
            // A cursor over the statement, reading blobs in place: no intermediate Row copies.
            let cursor = try Row.fetchCursor(
                db,
                sql: "SELECT idx, data, leaf_hash FROM ledger_entries WHERE idx >= ? AND idx < ? ORDER BY idx",
                arguments: [Int64(range.lowerBound), Int64(range.upperBound)]
            )
            while let row = try cursor.next() {
                let data = try row.withUnsafeData(atIndex: 1) { $0.map { [UInt8]($0) } ?? [] }
                let hash = try row.withUnsafeData(atIndex: 2) { $0.map { [UInt8]($0) } ?? [] }
                rows.append(StoredRow(index: UInt64(row[0] as Int64), data: data, storedLeafHash: hash))
            }
            return rows
        }
    }

    public func storeCheckpoint(_ note: String, treeSize: UInt64) async throws {
        try await database.write { db in
            try db.execute(
                sql: "INSERT OR REPLACE INTO ledger_checkpoints (tree_size, note) VALUES (?, ?)",
                arguments: [Int64(treeSize), note]
            )
        }
    }

    public func latestCheckpoint() async throws -> (treeSize: UInt64, note: String)? {
        try await database.read { db in
            guard let row = try Row.fetchOne(db, sql: "SELECT tree_size, note FROM ledger_checkpoints ORDER BY tree_size DESC LIMIT 1") else {
                return nil
            }
            return (UInt64(row["tree_size"] as Int64), row["note"] as String)
        }
    }

    public func checkpoints() async throws -> [(treeSize: UInt64, note: String)] {
        try await database.read { db in
            try Row.fetchAll(db, sql: "SELECT tree_size, note FROM ledger_checkpoints ORDER BY tree_size").map { row in
                (UInt64(row[0] as Int64), row[1] as String)
            }
        }
    }
}
