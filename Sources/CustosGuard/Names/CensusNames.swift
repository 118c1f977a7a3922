// SPDX-License-Identifier: Apache-2.0

/// The U.S. Census Bureau's 1990 first names and surnames (public domain), and the given names of
/// people born 1970–2010 that those lists lack, from the Social Security Administration's
/// baby-name files (public domain; `Makayla`, `Jayden`, `Connor`), held as 64-bit fingerprints of
/// their capitalised spelling: a lookup hashes the token's bytes, with no allocation. Built once,
/// on first use.
enum CensusNames {
    /// The lists' names less ``functionWords``.
    static let firstNames = FingerprintTable(
        fingerprints(firstNameText).union(fingerprints(recentFirstNameText)).subtracting(functionWordPrints)
    )
    static let surnames = FingerprintTable(fingerprints(surnameText).subtracting(functionWordPrints))

    /// Both tables, for a scan to hold (``ScanText/names``).
    struct Lists: Sendable {
        let firstNames: FingerprintTable
        let surnames: FingerprintTable
    }
    static let lists = Lists(firstNames: firstNames, surnames: surnames)

    /// English function words the lists also hold as names (`IN`, `SO`, `MY` as first names;
    /// `THEN`, `FROM`, `HOW` as surnames): capitalised at a sentence start or in a title ("In
    /// May the board met") they name no one, so they are left out of both tables. Names that are
    /// also common words but real given names or surnames (`Will`, `May`, `An`) stay.
    static let functionWords = """
        IN ON TO OR SO NO DO GO HE BE US ME MY SEE BUT FROM DURING WHILE HER EVERY VIA THEN THAN WHY HOW CAN
        MUST SHALL THE AND FOR WITH OF AT BY IS IT WE IF UP MI
        """
    static let functionWordPrints = fingerprints(functionWords)

    /// The fingerprints of the words (split at spaces and line breaks) of `text`.
    static func fingerprints(_ text: String) -> Set<UInt64> {
        var set = Set<UInt64>()
        var hash = offsetBasis
        var length = 0
        for byte in text.utf8 {
            if byte == 0x20 || byte == 0x0A {
                if length > 0 { set.insert(hash) }
                hash = offsetBasis
                length = 0
            } else {
                hash = step(hash, byte)
                length += 1
            }
        }
        if length > 0 { set.insert(hash) }
        return set
    }

    static let offsetBasis: UInt64 = 0xcbf2_9ce4_8422_2325
    static let prime: UInt64 = 0x100_0000_01b3

    /// One byte of FNV-1a over a name's capitals; `'` is skipped (the lists write O'BRIEN as
    /// OBRIEN).
    @inline(__always) static func step(_ hash: UInt64, _ byte: UInt8) -> UInt64 {
        byte == 0x27 ? hash : (hash ^ UInt64(Bytes.isLower(byte) ? byte - 0x20 : byte)) &* prime
    }

    /// FNV-1a of `text[range]` in capitals (the lists' spelling).
    @inline(__always) static func fingerprint(_ text: ScanText, _ range: Range<Int>) -> UInt64 {
        var hash = offsetBasis
        for index in range { hash = step(hash, text[index]) }
        return hash
    }

    /// ``fingerprint(_:_:)`` of `bytes`: a phrase's fingerprint for a ``FingerprintTable`` of
    /// words or phrases.
    static func fingerprint(_ bytes: [UInt8]) -> UInt64 { bytes.reduce(offsetBasis, step) }

    static func isFirstName(_ text: ScanText, _ range: Range<Int>) -> Bool { text.names.firstNames.contains(fingerprint(text, range)) }
    static func isSurname(_ text: ScanText, _ range: Range<Int>) -> Bool { text.names.surnames.contains(fingerprint(text, range)) }
    /// ``isSurname(_:_:)`` or ``isFirstName(_:_:)``, hashing the word once.
    static func isName(_ text: ScanText, _ range: Range<Int>) -> Bool {
        let print = fingerprint(text, range)
        return text.names.surnames.contains(print) || text.names.firstNames.contains(print)
    }
}

