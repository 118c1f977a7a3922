// SPDX-License-Identifier: Apache-2.0

import AsyncHTTPClient
import CustosProviders
import Foundation
import NIOCore
import NIOHTTP1
import Synchronization

/// One trusted OpenID Connect issuer as configured (`identity.oidc[]`): who it is, which tokens
/// of it Custos accepts, and how their claims map to a principal.
public struct OIDCIssuerConfig: Sendable, Equatable {
    /// Exactly the `iss` its tokens carry, e.g. `https://login.microsoftonline.us/<tenant>/v2.0`.
    public var issuer: String
    /// Accepted `aud` values; a token must name one of them.
    public var audiences: [String]
    /// Allowed JWS algorithms (of RS256, PS256, ES256, EdDSA).
    public var algorithms: [String] = ["RS256", "ES256"]
    /// Where its keys are; by default from its discovery document
    /// (`<issuer>/.well-known/openid-configuration`).
    public var jwksURI: String?
    /// Clock difference tolerated on `exp`, `nbf`, `iat`.
    public var clockSkew: Duration = .seconds(60)
    /// The tenant every principal of this issuer belongs to, or (``tenantClaim``) the claim naming it.
    public var tenant: String?
    public var tenantClaim: String?
    /// The claim that is the principal's id.
    public var principalClaim = "sub"
    /// Claims holding the clearance (a classification name), roles (a list: e.g. `groups`) and
    /// compartments (a list).
    public var clearanceClaim: String?
    public var rolesClaim: String?
    public var compartmentsClaim: String?
}

/// A configured issuer at run time: its verifier and its cached keys.
///
/// Keys are fetched on first use and kept for an hour (or the JWKS answer's `max-age`); a token
/// with a `kid` the cache does not know triggers a refresh at most every 30 seconds, so rotation
/// works and a flood of made-up `kid`s cannot turn into a flood of fetches. Concurrent refreshes
/// share one fetch. The keys are read without waiting on anything once fetched.
final class OIDCIssuer: Sendable {
    let config: OIDCIssuerConfig
    let verifier: JWTVerifier
    private let client: HTTPClient
    private let state = Mutex<KeyState>(KeyState())
    private let fetcher: KeyFetcher

    static let defaultLifetime: TimeInterval = 3600
    /// The least time between two fetches prompted by unknown `kid`s.
    let minimumRefreshInterval: TimeInterval

    struct KeyState: Sendable {
        var keys: [JSONWebKey] = []
        var fetchedAt: Date?
        var lifetime: TimeInterval = OIDCIssuer.defaultLifetime
    }

    init(config: OIDCIssuerConfig, client: HTTPClient, minimumRefreshInterval: TimeInterval = 30) {
        self.config = config
        self.minimumRefreshInterval = minimumRefreshInterval
        self.client = client
        self.verifier = JWTVerifier(
            issuer: config.issuer,
            audiences: Set(config.audiences),
            algorithms: Set(config.algorithms),
            skew: Double(config.clockSkew.components.seconds)
        )
        self.fetcher = KeyFetcher()
    }

    /// The issuer's keys for `kid` (all keys when `nil`), refreshing as described above.
    func keys(kid: String?, now: Date) async throws(JWTError) -> [JSONWebKey] {
        let current = state.withLock { $0 }
        let stale = current.fetchedAt.map { now.timeIntervalSince($0) > current.lifetime } ?? true
        var keys = current.keys
        if stale {
            keys = try await refresh(now: now)
        }
        var matching = keys.filter { kid == nil || $0.kid == kid }
        if matching.isEmpty, !stale, let fetchedAt = state.withLock({ $0.fetchedAt }),
            now.timeIntervalSince(fetchedAt) >= minimumRefreshInterval
        {
            keys = try await refresh(now: now)
            matching = keys.filter { kid == nil || $0.kid == kid }
        }
        return matching
    }

    private func refresh(now: Date) async throws(JWTError) -> [JSONWebKey] {
        do {
            let (keys, lifetime) = try await fetcher.fetch { try await self.download() }
            state.withLock { $0 = KeyState(keys: keys, fetchedAt: now, lifetime: lifetime) }
            return keys
        } catch let error as JWTError {
            throw error
        } catch {
            throw JWTError("keys of \(config.issuer) could not be fetched: \(error)")
        }
    }

