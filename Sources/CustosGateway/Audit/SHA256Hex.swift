// SPDX-License-Identifier: Apache-2.0

import Crypto

/// Lowercase hex SHA-256, as ledger records carry digests of request and response bodies.
enum SHA256Hex {
    static func of(_ bytes: [UInt8]) -> String { hex(Array(SHA256.hash(data: bytes))) }

    static func hex(_ digest: [UInt8]) -> String {
        let digits = Array("0123456789abcdef".utf8)
        var out: [UInt8] = []
        out.reserveCapacity(digest.count * 2)
        for byte in digest {
            out.append(digits[Int(byte >> 4)])
            out.append(digits[Int(byte & 0x0F)])
        }
        return String(decoding: out, as: UTF8.self)
    }
}

/// SHA-256 over bytes that arrive in pieces (a streamed answer).
struct StreamingDigest: Sendable {
    private var hasher = SHA256()
    private(set) var count = 0

    mutating func update(_ bytes: some Sequence<UInt8>) {
        let array = Array(bytes)
        count += array.count
        hasher.update(data: array)
    }

    func finalize() -> (sha256: String, bytes: Int) { (SHA256Hex.hex(Array(hasher.finalize())), count) }
}
