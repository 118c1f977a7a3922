// SPDX-License-Identifier: Apache-2.0

import Testing

@testable import CustosLedger

/// Every proof the tree generates verifies, and any tampering makes it fail.
struct MerkleTreeTests {
    static func tree(size: Int) -> MerkleTree {
        var tree = MerkleTree()
        for index in 0..<size { tree.append(leafHash: RFC6962Hasher.leafHash(Array("entry-\(index)".utf8))) }
        return tree
    }

    /// The root by the RFC's recursive definition, computed directly from the leaves.
    static func referenceRoot(_ leaves: ArraySlice<Digest>) -> Digest {
        if leaves.isEmpty { return RFC6962Hasher.emptyRoot }
        if leaves.count == 1 { return leaves.first! }
        let k = MerkleTree.largestPowerOfTwo(below: leaves.count)
        let split = leaves.startIndex + k
        return RFC6962Hasher.nodeHash(referenceRoot(leaves[..<split]), referenceRoot(leaves[split...]))
    }

    @Test func rootsMatchTheRecursiveDefinition() throws {
        let tree = Self.tree(size: 70)
        let leaves = (0..<70).map { RFC6962Hasher.leafHash(Array("entry-\($0)".utf8)) }
        for size in 0...70 {
            #expect(try tree.rootHash(treeSize: UInt64(size)) == Self.referenceRoot(leaves[0..<size]))
        }
    }

    @Test func allInclusionProofsVerifyAndTamperingFails() throws {
        let tree = Self.tree(size: 40)
        for size in UInt64(1)...40 {
            let root = try tree.rootHash(treeSize: size)
            for index in 0..<size {
                let proof = try tree.inclusionProof(leafIndex: index, treeSize: size)
                #expect(proof.hashes.count == InclusionProof.pathLength(leafIndex: index, treeSize: size))
                let leaf = try #require(tree.perfectSubtreeHash(level: 0, index: index))
                try proof.verify(leafHash: leaf, root: root)
                if let first = proof.hashes.first {
                    var flipped = first.bytes
                    flipped[0] ^= 1
                    let tampered = InclusionProof(leafIndex: index, treeSize: size, hashes: [Digest(flipped)!] + proof.hashes.dropFirst())
                    #expect(throws: ProofError.self) { try tampered.verify(leafHash: leaf, root: root) }
                }
                let extra = InclusionProof(leafIndex: index, treeSize: size, hashes: proof.hashes + [leaf])
                #expect(throws: ProofError.self) { try extra.verify(leafHash: leaf, root: root) }
                if index + 1 < size {
                    let wrongIndex = InclusionProof(leafIndex: index + 1, treeSize: size, hashes: proof.hashes)
                    #expect(throws: ProofError.self) { try wrongIndex.verify(leafHash: leaf, root: root) }
                }
            }
        }
    }

    @Test func allConsistencyProofsVerifyAndTamperingFails() throws {
        let tree = Self.tree(size: 40)
        for second in UInt64(0)...40 {
            let secondRoot = try tree.rootHash(treeSize: second)
            for first in 0...second {
                let firstRoot = try tree.rootHash(treeSize: first)
                let proof = try tree.consistencyProof(firstSize: first, secondSize: second)
                try proof.verify(firstRoot: firstRoot, secondRoot: secondRoot)
                if 0 < first && first < second {
                    #expect(proof.hashes.count == ConsistencyProof.proofLength(firstSize: first, secondSize: second))
                    var flipped = proof.hashes[proof.hashes.count - 1].bytes
                    flipped[31] ^= 0x80
                    let tampered = ConsistencyProof(firstSize: first, secondSize: second, hashes: proof.hashes.dropLast() + [Digest(flipped)!])
                    #expect(throws: ProofError.self) { try tampered.verify(firstRoot: firstRoot, secondRoot: secondRoot) }
                    // A forked history: a different second root must not verify.
                    let otherRoot = RFC6962Hasher.leafHash(Array("fork".utf8))
                    #expect(throws: ProofError.self) { try proof.verify(firstRoot: firstRoot, secondRoot: otherRoot) }
                }
            }
        }
    }

    @Test func mismatchCarriesTheEvidence() throws {
        let tree = Self.tree(size: 5)
        let proof = try tree.inclusionProof(leafIndex: 2, treeSize: 5)
        let wrongRoot = RFC6962Hasher.leafHash([1])
        let leaf = try #require(tree.perfectSubtreeHash(level: 0, index: 2))
        #expect(throws: ProofError.rootMismatch(expected: wrongRoot, calculated: try tree.rootHash(treeSize: 5))) {
            try proof.verify(leafHash: leaf, root: wrongRoot)
        }
    }

    @Test func outOfRangeRequestsAreErrors() {
        let tree = Self.tree(size: 3)
        #expect(throws: ProofError.self) { try tree.rootHash(treeSize: 4) }
        #expect(throws: ProofError.self) { try tree.inclusionProof(leafIndex: 3, treeSize: 3) }
        #expect(throws: ProofError.self) { try tree.consistencyProof(firstSize: 3, secondSize: 2) }
        #expect(throws: ProofError.self) { try InclusionProof(leafIndex: 0, treeSize: 0, hashes: []).rootHash(forLeafHash: RFC6962Hasher.emptyRoot) }
    }
}
