// SPDX-License-Identifier: Apache-2.0

/// What a marking says beyond its level: SCI compartments (`SI`, `TK`, `HCS` ...), which are
/// need-to-know, and dissemination controls or CUI categories (`NOFORN`, `REL TO USA, FVEY`,
/// `ORCON`, `SP-PRVCY` ...).
public struct MarkingCaveats: Sendable, Equatable {
    public var compartments = Set<String>()
    public var controls = Set<String>()

    public init() {}

    /// Dissemination controls and their portion-mark abbreviations, as the register writes them.
    static let controlNames: [String: String] = [
        "NOFORN": "NOFORN", "NF": "NOFORN", "ORCON": "ORCON", "OC": "ORCON", "FOUO": "FOUO", "FOR OFFICIAL USE ONLY": "FOUO",
        "PROPIN": "PROPIN", "PR": "PROPIN", "IMCON": "IMCON", "IMC": "IMCON", "RELIDO": "RELIDO", "FEDCON": "FEDCON", "NOCON": "NOCON",
        "FISA": "FISA", "DISPLAY ONLY": "DISPLAY ONLY", "DL ONLY": "DL ONLY", "REL": "REL TO", "LIMDIS": "LIMDIS", "EXDIS": "EXDIS",
    ]

    /// The caveats of one marking's text (`TOP SECRET//SI/TK//NOFORN`, `(S//REL TO USA, FVEY)`).
    public static func of(_ marking: some Collection<UInt8>) -> MarkingCaveats {
        marking.withContiguousStorageIfAvailable(parse) ?? Array(marking).withUnsafeBufferPointer(parse)
    }

    /// Reads the marking's bytes in place: strings are made only for the caveats found.
    private static func parse(_ bytes: UnsafeBufferPointer<UInt8>) -> MarkingCaveats {
        var caveats = MarkingCaveats()
        var start = 0
        var end = bytes.count
        if start < end, bytes[start] == 0x28 { start += 1 }
        if start < end, bytes[end - 1] == 0x29 { end -= 1 }
        /// The next `//` at or after `position`, or `end`.
        func separator(from position: Int) -> Int {
            var position = position
            while position + 1 < end, !(bytes[position] == 0x2F && bytes[position + 1] == 0x2F) { position += 1 }
            return position + 1 < end ? position : end
        }
        let levelEnd = separator(from: start)
        guard levelEnd < end else { return caveats }
        let level = UnsafeBufferPointer(rebasing: bytes[start..<levelEnd])
        let isCUI = level.elementsEqual("CUI".utf8) || level.starts(with: "CONTROLLED".utf8)
        var segmentStart = levelEnd + 2
        while true {
            let segmentEnd = separator(from: segmentStart)
            let segment = trimmingSpaces(bytes, segmentStart..<segmentEnd)
            if isCUI || UnsafeBufferPointer(rebasing: bytes[segment]).starts(with: "REL TO".utf8) {
                caveats.controls.insert(String(decoding: UnsafeBufferPointer(rebasing: bytes[segment]), as: UTF8.self))
            } else {
                // Within a segment, `/` separates controls (`ORCON/NOFORN`) or SCI compartments (`SI/TK`).
                var pieceStart = segment.lowerBound
                while pieceStart < segment.upperBound {
                    var pieceEnd = pieceStart
                    while pieceEnd < segment.upperBound, bytes[pieceEnd] != 0x2F { pieceEnd += 1 }
                    if pieceEnd > pieceStart {
                        let name = String(decoding: UnsafeBufferPointer(rebasing: bytes[trimmingSpaces(bytes, pieceStart..<pieceEnd)]), as: UTF8.self)
                        if let control = controlNames[name] {
                            caveats.controls.insert(control)
                        } else if name.hasPrefix("SP-") {
                            caveats.controls.insert(name)
                        } else {
                            caveats.compartments.insert(name)
                        }
                    }
                    pieceStart = pieceEnd + 1
                }
            }
            guard segmentEnd < end else { return caveats }
            segmentStart = segmentEnd + 2
        }
    }

    /// `range` without the spaces at either end.
    private static func trimmingSpaces(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Range<Int> {
        var lower = range.lowerBound
        var upper = range.upperBound
        while lower < upper, bytes[lower] == 0x20 { lower += 1 }
        while upper > lower, bytes[upper - 1] == 0x20 { upper -= 1 }
        return lower..<upper
    }

    public mutating func formUnion(_ other: MarkingCaveats) {
        compartments.formUnion(other.compartments)
        controls.formUnion(other.controls)
    }
}
