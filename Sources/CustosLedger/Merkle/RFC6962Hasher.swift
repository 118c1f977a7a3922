// SPDX-License-Identifier: Apache-2.0

import Crypto

/// The Merkle tree hash of RFC 9162 § 2.1.1 (unchanged from RFC 6962), with SHA-256.
///
/// From RFC 9162 § 2.1.1: "The hash of a list with one entry (also known as a leaf hash) is
/// MTH({d(0)}) = HASH(0x00 || d(0))" and for more entries "MTH(D[n]) = HASH(0x01 || MTH(D[0:k]) ||
/// MTH(D[k:n]))", where k is the largest power of two smaller than n. The distinct prefixes are
/// domain separation: a leaf can never be passed off as an interior node, or the reverse
/// (second-preimage resistance).
public enum RFC6962Hasher {
    /// Prefix of a leaf hash's input.
    public static let leafPrefix: UInt8 = 0x00
    /// Prefix of an interior node hash's input.
    public static let nodePrefix: UInt8 = 0x01

    /// MTH of the empty list: SHA-256 of the empty string.
    public static let emptyRoot = Digest(unchecked: Array(SHA256.hash(data: [UInt8]())))

    /// The leaf hash of one log entry's bytes.
    public static func leafHash(_ entry: some Sequence<UInt8>) -> Digest {
        var hasher = SHA256()
        hasher.update(data: [leafPrefix])
        hasher.update(data: Array(entry))
        return Digest(unchecked: Array(hasher.finalize()))
    }

    /// The hash of an interior node from its two children.
    public static func nodeHash(_ left: Digest, _ right: Digest) -> Digest {
        nodeHash(left.bytes, right.bytes)
    }

    /// As ``nodeHash(_:_:)-(Digest,Digest)`` over raw bytes (the known-answer tests hash non-digest inputs).
    public static func nodeHash(_ left: [UInt8], _ right: [UInt8]) -> Digest {
        var hasher = SHA256()
        hasher.update(data: [nodePrefix])
        hasher.update(data: left)
        hasher.update(data: right)
        return Digest(unchecked: Array(hasher.finalize()))
    }
}
