// SPDX-License-Identifier: Apache-2.0

import Testing

@testable import CustosGuard

/// Names as records, forms and exports write them: surname first and in capitals, found where
/// they fill a field and left alone in running text.
struct RecordNamesTests {
    @Test func aNameWrittenSurnameFirstIsWholeWhenADescriptionFollowsIt() {
        // The first name alone would leave the surname before it unredacted.
        DetectorTests.expect("Please fax records for Nelson, Mark (born 4/10/1971) to 907", .person, "Nelson, Mark")
        DetectorTests.expect("Simpson, Marcus (born July 25th, 1948) lived here.", .person, "Simpson, Marcus")
        // A list's later item is not (`Smith, Jones, Taylor`).
        DetectorTests.expectNone("Smith, Jones, Taylor (born 1990)", .person, value: "Jones, Taylor")
    }

    @Test func aNameWrittenSurnameFirstIsANameWhenItFillsAField() {
        DetectorTests.expect("INSERT INTO t (name, ssn) VALUES ('Smith, Joshua', '662085230');", .person, "Smith, Joshua")
        DetectorTests.expect("name,dob\n\"Gonzales, Melissa R.\",03/05/1992", .person, "Gonzales, Melissa R.")
        DetectorTests.expect("Patient: Nguyen, Linh\nRoom 4", .person, "Nguyen, Linh")
        DetectorTests.expect("| Brown, Joseph Michael | 2 |", .person, "Brown, Joseph Michael")
        DetectorTests.expect("Roster:\nWalker, Amy\nPerez, Luis", .person, "Perez, Luis")
        // A suffix or a dash between spaces may follow the field's name; a list's last name ends at its full stop.
        DetectorTests.expect("Roster:\nMorales, Laura, Jr. — lm@example.com\n", .person, "Morales, Laura")
        DetectorTests.expect("Roster:\nFaulkner, Michelle III — mf@example.com\n", .person, "Faulkner, Michelle")
        DetectorTests.expect("Roster:\nNelson, Scott — sn@example.com\n", .person, "Nelson, Scott")
        DetectorTests.expect("Attendance: Gray, Mary; Cox, Sabrina. ", .person, "Cox, Sabrina")
        DetectorTests.expectNone("Roster:\nNelson, Scott Jrx — sn@example.com\n", .person, value: "Nelson, Scott")
        // The same shape in prose is a list; a state after the comma makes a place; quotes must match.
        DetectorTests.expectNone("Jordan, Taylor and Morgan will present.", .person, value: "Jordan, Taylor")
        DetectorTests.expectNone("\"Washington, Virginia\"", .person)
        DetectorTests.expectNone("'Smith, Joshua\" and more", .person)
        DetectorTests.expectNone("Hello, Goodbye", .person)
    }

    @Test func aSingleNameFillingAnIndividualsLabelIsAPersons() {
        DetectorTests.expect("Patient: Sonya\nRoom: 4B", .person, "Sonya")
        DetectorTests.expect("Spouse: Contreras; Child: Mia", .person, "Contreras")
        // A firm may be a payee; in code, `name:` takes a type; a project's name is no person.
        DetectorTests.expectNone("Payee: Chase\nAmount: 40", .person)
        DetectorTests.expectNone("init(\n    name: String,\n    parent: Channel\n)", .person)
        DetectorTests.expectNone("Upstream-Name: Nettle\nUpstream-Contact: x", .person)
    }

    @Test func namesSurnameFirstAfterSemicolonsAreAList() {
        let text = "Attendees: James, Alice; Gibson, Kimberly; Clements, Crystal\nNotes: none"
        #expect(DetectorTests.found(text).map(\.1) == ["James, Alice", "Gibson, Kimberly", "Clements, Crystal"], "\(DetectorTests.found(text))")
    }

    @Test func anActionItemsOwnerIsAPerson() {
        DetectorTests.expect("Action: Sonya to send the vendor's W-9.", .person, "Sonya")
        DetectorTests.expect("AI-27542: Keith will call the contractor.", .person, "Keith")
        DetectorTests.expect("AI-33747: Contreras to update the roster.", .person, "Contreras")
        DetectorTests.expectNone("Step 2: Click to open the file.", .person)
        DetectorTests.expectNone("TODO: Cache to disk", .person)
    }

    @Test func aLabelThatANamesWordOpensLabelsAPerson() {
        DetectorTests.expect("Expiration: 12/30\nName on card: SHAWN KEITH\nBilling ZIP: 20001", .person, "SHAWN KEITH")
        DetectorTests.expect("Name of insured: KATIE Z. CARRILLO", .person, "KATIE Z. CARRILLO")
        // Not a name's word inside another label.
        DetectorTests.expectNone("Domain name of host: GRANT PARK", .person)
    }

