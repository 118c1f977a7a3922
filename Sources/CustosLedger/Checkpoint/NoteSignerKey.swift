// SPDX-License-Identifier: Apache-2.0

import Crypto
import Foundation

/// An Ed25519 note signing key: `PRIVATE+KEY+<name>+<key ID hex>+<base64(0x01 || 32-byte seed)>`,
/// the form Go's `golang.org/x/mod/sumdb/note` and the transparency-log tools read.
///
/// Its ``description`` never shows the secret.
public struct NoteSignerKey: Sendable, CustomStringConvertible {
    public let verifierKey: NoteVerifierKey
    private let privateKey: Curve25519.Signing.PrivateKey

    /// A fresh key from the system's cryptographic random source.
    public static func generate(name: String) throws(NoteError) -> NoteSignerKey {
        let key = Curve25519.Signing.PrivateKey()
        return NoteSignerKey(verifierKey: try NoteVerifierKey(name: name, publicKey: key.publicKey), privateKey: key)
    }

    private init(verifierKey: NoteVerifierKey, privateKey: Curve25519.Signing.PrivateKey) {
        self.verifierKey = verifierKey
        self.privateKey = privateKey
    }

    /// Parses the `PRIVATE+KEY+...` form, checking the key ID against the derived public key.
    public init(parsing text: String) throws(NoteError) {
        // The base64 key may itself contain `+`: split off the fixed fields only.
        let parts = text.split(separator: "+", maxSplits: 4, omittingEmptySubsequences: false)
        guard parts.count == 5, parts[0] == "PRIVATE", parts[1] == "KEY", parts[3].count == 8, let id = UInt32(parts[3], radix: 16) else {
            throw .invalidKey("expected `PRIVATE+KEY+name+hash+key`")
        }
        guard let decoded = Data(base64Encoded: String(parts[4])), decoded.count == 33, decoded.first == NoteVerifierKey.ed25519Type,
            let key = try? Curve25519.Signing.PrivateKey(rawRepresentation: decoded.dropFirst())
        else {
            throw .invalidKey("not an Ed25519 private key (type byte 0x01 and a 32-byte seed)")
        }
        let verifier = try NoteVerifierKey(name: String(parts[2]), publicKey: key.publicKey)
        guard verifier.keyID == id else { throw .invalidKey("key ID does not match the key") }
        self.init(verifierKey: verifier, privateKey: key)
    }

    /// The secret key in `PRIVATE+KEY+...` form. Store it like any other secret.
    public var privateText: String {
        "PRIVATE+KEY+" + verifierKey.name + "+" + String(format: "%08x", verifierKey.keyID) + "+"
            + Data([NoteVerifierKey.ed25519Type] + Array(privateKey.rawRepresentation)).base64EncodedString()
    }

    public var name: String { verifierKey.name }

    /// Signs `text` (which must end with a newline) and returns the signature line's content.
    public func sign(_ text: String) throws(NoteError) -> NoteSignature {
        let signature: Data
        do {
            signature = try privateKey.signature(for: Array(text.utf8))
        } catch {
            throw .invalidKey("signing failed: \(error)")
        }
        return NoteSignature(keyName: verifierKey.name, keyID: verifierKey.keyID, signature: Array(signature))
    }

    /// Signs `text` into a complete note.
    public func signedNote(_ text: String) throws(NoteError) -> SignedNote {
        guard text.hasSuffix("\n") else { throw .malformed("note text must end with a newline") }
        return SignedNote(text: text, signatures: [try sign(text)])
    }

    public var description: String { "NoteSignerKey(\(verifierKey.text), private key redacted)" }
}
