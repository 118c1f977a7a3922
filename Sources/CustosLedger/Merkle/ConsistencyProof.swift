// SPDX-License-Identifier: Apache-2.0

/// Evidence that the tree of size ``firstSize`` is a prefix of the tree of size ``secondSize``:
/// the log only appended (RFC 9162 § 2.1.4). This is what lets an auditor who kept an old
/// checkpoint prove that no record before it was altered or removed.
public struct ConsistencyProof: Sendable, Equatable {
    public let firstSize: UInt64
    public let secondSize: UInt64
    public let hashes: [Digest]

    public init(firstSize: UInt64, secondSize: UInt64, hashes: [Digest]) {
        self.firstSize = firstSize
        self.secondSize = secondSize
        self.hashes = hashes
    }

    /// Checks the proof between two roots the verifier holds, by RFC 9162 § 2.1.4.2.
    /// - Throws: ``ProofError``; a mismatch carries the expected and calculated root.
    public func verify(firstRoot: Digest, secondRoot: Digest) throws(ProofError) {
        guard firstSize <= secondSize else { throw .sizesOutOfOrder(first: firstSize, second: secondSize) }
        if firstSize == secondSize {
            // Same tree: nothing to prove beyond equal roots.
            guard hashes.isEmpty else { throw .wrongProofLength(expected: 0, actual: hashes.count) }
            guard firstRoot == secondRoot else { throw .rootMismatch(expected: secondRoot, calculated: firstRoot) }
            return
        }
        if firstSize == 0 {
            // Every tree extends the empty tree.
            guard hashes.isEmpty else { throw .wrongProofLength(expected: 0, actual: hashes.count) }
            return
        }
        let expected = Self.proofLength(firstSize: firstSize, secondSize: secondSize)
        guard hashes.count == expected else { throw .wrongProofLength(expected: expected, actual: hashes.count) }

        // "If first is an exact power of 2, then prepend first_hash to the consistency_path array."
        var path = hashes
        if firstSize & (firstSize - 1) == 0 { path.insert(firstRoot, at: 0) }
        // "Set fn to first - 1 and sn to second - 1."
        var fn = firstSize - 1
        var sn = secondSize - 1
        // "If LSB(fn) is set, then right-shift both fn and sn equally until LSB(fn) is not set."
        while fn & 1 == 1 {
            fn >>= 1
            sn >>= 1
        }
        // "Set both fr and sr to the first value in the consistency_path array."
        var fr = path[0]
        var sr = path[0]
        for c in path.dropFirst() {
            guard sn != 0 else { throw .wrongProofLength(expected: expected, actual: hashes.count) }
            if fn & 1 == 1 || fn == sn {
                fr = RFC6962Hasher.nodeHash(c, fr)
                sr = RFC6962Hasher.nodeHash(c, sr)
                if fn & 1 == 0 {
                    while fn & 1 == 0 && fn != 0 {
                        fn >>= 1
                        sn >>= 1
                    }
                }
            } else {
                sr = RFC6962Hasher.nodeHash(sr, c)
            }
            fn >>= 1
            sn >>= 1
        }
        // "verify that the fr calculated is equal to the first_hash supplied, that the sr
        // calculated is equal to the second_hash supplied, and that sn is 0."
        guard sn == 0 else { throw .wrongProofLength(expected: expected, actual: hashes.count) }
        guard fr == firstRoot else { throw .rootMismatch(expected: firstRoot, calculated: fr) }
        guard sr == secondRoot else { throw .rootMismatch(expected: secondRoot, calculated: sr) }
    }

    /// Hashes a consistency proof between these sizes has (0 < first < second).
    ///
    /// The proof is, in effect, the tail of the inclusion path of leaf `first - 1` in the second
    /// tree: `inner` levels below the point where the paths of leaves `first - 1` and `second - 1`
    /// meet, `border` above it. The lowest `shift` levels lie inside the perfect subtree the first
    /// tree ends with, whose root starts the chain: it is implied by the first root when the first
    /// size is a power of two, and sent as the first hash otherwise.
    static func proofLength(firstSize: UInt64, secondSize: UInt64) -> Int {
        let inner = 64 - ((firstSize - 1) ^ (secondSize - 1)).leadingZeroBitCount
        let border = ((firstSize - 1) >> UInt64(inner)).nonzeroBitCount
        let shift = firstSize.trailingZeroBitCount
        let seedSent = firstSize & (firstSize - 1) == 0 ? 0 : 1
        return seedSent + (inner - shift) + border
    }
}