    @Test func aLabelsFieldMayCloseAtASentencesEndOrBeforeParentheses() {
        DetectorTests.expect("Applicant name (last, first): Keith, Shawn. Social Security Number: 391-88-3549.", .person, "Keith, Shawn")
        DetectorTests.expect("RE: SHERRY KEITH (DOB: 3/2/1967) follow-up", .person, "SHERRY KEITH")
    }

    @Test func aChatLinesSpeakerMayBeWrittenSurnameFirst() {
        DetectorTests.expect("[9:41 AM] Huynh, Kristina: can you look up the DOB?", .person, "Huynh, Kristina")
        DetectorTests.expectNone("[9:41 AM] Austin, Texas: weather update", .person)
    }

    @Test func aNamesPartAloneInCapitalsFillsTheFieldItsKeyNames() {
        #expect(DetectorTests.found("DL NO: D828-1803-5474\nLN: WHITAKER\nDOB: 2002-04-11").filter { $0.0 == .person }.map(\.1) == ["WHITAKER"])
        DetectorTests.expect("USA PASSPORT · Surname: KEITH · Given names: JENNY I. CONTRERAS · Passport No: 123", .person, "KEITH")
        DetectorTests.expect("USA PASSPORT · Surname: KEITH · Given names: JENNY I. CONTRERAS · Passport No: 123", .person, "JENNY I. CONTRERAS")
        // A key that names no name's part, or a word in neither list.
        DetectorTests.expectNone("STATUS: WHITAKER\n", .person)
        DetectorTests.expectNone("LN: PENDING\n", .person)
        // An individual's or an officer's label names its one person too.
        DetectorTests.expect("ADDRESS: 12 OAK ST\nARRESTING OFFICER: WEST", .person, "WEST")
        DetectorTests.expect("PATIENT: CAMPBELL\nROOM: 4", .person, "CAMPBELL")
        DetectorTests.expectNone("EMPLOYER: CAMPBELL\n", .person)
        DetectorTests.expect("RENTER: WILLIAM F. LAWSON\nDL (WA): WDLKT123", .person, "WILLIAM F. LAWSON")
        DetectorTests.expect("REFERENCE 2: WESLEY PRICE, wp@example.gov", .person, "WESLEY PRICE")
        DetectorTests.expect("VERIFIER: BETH O. LANDRY  DATE: 12-16-2024", .person, "BETH O. LANDRY")
    }

    @Test func aPersonsLabelMayBeSpacedOutLetterByLetter() {
        DetectorTests.expect("D.O.B : 01/22/1994\nN A M E : ROBERT JOHNSON\nACCT NO : 4371", .person, "ROBERT JOHNSON")
        DetectorTests.expectNone("T Y P E : DAVID LANE", .person)
        func spaced(_ text: String) -> UInt64? {
            let bytes = Array(text.utf8)
            return bytes.withUnsafeBufferPointer { PersonDetector.letterSpacedWord(ScanText($0), endingWith: bytes.count - 1) }
        }
        #expect(spaced("N A M E") == CensusNames.fingerprint(Array("NAME".utf8)))
        #expect(spaced("AN E") == nil)  // a word of two letters before it: no spaced-out word
        #expect(spaced("A E") == nil)  // two letters are too few to tell
    }

    @Test func aReportsOneLetterRoleBeforeASlashLabelsTheNameAfterIt() {
        DetectorTests.expect("V/Hudson, Michael reported her SSN was used.", .person, "Hudson, Michael")
        DetectorTests.expectNone("I/O Hudson, Michael and Ann", .person, value: "Hudson, Michael")
    }

    @Test func aLabelMayStandSpacesBeforeItsColon() {
        DetectorTests.expect("Patient : Janet", .person, "Janet")
        DetectorTests.expect("| Patient | Janet |", .person, "Janet")
        DetectorTests.expectNone("Bank : Janet", .person)
    }

    @Test func aPoliceReportsReportingPartyIsNamed() {
        DetectorTests.expect("R/P DORIS WALLACE STATED THAT AN UNKNOWN MALE TOOK HER WALLET.", .person, "DORIS WALLACE")
        DetectorTests.expectNone("SEE R/P DORIS WALLACE STATED", .person, value: "DORIS WALLACE STATED")
    }

    @Test func aPhonesExtensionMayFollowALabelledName() {
        DetectorTests.expect("Date of loss: 11/28/2025\nAdjuster: Elizabeth ext. 85100", .person, "Elizabeth")
        DetectorTests.expectNone("Adjuster: Elizabeth extended the deadline", .person, value: "Elizabeth")
    }

