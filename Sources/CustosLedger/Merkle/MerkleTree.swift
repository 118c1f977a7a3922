// SPDX-License-Identifier: Apache-2.0

/// An append-only Merkle tree over leaf hashes, kept in memory, that produces roots and proofs for
/// any size it has reached.
///
/// It stores the hash of every perfect subtree (`levels[l][i]` covers leaves `i·2^l ..< (i+1)·2^l`),
/// which is exactly what C2SP tlog-tiles publishes, so an append costs O(log n) hashes and any
/// root or proof needs O(log n) stored hashes plus O(log n) hashing of the right edge.
///
/// ```swift
/// var tree = MerkleTree()
/// tree.append(leafHash: RFC6962Hasher.leafHash(entry))
/// let proof = try tree.inclusionProof(leafIndex: 0, treeSize: tree.size)
/// ```
public struct MerkleTree: Sendable {
    /// `levels[0]` are the leaf hashes; `levels[l][i]` is the root of the perfect subtree of
    /// `2^l` leaves starting at leaf `i·2^l`.
    // INVARIANT: levels[l].count == size >> l for every l.
    private(set) var levels: [[Digest]] = [[]]

    public init() {}

    /// Number of leaves.
    public var size: UInt64 { UInt64(levels[0].count) }

    /// Appends a leaf and returns its index.
    @discardableResult
    public mutating func append(leafHash: Digest) -> UInt64 {
        let index = levels[0].count
        levels[0].append(leafHash)
        // Each time the new node is a right child, its parent's subtree just became perfect.
        var level = 0
        var position = index
        while position & 1 == 1 {
            let parent = RFC6962Hasher.nodeHash(levels[level][position - 1], levels[level][position])
            if levels.count == level + 1 { levels.append([]) }
            levels[level + 1].append(parent)
            level += 1
            position >>= 1
        }
        return UInt64(index)
    }

    /// The stored hash of the perfect subtree at `level` and `index`, if complete.
    public func perfectSubtreeHash(level: Int, index: UInt64) -> Digest? {
        guard level < levels.count, index < UInt64(levels[level].count) else { return nil }
        return levels[level][Int(index)]
    }

    /// MTH of the first `treeSize` leaves (RFC 9162 § 2.1.1).
    public func rootHash(treeSize: UInt64) throws(ProofError) -> Digest {
        guard treeSize <= size else { throw .indexOutOfRange(index: treeSize, treeSize: size) }
        return treeSize == 0 ? RFC6962Hasher.emptyRoot : hash(of: 0..<treeSize)
    }

    /// The audit path for `leafIndex` in the tree of `treeSize` leaves (RFC 9162 § 2.1.3.1).
    public func inclusionProof(leafIndex: UInt64, treeSize: UInt64) throws(ProofError) -> InclusionProof {
        guard treeSize <= size else { throw .indexOutOfRange(index: treeSize, treeSize: size) }
        guard leafIndex < treeSize else { throw .indexOutOfRange(index: leafIndex, treeSize: treeSize) }
        var path: [Digest] = []
        appendPath(leaf: leafIndex, range: 0..<treeSize, to: &path)
        return InclusionProof(leafIndex: leafIndex, treeSize: treeSize, hashes: path)
    }

    /// The proof that the tree of `firstSize` leaves is a prefix of the tree of `secondSize`
    /// (RFC 9162 § 2.1.4.1).
    public func consistencyProof(firstSize: UInt64, secondSize: UInt64) throws(ProofError) -> ConsistencyProof {
        guard secondSize <= size else { throw .indexOutOfRange(index: secondSize, treeSize: size) }
        guard firstSize <= secondSize else { throw .sizesOutOfOrder(first: firstSize, second: secondSize) }
        var path: [Digest] = []
        if firstSize > 0 && firstSize < secondSize {
            appendSubproof(first: firstSize, range: 0..<secondSize, firstIsWholeSubtree: true, to: &path)
        }
        return ConsistencyProof(firstSize: firstSize, secondSize: secondSize, hashes: path)
    }

    // MARK: RFC 9162 recursions over leaf ranges

    /// MTH(D[range]). Every range reached from `0..<n` by the RFC's splits starts at a multiple of
    /// its largest power-of-two part, so the left part is always a stored perfect subtree.
    func hash(of range: Range<UInt64>) -> Digest {
        let count = range.count
        if count & (count - 1) == 0, range.lowerBound % UInt64(count) == 0 {
            let level = count.trailingZeroBitCount
            return levels[level][Int(range.lowerBound >> UInt64(level))]
        }
        let k = UInt64(Self.largestPowerOfTwo(below: count))
        let split = range.lowerBound + k
        return RFC6962Hasher.nodeHash(hash(of: range.lowerBound..<split), hash(of: split..<range.upperBound))
    }

    /// "PATH(m, D[n]) = PATH(m, D[0:k]) : MTH(D[k:n]) for m < k; and
    ///  PATH(m, D[n]) = PATH(m - k, D[k:n]) : MTH(D[0:k]) for m >= k"
    private func appendPath(leaf: UInt64, range: Range<UInt64>, to path: inout [Digest]) {
        guard range.count > 1 else { return }
        let split = range.lowerBound + UInt64(Self.largestPowerOfTwo(below: range.count))
        if leaf < split {
            appendPath(leaf: leaf, range: range.lowerBound..<split, to: &path)
            path.append(hash(of: split..<range.upperBound))
        } else {
            appendPath(leaf: leaf, range: split..<range.upperBound, to: &path)
            path.append(hash(of: range.lowerBound..<split))
        }
    }

    /// "SUBPROOF(m, D[m], true) = {}; SUBPROOF(m, D[m], false) = {MTH(D[m])};
    ///  for m <= k: SUBPROOF(m, D[0:k], b) : MTH(D[k:n]);
    ///  for m > k: SUBPROOF(m - k, D[k:n], false) : MTH(D[0:k])"
    private func appendSubproof(first: UInt64, range: Range<UInt64>, firstIsWholeSubtree: Bool, to path: inout [Digest]) {
        let end = range.lowerBound + first
        if end == range.upperBound {
            if !firstIsWholeSubtree { path.append(hash(of: range)) }
            return
        }
        let split = range.lowerBound + UInt64(Self.largestPowerOfTwo(below: range.count))
        if end <= split {
            appendSubproof(first: first, range: range.lowerBound..<split, firstIsWholeSubtree: firstIsWholeSubtree, to: &path)
            path.append(hash(of: split..<range.upperBound))
        } else {
            appendSubproof(first: end - split, range: split..<range.upperBound, firstIsWholeSubtree: false, to: &path)
            path.append(hash(of: range.lowerBound..<split))
        }
    }

    /// The largest power of two strictly smaller than `n` (n ≥ 2).
    static func largestPowerOfTwo(below n: Int) -> Int {
        1 << (Int.bitWidth - 1 - (n - 1).leadingZeroBitCount)
    }
}
