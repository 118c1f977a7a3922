// SPDX-License-Identifier: Apache-2.0

import Crypto
import CryptoExtras
import CustosProviders
import Foundation

/// A public key from an issuer's JWKS (RFC 7517), of a kind a JWS algorithm can use.
///
/// Supported: RSA (`kty: RSA`, `n`, `e`; at least 2048 bits) for RS256 and PS256, EC P-256
/// (`kty: EC`, `crv: P-256`, `x`, `y`) for ES256, Ed25519 (`kty: OKP`, `crv: Ed25519`, `x`) for
/// EdDSA. Keys of other kinds, or marked `use: enc`, are left out of the set.
struct JSONWebKey: Sendable {
    enum Material: Sendable {
        case rsa(_RSA.Signing.PublicKey)
        case p256(P256.Signing.PublicKey)
        case ed25519(Curve25519.Signing.PublicKey)
    }

    let kid: String?
    /// The algorithm the key is restricted to, when the JWKS says.
    let alg: String?
    let material: Material

    /// Whether this key may check a signature made with `algorithm`.
    func fits(_ algorithm: String) -> Bool {
        if let alg, alg != algorithm { return false }
        switch (material, algorithm) {
        case (.rsa, "RS256"), (.rsa, "PS256"), (.p256, "ES256"), (.ed25519, "EdDSA"): return true
        default: return false
        }
    }

    /// Whether `signature` over `input` is valid under this key with `algorithm`.
    func verifies(_ signature: [UInt8], over input: [UInt8], algorithm: String) -> Bool {
        guard fits(algorithm) else { return false }
        switch material {
        case .rsa(let key):
            let padding: _RSA.Signing.Padding = algorithm == "PS256" ? .PSS : .insecurePKCS1v1_5
            return key.isValidSignature(_RSA.Signing.RSASignature(rawRepresentation: signature), for: SHA256.hash(data: input), padding: padding)
        case .p256(let key):
            guard let parsed = try? P256.Signing.ECDSASignature(rawRepresentation: signature) else { return false }
            return key.isValidSignature(parsed, for: SHA256.hash(data: input))
        case .ed25519(let key):
            return key.isValidSignature(signature, for: input)
        }
    }

    /// The usable signing keys of a JWKS document (`{"keys": [...]}`).
    static func set(from bytes: [UInt8]) -> [JSONWebKey] {
        guard let keys = JSONValue.parse(bytes)?["keys"]?.array else { return [] }
        return keys.compactMap(Self.init(jwk:))
    }

    init?(jwk: JSONValue) {
        guard jwk["use"]?.string ?? "sig" == "sig" else { return nil }
        kid = jwk["kid"]?.string
        alg = jwk["alg"]?.string
        func bytes(_ name: String) -> [UInt8]? { jwk[name]?.string.flatMap(Base64URL.decode) }
        switch jwk["kty"]?.string {
        case "RSA":
            guard let n = bytes("n"), let e = bytes("e"), n.count >= 256,
                let key = try? _RSA.Signing.PublicKey(n: n, e: e)
            else { return nil }
            material = .rsa(key)
        case "EC":
            guard jwk["crv"]?.string == "P-256", let x = bytes("x"), let y = bytes("y"), x.count == 32, y.count == 32,
                let key = try? P256.Signing.PublicKey(rawRepresentation: x + y)
            else { return nil }
            material = .p256(key)
        case "OKP":
            guard jwk["crv"]?.string == "Ed25519", let x = bytes("x"), let key = try? Curve25519.Signing.PublicKey(rawRepresentation: x) else {
                return nil
            }
            material = .ed25519(key)
        default:
            return nil
        }
    }
}

/// Base64url without padding (RFC 7515 § 2), strictly: any other character is refused.
enum Base64URL {
    static func decode(_ text: String) -> [UInt8]? {
        var standard = ""
        standard.reserveCapacity(text.utf8.count + 3)
        for character in text.unicodeScalars {
            switch character {
            case "A"..."Z", "a"..."z", "0"..."9": standard.unicodeScalars.append(character)
            case "-": standard.append("+")
            case "_": standard.append("/")
            default: return nil
            }
        }
        switch standard.utf8.count % 4 {
        case 2: standard += "=="
        case 3: standard += "="
        case 1: return nil
        default: break
        }
        return Data(base64Encoded: standard).map(Array.init)
    }

    static func encode(_ bytes: some Sequence<UInt8>) -> String {
        Data(bytes).base64EncodedString().replacingOccurrences(of: "+", with: "-").replacingOccurrences(of: "/", with: "_")
            .replacingOccurrences(of: "=", with: "")
    }
}
