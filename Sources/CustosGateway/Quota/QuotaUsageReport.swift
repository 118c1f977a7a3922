// SPDX-License-Identifier: Apache-2.0

import CustosProviders
public import Foundation

/// A tenant's usage and remaining quotas as JSON, for `GET /admin/usage` and `custos usage`:
///
/// ```json
/// {"tenant": "agency-a", "from": "...", "to": "...",
///  "scopes": [{"scope": "principal:agency-a/alice",
///              "limits": {"requests_per_minute": {"limit": 60, "used": 2, "remaining": 58, "resets_at": "..."}},
///              "windows": [{"window": "minute", "start": "...", "requests": 2, "tokens": 180}, ...]}]}
/// ```
///
/// `windows` lists the counters whose window starts in `from ..< to` (by default the current
/// month); `limits` always describes the windows current at the time of the report.
public enum QuotaUsageReport {
    /// The report read from the configuration's database (for the CLI).
    public static func make(config: GatewayConfig, tenant: String, from: Int64?, to: Int64?, now: Date = Date()) async throws -> [UInt8] {
        let gate = QuotaGate(config: config, store: try QuotaStore(path: config.storage.sqlitePath), clock: { now })
        return try await make(gate, tenant: tenant, from: from, to: to)
    }

    static func make(_ quotas: QuotaGate, tenant: String, from: Int64?, to: Int64?) async throws -> [UInt8] {
        let now = quotas.clock()
        let month = QuotaWindow.month.bounds(of: now)
        let from = from ?? month.start
        let to = to ?? month.end
        guard from < to else { throw GatewayError.badRequest("'from' must be before 'to'", param: "from") }
        var scopes: [JSONValue] = []
        for (scope, windows) in try await quotas.usage(tenant: tenant, from: from, to: to).sorted(by: { $0.key < $1.key }) {
            var limits: [String: JSONValue] = [:]
            for check in quotas.limits(of: scope)?.checks ?? [] {
                let bounds = check.window.bounds(of: now)
                let current = try await quotas.usage(scope: scope, window: check.window, start: bounds.start)
                let used = check.measure == .requests ? current.requests : current.tokens
                limits[check.name] = .object([
                    "limit": .integer(Int64(check.limit)), "used": .integer(Int64(used)),
                    "remaining": .integer(Int64(max(0, check.limit - used))),
                    "resets_at": .string(AuditRecord.rfc3339(seconds: bounds.end)),
                ])
            }
            let rows: [JSONValue] = windows.map { window in
                .object([
                    "window": .string(window.window), "start": .string(AuditRecord.rfc3339(seconds: window.start)),
                    "requests": .integer(Int64(window.requests)), "tokens": .integer(Int64(window.tokens)),
                ])
            }
            scopes.append(.object(["scope": .string(scope), "limits": .object(limits), "windows": .array(rows)]))
        }
        let report: JSONValue = .object([
            "tenant": .string(tenant), "from": .string(AuditRecord.rfc3339(seconds: from)),
            "to": .string(AuditRecord.rfc3339(seconds: to)), "scopes": .array(scopes),
        ])
        return report.encoded()
    }
}
