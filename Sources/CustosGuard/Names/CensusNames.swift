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

    /// English function words the lists also hold as names (`IN`, `SO`, `MY` as first names;
    /// `THEN`, `FROM`, `HOW` as surnames): capitalised at a sentence start or in a title ("In
    /// May the board met") they name no one, so they are left out of both tables. Names that are
    /// also common words but real given names or surnames (`Will`, `May`, `An`) stay.
    static let functionWords = """
        IN ON TO OR SO NO DO GO HE BE US ME MY SEE BUT FROM DURING WHILE HER EVERY VIA THEN THAN WHY HOW CAN
        MUST SHALL THE AND FOR WITH OF AT BY IS IT WE IF UP
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

    static func isFirstName(_ text: ScanText, _ range: Range<Int>) -> Bool { firstNames.contains(fingerprint(text, range)) }
    static func isSurname(_ text: ScanText, _ range: Range<Int>) -> Bool { surnames.contains(fingerprint(text, range)) }
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
