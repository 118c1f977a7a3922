// SPDX-License-Identifier: Apache-2.0

public import Crypto
import Foundation

/// An Ed25519 note verifier key, in the text form transparency-log tools exchange:
/// `<name>+<8 hex digits of key ID>+<base64(0x01 || 32-byte public key)>`.
///
/// From c2sp.org/signed-note: "key ID = SHA-256(key name || 0x0A || 0x01 || 32-byte Ed25519
/// public key)[:4]". Parsing checks that the key ID in the string matches the key.
public struct NoteVerifierKey: Sendable, Equatable {
    /// Signature type byte for Ed25519 (c2sp.org/signed-note, "Signature types").
    public static let ed25519Type: UInt8 = 0x01

    public let name: String
    public let keyID: UInt32
    public let publicKey: [UInt8]

    public init(name: String, publicKey: Curve25519.Signing.PublicKey) throws(NoteError) {
        guard Self.isValidName(name) else { throw .invalidKey("key name `\(name)` is empty or contains a space or `+`") }
        self.name = name
        self.publicKey = Array(publicKey.rawRepresentation)
        self.keyID = Self.keyID(name: name, publicKey: self.publicKey)
    }

    /// Parses `name+hash+base64`.
    public init(parsing text: String) throws(NoteError) {
        // The base64 key may itself contain `+`: split off the fixed fields only.
        let parts = text.split(separator: "+", maxSplits: 2, omittingEmptySubsequences: false)
        guard parts.count == 3, let id = UInt32(parts[1], radix: 16), parts[1].count == 8 else {
            throw .invalidKey("expected `name+hash+key`")
        }
        guard let decoded = Data(base64Encoded: String(parts[2])), decoded.count == 33, decoded.first == Self.ed25519Type,
            (try? Curve25519.Signing.PublicKey(rawRepresentation: decoded.dropFirst())) != nil
        else {
            throw .invalidKey("not an Ed25519 key (type byte 0x01 and 32 bytes)")
        }
        let name = String(parts[0])
        guard Self.isValidName(name) else { throw .invalidKey("key name `\(name)` is empty or contains a space or `+`") }
        let key = Array(decoded.dropFirst())
        guard Self.keyID(name: name, publicKey: key) == id else { throw .invalidKey("key ID does not match the key") }
        self.name = name
        self.keyID = id
        self.publicKey = key
    }

    /// The key in `name+hash+base64` form.
    public var text: String {
        name + "+" + String(format: "%08x", keyID) + "+" + Data([Self.ed25519Type] + publicKey).base64EncodedString()
    }

    /// Whether `signature` is this key's Ed25519 signature (RFC 8032) over `text`.
    public func isValidSignature(_ signature: [UInt8], for text: String) -> Bool {
        guard let key = try? Curve25519.Signing.PublicKey(rawRepresentation: publicKey) else { return false }
        return key.isValidSignature(signature, for: Array(text.utf8))
    }

    static func keyID(name: String, publicKey: [UInt8]) -> UInt32 {
        let digest = Array(SHA256.hash(data: Array(name.utf8) + [0x0A, ed25519Type] + publicKey))
        return digest[0..<4].reduce(0) { $0 << 8 | UInt32($1) }
    }

    /// "Key names MUST be non-empty and MUST NOT contain any Unicode spaces or plus (U+002B)."
    static func isValidName(_ name: String) -> Bool {
        !name.isEmpty && !name.unicodeScalars.contains { $0 == "+" || $0.properties.isWhitespace }
    }
}
