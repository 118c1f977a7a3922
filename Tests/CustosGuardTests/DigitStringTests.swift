// SPDX-License-Identifier: Apache-2.0

import Testing

@testable import CustosGuard

/// The in-place digit string the number detectors validate.
struct DigitStringTests {
    @Test func keepsEveryDigitAcrossItsThreeWords() {
        let values = (0..<24).map { UInt8(($0 * 7 + 3) % 10) }
        var digits = DigitString()
        for value in values { digits.append(value) }
        #expect(digits.count == 24)
        #expect((0..<24).map { digits[$0] } == values)
    }

    @Test func countsButDoesNotKeepDigitsPastItsCapacity() {
        var digits = DigitString()
        for _ in 0..<30 { digits.append(9) }
        #expect(digits.count == 30)
        #expect(digits[23] == 9)
        #expect(digits[24] == 0)
    }

    @Test func readsTheDigitsOfATextRangeSkippingSeparators() {
        let bytes = Array("SSN 391-88-3549.".utf8)
        bytes.withUnsafeBufferPointer { buffer in
            let digits = DigitString(ScanText(buffer), 4..<15)
            #expect(digits.count == 9)
            #expect(digits.prefixValue(9) == 391_883_549)
            #expect(digits.prefixValue(3) == 391)
            #expect(!digits.isRepdigit)
        }
    }

    @Test func repdigitsAndTheValidatorsThatUseThem() {
        func digits(_ text: String) -> DigitString {
            var digits = DigitString()
            for byte in text.utf8 { digits.append(byte - 0x30) }
            return digits
        }
        #expect(digits("111111111").isRepdigit)
        #expect(!NumberDetectors.validSSN(digits("111111111")))
        #expect(!NumberDetectors.validSSN(digits("123456789")))
        #expect(NumberDetectors.validSSN(digits("391883549")))
        #expect(NumberDetectors.luhn(digits("4111111111111111")))
        #expect(!NumberDetectors.luhn(digits("4111111111111112")))
        #expect(NumberDetectors.cardPrefix(digits("378282246310005")))
        #expect(NumberDetectors.validABA(digits("011000015")))
        #expect(!NumberDetectors.validABA(digits("011000016")))
    }
}
