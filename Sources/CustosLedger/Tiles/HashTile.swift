// SPDX-License-Identifier: Apache-2.0

extension MerkleTree {
    /// The bytes of a hash tile: `width` concatenated 32-byte hashes.
    ///
    /// Hash *i* of tile *n* at level *l* is the root of the perfect subtree of 256^l leaves starting
    /// at leaf (n·256 + i)·256^l, which the tree stores at tree level 8·l.
    /// - Returns: `nil` if the tree does not yet contain every leaf the tile covers.
    public func tileBytes(_ tile: TileID) -> [UInt8]? {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(tile.width * Digest.byteCount)
        for offset in 0..<UInt64(tile.width) {
            guard let hash = perfectSubtreeHash(level: tile.level * TileID.height, index: tile.index * UInt64(TileID.fullWidth) + offset) else {
                return nil
            }
            bytes.append(contentsOf: hash.bytes)
        }
        return bytes
    }
}

/// The entry bundle format: "sequences of big-endian uint16 length-prefixed log entries".
public enum EntryBundle {
    /// Longest entry a bundle can carry (uint16 length).
    public static let maximumEntryLength = Int(UInt16.max)

    public struct EntryTooLong: Error, Sendable, Equatable {
        public let length: Int
    }

    public struct Malformed: Error, Sendable, Equatable {}

    public static func encode(_ entries: [[UInt8]]) throws(EntryTooLong) -> [UInt8] {
        var bytes: [UInt8] = []
        for entry in entries {
            guard entry.count <= maximumEntryLength else { throw EntryTooLong(length: entry.count) }
            bytes.append(UInt8(entry.count >> 8))
            bytes.append(UInt8(entry.count & 0xFF))
            bytes.append(contentsOf: entry)
        }
        return bytes
    }

    public static func decode(_ bytes: [UInt8]) throws(Malformed) -> [[UInt8]] {
        var entries: [[UInt8]] = []
        var index = 0
        while index < bytes.count {
            guard index + 2 <= bytes.count else { throw Malformed() }
            let length = Int(bytes[index]) << 8 | Int(bytes[index + 1])
            index += 2
            guard index + length <= bytes.count else { throw Malformed() }
            entries.append(Array(bytes[index..<(index + length)]))
            index += length
        }
        return entries
    }
}
