// SPDX-License-Identifier: Apache-2.0

import Testing

@testable import CustosGuard

/// Citations' people: a case's parties.
struct PersonCitationsTests {
    @Test func aCasesCaptionNamesItsParties() {
        let caption = DetectorTests.found("See Manning v. Harrison, 85082 F.3d 22228 (9th Cir. 2022).")
        #expect(caption.filter { $0.0 == .person }.map(\.1) == ["Manning", "Harrison"])
        DetectorTests.expect("In Leon vs. Tate the court held", .person, "Tate")
        DetectorTests.expect("Roe v. Wade", .person, "Roe")
    }

    @Test func aPartyThatIsAStateAFirmOrALongerNameNamesNoOne() {
        DetectorTests.expectNone("See Texas v. Johnson, 491 U.S. 397 (1989).", .person)
        DetectorTests.expectNone("Brown v. Board of Education", .person)
        DetectorTests.expectNone("United States v. Nixon, 418 U.S. 683", .person)
        DetectorTests.expectNone("Smith v. Jones Corp., 12 F.4th 1", .person)
    }
}
