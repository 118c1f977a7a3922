// SPDX-License-Identifier: Apache-2.0

/// What a marking says beyond its level: SCI compartments (`SI`, `TK`, `HCS` ...), which are
/// need-to-know, and dissemination controls or CUI categories (`NOFORN`, `REL TO USA, FVEY`,
/// `ORCON`, `SP-PRVCY` ...).
public struct MarkingCaveats: Sendable, Equatable {
    public var compartments: Set<String> = []
    public var controls: Set<String> = []

    public init() {}

    /// Dissemination controls and their portion-mark abbreviations, as the register writes them.
    static let controlNames: [String: String] = [
        "NOFORN": "NOFORN", "NF": "NOFORN", "ORCON": "ORCON", "OC": "ORCON", "FOUO": "FOUO", "FOR OFFICIAL USE ONLY": "FOUO",
        "PROPIN": "PROPIN", "PR": "PROPIN", "IMCON": "IMCON", "IMC": "IMCON", "RELIDO": "RELIDO", "FEDCON": "FEDCON", "NOCON": "NOCON",
        "FISA": "FISA", "DISPLAY ONLY": "DISPLAY ONLY", "DL ONLY": "DL ONLY", "REL": "REL TO", "LIMDIS": "LIMDIS", "EXDIS": "EXDIS",
    ]

    /// The caveats of one marking's text (`TOP SECRET//SI/TK//NOFORN`, `(S//REL TO USA, FVEY)`).
    public static func of(_ marking: some Collection<UInt8>) -> MarkingCaveats {
        var text = String(decoding: marking, as: UTF8.self)
        if text.hasPrefix("(") { text.removeFirst() }
        if text.hasSuffix(")") { text.removeLast() }
        var caveats = MarkingCaveats()
        let segments = text.splittingOnDoubleSlash
        guard segments.count > 1 else { return caveats }
        let isCUI = segments[0] == "CUI" || segments[0].hasPrefix("CONTROLLED")
        for segment in segments.dropFirst() {
            let trimmed = segment.trimmingSpaces
            if trimmed.hasPrefix("REL TO") || isCUI {
                caveats.controls.insert(trimmed)
                continue
            }
            // Within a segment, `/` separates controls (`ORCON/NOFORN`) or SCI compartments (`SI/TK`).
            for piece in trimmed.split(separator: "/") where !piece.isEmpty {
                let name = String(piece).trimmingSpaces
                if let control = controlNames[name] {
                    caveats.controls.insert(control)
                } else if name.hasPrefix("SP-") {
                    caveats.controls.insert(name)
                } else {
                    caveats.compartments.insert(name)
                }
            }
        }
        return caveats
    }

    public mutating func formUnion(_ other: MarkingCaveats) {
        compartments.formUnion(other.compartments)
        controls.formUnion(other.controls)
    }
}

extension String {
    /// The parts between `//` separators.
    fileprivate var splittingOnDoubleSlash: [String] {
        var parts: [String] = []
        var current: [UInt8] = []
        var bytes = Array(utf8)[...]
        while let byte = bytes.popFirst() {
            if byte == 0x2F, bytes.first == 0x2F {
                bytes.removeFirst()
                parts.append(String(decoding: current, as: UTF8.self))
                current = []
            } else {
                current.append(byte)
            }
        }
        parts.append(String(decoding: current, as: UTF8.self))
        return parts
    }

    fileprivate var trimmingSpaces: String {
        var slice = Substring(self)
        while slice.first == " " { slice.removeFirst() }
        while slice.last == " " { slice.removeLast() }
        return String(slice)
    }
}