/// A set of 64-bit fingerprints in an open-addressing table: the fingerprints are already
/// uniformly spread (FNV-1a), so a lookup is a mask and a short linear probe, with no rehashing.
struct FingerprintTable: Sendable {
    private let slots: [UInt64]
    private let mask: Int

    init(_ fingerprints: Set<UInt64>) {
        var capacity = 16
        // At most three quarters full: the surname table stays within 1 MiB (one core's L2 here).
        while capacity < fingerprints.count * 4 / 3 { capacity <<= 1 }
        var slots = [UInt64](repeating: 0, count: capacity)
        for fingerprint in fingerprints {
            let value = fingerprint == 0 ? 1 : fingerprint
            var index = Int(truncatingIfNeeded: value) & (capacity - 1)
            while slots[index] != 0, slots[index] != value { index = (index + 1) & (capacity - 1) }
            slots[index] = value
        }
        self.slots = slots
        self.mask = capacity - 1
    }

    @inline(__always) func contains(_ fingerprint: UInt64) -> Bool {
        let value = fingerprint == 0 ? 1 : fingerprint
        var index = Int(truncatingIfNeeded: value) & mask
        while true {
            let slot = slots[index]
            if slot == value { return true }
            if slot == 0 { return false }
            index = (index + 1) & mask
        }
    }
}

/// Words and two-word phrases (`dr`, `reply to`, `v/r`) as fingerprints, with a gate per word
/// position: a word whose first letter and length no entry's word has there is out before any
/// hashing (the word before a capitalised word is asked about at nearly every one).
struct PhraseTable: Sendable {
    private let fingerprints: FingerprintTable
    /// Per first letter, a bit per length: the words that stand alone or end a phrase.
    private let lastWords: [UInt32]
    /// Per first letter, a bit per length: the words that begin a two-word phrase.
    private let firstWords: [UInt32]

    /// `phrases`: lowercase, a phrase's two words one space or `/` apart.
    init(_ phrases: [[UInt8]]) {
        fingerprints = FingerprintTable(Set(phrases.map(CensusNames.fingerprint)))
        var lastWords = [UInt32](repeating: 0, count: 32)
        var firstWords = [UInt32](repeating: 0, count: 32)
        func note(_ word: ArraySlice<UInt8>, in table: inout [UInt32]) {
            guard let initial = word.first, Bytes.isLetter(initial), word.count < 32 else { return }
            table[Int(Bytes.lower(initial) &- 0x61) & 31] |= 1 << UInt32(word.count)
        }
        for phrase in phrases {
            let words = phrase.split(whereSeparator: { $0 == 0x20 || $0 == 0x2F })
            note(words[words.count - 1], in: &lastWords)
            if words.count > 1 { note(words[0], in: &firstWords) }
        }
        self.lastWords = lastWords
        self.firstWords = firstWords
    }

    /// Whether a word with this first letter and length may stand alone or end an entry.
    @inline(__always) func mayEnd(_ initial: UInt8, _ length: Int) -> Bool { Self.admits(lastWords, initial, length) }

    /// Whether a word with this first letter and length may begin a two-word entry.
    @inline(__always) func mayBegin(_ initial: UInt8, _ length: Int) -> Bool { Self.admits(firstWords, initial, length) }

    @inline(__always) private static func admits(_ table: [UInt32], _ initial: UInt8, _ length: Int) -> Bool {
        Bytes.isLetter(initial) && length < 32 && table[Int(Bytes.lower(initial) &- 0x61) & 31] & (1 << UInt32(length)) != 0
    }

    /// Whether `text[range]` (a word, or two words one space or `/` apart) is an entry.
    @inline(__always) func contains(_ text: ScanText, _ range: Range<Int>) -> Bool {
        fingerprints.contains(CensusNames.fingerprint(text, range))
    }
}
