// SPDX-License-Identifier: Apache-2.0

import Foundation

/// A C2SP signed note (c2sp.org/signed-note): a text and one or more signature lines.
///
/// From the spec: "A signed note consists of a text ending in newline (U+000A), followed by a
/// blank line (only a newline), followed by one or more signature lines of this form: em dash
/// (U+2014), space (U+0020), key name, space, base64-encoded signature, newline." Parsing then
/// serialising reproduces the input byte for byte.
public struct SignedNote: Sendable, Equatable {
    /// The signed text, final newline included.
    public let text: String
    public var signatures: [NoteSignature]

    /// Verifiers "MUST accept at least up to 16 signatures"; more than this is refused so a note
    /// cannot be inflated without bound.
    public static let maximumSignatures = 100

    public init(text: String, signatures: [NoteSignature]) {
        self.text = text
        self.signatures = signatures
    }

    /// Parses a note's bytes.
    public init(parsing bytes: [UInt8]) throws(NoteError) {
        guard let whole = String(validating: bytes, as: UTF8.self) else { throw .malformed("not valid UTF-8") }
        // "Signed notes MUST be valid UTF-8 and MUST NOT contain any ASCII control characters
        // (those below U+0020) other than newline."
        guard !bytes.contains(where: { $0 < 0x20 && $0 != 0x0A }) else { throw .malformed("contains a control character") }
        guard whole.hasSuffix("\n") else { throw .malformed("does not end with a newline") }
        // "the text is separated from the signatures by the last empty line in the note"
        guard let separator = whole.range(of: "\n\n", options: .backwards) else { throw .malformed("no blank line before the signatures") }
        let text = String(whole[..<separator.lowerBound]) + "\n"
        let block = whole[separator.upperBound...]
        guard !block.isEmpty else { throw .malformed("no signature lines") }
        var signatures: [NoteSignature] = []
        for line in block.split(separator: "\n", omittingEmptySubsequences: false).dropLast() {
            signatures.append(try NoteSignature(line: String(line)))
            guard signatures.count <= Self.maximumSignatures else { throw .malformed("more than \(Self.maximumSignatures) signatures") }
        }
        self.text = text
        self.signatures = signatures
    }

    /// The note in wire form: text, blank line, signature lines.
    public var serialized: String {
        text + "\n" + signatures.map { $0.line + "\n" }.joined()
    }

    /// Checks the note against the keys the caller trusts, with the spec's rules: signatures from
    /// unknown keys are ignored; a known key's signature that fails rejects the whole note; at
    /// least one known key must have signed.
    /// - Returns: the names of the trusted keys whose signatures verified.
    public func verify(trusting verifiers: [NoteVerifierKey]) throws(NoteError) -> [String] {
        var verified: [String] = []
        for signature in signatures {
            // "The tuple of key name and key ID uniquely identifies the key"
            guard let key = verifiers.first(where: { $0.name == signature.keyName && $0.keyID == signature.keyID }) else { continue }
            guard key.isValidSignature(signature.signature, for: text) else { throw .invalidSignature(keyName: key.name) }
            verified.append(key.name)
        }
        guard !verified.isEmpty else { throw .noTrustedSignature }
        return verified
    }
}

/// One signature line: `— <key name> base64(key ID || signature)`.
public struct NoteSignature: Sendable, Equatable {
    public let keyName: String
    /// The first four bytes of the decoded signature, big-endian.
    public let keyID: UInt32
    /// The algorithm's signature bytes (64 for Ed25519).
    public let signature: [UInt8]

    static let prefix = "\u{2014} "

    public init(keyName: String, keyID: UInt32, signature: [UInt8]) {
        self.keyName = keyName
        self.keyID = keyID
        self.signature = signature
    }

    init(line: String) throws(NoteError) {
        guard line.hasPrefix(Self.prefix) else { throw .malformed("signature line does not start with an em dash and a space") }
        let rest = line.dropFirst(Self.prefix.count)
        let parts = rest.split(separator: " ", omittingEmptySubsequences: false)
        guard parts.count == 2, NoteVerifierKey.isValidName(String(parts[0])) else { throw .malformed("bad signature line `\(line)`") }
        guard let decoded = Data(base64Encoded: String(parts[1])), decoded.count > 4 else {
            throw .malformed("signature of `\(parts[0])` is not base64 of a key ID and a signature")
        }
        let bytes = Array(decoded)
        self.keyName = String(parts[0])
        self.keyID = bytes[0..<4].reduce(0) { $0 << 8 | UInt32($1) }
        self.signature = Array(bytes[4...])
    }

    /// The line without its newline.
    public var line: String {
        let id = withUnsafeBytes(of: keyID.bigEndian) { Array($0) }
        return Self.prefix + keyName + " " + Data(id + signature).base64EncodedString()
    }
}
