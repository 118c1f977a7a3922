// SPDX-License-Identifier: Apache-2.0

import Crypto
import Foundation

/// A Custos API key: the prefix `csk_` and 256 random bits in unpadded base64url (43 characters).
///
/// The key is shown once, when created; Custos stores only ``digest`` (SHA-256). The prefix lets
/// secret scanners recognise a leaked key, and a malformed bearer token is refused before any lookup.
public struct APIKey: Sendable, CustomStringConvertible {
    public static let prefix = "csk_"
    /// 32 bytes encode to 43 base64url characters without padding.
    static let encodedSecretLength = 43

    /// The whole secret, as the caller sends it in `Authorization: Bearer`.
    public let secret: String

    /// Draws a fresh key from the system's cryptographic random source.
    public static func generate() -> APIKey {
        var generator = SystemRandomNumberGenerator()
        let bytes = (0..<32).map { _ in UInt8.random(in: .min ... .max, using: &generator) }
        return APIKey(uncheckedSecret: prefix + Base64URL.encode(bytes))
    }

    /// Accepts a presented token only if it has the shape of a Custos key.
    public init?(presented token: String) {
        guard token.utf8.count == Self.prefix.utf8.count + Self.encodedSecretLength, token.hasPrefix(Self.prefix) else { return nil }
        let alphabet = token.utf8.dropFirst(Self.prefix.utf8.count)
        guard alphabet.allSatisfy(Self.isBase64URL) else { return nil }
        self.secret = token
    }

    private init(uncheckedSecret: String) {
        self.secret = uncheckedSecret
    }

    /// SHA-256 of the key's bytes: what the store keeps and looks up.
    public var digest: [UInt8] { Array(SHA256.hash(data: Array(secret.utf8))) }

    /// Never the secret.
    public var description: String { "csk_<redacted>" }

    static func isBase64URL(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "0")...UInt8(ascii: "9"),
            UInt8(ascii: "-"), UInt8(ascii: "_"):
            true
        default: false
        }
    }

}

/// Compares two byte strings in time that depends only on their lengths.
func constantTimeEqual(_ lhs: [UInt8], _ rhs: [UInt8]) -> Bool {
    guard lhs.count == rhs.count else { return false }
    var difference: UInt8 = 0
    for index in lhs.indices { difference |= lhs[index] ^ rhs[index] }
    return difference == 0
}
