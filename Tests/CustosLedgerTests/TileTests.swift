// SPDX-License-Identifier: Apache-2.0

import Foundation
import Testing

@testable import CustosLedger

struct TileTests {
    struct Paths: Decodable {
        struct TilePath: Decodable {
            let level: Int
            let index: UInt64
            let width: Int
            let path: String
        }
        struct EntriesPath: Decodable {
            let index: UInt64
            let width: Int
            let path: String
        }
        struct ForIndex: Decodable {
            let seq: UInt64
            let log_size: UInt64
            let path: String
        }
        struct Parse: Decodable {
            let level: String
            let index: String
            let valid: Bool
            let want_level: Int?
            let want_index: UInt64?
            let want_width: Int?
        }
        let tile_paths: [TilePath]
        let entries_paths: [EntriesPath]
        let entries_path_for_index: [ForIndex]
        let parse: [Parse]
    }

    static func paths() throws -> Paths { try MerkleVectorTests.load("tlog_tiles_paths", as: Paths.self) }

    @Test func tilePathsEncode() throws {
        for vector in try Self.paths().tile_paths {
            let tile = try #require(TileID(level: vector.level, index: vector.index, width: vector.width))
            #expect(tile.path == vector.path)
            #expect(TileID(path: vector.path) == tile)
        }
    }

    @Test func entryPaths() throws {
        let vectors = try Self.paths()
        for vector in vectors.entries_paths {
            #expect(EntryBundleID(index: vector.index, width: vector.width)?.path == vector.path)
        }
        for vector in vectors.entries_path_for_index {
            #expect(EntryBundleID.containing(logIndex: vector.seq, logSize: vector.log_size)?.path == vector.path)
        }
    }

    @Test func parsingIsStrict() throws {
        let vectors = try Self.paths().parse
        #expect(vectors.count >= 15)
        for vector in vectors {
            let tile = TileID(level: Substring(vector.level), index: Substring(vector.index))
            if vector.valid {
                #expect(tile?.level == vector.want_level, "\(vector.level)/\(vector.index)")
                #expect(tile?.index == vector.want_index)
                #expect(tile?.width == vector.want_width)
            } else {
                #expect(tile == nil, "\(vector.level)/\(vector.index) should be refused")
            }
        }
    }

    /// The spec's worked examples: "a tree of size 70,000 will be represented by 273 full level 0
    /// tiles, one partial level 0 tile of width 112, one full level 1 tile, one partial level 1
    /// tile of width 17, and one partial level 2 tile of width 1."
    @Test func tilesForTreeSize() {
        let tiles = TileID.tiles(forTreeSize: 70_000)
        #expect(tiles.filter { $0.level == 0 && !$0.isPartial }.count == 273)
        #expect(tiles.filter { $0.level == 0 && $0.isPartial }.map(\.width) == [112])
        #expect(tiles.filter { $0.level == 1 && !$0.isPartial }.count == 1)
        #expect(tiles.filter { $0.level == 1 && $0.isPartial }.map(\.width) == [17])
        #expect(tiles.filter { $0.level == 2 }.map(\.width) == [1])
        #expect(tiles.count == 277)
        #expect(TileID.tiles(forTreeSize: 256).map(\.path) == ["tile/0/000", "tile/1/000.p/1"])
        #expect(TileID.tiles(forTreeSize: 0).isEmpty)
    }

    /// Our tiles and entry bundles for tessera's 15-entry log are byte-identical to tessera's files.
    @Test func reproducesTesseraFiles() throws {
        struct Log: Decodable {
            let entries_ascii: [String]
            let files: [String: String]
        }
        let log = try MerkleVectorTests.load("tessera_testdata_log", as: Log.self)
        let entries = log.entries_ascii.map { Array($0.utf8) }
        var tree = MerkleTree()
        var compared = 0
        for (count, entry) in entries.enumerated() {
            tree.append(leafHash: RFC6962Hasher.leafHash(entry))
            let size = UInt64(count + 1)
            for tile in TileID.tiles(forTreeSize: size) {
                let expected = try #require(log.files[tile.path].flatMap { Data(base64Encoded: $0) }, "\(tile.path)")
                #expect(tree.tileBytes(tile) == Array(expected), "\(tile.path)")
                compared += 1
            }
            let bundle = try #require(EntryBundleID.containing(logIndex: size - 1, logSize: size))
            let expected = try #require(log.files[bundle.path].flatMap { Data(base64Encoded: $0) })
            #expect(try EntryBundle.encode(Array(entries[0..<Int(size)])) == Array(expected), "\(bundle.path)")
            #expect(try EntryBundle.decode(Array(expected)) == Array(entries[0..<Int(size)]))
            compared += 1
        }
        #expect(compared == 30)
    }

    @Test func entryBundleLimits() {
        #expect(throws: EntryBundle.EntryTooLong(length: 65_536)) { try EntryBundle.encode([[UInt8](repeating: 0, count: 65_536)]) }
        #expect(throws: EntryBundle.Malformed.self) { try EntryBundle.decode([0x00, 0x05, 0x41]) }
        #expect(throws: EntryBundle.Malformed.self) { try EntryBundle.decode([0x00]) }
    }

    /// Tiles at level 1 hold roots of full level-0 tiles; check against the tree's own hashing.
    @Test func higherLevelTilesHoldSubtreeRoots() throws {
        var tree = MerkleTree()
        for index in 0..<(256 * 3 + 5) { tree.append(leafHash: RFC6962Hasher.leafHash(Array("e\(index)".utf8))) }
        let tile = try #require(TileID(level: 1, index: 0, width: 3))
        let bytes = try #require(tree.tileBytes(tile))
        for i in 0..<3 {
            let start = UInt64(i * 256)
            #expect(Array(bytes[(i * 32)..<((i + 1) * 32)]) == tree.hash(of: start..<(start + 256)).bytes)
        }
        #expect(tree.tileBytes(try #require(TileID(level: 1, index: 0, width: 4))) == nil)
    }
}