    @Test func aPersonsLabelMayBeNumbered() {
        DetectorTests.expect("Passenger 1: SHAWN T. KEITH\nTravel document: Passport", .person, "SHAWN T. KEITH")
        DetectorTests.expect("Witness #2: MARY ELLIS", .person, "MARY ELLIS")
        // Capitals after a label that names no person stay a heading's.
        DetectorTests.expectNone("Section 2: GRANT PARK", .person)
    }

    @Test func aNameSurnameFirstAfterALabelMayOpenASentence() {
        DetectorTests.expect("Discharge summary: Diaz, Kristie was admitted on 5/2.", .person, "Diaz, Kristie")
        // A list goes on with `and`.
        DetectorTests.expectNone("Attendees: Jordan, Taylor and Morgan met.", .person, value: "Jordan, Taylor")
        DetectorTests.expectNone("Attendees: Jordan, Taylor or Morgan.", .person, value: "Jordan, Taylor")
    }

    @Test func aFieldOpensAndClosesAtWhatSeparatesFields() {
        let text = Array("Name: 'O'NEIL, MARY'; x".utf8)
        text.withUnsafeBufferPointer { buffer in
            let scan = ScanText(buffer)
            let quote = text.firstIndex(of: UInt8(ascii: "'"))!
            #expect(PersonDetector.Field.opening(scan, before: quote + 1) == UInt8(ascii: "'"))
            // The apostrophe inside O'NEIL opens nothing.
            #expect(PersonDetector.Field.opening(scan, before: quote + 3) == nil)
            #expect(PersonDetector.Field.opening(scan, before: quote) == UInt8(ascii: ":"))
            let end = text.lastIndex(of: UInt8(ascii: "'"))!
            #expect(PersonDetector.Field.closes(scan, after: end, opening: UInt8(ascii: "'")))
            #expect(!PersonDetector.Field.closes(scan, after: end, opening: UInt8(ascii: "\"")))
            #expect(PersonDetector.Field.closes(scan, after: end + 1, opening: UInt8(ascii: ":")), "`;` closes a field")
        }
        // Two spaces or more before the next label close a form's field.
        DetectorTests.expect("R/P: HUBER, BRITTANY   DOB: 1980-02-01", .person, "HUBER, BRITTANY")
        DetectorTests.expect("Name: Huber, Brittany  Phone: 555-0100", .person, "Huber, Brittany")
        Array("Name: Huber, Brittany  and".utf8).withUnsafeBufferPointer { buffer in
            #expect(!PersonDetector.Field.closes(ScanText(buffer), after: 21, opening: UInt8(ascii: ":")), "a lowercase word goes on")
        }
    }

    @Test func aFirstNameSignedInAsAnAccountIsSomeones() {
        DetectorTests.expect("I'm logged in as Sandra and the remote says 403", .person, "Sandra")
        DetectorTests.expect("signed on as Whitney yesterday", .person, "Whitney")
        DetectorTests.expectNone("logged in as April and", .person)
    }

    @Test func anInvitationsAttendeeAndABanksTellerAreLabelledAlone() {
        let invite = "Organizer: Jason Taylor\nRequired: Cheryl W. Carrillo\nOptional: Samuel\nWhen: 2025-08-18 13:15"
        DetectorTests.expect(invite, .person, "Samuel")
        DetectorTests.expect("Teller: Matthew  Branch 68888", .person, "Matthew")
        // Another individual's label before a `/`, any capitalised word before an individual's.
        DetectorTests.expect("Parent/Guardian: Michael", .person, "Michael")
        DetectorTests.expect("Acceptance agent: Lynch", .person, "Lynch")
        DetectorTests.expect("Escort: Lynch", .person, "Lynch")
        DetectorTests.expect("| Supervisor | Ryan |", .person, "Ryan")
        DetectorTests.expectNone("Upstream-Name: Nettle", .person)
        DetectorTests.expectNone("Bank name: Chase", .person)
        // A key and its value parted by a tab, alone on their line.
        DetectorTests.expect("Owner\tRobert", .person, "Robert")
        DetectorTests.expectNone("Owner\tRobert\tAustin", .person)
        // `Optional:` outside an invitation labels no one.
        DetectorTests.expectNone("Fields\nOptional: Austin", .person)
        // A participle and `by` label who did it.
        DetectorTests.expect("Served by: Melvin", .person, "Melvin")
        DetectorTests.expect("Order 12\nSeen by: Lindsey", .person, "Lindsey")
        DetectorTests.expectNone("Sorted by: Date", .person)
        DetectorTests.expectNone("Sorted by: Austin", .person)
    }
}
