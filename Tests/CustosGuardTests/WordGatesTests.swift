// SPDX-License-Identifier: Apache-2.0

import Testing

@testable import CustosGuard

/// A gate may let through words a detector then rejects, never rule out one it would take.
struct WordGatesTests {
    let gates = WordGates.shared

    @Test func everyStateNameIsLetThrough() {
        for name in AddressDetector.stateNames {
            let firstWord = name.prefix { $0 != 0x20 }
            #expect(gates.mayStartStateName(name[0], firstWord.count), "\(String(decoding: name, as: UTF8.self))")
        }
        #expect(!gates.mayStartStateName(UInt8(ascii: "Q"), 6))
    }

    @Test func everyMonthNameAndAbbreviationIsLetThrough() {
        for month in NumberDetectors.months {
            let capital = month[0] - 0x20
            #expect(gates.mayStartMonth(capital, month.count))
            #expect(gates.mayStartMonth(capital, 3))
        }
        #expect(!gates.mayStartMonth(UInt8(ascii: "J"), 5))
    }

    @Test func everyContextWordIsLetThrough() {
        for word in NumberDetectors.context.flatMap(\.1) {
            let letters = word.prefix(while: Bytes.isLetter).count
            let second = word.count > 1 ? word[1] : 0
            #expect(gates.mayStartContextWord(word[0], second, letters), "\(String(decoding: word, as: UTF8.self))")
            #expect(gates.mayStartContextWord(word[0] - 0x20, second, letters), "capitalised \(String(decoding: word, as: UTF8.self))")
        }
        #expect(!gates.mayStartContextWord(UInt8(ascii: "t"), UInt8(ascii: "h"), 3))
    }

    @Test func everyBannerLevelIsLetThrough() {
        for (word, _) in MarkingDetectors.levels {
            #expect(gates.mayStartBanner(word[0]))
            #expect(Bytes.isUpper(word[1]))
        }
    }

    @Test func everyTitleIsLetThroughBeforeASurname() {
        for title in PersonDetector.titles {
            // An abbreviation takes a dot (`Capt.`); after a whole word one ends the sentence
            // (`… Inspector General. Reason: …`).
            let dotted = title.count <= 4
            for (written, isTitle) in [(title, true), (title + [0x2E], dotted), ([title[0] - 0x20] + title.dropFirst() + [0x2E], dotted)] {
                let bytes = Array("re: ".utf8) + written + Array(" Smith".utf8)
                bytes.withUnsafeBufferPointer { buffer in
                    #expect(PersonDetector.titled(ScanText(buffer), bytes.count - 5) == isTitle, "\(String(decoding: written, as: UTF8.self))")
                }
            }
        }
        let plain = Array("re: the Smith".utf8)
        plain.withUnsafeBufferPointer { #expect(!PersonDetector.titled(ScanText($0), plain.count - 5)) }
    }

    @Test func everyTokenPrefixIsLetThrough() {
        for (prefix, _) in IdentifierDetectors.tokenPrefixes { #expect(IdentifierDetectors.mayStartToken(prefix[0], prefix[1])) }
    }
}
