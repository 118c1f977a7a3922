// SPDX-License-Identifier: Apache-2.0

/// RFC 8785 JSON Canonicalization Scheme for ``LedgerValue``: the exact bytes a ledger leaf hashes.
///
/// - Object members are sorted by their names' UTF-16 code units (RFC 8785 § 3.2.3: "The sorting
///   process is applied to property name strings in their 'raw' (unescaped) form … formatted as
///   arrays of UTF-16 code units").
/// - Strings are escaped as ECMAScript's `JSON.stringify` does (§ 3.2.2.2): `\"`, `\\`, the short
///   forms `\b \f \n \r \t`, `\u00xx` (lowercase hex) for other controls, everything else literal.
/// - No whitespace. Integers print in plain decimal.
public enum CanonicalJSON {
    /// A number outside ±(2^53 − 1), which RFC 8785's double-based numbers cannot carry exactly.
    public struct UnsafeInteger: Error, Sendable, Equatable {
        public let value: Int64
    }

    public static func encode(_ value: LedgerValue) throws(UnsafeInteger) -> [UInt8] {
        var out: [UInt8] = []
        try write(value, to: &out)
        return out
    }

    private static func write(_ value: LedgerValue, to out: inout [UInt8]) throws(UnsafeInteger) {
        switch value {
        case .null: out += Array("null".utf8)
        case .bool(let flag): out += Array((flag ? "true" : "false").utf8)
        case .integer(let number):
            guard number.magnitude <= UInt64(LedgerValue.maximumSafeInteger) else { throw UnsafeInteger(value: number) }
            out += Array(String(number).utf8)
        case .string(let text): writeString(text, to: &out)
        case .array(let elements):
            out.append(UInt8(ascii: "["))
            for (index, element) in elements.enumerated() {
                if index > 0 { out.append(UInt8(ascii: ",")) }
                try write(element, to: &out)
            }
            out.append(UInt8(ascii: "]"))
        case .object(let members):
            out.append(UInt8(ascii: "{"))
            let keys = members.keys.sorted { $0.utf16.lexicographicallyPrecedes($1.utf16) }
            for (index, key) in keys.enumerated() {
                if index > 0 { out.append(UInt8(ascii: ",")) }
                writeString(key, to: &out)
                out.append(UInt8(ascii: ":"))
                try write(members[key]!, to: &out)
            }
            out.append(UInt8(ascii: "}"))
        }
    }

    private static func writeString(_ text: String, to out: inout [UInt8]) {
        let hex = Array("0123456789abcdef".utf8)
        out.append(UInt8(ascii: "\""))
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "\""): out += [UInt8(ascii: "\\"), UInt8(ascii: "\"")]
            case UInt8(ascii: "\\"): out += [UInt8(ascii: "\\"), UInt8(ascii: "\\")]
            case 0x08: out += [UInt8(ascii: "\\"), UInt8(ascii: "b")]
            case 0x0C: out += [UInt8(ascii: "\\"), UInt8(ascii: "f")]
            case 0x0A: out += [UInt8(ascii: "\\"), UInt8(ascii: "n")]
            case 0x0D: out += [UInt8(ascii: "\\"), UInt8(ascii: "r")]
            case 0x09: out += [UInt8(ascii: "\\"), UInt8(ascii: "t")]
            case 0x00..<0x20: out += Array("\\u00".utf8) + [hex[Int(byte >> 4)], hex[Int(byte & 0x0F)]]
            default: out.append(byte)  // UTF-8 passes through: Swift strings are valid Unicode
            }
        }
        out.append(UInt8(ascii: "\""))
    }
}
