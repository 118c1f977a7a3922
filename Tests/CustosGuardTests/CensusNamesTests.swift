// SPDX-License-Identifier: Apache-2.0

import Testing

@testable import CustosGuard

/// The name tables' lookups: fingerprints, the open-addressing table, and the gated phrase table.
struct CensusNamesTests {
    /// `text` as a scan text for the length of `body`.
    static func with<T>(_ text: String, _ body: (ScanText) -> T) -> T {
        Array(text.utf8).withUnsafeBufferPointer { body(ScanText($0)) }
    }

    @Test func aNameIsFoundInAnyCaseAndWithItsApostrophe() {
        Self.with("MARY mary Mary O'Brien Obrien Xyzzyq") { text in
            #expect(CensusNames.isFirstName(text, 0..<4))
            #expect(CensusNames.isFirstName(text, 5..<9))
            #expect(CensusNames.isFirstName(text, 10..<14))
            // The lists write O'BRIEN as OBRIEN: the apostrophe is left out of the fingerprint.
            #expect(CensusNames.isSurname(text, 15..<22))
            #expect(CensusNames.isSurname(text, 23..<29))
            #expect(!CensusNames.isSurname(text, 30..<36))
        }
    }

    @Test func functionWordsAreInNeitherList() {
        Self.with("The And From") { text in
            #expect(!CensusNames.isFirstName(text, 0..<3))
            #expect(!CensusNames.isSurname(text, 4..<7))
            #expect(!CensusNames.isSurname(text, 8..<12))
        }
    }

    @Test func aFingerprintTableHoldsWhatItWasGivenAndNothingElse() {
        let words = (0..<5_000).map { "word\($0)" }
        let table = FingerprintTable(Set(words.map { CensusNames.fingerprint(Array($0.utf8)) }))
        #expect(words.allSatisfy { table.contains(CensusNames.fingerprint(Array($0.utf8))) })
        #expect(!(5_000..<10_000).contains { table.contains(CensusNames.fingerprint(Array("word\($0)".utf8))) })
    }

    @Test func aPhraseTableLetsEveryEntryThroughItsGates() {
        for list in [PersonDetector.introducers, PersonDetector.titles] {
            let table = PhraseTable(list)
            for entry in list {
                let phrase = String(decoding: entry, as: UTF8.self)
                Self.with(phrase) { text in
                    #expect(table.contains(text, 0..<entry.count), "\(phrase)")
                    let words = entry.split(whereSeparator: { $0 == 0x20 || $0 == 0x2F })
                    #expect(table.mayEnd(words.last!.first!, words.last!.count), "\(phrase)")
                    if words.count > 1 { #expect(table.mayBegin(words[0].first!, words[0].count), "\(phrase)") }
                }
            }
        }
        let titles = PhraseTable(PersonDetector.titles)
        // `the` and `in` begin and end no title: out at the gate.
        #expect(!titles.mayEnd(UInt8(ascii: "t"), 3))
        #expect(!titles.mayBegin(UInt8(ascii: "i"), 2))
    }

    @Test func theWordBeforeANameIsReadAloneOrWithTheWordBeforeIt() {
        Self.with("please reply to Ann; thank you Ann; v/r Ann; the Ann") { text in
            #expect(PersonDetector.wordBefore(text, end: 15, in: PersonDetector.introducerTable))  // reply to
            #expect(PersonDetector.wordBefore(text, end: 30, in: PersonDetector.introducerTable))  // thank you
            #expect(PersonDetector.wordBefore(text, end: 39, in: PersonDetector.introducerTable))  // v/r
            #expect(!PersonDetector.wordBefore(text, end: 48, in: PersonDetector.introducerTable))  // the
        }
    }
}