    /// Fetches the JWKS (through discovery unless `jwks_uri` is configured).
    private func download() async throws -> ([JSONWebKey], TimeInterval) {
        var uri = config.jwksURI
        if uri == nil {
            let discoveryURL =
                config.issuer.hasSuffix("/")
                ? config.issuer + ".well-known/openid-configuration"
                : config.issuer + "/.well-known/openid-configuration"
            let (body, _) = try await get(discoveryURL)
            guard let document = JSONValue.parse(body) else { throw JWTError("the discovery document of \(config.issuer) is not JSON") }
            // OpenID Connect Discovery § 4.3: the document must name the same issuer.
            guard document["issuer"]?.string == config.issuer else { throw JWTError("the discovery document names another issuer") }
            uri = document["jwks_uri"]?.string
        }
        guard let uri else { throw JWTError("\(config.issuer) publishes no jwks_uri") }
        let (body, headers) = try await get(uri)
        let keys = JSONWebKey.set(from: body)
        guard !keys.isEmpty else { throw JWTError("the JWKS of \(config.issuer) holds no usable signing key") }
        var lifetime = Self.defaultLifetime
        if let cacheControl = headers.first(name: "cache-control"),
            let maxAge = cacheControl.split(separator: ",").map({ $0.trimmingCharacters(in: .whitespaces) }).first(where: { $0.hasPrefix("max-age=") }
            ),
            let seconds = TimeInterval(maxAge.dropFirst("max-age=".count))
        {
            lifetime = min(max(seconds, 30), 86_400)
        }
        return (keys, lifetime)
    }

    private func get(_ url: String) async throws -> ([UInt8], HTTPHeaders) {
        var request = HTTPClientRequest(url: url)
        request.headers.add(name: "Accept", value: "application/json")
        let response = try await client.execute(request, timeout: .seconds(10))
        guard response.status == .ok else { throw JWTError("\(url) answered \(response.status.code)") }
        return (Array(try await response.body.collect(upTo: 1024 * 1024).readableBytesView), response.headers)
    }

    /// Verifies `token` (whose unverified `iss` named this issuer) and maps its claims.
    func principal(from token: CompactJWT, config gateway: GatewayConfig, now: Date) async throws(JWTError) -> Principal {
        let keys = try await keys(kid: token.header["kid"]?.string, now: now)
        let claims = try verifier.verify(token, keys: keys, now: now)
        guard let id = claims[config.principalClaim]?.string, !id.isEmpty else { throw JWTError("no \(config.principalClaim) claim") }
        guard let tenant = config.tenant ?? config.tenantClaim.flatMap({ claims[$0]?.string }), gateway.tenant(tenant) != nil else {
            throw JWTError("the token names no tenant this gateway has")
        }
        func list(_ claim: String?) -> [String] {
            guard let claim else { return [] }
            switch claims[claim] {
            case .string(let single): return [single]
            case .array(let items): return items.compactMap(\.string)
            default: return []
            }
        }
        var clearance = Classification.unclassified
        if let claim = config.clearanceClaim, let value = claims[claim]?.string {
            guard let parsed = Classification(rawValue: value.lowercased()) ?? Classification(marking: value) else {
                throw JWTError("clearance claim `\(value)` is not a classification")
            }
            clearance = parsed
        }
        return Principal(
            tokenSubject: id,
            tenant: tenant,
            clearance: clearance,
            roles: list(config.rolesClaim),
            compartments: list(config.compartmentsClaim),
            issuer: config.issuer
        )
    }
}

/// Shares one key fetch among concurrent callers.
actor KeyFetcher {
    private var running: Task<([JSONWebKey], TimeInterval), any Error>?

    func fetch(_ body: @escaping @Sendable () async throws -> ([JSONWebKey], TimeInterval)) async throws -> ([JSONWebKey], TimeInterval) {
        if let running { return try await running.value }
        let task = Task { try await body() }
        running = task
        defer { running = nil }
        return try await task.value
    }
}
