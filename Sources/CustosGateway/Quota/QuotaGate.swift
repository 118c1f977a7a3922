// SPDX-License-Identifier: Apache-2.0

import CustosProviders
import Foundation

/// Applies the configured quotas to calls: the tenant's and the principal's limits together.
///
/// A call is admitted only if every limit of both scopes allows it (``QuotaStore`` guarantees the
/// check and the charge are one atomic step); otherwise the caller gets 429 with `Retry-After`
/// (the end of the full window) and the refusal is recorded. Principals and tenants without
/// `quotas` cost nothing here.
struct QuotaGate: Sendable {
    private let limits: [String: QuotaLimits]
    private let store: QuotaStore?
    /// Now, for the windows.
    let clock: @Sendable () -> Date

    /// Completion tokens reserved for a call that sets no `max_tokens` / `max_completion_tokens`.
    static let defaultCompletionReservation = 1024

    init(config: GatewayConfig, store: QuotaStore?, clock: @escaping @Sendable () -> Date = Date.init) {
        self.clock = clock
        var limits: [String: QuotaLimits] = [:]
        for tenant in config.tenants {
            if !tenant.quotas.isEmpty { limits[Self.scope(tenant: tenant.id)] = tenant.quotas }
            for principal in tenant.principals where !principal.quotas.isEmpty {
                limits[Self.scope(tenant: tenant.id, principal: principal.id)] = principal.quotas
            }
        }
        self.limits = limits
        self.store = limits.isEmpty ? nil : store
    }

    /// Whether any quota is configured at all (the store is opened only then).
    static func isConfigured(_ config: GatewayConfig) -> Bool {
        config.tenants.contains { !$0.quotas.isEmpty || $0.principals.contains { !$0.quotas.isEmpty } }
    }

    static func scope(tenant: String) -> String { "tenant:\(tenant)" }
    static func scope(tenant: String, principal: String) -> String { "principal:\(tenant)/\(principal)" }

    /// Charges the call to `principal`'s quotas, or refuses it.
    /// - Returns: the reservation to settle, or `nil` when no quota applies.
    /// - Throws: ``GatewayError`` 429 `quota_exceeded`, or 503 when the counters cannot be read.
    func admit(_ principal: Principal, estimatedTokens: Int) async throws(GatewayError) -> QuotaReservation? {
        let now = clock()
        guard let store else { return nil }
        var scopes: [(scope: String, limits: QuotaLimits)] = []
        for scope in [Self.scope(tenant: principal.tenant), Self.scope(tenant: principal.tenant, principal: principal.id)] {
            if let found = limits[scope] { scopes.append((scope, found)) }
        }
        guard !scopes.isEmpty else { return nil }
        do {
            return try await store.reserve(scopes, tokens: estimatedTokens, now: now)
        } catch let exceeded as QuotaExceeded {
            throw .quotaExceeded(exceeded)
        } catch {
            // Fail closed: a limit that cannot be checked is not waived.
            throw .storageUnavailable("quota counters: \(error)")
        }
    }

    /// Replaces a reservation with the tokens really used. A failure here is logged by the caller;
    /// the call already happened and its record stands.
    func settle(_ reservation: QuotaReservation?, actualTokens: Int) async throws {
        guard let reservation, let store else { return }
        try await store.settle(reservation, actualTokens: actualTokens)
    }

    /// Usage of a tenant (and its principals) in the windows starting in `from ..< to`.
    func usage(tenant: String, from: Int64, to: Int64) async throws -> [String: [(window: String, start: Int64, requests: Int, tokens: Int)]] {
        guard let store else { return [:] }
        var result: [String: [(window: String, start: Int64, requests: Int, tokens: Int)]] = [:]
        for scope in limits.keys.sorted() where scope == Self.scope(tenant: tenant) || scope.hasPrefix("principal:\(tenant)/") {
            result[scope] = try await store.usage(scope: scope, from: from, to: to)
        }
        return result
    }

    /// The counters of one window of `scope` (zeros when it has none).
    func usage(scope: String, window: QuotaWindow, start: Int64) async throws -> (requests: Int, tokens: Int) {
        guard let store else { return (0, 0) }
        return try await store.usage(QuotaRow(scope: scope, window: window, start: start))
    }

    /// The limits of a scope, if any.
    func limits(of scope: String) -> QuotaLimits? { limits[scope] }

    /// A call's maximum: its body at four bytes a token (rounded up; JSON syntax counts too, so
    /// this over-estimates the prompt), plus its output limit (``defaultCompletionReservation`` when
    /// a chat sets none).
    static func estimate(bodyBytes: Int, outputTokenLimit: Int?) -> Int {
        (bodyBytes + 3) / 4 + (outputTokenLimit ?? defaultCompletionReservation)
    }
}
