// SPDX-License-Identifier: Apache-2.0

/// Replaces findings in text with typed placeholders (`[US_SSN]`): the output keeps the text's
/// shape and never the detected values.
public enum Redaction {
    /// `bytes` with every finding replaced by `[KIND]`. `findings` must not overlap (as
    /// ``SensitiveDataScanner`` returns them).
    public static func typed(_ bytes: [UInt8], _ findings: [Finding]) -> [UInt8] {
        replacing(bytes, findings) { finding, _ in placeholder(finding.kind) }
    }

    /// `[KIND]`.
    public static func placeholder(_ kind: SensitiveKind) -> [UInt8] { Array("[\(kind.rawValue)]".utf8) }

    /// `bytes` with every finding replaced by what `replacement` makes of it (given the value).
    public static func replacing(_ bytes: [UInt8], _ findings: [Finding], _ replacement: (Finding, ArraySlice<UInt8>) -> [UInt8]) -> [UInt8] {
        var output: [UInt8] = []
        output.reserveCapacity(bytes.count)
        var position = 0
        for finding in findings.sorted(by: { $0.range.lowerBound < $1.range.lowerBound }) where finding.range.lowerBound >= position {
            output += bytes[position..<finding.range.lowerBound]
            output += replacement(finding, bytes[finding.range])
            position = finding.range.upperBound
        }
        output += bytes[position...]
        return output
    }

    /// A value's format-preserving mask from pseudo-random `stream` bytes: each digit becomes a
    /// digit, each letter a letter of the same case, everything else (separators, `@`, `.`) stays,
    /// so `391-88-3549` becomes another `ddd-dd-dddd`. `stream` must be at least as long as `value`.
    public static func formatPreserving(_ value: ArraySlice<UInt8>, stream: [UInt8]) -> [UInt8] {
        var output: [UInt8] = []
        output.reserveCapacity(value.count)
        for (offset, byte) in value.enumerated() {
            let random = stream[offset]
            if Bytes.isDigit(byte) {
                output.append(0x30 + random % 10)
            } else if Bytes.isUpper(byte) {
                output.append(0x41 + random % 26)
            } else if Bytes.isLower(byte) {
                output.append(0x61 + random % 26)
            } else {
                output.append(byte)
            }
        }
        return output
    }

    /// Unicode scalar offsets of UTF-8 byte offsets (for tools that count characters as Python does).
    public static func scalarOffsets(_ bytes: [UInt8], _ offsets: [Int]) -> [Int] {
        var result: [Int] = []
        result.reserveCapacity(offsets.count)
        var scalars = 0
        var byte = 0
        for offset in offsets.sorted() {
            while byte < offset {
                if bytes[byte] & 0xC0 != 0x80 { scalars += 1 }
                byte += 1
            }
            result.append(scalars)
        }
        return result
    }
}
