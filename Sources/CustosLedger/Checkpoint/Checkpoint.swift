// SPDX-License-Identifier: Apache-2.0

/// A transparency-log checkpoint (c2sp.org/tlog-checkpoint): the origin, the tree size and the
/// RFC 6962 root hash at that size, as the text of a signed note.
///
/// ```
/// custos.example/agency-a
/// 20852163
/// CsUYapGGPo4dkMgIAUqom/Xajj7h2fB2MPA3j2jxq2I=
/// ```
public struct Checkpoint: Sendable, Equatable {
    /// "a unique identifier for the log identity which issued the checkpoint"
    public let origin: String
    public let size: UInt64
    public let rootHash: Digest
    /// Opaque extension lines; "The use of extension lines is NOT RECOMMENDED".
    public let extensions: [String]

    public init(origin: String, size: UInt64, rootHash: Digest, extensions: [String] = []) throws(NoteError) {
        guard !origin.isEmpty, !origin.contains("\n") else { throw .malformedCheckpoint("origin must be a non-empty line") }
        guard extensions.allSatisfy({ !$0.isEmpty && !$0.contains("\n") }) else {
            throw .malformedCheckpoint("extension lines must be non-empty single lines")
        }
        self.origin = origin
        self.size = size
        self.rootHash = rootHash
        self.extensions = extensions
    }

    /// Parses a note text (final newline included).
    public init(text: String) throws(NoteError) {
        guard text.hasSuffix("\n") else { throw .malformedCheckpoint("text must end with a newline") }
        let lines = text.dropLast().split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        // "The note text is a sequence of at least three non-empty lines"
        guard lines.count >= 3, lines.allSatisfy({ !$0.isEmpty }) else {
            throw .malformedCheckpoint("expected at least three non-empty lines")
        }
        // "the ASCII decimal representation of the number of leaves in the tree, with no leading
        // zeroes (unless the tree is empty, in which case the tree size is `0`)"
        let sizeLine = lines[1]
        guard sizeLine.utf8.allSatisfy({ $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") }), sizeLine == "0" || !sizeLine.hasPrefix("0"),
            let size = UInt64(sizeLine)
        else {
            throw .malformedCheckpoint("tree size `\(sizeLine)` is not a decimal number without leading zeros")
        }
        guard let root = Digest(base64: lines[2]), root.base64 == lines[2] else {
            throw .malformedCheckpoint("root hash `\(lines[2])` is not the base64 of 32 bytes")
        }
        try self.init(origin: lines[0], size: size, rootHash: root, extensions: Array(lines[3...]))
    }

    /// The note text.
    public var text: String {
        ([origin, String(size), rootHash.base64] + extensions).map { $0 + "\n" }.joined()
    }

    /// Verifies a signed checkpoint against trusted log keys and parses it.
    public static func open(_ note: [UInt8], trusting verifiers: [NoteVerifierKey]) throws(NoteError) -> Checkpoint {
        let parsed = try SignedNote(parsing: note)
        _ = try parsed.verify(trusting: verifiers)
        return try Checkpoint(text: parsed.text)
    }
}
