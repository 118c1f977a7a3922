// SPDX-License-Identifier: Apache-2.0

import Foundation

/// A SHA-256 digest: a leaf hash, a node hash or a tree root (32 bytes).
public struct Digest: Sendable, Hashable, CustomStringConvertible {
    /// Exactly ``byteCount`` bytes.
    public let bytes: [UInt8]

    public static let byteCount = 32

    /// - Returns: `nil` unless `bytes` is exactly 32 bytes long.
    public init?(_ bytes: some Sequence<UInt8>) {
        let array = Array(bytes)
        guard array.count == Self.byteCount else { return nil }
        self.bytes = array
    }

    init(unchecked bytes: [UInt8]) {
        self.bytes = bytes
    }

    /// Reads lowercase or uppercase hex.
    public init?(hex: String) {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(Self.byteCount)
        var iterator = hex.utf8.makeIterator()
        while let high = iterator.next() {
            guard let low = iterator.next(), let h = Self.nibble(high), let l = Self.nibble(low) else { return nil }
            bytes.append(h << 4 | l)
        }
        self.init(bytes)
    }

    /// Reads standard base64 (the encoding C2SP checkpoints use for the root hash).
    public init?(base64: String) {
        guard let data = Data(base64Encoded: base64) else { return nil }
        self.init(data)
    }

    public var hex: String { bytes.map { String(format: "%02x", $0) }.joined() }

    public var base64: String { Data(bytes).base64EncodedString() }

    public var description: String { hex }

    private static func nibble(_ c: UInt8) -> UInt8? {
        switch c {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): c - UInt8(ascii: "0")
        case UInt8(ascii: "a")...UInt8(ascii: "f"): c - UInt8(ascii: "a") + 10
        case UInt8(ascii: "A")...UInt8(ascii: "F"): c - UInt8(ascii: "A") + 10
        default: nil
        }
    }
}
