// SPDX-License-Identifier: Apache-2.0

import Testing

@testable import CustosGuard

/// A check's MICR line copied as text: the routing number, then the account number.
struct CheckLineTests {
    @Test func aChecksLineNamesItsRoutingAndAccountNumbersByTheirOrder() {
        let check = "The check says: Pay to the order of Sam Brown $605.57. At the bottom: 115146600 98242584166060 1234."
        DetectorTests.expect(check, .abaRouting, "115146600")
        DetectorTests.expect(check, .bankAccount, "98242584166060")
        DetectorTests.expectNone(check, .usSSN)
        // MICR symbols between the numbers; nine digits after the routing number are its
        // account even where they pass as a routing number.
        DetectorTests.expect("From the cheque: ⑆115146600⑆ 98242584166060⑈ 1234", .bankAccount, "98242584166060")
        let nine = "Bottom of the check: 095641937 000445270 48621"
        DetectorTests.expect(nine, .abaRouting, "095641937")
        DetectorTests.expect(nine, .bankAccount, "000445270")
        DetectorTests.expectNone(nine, .bankAccount, value: "48621")
        // Without a check named before them, the numbers are what they are alone.
        DetectorTests.expectNone("Call 115146600 98242584166060 now", .abaRouting)
    }

    @Test func separatorsAreSpacesAndMICRSymbolsEitherWay() {
        let text = Array("x 021000021⑆ ⑈123".utf8)
        text.withUnsafeBufferPointer { buffer in
            let scan = ScanText(buffer)
            let routingEnd = 11
            let account = text.count - 3
            #expect(NumberDetectors.afterCheckSeparators(scan, routingEnd) == account)
            #expect(NumberDetectors.beforeCheckSeparators(scan, account) == routingEnd)
            #expect(NumberDetectors.nineDigits(endingAt: routingEnd, scan) == 2..<11)
            #expect(NumberDetectors.nineDigits(endingAt: text.count, scan) == nil)
        }
    }

    @Test func theCheckIsNamedWithinReachBeforeTheLine() {
        let far = "The check is below." + String(repeating: " filler", count: 30) + " 115146600 98242584166060"
        DetectorTests.expectNone(far, .abaRouting)
        DetectorTests.expect("MICR: 115146600 98242584166060", .abaRouting, "115146600")
        // `check` opens the word (`checkbook`), not inside one (`paycheck` is still a check,
        // but `recheck` is a verb: neither opens with the word).
        DetectorTests.expect("From my checkbook: 115146600 98242584166060", .abaRouting, "115146600")
        DetectorTests.expectNone("Please recheck 115146600 98242584166060", .abaRouting)
    }

    @Test func transitSymbolsAroundNineDigitsNameTheRoutingNumberWithoutACheckNamed() {
        let line = "MEMO: rent\n⑆106275535⑆ 000166233794⑈ 57603"
        DetectorTests.expect(line, .abaRouting, "106275535")
        DetectorTests.expect(line, .bankAccount, "000166233794")
        DetectorTests.expectNone(line, .usSSN)
        // One symbol is not enough: the field is closed on both sides.
        DetectorTests.expectNone("MEMO: rent\n⑆106275535 000166233794", .abaRouting)
        // A depositor's `DAN` before a middle initial opens a name, naming no number.
        DetectorTests.expect("PAY TO THE ORDER OF DAN F. GOMEZ $757.61\n⑆106275535⑆ 000166233794⑈", .abaRouting, "106275535")
    }
}
