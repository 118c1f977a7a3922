// SPDX-License-Identifier: Apache-2.0

import Foundation

/// One Merkle-tree tile of c2sp.org/tlog-tiles, served at `tile/<L>/<N>[.p/<W>]`.
///
/// "the *n*-th tile at level *l* … is the sequence of the following Merkle Tree Hashes, with *i*
/// from 0 to 255: MTH(D[(n * 256 + i) * 256**l : (n * 256 + i + 1) * 256**l])". A tile narrower than
/// 256 hashes is partial.
public struct TileID: Sendable, Hashable, CustomStringConvertible {
    /// Hashes in a full tile.
    public static let fullWidth = 256
    /// Tree levels one tile level spans (256 = 2^8).
    public static let height = 8

    public let level: Int
    public let index: UInt64
    /// 1...256; 256 is a full tile.
    public let width: Int

    public init?(level: Int, index: UInt64, width: Int) {
        guard (0...63).contains(level), (1...Self.fullWidth).contains(width) else { return nil }
        self.level = level
        self.index = index
        self.width = width
    }

    public var isPartial: Bool { width < Self.fullWidth }

    /// `tile/<L>/<N>[.p/<W>]`.
    public var path: String {
        "tile/\(level)/" + TileID.encodeIndex(index, width: width)
    }

    public var description: String { path }

    static func encodeIndex(_ index: UInt64, width: Int) -> String {
        TileIndex.encode(index) + (width < fullWidth ? ".p/\(width)" : "")
    }

    /// Parses the `<L>` and `<N>[.p/<W>]` path components.
    public init?(level levelText: Substring, index indexText: Substring) {
        // "MUST be a decimal ASCII integer between 0 and 63, with no additional leading zeroes"
        guard let level = Self.decimal(levelText, allowZero: true), level <= 63 else { return nil }
        guard let (index, width) = Self.parseIndex(indexText) else { return nil }
        self.init(level: level, index: index, width: width)
    }

    /// Parses a whole `tile/<L>/<N>[.p/<W>]` path (not an entries path).
    public init?(path: String) {
        guard path.hasPrefix("tile/"), !path.hasPrefix("tile/entries/") else { return nil }
        let rest = path.dropFirst("tile/".count)
        guard let slash = rest.firstIndex(of: "/") else { return nil }
        self.init(level: rest[..<slash], index: rest[rest.index(after: slash)...])
    }

    /// `<N>` with an optional `.p/<W>` (W in 1...255, no leading zeros).
    static func parseIndex(_ text: Substring) -> (UInt64, Int)? {
        var indexPart = text
        var width = fullWidth
        if let marker = text.range(of: ".p/") {
            indexPart = text[..<marker.lowerBound]
            guard let partial = decimal(text[marker.upperBound...], allowZero: false), partial < fullWidth else { return nil }
            width = partial
        }
        guard let index = TileIndex.decode(indexPart) else { return nil }
        return (index, width)
    }

    static func decimal(_ text: Substring, allowZero: Bool) -> Int? {
        guard !text.isEmpty, text.count <= 3, text.utf8.allSatisfy({ $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") }) else { return nil }
        guard text == "0" ? allowZero : !text.hasPrefix("0") else { return nil }
        return Int(text)
    }

    /// Every tile a tree of `size` leaves is published as: full tiles and, per level, at most one
    /// partial tile ("The partial tile at level *l* for a tree of size *s* has floor(s / 256**l) mod
    /// 256 entries. Empty tiles MUST NOT be served.").
    public static func tiles(forTreeSize size: UInt64) -> [TileID] {
        var tiles: [TileID] = []
        var level = 0
        var hashesAtLevel = size  // number of tile-level hashes available at this level
        while hashesAtLevel > 0 {
            let full = hashesAtLevel / UInt64(fullWidth)
            for index in 0..<full { tiles.append(TileID(level: level, index: index, width: fullWidth)!) }
            let partial = Int(hashesAtLevel % UInt64(fullWidth))
            if partial > 0 { tiles.append(TileID(level: level, index: full, width: partial)!) }
            hashesAtLevel = full
            level += 1
        }
        return tiles
    }
}

/// An entry bundle of c2sp.org/tlog-tiles, served at `tile/entries/<N>[.p/<W>]`.
public struct EntryBundleID: Sendable, Hashable, CustomStringConvertible {
    public let index: UInt64
    public let width: Int

    public init?(index: UInt64, width: Int) {
        guard (1...TileID.fullWidth).contains(width) else { return nil }
        self.index = index
        self.width = width
    }

    public var path: String { "tile/entries/" + TileID.encodeIndex(index, width: width) }

    public var description: String { path }

    /// Parses the `<N>[.p/<W>]` part of `tile/entries/<N>[.p/<W>]`.
    public init?(indexPath: Substring) {
        guard let (index, width) = TileID.parseIndex(indexPath) else { return nil }
        self.init(index: index, width: width)
    }

    /// The bundle holding entry `logIndex` in a log of `logSize` entries.
    public static func containing(logIndex: UInt64, logSize: UInt64) -> EntryBundleID? {
        guard logIndex < logSize else { return nil }
        let index = logIndex / UInt64(TileID.fullWidth)
        let end = min(logSize, (index + 1) * UInt64(TileID.fullWidth))
        return EntryBundleID(index: index, width: Int(end - index * UInt64(TileID.fullWidth)))
    }
}
