// SPDX-License-Identifier: Apache-2.0

import CustosLedger
import CustosProviders
import Foundation
import HTTPTypes
import Hummingbird
import NIOCore

/// The admin API: an agency's administrators (principals the policy lets do
/// `Action::"administer"` on `Agency::"<tenant>"`; in the default set, those with the `admin`
/// role, for their own agency only) manage its API keys and read its usage.
///
/// - `GET /admin/usage?tenant=T[&from=&to=]`: requests and tokens per scope (the tenant, and each
///   of its principals with quotas) in the windows starting between `from` and `to` (RFC 3339 or
///   epoch seconds; by default the current month), and for each configured limit its current
///   window's use and what remains.
/// - `GET /admin/keys?tenant=T`: the tenant's keys (never their secrets).
/// - `POST /admin/keys` `{"tenant", "principal", "expires_in"?, "label"?}`: a new key, shown once.
/// - `DELETE /admin/keys/{id}`: revokes a key of a tenant the caller administers.
///
/// Every key created or revoked through it is recorded in the ledger (`ADMIN` records: who did
/// what to which key, never the secret); a change that cannot be recorded is not made (503).
struct AdminRoutes: Sendable {
    let authenticator: Authenticator
    let policy: PolicyDecisionPoint
    let keys: APIKeyStore
    let quotas: QuotaGate
    let config: GatewayConfig
    let ledger: AuditLedger

    func register(on router: Router<GatewayRequestContext>) {
        router.get("/admin/usage") { request, context in try await usage(request, context) }
        router.get("/admin/keys") { request, context in try await listKeys(request, context) }
        router.post("/admin/keys") { request, context in try await createKey(request, context) }
        router.delete("/admin/keys/{id}") { request, context in try await revokeKey(request, context) }
    }

    /// The caller, if it may administer `tenant`; 404 for a tenant it may not see (so tenant names
    /// do not leak), 403 for its own tenant without the right.
    private func administrator(_ request: Request, _ context: GatewayRequestContext, tenant: String) async throws -> Principal {
        let principal = try await authenticator.authenticate(request, context)
        guard policy.mayAdminister(principal, tenant: tenant) else {
            if principal.tenant != tenant || config.tenant(tenant) == nil {
                throw GatewayError(status: .notFound, type: "invalid_request_error", code: "tenant_not_found", message: "No tenant '\(tenant)'.")
            }
            throw GatewayError(
                status: .forbidden,
                type: "invalid_request_error",
                code: "policy_denied",
                message: "Policy does not let this key administer tenant '\(tenant)'."
            )
        }
        guard config.tenant(tenant) != nil else {
            throw GatewayError(status: .notFound, type: "invalid_request_error", code: "tenant_not_found", message: "No tenant '\(tenant)'.")
        }
        return principal
    }

    private static func tenantParameter(_ request: Request) throws -> String {
        guard let tenant = request.uri.queryParameters.get("tenant"), !tenant.isEmpty else {
            throw GatewayError.badRequest("Give the tenant: ?tenant=ID", param: "tenant")
        }
        return tenant
    }

    func usage(_ request: Request, _ context: GatewayRequestContext) async throws -> Response {
        let tenant = try Self.tenantParameter(request)
        _ = try await administrator(request, context, tenant: tenant)
        let from = try Self.time(request, "from")
        let to = try Self.time(request, "to")
        let body: [UInt8]
        do {
            body = try await QuotaUsageReport.make(quotas, tenant: tenant, from: from, to: to)
        } catch let error as GatewayError {
            throw error
        } catch {
            throw GatewayError.storageUnavailable("quota counters: \(error)")
        }
        return JSONResponse.make(status: .ok, body: body)
    }

    func listKeys(_ request: Request, _ context: GatewayRequestContext) async throws -> Response {
        let tenant = try Self.tenantParameter(request)
        _ = try await administrator(request, context, tenant: tenant)
        let records: [APIKeyRecord]
        do { records = try keys.list(tenant: tenant) } catch { throw GatewayError.storageUnavailable("\(error)") }
        let body: JSONValue = .object(["tenant": .string(tenant), "keys": .array(records.map(Self.json))])
        return JSONResponse.make(status: .ok, body: body.encoded())
    }

