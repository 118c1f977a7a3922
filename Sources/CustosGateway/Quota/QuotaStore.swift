// SPDX-License-Identifier: Apache-2.0

import Foundation
import GRDB

/// A limit a call would exceed: which one, for whom, and when to try again.
struct QuotaExceeded: Error, Sendable, Equatable {
    /// `tenant:agency-a` or `principal:agency-a/alice`.
    let scope: String
    /// `requests_per_minute`, `tokens_per_day`, ...
    let limit: String
    let allowed: Int
    /// Seconds until the window that is full ends.
    let retryAfter: Int
}

/// What a call has taken from its quotas, to be settled once its real usage is known.
struct QuotaReservation: Sendable, Equatable {
    /// The window rows charged: scope, window, start.
    let rows: [QuotaRow]
    /// Tokens reserved in each of them.
    let tokens: Int
}

/// A usage counter: one scope, one window.
struct QuotaRow: Sendable, Hashable {
    let scope: String
    let window: QuotaWindow
    let start: Int64
}

/// Usage counters per scope and window, in SQLite, checked and charged in one transaction.
///
/// Guarantees:
/// - Exact under concurrency: the check and the charge of a call happen in one write transaction
///   (SQLite serializes writers, across processes sharing the file too), so N simultaneous first
///   calls against a limit of one request let exactly one through.
/// - A token limit admits a call while the window's usage, counting what calls in flight have
///   reserved, is below the limit; the call then reserves its maximum (prompt estimate plus its
///   completion limit), so concurrent calls see it at once. ``settle(_:actualTokens:)`` replaces
///   the reservation with the real usage. A single call can take the window past its limit by at
///   most its own size; the next is refused.
/// - Counts survive a restart (WAL, `synchronous=NORMAL`: a process crash loses nothing; a power
///   loss may lose the last commits, i.e. under-count the final calls before it).
/// - The same statements run on PostgreSQL (`INSERT … ON CONFLICT`, row locks), so replicas can
///   share the counters later.
final class QuotaStore: Sendable {
    private let database: DatabaseQueue

    /// Opens (creating it and its folder if needed, as the key store and the ledger do) the
    /// database at `path`.
    init(path: String) throws {
        var configuration = Configuration()
        configuration.prepareDatabase { db in
            try db.execute(sql: "PRAGMA journal_mode = WAL")
            try db.execute(sql: "PRAGMA synchronous = NORMAL")
        }
        configuration.busyMode = .timeout(5)
        try FileManager.default.createDirectory(at: URL(fileURLWithPath: path).deletingLastPathComponent(), withIntermediateDirectories: true)
        self.database = try DatabaseQueue(path: path, configuration: configuration)
        var migrator = DatabaseMigrator()
        migrator.registerMigration("quota-usage-v1") { db in
            try db.create(table: "quota_usage") { table in
                table.column("scope", .text).notNull()
                table.column("window", .text).notNull()
                table.column("start", .integer).notNull()
                table.column("requests", .integer).notNull().defaults(to: 0)
                table.column("tokens", .integer).notNull().defaults(to: 0)
                table.primaryKey(["scope", "window", "start"])
            }
        }
        try migrator.migrate(database)
    }

    /// Checks every limit of every scope and, if all allow the call, charges one request and
    /// `tokens` reserved tokens to each of their windows, atomically.
    /// - Throws: ``QuotaExceeded`` for the first limit that refuses (nothing is charged then).
    func reserve(_ scopes: [(scope: String, limits: QuotaLimits)], tokens: Int, now: Date) async throws -> QuotaReservation {
        try await database.write { db in
            var rows: Set<QuotaRow> = []
            for (scope, limits) in scopes {
                for check in limits.checks {
                    let bounds = check.window.bounds(of: now)
                    let row = QuotaRow(scope: scope, window: check.window, start: bounds.start)
                    rows.insert(row)
                    let used = try Self.usage(db, row)
                    let allowed =
                        switch check.measure {
                        case .requests: used.requests + 1 <= check.limit
                        case .tokens: used.tokens < check.limit
                        }
                    guard allowed else {
                        throw QuotaExceeded(
                            scope: scope,
                            limit: check.name,
                            allowed: check.limit,
                            retryAfter: Int(max(1, bounds.end - Int64(now.timeIntervalSince1970.rounded(.down))))
                        )
                    }
                }
            }
            for row in rows {
                try db.execute(
                    sql: """
                        INSERT INTO quota_usage (scope, window, start, requests, tokens) VALUES (?, ?, ?, 1, ?)
                        ON CONFLICT (scope, window, start) DO UPDATE SET requests = requests + 1, tokens = tokens + excluded.tokens
                        """,
                    arguments: [row.scope, row.window.rawValue, row.start, tokens]
                )
            }
            return QuotaReservation(rows: rows.sorted { ($0.scope, $0.window.rawValue) < ($1.scope, $1.window.rawValue) }, tokens: tokens)
        }
    }

    /// Replaces the reservation's tokens with what the call really used, in the windows it was
    /// charged to (even if the clock has moved on to the next one).
    func settle(_ reservation: QuotaReservation, actualTokens: Int) async throws {
        let delta = actualTokens - reservation.tokens
        guard delta != 0, !reservation.rows.isEmpty else { return }
        try await database.write { db in
            for row in reservation.rows {
                try db.execute(
                    sql: "UPDATE quota_usage SET tokens = MAX(0, tokens + ?) WHERE scope = ? AND window = ? AND start = ?",
                    arguments: [delta, row.scope, row.window.rawValue, row.start]
                )
            }
        }
    }

    /// The counters of `row` (zeros when it has none yet).
    static func usage(_ db: Database, _ row: QuotaRow) throws -> (requests: Int, tokens: Int) {
        let found = try Row.fetchOne(
            db,
            sql: "SELECT requests, tokens FROM quota_usage WHERE scope = ? AND window = ? AND start = ?",
            arguments: [row.scope, row.window.rawValue, row.start]
        )
        return (found?["requests"] ?? 0, found?["tokens"] ?? 0)
    }

    /// The counters of one window.
    func usage(_ row: QuotaRow) async throws -> (requests: Int, tokens: Int) {
        try await database.read { db in try Self.usage(db, row) }
    }

    /// Usage of `scope` in the windows starting in `from ..< to` (seconds since the epoch).
    func usage(scope: String, from: Int64, to: Int64) async throws -> [(window: String, start: Int64, requests: Int, tokens: Int)] {
        try await database.read { db in
            try Row.fetchAll(
                db,
                sql: "SELECT window, start, requests, tokens FROM quota_usage WHERE scope = ? AND start >= ? AND start < ? ORDER BY start, window",
                arguments: [scope, from, to]
            ).map { ($0["window"], $0["start"], $0["requests"], $0["tokens"]) }
        }
    }
}
