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
        out.reserveCapacity(768)
        try write(value, to: &out)
        return out
    }

    private static func write(_ value: LedgerValue, to out: inout [UInt8]) throws(UnsafeInteger) {
        switch value {
        case .null: out.append(contentsOf: "null".utf8)
        case .bool(let flag): out.append(contentsOf: (flag ? "true" : "false").utf8)
        case .integer(let number):
            guard number.magnitude <= UInt64(LedgerValue.maximumSafeInteger) else { throw UnsafeInteger(value: number) }
            out.append(contentsOf: String(number).utf8)
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
            for (index, member) in members.sorted(by: { precedes($0.key, $1.key) }).enumerated() {
                if index > 0 { out.append(UInt8(ascii: ",")) }
                writeString(member.key, to: &out)
                out.append(UInt8(ascii: ":"))
                try write(member.value, to: &out)
            }
            out.append(UInt8(ascii: "}"))
        }
    }

    /// RFC 8785 order: by UTF-16 code units. UTF-8 byte order is code point order, which agrees
    /// with UTF-16 order except between U+E000...U+FFFF and the supplementary planes (which UTF-16
    /// encodes as surrogates, D800...DFFF, so they sort first). Compare bytes, and at the first
    /// difference only that case needs the UTF-16 answer.
    static func precedes(_ lhs: String, _ rhs: String) -> Bool {
        var left = lhs
        var right = rhs
        return left.withUTF8 { l in
            right.withUTF8 { r in
                let common = min(l.count, r.count)
                var index = 0
                while index < common, l[index] == r[index] { index += 1 }
                guard index < common else { return l.count < r.count }
                let (a, b) = (l[index], r[index])
                let aHigh = a == 0xEE || a == 0xEF
                let bHigh = b == 0xEE || b == 0xEF
                if (aHigh && b >= 0xF0) || (bHigh && a >= 0xF0) { return a >= 0xF0 }
                return a < b
            }
        }
    }

    private static func writeString(_ text: String, to out: inout [UInt8]) {
        out.append(UInt8(ascii: "\""))
        var text = text
        text.withUTF8 { bytes in
            // Most strings need no escaping: copy them whole.
            guard bytes.contains(where: { $0 < 0x20 || $0 == UInt8(ascii: "\"") || $0 == UInt8(ascii: "\\") }) else {
                out.append(contentsOf: bytes)
                return
            }
            for byte in bytes {
                switch byte {
                case UInt8(ascii: "\""), UInt8(ascii: "\\"):
                    out.append(UInt8(ascii: "\\"))
                    out.append(byte)
                case 0x08: escape(UInt8(ascii: "b"), to: &out)
                case 0x0C: escape(UInt8(ascii: "f"), to: &out)
                case 0x0A: escape(UInt8(ascii: "n"), to: &out)
                case 0x0D: escape(UInt8(ascii: "r"), to: &out)
                case 0x09: escape(UInt8(ascii: "t"), to: &out)
                case 0x00..<0x20:
                    out.append(contentsOf: "\\u00".utf8)
                    out.append(hexDigit(byte >> 4))
                    out.append(hexDigit(byte & 0x0F))
                default: out.append(byte)  // UTF-8 passes through: Swift strings are valid Unicode
                }
            }
        }
        out.append(UInt8(ascii: "\""))
    }

    private static func escape(_ letter: UInt8, to out: inout [UInt8]) {
        out.append(UInt8(ascii: "\\"))
        out.append(letter)
    }

    private static func hexDigit(_ nibble: UInt8) -> UInt8 { nibble < 10 ? UInt8(ascii: "0") + nibble : UInt8(ascii: "a") + nibble - 10 }
}