    func createKey(_ request: Request, _ context: GatewayRequestContext) async throws -> Response {
        let bytes = Array(try await request.body.collect(upTo: 64 * 1024).readableBytesView)
        guard let object = JSONValue.parse(bytes)?.object else { throw GatewayError.badRequest("The body must be a JSON object.") }
        guard let tenant = object["tenant"]?.string else { throw GatewayError.badRequest("'tenant' is required", param: "tenant") }
        let admin = try await administrator(request, context, tenant: tenant)
        guard let principal = object["principal"]?.string, config.tenant(tenant)?.principal(principal) != nil else {
            throw GatewayError.badRequest("'principal' must name a principal of tenant '\(tenant)'", param: "principal")
        }
        var expiresAt: Date?
        if let text = object["expires_in"]?.string {
            guard let duration = DurationParser.parse(text) else {
                throw GatewayError.badRequest("'expires_in' must be a duration such as 90d or 12h", param: "expires_in")
            }
            expiresAt = Date().addingTimeInterval(Double(duration.components.seconds))
        }
        let (key, record): (APIKey, APIKeyRecord)
        do {
            (key, record) = try keys.create(tenant: tenant, principal: principal, expiresAt: expiresAt, label: object["label"]?.string)
        } catch {
            throw GatewayError.storageUnavailable("\(error)")
        }
        do {
            try await self.record("keys.create", key: record, by: admin, context)
        } catch {
            // Not recorded, so not made: the key is revoked before anyone has seen it.
            _ = try? keys.revoke(id: record.id)
            throw error
        }
        var body = Self.json(record).object ?? [:]
        body["key"] = .string(key.secret)
        return JSONResponse.make(status: .created, body: JSONValue.object(body).encoded())
    }

    func revokeKey(_ request: Request, _ context: GatewayRequestContext) async throws -> Response {
        let id = context.parameters.get("id") ?? ""
        let principal = try await authenticator.authenticate(request, context)
        let found: APIKeyRecord?
        do { found = try keys.record(id: id) } catch { throw GatewayError.storageUnavailable("\(error)") }
        // A key of a tenant the caller may not administer is reported as missing.
        guard let record = found, policy.mayAdminister(principal, tenant: record.tenant) else {
            throw GatewayError(status: .notFound, type: "invalid_request_error", code: "key_not_found", message: "No key '\(id)'.")
        }
        // Recorded first: a revocation the ledger cannot hold is not made.
        try await self.record("keys.revoke", key: record, by: principal, context)
        do { _ = try keys.revoke(id: id) } catch { throw GatewayError.storageUnavailable("\(error)") }
        return JSONResponse.make(status: .ok, body: JSONValue.object(["id": .string(id), "revoked": .bool(true)]).encoded())
    }

    /// Records an administrative change in the ledger: the action, the key (id, tenant, principal,
    /// expiry; never the secret) and who made it.
    private func record(_ action: String, key: APIKeyRecord, by principal: Principal, _ context: GatewayRequestContext) async throws {
        let change: LedgerValue = .object([
            "action": .string(action),
            "key": .object([
                "id": .string(key.id), "tenant": .string(key.tenant), "principal": .string(key.principal),
                "expires_at": .optional(key.expiresAt.map { AuditRecord.rfc3339(seconds: Int64($0.timeIntervalSince1970)) }),
            ]),
        ])
        try await ledger.record(
            AuditRecord.admin(
                AuditRecord.PrincipalAction(
                    requestID: context.id,
                    instance: config.server.instanceID,
                    sourceAddress: context.remoteAddress,
                    principal: principal,
                    policySet: policy.policies.digest
                ),
                change: change
            )
        )
    }

    static func json(_ record: APIKeyRecord) -> JSONValue {
        .object([
            "id": .string(record.id), "tenant": .string(record.tenant), "principal": .string(record.principal),
            "created_at": .string(AuditRecord.rfc3339(seconds: Int64(record.createdAt.timeIntervalSince1970))),
            "expires_at": record.expiresAt.map { .string(AuditRecord.rfc3339(seconds: Int64($0.timeIntervalSince1970))) } ?? .null,
            "revoked_at": record.revokedAt.map { .string(AuditRecord.rfc3339(seconds: Int64($0.timeIntervalSince1970))) } ?? .null,
            "label": record.label.map(JSONValue.string) ?? .null,
        ])
    }

    /// A query time as epoch seconds: RFC 3339 (`2026-11-01T00:00:00Z`) or a number of seconds.
    static func time(_ request: Request, _ name: String) throws -> Int64? {
        guard let text = request.uri.queryParameters.get(name) else { return nil }
        if let seconds = Int64(text) { return seconds }
        let formatter = ISO8601DateFormatter()
        if let date = formatter.date(from: text) { return Int64(date.timeIntervalSince1970) }
        throw GatewayError.badRequest("'\(name)' must be RFC 3339 (2026-11-01T00:00:00Z) or epoch seconds", param: name)
    }
}
