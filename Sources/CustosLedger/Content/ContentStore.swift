// SPDX-License-Identifier: Apache-2.0

import Foundation
import GRDB
import Synchronization

/// The side store of retained content: request and response bodies sealed with AES-256-GCM under
/// a per-tenant key, outside the Merkle tree, in one SQLite file (WAL, `synchronous=FULL`).
///
/// Guarantees:
/// - ``retain(_:tenant:requestID:part:)`` returns only once the sealed bytes are durable, and
///   returns the commitment the ledger record must carry; if it throws, nothing was retained and
///   the caller must not go ahead (fail closed).
/// - Tenant keys are stored wrapped under the ``ContentMasterKey``, never in the clear.
/// - ``shred(tenant:)`` deletes every key of the tenant with SQLite's `secure_delete` on and then
///   truncates the write-ahead log, so neither the database nor its WAL keeps the wrapped keys;
///   the sealed content stays, unreadable, and every ledger proof still verifies. Copies made
///   before (backups, exported keys) are outside its reach.
/// - Content is never sealed under a shredded key: a store racing a shred (say, by
///   `custos ledger shred` while the gateway runs) notices in the same transaction and seals
///   again under a fresh key.
public final class ContentStore: Sendable {
    private let database: DatabaseQueue
    private let masterKey: ContentMasterKey
    /// The current key of each tenant, unwrapped.
    private let activeKeys = Mutex<[String: ContentKey]>([:])

    public init(path: String, masterKey: ContentMasterKey) throws {
        var configuration = Configuration()
        configuration.prepareDatabase { db in
            try db.execute(sql: "PRAGMA journal_mode = WAL")
            try db.execute(sql: "PRAGMA synchronous = FULL")
            try db.execute(sql: "PRAGMA secure_delete = ON")
        }
        configuration.busyMode = .timeout(5)
        try FileManager.default.createDirectory(at: URL(fileURLWithPath: path).deletingLastPathComponent(), withIntermediateDirectories: true)
        database = try DatabaseQueue(path: path, configuration: configuration)
        self.masterKey = masterKey
        var migrator = DatabaseMigrator()
        migrator.registerMigration("content-v1") { db in
            try db.execute(
                sql: """
                    CREATE TABLE content_keys (
                        key_id TEXT PRIMARY KEY,
                        tenant TEXT NOT NULL,
                        wrapped BLOB NOT NULL,
                        created_at TEXT NOT NULL
                    );
                    CREATE INDEX content_keys_by_tenant ON content_keys (tenant, created_at);
                    CREATE TABLE shredded_keys (
                        key_id TEXT PRIMARY KEY,
                        tenant TEXT NOT NULL,
                        created_at TEXT NOT NULL,
                        shredded_at TEXT NOT NULL
                    );
                    CREATE TABLE content (
                        request_id TEXT NOT NULL,
                        part TEXT NOT NULL,
                        tenant TEXT NOT NULL,
                        key_id TEXT NOT NULL,
                        sealed BLOB NOT NULL,
                        PRIMARY KEY (request_id, part)
                    );
                    """
            )
        }
        try migrator.migrate(database)
    }

    /// Seals `plaintext` under the tenant's current key and stores it durably.
    public func retain(_ plaintext: [UInt8], tenant: String, requestID: String, part: ContentPart) async throws(ContentError) -> ContentCommitment {
        for _ in 0..<2 {
            let key = try await currentKey(tenant: tenant)
            let sealed: (sealed: [UInt8], commitment: ContentCommitment)
            do { sealed = try SealedContent.seal(plaintext, key: key, requestID: requestID, part: part) } catch {
                throw .notDurable("sealing failed: \(error)")
            }
            let stored: Bool
            do {
                stored = try await database.write { db in
                    // Only under a key that still exists: a shred may have happened since it was cached.
                    guard try Bool.fetchOne(db, sql: "SELECT 1 FROM content_keys WHERE key_id = ?", arguments: [key.keyID]) == true else {
                        return false
                    }
                    try db.execute(
                        sql: "INSERT INTO content (request_id, part, tenant, key_id, sealed) VALUES (?, ?, ?, ?, ?)",
                        arguments: [requestID, part.rawValue, tenant, key.keyID, Data(sealed.sealed)]
                    )
                    return true
                }
            } catch {
                throw .notDurable("\(error)")
            }
            if stored { return sealed.commitment }
            _ = activeKeys.withLock { $0.removeValue(forKey: tenant) }
        }
        throw .notDurable("the content keys of tenant \(tenant) keep being shredded")
    }

