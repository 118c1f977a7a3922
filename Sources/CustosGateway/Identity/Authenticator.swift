// SPDX-License-Identifier: Apache-2.0

import CustosProviders
import Foundation
import HTTPTypes
import Hummingbird

/// Turns an `Authorization` header into a ``Principal``, or a 401.
///
/// Accepts `Bearer <key>` (scheme case-insensitive, per RFC 9110 § 11.1). A key that is malformed,
/// unknown, revoked or expired, or whose principal is no longer in the configuration, gets the
/// same 401 message, so a caller cannot tell which; the reason goes to the operational log only.
/// If the key store cannot be read, the answer is 503: Custos fails closed. Confirmed keys are
/// remembered for `server.key_cache` (``VerifiedKeyCache``).
struct Authenticator: Sendable {
    let keys: APIKeyStore
    let config: GatewayConfig
    let cache: VerifiedKeyCache
    /// Trusted OIDC issuers by `iss`.
    var issuers: [String: OIDCIssuer] = [:]

    /// Why authentication failed, for the operator's log (never sent to the caller).
    enum Failure: String {
        case missingHeader = "no Authorization header"
        case notBearer = "Authorization is not a Bearer token"
        case malformedKey = "bearer token is not a Custos key"
        case unknownKey = "key is unknown, revoked or expired"
        case unknownPrincipal = "key's principal is not in the configuration"
        case unknownIssuer = "token's issuer is not configured"
        case revokedCertificate = "client certificate is revoked by configuration"
    }

    /// The caller of `request`. A verified TLS client certificate that names a configured principal
    /// identifies the caller (an OpenAI SDK's `api_key` is then a placeholder); a revoked one is
    /// refused; otherwise the `Authorization` header (API key or token) does.
    func authenticate(_ request: Request, _ context: GatewayRequestContext, now: Date = Date()) async throws(GatewayError) -> Principal {
        if (config.server.tls?.clientCertificates ?? .none) != .none, let certificate = await context.clientCertificate() {
            if let principal = try authenticate(certificate: certificate) { return principal }
        }
        return try await authenticate(authorization: request.headers[.authorization], now: now)
    }

    /// The principal a verified client certificate names (`principals[].certificates`), `nil`
    /// when it names none.
    func authenticate(certificate: ClientCertificate) throws(GatewayError) -> Principal? {
        if config.server.tls?.revokedFingerprints.contains(certificate.fingerprint) == true {
            throw .unauthenticated(Failure.revokedCertificate.rawValue, hint: .invalid)
        }
        for tenant in config.tenants {
            for principal in tenant.principals where principal.certificates.contains(where: certificate.matches) {
                return Principal(tenant: tenant, principal: principal, authMethod: .mtls, credentialID: "sha256:" + certificate.fingerprint)
            }
        }
        return nil
    }

    /// The credential of an `Authorization: Bearer <credential>` header (scheme case-insensitive),
    /// `nil` for any other scheme.
    static func bearerCredential(_ authorization: String) -> String? {
        let parts = authorization.split(separator: " ", maxSplits: 1, omittingEmptySubsequences: true)
        guard parts.count == 2, parts[0].lowercased() == "bearer" else { return nil }
        return parts[1].trimmingCharacters(in: .whitespaces)
    }

    func authenticate(authorization: String?, now: Date = Date()) async throws(GatewayError) -> Principal {
        guard let authorization else { throw .unauthenticated(Failure.missingHeader.rawValue, hint: .missing) }
        guard let credential = Self.bearerCredential(authorization) else { throw .unauthenticated(Failure.notBearer.rawValue, hint: .invalid) }
        // A JWT has three base64url parts; a Custos key is `csk_` and has none: no ambiguity.
        if !issuers.isEmpty, CompactJWT.looksLikeJWT(credential) {
            return try await authenticate(token: credential, now: now)
        }
        return try authenticate(key: credential, now: now)
    }

    /// Verifies an OIDC bearer token with the issuer it names (only configured issuers, each
    /// with its own keys).
    func authenticate(token: String, now: Date) async throws(GatewayError) -> Principal {
        let parsed: CompactJWT
        do { parsed = try CompactJWT(token) } catch { throw .unauthenticated("token: \(error)", hint: .invalid) }
        guard let iss = parsed.claims["iss"]?.string, let issuer = issuers[iss] else {
            throw .unauthenticated(Failure.unknownIssuer.rawValue, hint: .invalid)
        }
        do {
            return try await issuer.principal(from: parsed, config: config, now: now)
        } catch {
            throw .unauthenticated("token from \(iss): \(error)", hint: .invalid)
        }
    }

    func authenticate(key credential: String, now: Date) throws(GatewayError) -> Principal {
        guard let key = APIKey(presented: credential) else {
            throw .unauthenticated(Failure.malformedKey.rawValue, hint: .invalid)
        }
        let digest = Data(key.digest)
        var record = cache.record(for: digest)
        if record == nil {
            do {
                record = try keys.authenticate(key, now: now)
            } catch {
                throw .storageUnavailable("cannot read API keys: \(error)")
            }
            if let record { cache.remember(record, for: digest) }
        }
        guard let record, record.isUsable(at: now) else { throw .unauthenticated(Failure.unknownKey.rawValue, hint: .invalid) }
        guard let tenant = config.tenant(record.tenant), let principal = tenant.principal(record.principal) else {
            throw .unauthenticated(Failure.unknownPrincipal.rawValue, hint: .invalid)
        }
        return Principal(tenant: tenant, principal: principal, authMethod: .apiKey, credentialID: record.id)
    }
}
