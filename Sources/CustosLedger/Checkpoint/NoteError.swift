// SPDX-License-Identifier: Apache-2.0

/// Why a signed note, key or checkpoint was refused. Lowercase messages, user input in backticks.
public enum NoteError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The note breaks the C2SP signed-note format.
    case malformed(String)
    /// A verifier or signer key string is not in `name+hash+base64` form or fails its own check.
    case invalidKey(String)
    /// A signature from a known key failed to verify; the whole note is rejected.
    case invalidSignature(keyName: String)
    /// No signature from any trusted key is on the note.
    case noTrustedSignature
    /// The checkpoint body breaks C2SP tlog-checkpoint.
    case malformedCheckpoint(String)

    public var description: String {
        switch self {
        case .malformed(let detail): "malformed note: \(detail)"
        case .invalidKey(let detail): "invalid key: \(detail)"
        case .invalidSignature(let name): "signature by `\(name)` does not verify"
        case .noTrustedSignature: "the note carries no signature from a trusted key"
        case .malformedCheckpoint(let detail): "malformed checkpoint: \(detail)"
        }
    }
}