    /// The sealed bytes of one body, if retained.
    public func sealed(requestID: String, part: ContentPart) async throws -> (tenant: String, keyID: String, sealed: [UInt8])? {
        try await database.read { db in
            guard
                let row = try Row.fetchOne(
                    db,
                    sql: "SELECT tenant, key_id, sealed FROM content WHERE request_id = ? AND part = ?",
                    arguments: [requestID, part.rawValue]
                )
            else { return nil }
            return (row[0] as String, row[1] as String, Array(row[2] as Data))
        }
    }

    /// Every live key of `tenant`, unwrapped (for `custos ledger export-key`, to hand to auditors).
    public func keys(tenant: String) async throws -> [ContentKey] {
        let rows = try await database.read { db in
            try Row.fetchAll(db, sql: "SELECT key_id, wrapped FROM content_keys WHERE tenant = ? ORDER BY created_at", arguments: [tenant])
                .map { (keyID: $0[0] as String, wrapped: Array($0[1] as Data)) }
        }
        return try rows.map { row throws(ContentError) in try masterKey.unwrap(row.wrapped, tenant: tenant, keyID: row.keyID) }
    }

    /// What a shred destroyed.
    public struct ShredReport: Sendable, Equatable {
        /// The keys destroyed.
        public let keyIDs: [String]
        /// Sealed bodies now unreadable.
        public let unreadableItems: Int
    }

    /// Destroys every key of `tenant`. Irreversible by design.
    public func shred(tenant: String) async throws -> ShredReport {
        let now = Self.now()
        let report = try await database.write { db in
            let keyIDs = try String.fetchAll(db, sql: "SELECT key_id FROM content_keys WHERE tenant = ? ORDER BY created_at", arguments: [tenant])
            try db.execute(
                sql: """
                    INSERT INTO shredded_keys (key_id, tenant, created_at, shredded_at)
                    SELECT key_id, tenant, created_at, ? FROM content_keys WHERE tenant = ?
                    """,
                arguments: [now, tenant]
            )
            try db.execute(sql: "DELETE FROM content_keys WHERE tenant = ?", arguments: [tenant])
            let items = try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM content WHERE tenant = ?", arguments: [tenant]) ?? 0
            return ShredReport(keyIDs: keyIDs, unreadableItems: items)
        }
        _ = activeKeys.withLock { $0.removeValue(forKey: tenant) }
        // Copy the (zeroed) pages back into the database and empty the WAL, which still holds
        // the pages as they were before the delete.
        try await database.writeWithoutTransaction { db in try db.execute(sql: "PRAGMA wal_checkpoint(TRUNCATE)") }
        return report
    }

    /// Key ids of `tenant` destroyed by earlier shreds.
    public func shreddedKeyIDs(tenant: String) async throws -> [String] {
        try await database.read { db in
            try String.fetchAll(db, sql: "SELECT key_id FROM shredded_keys WHERE tenant = ? ORDER BY created_at", arguments: [tenant])
        }
    }

    /// RFC 3339 UTC with milliseconds, for key creation and shred times.
    private static func now() -> String {
        Date().formatted(Date.ISO8601FormatStyle(includingFractionalSeconds: true, timeZone: TimeZone(identifier: "UTC")!))
    }

    /// The tenant's newest key, created on first use.
    private func currentKey(tenant: String) async throws(ContentError) -> ContentKey {
        if let key = activeKeys.withLock({ $0[tenant] }) { return key }
        let row: (keyID: String, wrapped: [UInt8])
        do {
            row = try await database.write { [masterKey] db in
                if let existing = try Row.fetchOne(
                    db,
                    sql: "SELECT key_id, wrapped FROM content_keys WHERE tenant = ? ORDER BY created_at DESC LIMIT 1",
                    arguments: [tenant]
                ) {
                    return (existing[0] as String, Array(existing[1] as Data))
                }
                let fresh = ContentKey.generate(tenant: tenant)
                let wrapped = try masterKey.wrap(fresh)
                let now = Self.now()
                try db.execute(
                    sql: "INSERT INTO content_keys (key_id, tenant, wrapped, created_at) VALUES (?, ?, ?, ?)",
                    arguments: [fresh.keyID, tenant, Data(wrapped), now]
                )
                return (fresh.keyID, wrapped)
            }
        } catch {
            throw .notDurable("cannot load or create the content key of tenant \(tenant): \(error)")
        }
        let key = try masterKey.unwrap(row.wrapped, tenant: tenant, keyID: row.keyID)
        activeKeys.withLock { $0[tenant] = key }
        return key
    }
}
