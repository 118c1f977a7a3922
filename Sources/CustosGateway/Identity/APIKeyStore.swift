// SPDX-License-Identifier: Apache-2.0

public import Foundation
import GRDB

/// The API keys of a gateway, in its SQLite database (WAL mode, `synchronous=FULL`).
///
/// Guarantees:
/// - Only the SHA-256 of a key is stored; ``create(tenant:principal:expiresAt:label:)`` returns the
///   key itself once and it cannot be recovered afterwards.
/// - A lookup (``authenticate(_:now:)``) hashes the presented key first and finds the row by its
///   digest, then compares digests in constant time: the time taken does not depend on how much of
///   a guessed secret is right.
/// - Revocation is a durable write; every gateway process reading the same file refuses the key
///   from its next request on.
///
/// Safe to use from any task: one serialized GRDB connection (`DatabaseQueue`) in WAL mode, so the
/// CLI and other gateway processes can read and write the same file at the same time. A lookup is
/// a few microseconds of SQLite; a reader pool's extra synchronisation cost more than it saved
/// (BENCHMARKS.md).
public final class APIKeyStore: Sendable {
    private let database: DatabaseQueue

    /// Opens (creating if needed) the database at `path` and brings its schema up to date.
    public init(path: String) throws {
        var configuration = Configuration()
        configuration.prepareDatabase { db in
            // WAL lets other processes (the CLI, other replicas) read while one writes.
            try db.execute(sql: "PRAGMA journal_mode = WAL")
            // FULL: a committed key (or revocation) survives power loss, not just a process crash.
            try db.execute(sql: "PRAGMA synchronous = FULL")
        }
        configuration.busyMode = .timeout(5)
        let directory = URL(fileURLWithPath: path).deletingLastPathComponent()
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        self.database = try DatabaseQueue(path: path, configuration: configuration)
        try Self.migrator.migrate(database)
    }

    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("api-keys-v1") { db in
            try db.create(table: "api_keys") { table in
                table.primaryKey("id", .text)
                table.column("digest", .blob).notNull().unique()
                table.column("tenant", .text).notNull()
                table.column("principal", .text).notNull()
                table.column("created_at", .double).notNull()
                table.column("expires_at", .double)
                table.column("revoked_at", .double)
                table.column("label", .text)
            }
        }
        migrator.registerMigration("api-keys-v2-tenant-index") { db in
            // The admin API lists one agency's keys: by index, not by scanning every agency's.
            try db.create(index: "api_keys_by_tenant", on: "api_keys", columns: ["tenant", "created_at"])
        }
        return migrator
    }

    /// Issues a key for a principal.
    /// - Returns: the key (show it once, then drop it) and its stored record.
    public func create(tenant: String, principal: String, expiresAt: Date?, label: String?) throws -> (APIKey, APIKeyRecord) {
        let key = APIKey.generate()
        var generator = SystemRandomNumberGenerator()
        let id = "key_" + String(format: "%016llx", UInt64.random(in: .min ... .max, using: &generator))
        let record = APIKeyRecord(
            id: id,
            tenant: tenant,
            principal: principal,
            createdAt: Date(),
            expiresAt: expiresAt,
            revokedAt: nil,
            label: label
        )
        try database.write { db in
            try db.execute(
                sql: """
                    INSERT INTO api_keys (id, digest, tenant, principal, created_at, expires_at, revoked_at, label)
                    VALUES (?, ?, ?, ?, ?, ?, NULL, ?)
                    """,
                arguments: [
                    record.id, Data(key.digest), tenant, principal, record.createdAt.timeIntervalSince1970,
                    expiresAt?.timeIntervalSince1970, label,
                ]
            )
        }
        return (key, record)
    }

    /// Every key record, newest first.
    public func list() throws -> [APIKeyRecord] {
        try database.read { db in
            try Row.fetchAll(db, sql: "SELECT * FROM api_keys ORDER BY created_at DESC, id").map(Self.record)
        }
    }

    /// The key records of one tenant, newest first.
    public func list(tenant: String) throws -> [APIKeyRecord] {
        try database.read { db in
            try Row.fetchAll(db, sql: "SELECT * FROM api_keys WHERE tenant = ? ORDER BY created_at DESC, id", arguments: [tenant]).map(Self.record)
        }
    }

    /// The record of the key with public id `id`, whatever its state.
    public func record(id: String) throws -> APIKeyRecord? {
        try database.read { db in
            try Row.fetchOne(db, sql: "SELECT * FROM api_keys WHERE id = ?", arguments: [id]).map(Self.record)
        }
    }

    /// Revokes a key by its public id.
    /// - Returns: `false` if no key has that id. Revoking twice keeps the first revocation time.
    @discardableResult
    public func revoke(id: String, at now: Date = Date()) throws -> Bool {
        try database.write { db in
            try db.execute(sql: "UPDATE api_keys SET revoked_at = COALESCE(revoked_at, ?) WHERE id = ?", arguments: [now.timeIntervalSince1970, id])
            return db.changesCount > 0
        }
    }

    /// The record of the usable key matching `key`, or `nil` when it is unknown, revoked or expired.
    public func authenticate(_ key: APIKey, now: Date = Date()) throws -> APIKeyRecord? {
        let digest = key.digest
        // One indexed SELECT is atomic on its own, so no wrapping transaction (`unsafeRead`), and the
        // statement is prepared once per connection (`cachedStatement`): this runs on every request.
        let found: (Data, APIKeyRecord)? = try database.unsafeReentrantRead { db in
            let statement = try db.cachedStatement(sql: "SELECT * FROM api_keys WHERE digest = ?")
            guard let row = try Row.fetchOne(statement, arguments: [Data(digest)]) else { return nil }
            return (row["digest"], Self.record(row))
        }
        guard let (stored, record) = found, constantTimeEqual(Array(stored), digest), record.isUsable(at: now) else { return nil }
        return record
    }

    /// Runs a trivial query: the readiness probe's storage check.
    public func checkReadable() throws {
        _ = try database.read { db in try Int.fetchOne(db, sql: "SELECT count(*) FROM api_keys") }
    }

    private static func record(_ row: Row) -> APIKeyRecord {
        APIKeyRecord(
            id: row["id"],
            tenant: row["tenant"],
            principal: row["principal"],
            createdAt: Date(timeIntervalSince1970: row["created_at"]),
            expiresAt: (row["expires_at"] as Double?).map(Date.init(timeIntervalSince1970:)),
            revokedAt: (row["revoked_at"] as Double?).map(Date.init(timeIntervalSince1970:)),
            label: row["label"]
        )
    }
}
