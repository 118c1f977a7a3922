// SPDX-License-Identifier: Apache-2.0

/// What a word's first bytes and letter count must be for a detector that starts with a word
/// from a fixed list to have a chance: the scanner asks these before calling it. Built from the
/// detectors' own lists, so a gate never rules out a word a detector would take.
final class WordGates: Sendable {
    static let shared = WordGates()

    /// Per capital letter, a bit per letter count: the first words of state names.
    private let stateNames: [UInt32]
    /// Per capital letter, a bit per letter count: month names, full or three-letter.
    private let months: [UInt32]

    /// Per first letter and second byte (lowercase), a bit per letter count: the letters a
    /// context word (``NumberDetectors/context``) starts with (`social` of "social security",
    /// `acct` of "acct #", `a` of "a/c"). Keyed by both first bytes, a longer list of context
    /// words lets few more ordinary words through (`content` is not let through by `contact`'s
    /// length alone).
    private let contextStarts: [UInt32]
    /// A bit per capital that begins a banner's level (`CONTROLLED`, `TOP`, `UNCLASSIFIED` ...).
    private let bannerInitials: UInt32

    init() {
        func table(_ words: [[UInt8]]) -> [UInt32] {
            var table = [UInt32](repeating: 0, count: 32)
            for word in words where Bytes.isLetter(word[0]) && word.count < 32 {
                table[Int(Bytes.lower(word[0]) - 0x61)] |= 1 << UInt32(word.count)
            }
            return table
        }
        let firstWords = AddressDetector.stateNames.map { Array($0.prefix { $0 != 0x20 }) }
        stateNames = table(firstWords)
        var contextStarts = [UInt32](repeating: 0, count: 32 << 7)
        for word in NumberDetectors.context.flatMap(\.1) {
            let letters = word.prefix(while: Bytes.isLetter).count
            guard Bytes.isLetter(word[0]), letters < 32 else { continue }
            contextStarts[NumberDetectors.contextSlot(word[0], word.count > 1 ? word[1] : 0)] |= 1 << UInt32(letters)
        }
        self.contextStarts = contextStarts
        months = table(NumberDetectors.months + NumberDetectors.months.map { Array($0.prefix(3)) })
        bannerInitials = MarkingDetectors.levels.reduce(0) { $0 | 1 << UInt32($1.text[0] - 0x41) }
    }

    /// Whether `table` has a word of `letters` letters starting with `initial` (either case).
    @inline(__always) private static func admits(_ table: [UInt32], _ initial: UInt8, _ letters: Int) -> Bool {
        letters < 32 && table[Int(Bytes.lower(initial) &- 0x61) & 31] & (1 << UInt32(letters)) != 0
    }

    /// Whether a word starting with these two bytes and `letters` letters can begin a context word.
    @inline(__always) func mayStartContextWord(_ first: UInt8, _ second: UInt8, _ letters: Int) -> Bool {
        letters < 32 && contextStarts[NumberDetectors.contextSlot(first, second)] & (1 << UInt32(letters)) != 0
    }

    /// Whether a capital and `letters` letters can begin a state's name (`Virginia`, `New` York).
    @inline(__always) func mayStartStateName(_ capital: UInt8, _ letters: Int) -> Bool {
        Self.admits(stateNames, capital, letters)
    }

    /// Whether a capital and `letters` letters can be a month's name (`January`, `Jan`).
    @inline(__always) func mayStartMonth(_ capital: UInt8, _ letters: Int) -> Bool {
        Self.admits(months, capital, letters)
    }

    /// Whether a word can be where a credential begins: `eyJ` (a JSON Web Token), `Bearer`, or
    /// `password`, `passcode`, `passphrase` (either case) before a stated password.
    @inline(__always) func mayStartCredentialWord(_ first: UInt8, _ second: UInt8, _ letters: Int) -> Bool {
        switch (first | 0x20, second | 0x20) {
        case (0x65, 0x79): first == 0x65 && second == 0x79
        case (0x62, 0x65): letters == 6
        case (0x70, 0x61): letters == 8 || letters == 10
        default: false
        }
    }

    /// Whether a capital can begin a banner's level (`CONTROLLED`, `TOP`, `UNCLASSIFIED`,
    /// `CONFIDENTIAL`, `SECRET`, `CUI`).
    @inline(__always) func mayStartBanner(_ capital: UInt8) -> Bool {
        bannerInitials & (1 << UInt32((capital &- 0x41) & 31)) != 0
    }
}
