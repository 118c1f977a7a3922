// SPDX-License-Identifier: Apache-2.0

/// Evidence that the leaf at ``leafIndex`` is in the tree of size ``treeSize`` (RFC 9162 § 2.1.3).
///
/// ```swift
/// let proof = try tree.inclusionProof(leafIndex: 3, treeSize: 8)
/// try proof.verify(leafHash: RFC6962Hasher.leafHash(entry), root: checkpoint.rootHash)
/// ```
public struct InclusionProof: Sendable, Equatable {
    public let leafIndex: UInt64
    public let treeSize: UInt64
    /// The audit path, from the leaf's sibling up.
    public let hashes: [Digest]

    public init(leafIndex: UInt64, treeSize: UInt64, hashes: [Digest]) {
        self.leafIndex = leafIndex
        self.treeSize = treeSize
        self.hashes = hashes
    }

    /// Checks the proof against a root the verifier trusts (from a signed checkpoint).
    /// - Throws: ``ProofError``; a mismatch carries the expected and calculated roots.
    public func verify(leafHash: Digest, root: Digest) throws(ProofError) {
        let calculated = try rootHash(forLeafHash: leafHash)
        guard calculated == root else { throw .rootMismatch(expected: root, calculated: calculated) }
    }

    /// The root this proof leads to for `leafHash`, by the algorithm of RFC 9162 § 2.1.3.2.
    public func rootHash(forLeafHash leafHash: Digest) throws(ProofError) -> Digest {
        // "If leaf_index is greater than or equal to tree_size, then fail the proof verification."
        guard leafIndex < treeSize else { throw .indexOutOfRange(index: leafIndex, treeSize: treeSize) }
        let expected = Self.pathLength(leafIndex: leafIndex, treeSize: treeSize)
        guard hashes.count == expected else { throw .wrongProofLength(expected: expected, actual: hashes.count) }
        // "Set fn to leaf_index and sn to tree_size - 1. Set r to hash."
        var fn = leafIndex
        var sn = treeSize - 1
        var r = leafHash
        for p in hashes {
            // INVARIANT: sn > 0 here, guaranteed by the length check above.
            if fn & 1 == 1 || fn == sn {
                // "Set r to HASH(0x01 || p || r)"; if LSB(fn) is not set, "right-shift both fn and
                // sn equally until either LSB(fn) is set or fn is 0."
                r = RFC6962Hasher.nodeHash(p, r)
                if fn & 1 == 0 {
                    while fn & 1 == 0 && fn != 0 {
                        fn >>= 1
                        sn >>= 1
                    }
                }
            } else {
                r = RFC6962Hasher.nodeHash(r, p)
            }
            fn >>= 1
            sn >>= 1
        }
        // "Compare sn to 0" (the length check makes it so).
        return r
    }

    /// The number of hashes in the audit path of `leafIndex` in a tree of `treeSize`: the hashes
    /// below the point where the leaf's path and the last leaf's path meet, plus one per set bit
    /// above it (the "inner" and "border" parts of the path).
    static func pathLength(leafIndex: UInt64, treeSize: UInt64) -> Int {
        let inner = 64 - (leafIndex ^ (treeSize - 1)).leadingZeroBitCount
        let border = (leafIndex >> UInt64(inner)).nonzeroBitCount
        return inner + border
    }
}
