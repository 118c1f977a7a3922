// SPDX-License-Identifier: Apache-2.0

/// Splices a new value for the top-level `model` field into a request body, leaving every other
/// byte exactly as the client sent it.
enum ModelSplice {
    static func replacingModel(in bytes: [UInt8], modelRange: Range<Int>, with model: String) -> [UInt8] {
        let encoded = jsonStringLiteral(model)
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count - modelRange.count + encoded.count)
        out.append(contentsOf: bytes[..<modelRange.lowerBound])
        out.append(contentsOf: encoded)
        out.append(contentsOf: bytes[modelRange.upperBound...])
        return out
    }

    /// `value` as a JSON string literal with the minimal escaping RFC 8259 requires.
    static func jsonStringLiteral(_ value: String) -> [UInt8] {
        var out: [UInt8] = [UInt8(ascii: "\"")]
        for byte in value.utf8 {
            switch byte {
            case UInt8(ascii: "\""): out.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "\"")])
            case UInt8(ascii: "\\"): out.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "\\")])
            case 0x00..<0x20:
                let hex = Array("0123456789abcdef".utf8)
                out.append(contentsOf: Array("\\u00".utf8))
                out.append(hex[Int(byte >> 4)])
                out.append(hex[Int(byte & 0x0F)])
            default: out.append(byte)
            }
        }
        out.append(UInt8(ascii: "\""))
        return out
    }
}
