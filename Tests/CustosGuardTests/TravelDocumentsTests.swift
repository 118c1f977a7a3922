// SPDX-License-Identifier: Apache-2.0

import Testing

@testable import CustosGuard

/// A booking's `SSR DOCS` line: the values are named by their places between the `/`s.
struct TravelDocumentsTests {
    static let booking = "PNR QX7KD2\n1. WALLACE, DORIS MR\nSSR DOCS YY HK1/P/USA/455746953/USA/1962-04-10/M\nCTCM 907-280-7724"

    @Test func aUSPassportsNumberAndItsHoldersBirthDateAreNamedByTheirPlaces() {
        DetectorTests.expect(Self.booking, .usPassport, "455746953")
        DetectorTests.expect(Self.booking, .dateOfBirth, "1962-04-10")
        DetectorTests.expectNone(Self.booking, .usSSN)
        // A passenger's name ends its numbered line with a title.
        DetectorTests.expect(Self.booking, .person, "WALLACE, DORIS")
        let letter = "SSR DOCS YY HK1/P/USA/N25691194/USA/09/08/1984/M"
        DetectorTests.expect(letter, .usPassport, "N25691194")
        DetectorTests.expect(letter, .dateOfBirth, "09/08/1984")
    }

    @Test func onlyADocsLinesFieldsAndOnlyAPassportTheUnitedStatesIssued() {
        // Another country's passport is no US passport.
        DetectorTests.expectNone("SSR DOCS YY HK1/P/CAN/455746953/CAN/1962-04-10/M", .usPassport)
        // The same shape without `DOCS` on its line names nothing.
        DetectorTests.expectNone("route HK1/P/USA/455746953/USA/x", .usPassport)
        let bytes = Array("SSR DOCS YY HK1/P/USA/455746953/USA/1962-04-10/M".utf8)
        bytes.withUnsafeBufferPointer { buffer in
            let text = ScanText(buffer)
            #expect(TravelDocuments.field(text, 22..<31) == .usPassport)
            #expect(TravelDocuments.field(text, 36..<46) == .dateOfBirth)
            #expect(TravelDocuments.field(text, 47..<48) == nil)
            #expect(TravelDocuments.field(text, 0..<3) == nil)
        }
    }
}
