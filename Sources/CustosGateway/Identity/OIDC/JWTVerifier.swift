// SPDX-License-Identifier: Apache-2.0

import CustosProviders
import Foundation

/// Why a bearer token was refused. The message is for the operator's log; the caller only ever
/// learns that the token is not valid.
struct JWTError: Error, Sendable, Equatable, CustomStringConvertible {
    let reason: String
    init(_ reason: String) { self.reason = reason }
    var description: String { reason }
}

/// A compact JWS (RFC 7515) split into its parts, nothing trusted yet.
struct CompactJWT: Sendable {
    let header: [String: JSONValue]
    let claims: [String: JSONValue]
    /// `base64url(header) "." base64url(payload)`: the bytes the signature covers.
    let signingInput: [UInt8]
    let signature: [UInt8]

    /// Whether `text` has the shape of a compact JWS (three base64url parts), to tell tokens from
    /// API keys (`csk_…`, which never contain a dot).
    static func looksLikeJWT(_ text: String) -> Bool {
        text.utf8.count > 16 && text.utf8.filter { $0 == UInt8(ascii: ".") }.count == 2 && text.hasPrefix("eyJ")
    }

    init(_ text: String) throws(JWTError) {
        let parts = text.split(separator: ".", omittingEmptySubsequences: false)
        guard parts.count == 3 else { throw JWTError("not a compact JWS (\(parts.count) parts)") }
        guard let headerBytes = Base64URL.decode(String(parts[0])), let header = JSONValue.parse(headerBytes)?.object else {
            throw JWTError("the header is not base64url JSON")
        }
        guard let payloadBytes = Base64URL.decode(String(parts[1])), let claims = JSONValue.parse(payloadBytes)?.object else {
            throw JWTError("the payload is not base64url JSON")
        }
        guard let signature = Base64URL.decode(String(parts[2])), !signature.isEmpty else {
            throw JWTError("the signature is missing or not base64url")
        }
        self.header = header
        self.claims = claims
        self.signingInput = Array(parts[0].utf8) + [UInt8(ascii: ".")] + Array(parts[1].utf8)
        self.signature = signature
    }
}

/// Checks a bearer JWT for one configured issuer, as RFC 7519 and OpenID Connect Core § 3.1.3.7
/// ask: a signature by one of the issuer's keys with an allowed asymmetric algorithm, then
/// `iss`, `aud`, `exp`, `nbf` and `iat`.
///
/// Refused, whatever the keys: `alg: none` and every HMAC algorithm (a public key used as an HMAC
/// secret is the classic confusion attack), algorithms not in the allow-list, a `crit` header,
/// a key whose type or `alg` does not match the header's `alg`, a missing `exp`, and clock
/// differences beyond the skew. `kid` is only ever a lookup key into the issuer's own set.
struct JWTVerifier: Sendable {
    let issuer: String
    let audiences: Set<String>
    let algorithms: Set<String>
    let skew: TimeInterval

    /// The only algorithms Custos accepts at all; configuration narrows them.
    static let supportedAlgorithms: Set<String> = ["RS256", "PS256", "ES256", "EdDSA"]

    /// The token's verified claims.
    /// - Parameter keys: the issuer's keys for a `kid` (all of them when the header has none).
    func verify(_ token: CompactJWT, keys: [JSONWebKey], now: Date) throws(JWTError) -> [String: JSONValue] {
        guard let algorithm = token.header["alg"]?.string else { throw JWTError("no alg in the header") }
        guard algorithm != "none", !algorithm.hasPrefix("HS") else { throw JWTError("alg \(algorithm) is never accepted") }
        guard algorithms.contains(algorithm), Self.supportedAlgorithms.contains(algorithm) else {
            throw JWTError("alg \(algorithm) is not allowed for \(issuer)")
        }
        if let critical = token.header["crit"], critical != .array([]) { throw JWTError("unsupported crit header") }
        let candidates = keys.filter { $0.fits(algorithm) }
        guard !candidates.isEmpty else { throw JWTError("no key of \(issuer) fits kid \(token.header["kid"]?.string ?? "-") and alg \(algorithm)") }
        guard candidates.contains(where: { $0.verifies(token.signature, over: token.signingInput, algorithm: algorithm) }) else {
            throw JWTError("bad signature")
        }
        let claims = token.claims
        guard claims["iss"]?.string == issuer else { throw JWTError("iss is not \(issuer)") }
        let audience: [String] =
            switch claims["aud"] {
            case .string(let single): [single]
            case .array(let list): list.compactMap(\.string)
            default: []
            }
        guard audience.contains(where: audiences.contains) else { throw JWTError("aud does not name this gateway") }
        let time = now.timeIntervalSince1970
        guard let expiry = claims["exp"]?.double else { throw JWTError("no exp") }
        guard time < expiry + skew else { throw JWTError("expired") }
        if let notBefore = claims["nbf"]?.double, time + skew < notBefore { throw JWTError("not yet valid") }
        if let issuedAt = claims["iat"]?.double, time + skew < issuedAt { throw JWTError("issued in the future") }
        return claims
    }
}
