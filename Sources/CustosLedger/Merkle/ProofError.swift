// SPDX-License-Identifier: Apache-2.0

/// Why a Merkle proof did not verify. A mismatch carries the evidence: what was expected and what
/// the proof leads to, so an auditor's report can show both.
public enum ProofError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The leaf index is not inside the tree.
    case indexOutOfRange(index: UInt64, treeSize: UInt64)
    /// The older tree is larger than the newer one.
    case sizesOutOfOrder(first: UInt64, second: UInt64)
    /// The proof has more or fewer hashes than a tree of this shape needs.
    case wrongProofLength(expected: Int, actual: Int)
    /// A proof hash or root is not 32 bytes.
    case malformedHash
    /// The proof leads to a different root than the one given.
    case rootMismatch(expected: Digest, calculated: Digest)

    public var description: String {
        switch self {
        case .indexOutOfRange(let index, let size): "leaf index \(index) is outside a tree of size \(size)"
        case .sizesOutOfOrder(let first, let second): "first tree size \(first) is larger than second tree size \(second)"
        case .wrongProofLength(let expected, let actual): "proof has \(actual) hashes, a tree of this shape needs \(expected)"
        case .malformedHash: "a proof hash is not 32 bytes"
        case .rootMismatch(let expected, let calculated): "proof leads to root \(calculated.hex), expected \(expected.hex)"
        }
    }
}
