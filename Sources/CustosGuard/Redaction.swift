// SPDX-License-Identifier: Apache-2.0

/// Replaces findings in text with typed placeholders (`[US_SSN]`): the output keeps the text's
/// shape and never the detected values.
public enum Redaction {
    /// `bytes` with every finding replaced by `[KIND]`. `findings` must not overlap (as
    /// ``SensitiveDataScanner`` returns them).
    public static func typed(_ bytes: [UInt8], _ findings: [Finding]) -> [UInt8] {
        var output: [UInt8] = []
        output.reserveCapacity(bytes.count)
        var position = 0
        for finding in findings.sorted(by: { $0.range.lowerBound < $1.range.lowerBound }) where finding.range.lowerBound >= position {
            output += bytes[position..<finding.range.lowerBound]
            output += Array("[\(finding.kind.rawValue)]".utf8)
            position = finding.range.upperBound
        }
        output += bytes[position...]
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
