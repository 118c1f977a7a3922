// SPDX-License-Identifier: Apache-2.0

import Testing

@testable import CustosGuard

/// Names as records, forms and exports write them: surname first and in capitals, found where
/// they fill a field and left alone in running text.
struct RecordNamesTests {
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

    @Test func aNameInCapitalsIsANameWhenItFillsAFormsField() {
        DetectorTests.expect("PATIENT: JOHN SMITH, DOB 03/05/1992", .person, "JOHN SMITH")
        DetectorTests.expect("Submitted by: KEVIN R. SWANSON\n", .person, "KEVIN R. SWANSON")
        DetectorTests.expect("SMITH, JOHN\n", .person, "SMITH, JOHN")
        DetectorTests.expect("| MARY O'NEIL | 2 |", .person, "MARY O'NEIL")
        DetectorTests.expect("'O'NEIL, MARY'", .person, "O'NEIL, MARY")
        DetectorTests.expect("Pt. name: Doe, Jane; MRN 12345", .person, "Doe, Jane")
        DetectorTests.expect("ATTENDING: DR. FISHER\n", .person, "FISHER")
        DetectorTests.expect("PATIENT: HEIDI JESSICA ROWE\n", .person, "HEIDI JESSICA ROWE")
        DetectorTests.expect("\"Pham, April\",1950-08-04", .person, "Pham, April")
        // Capitals that head, mark or label something else.
        DetectorTests.expectNone("GRANT PARK\nThe park opens at nine.", .person)
        DetectorTests.expectNone("Location: GRANT PARK", .person)
        DetectorTests.expectNone("Subject: MAY REPORT", .person)
        DetectorTests.expectNone("CC: CHASE BANK", .person)
        DetectorTests.expectNone("FROM: JAMES MADISON HIGH SCHOOL", .person)
        DetectorTests.expectNone("TOP SECRET//SI//NOFORN\nCLASSIFICATION: SECRET", .person)
        // A label's field ends at a full stop that ends its line (a transcript's line), or its
        // sentence (before a capital).
        DetectorTests.expect("Rep: And the name on the card?\nCustomer: CORY HARRELL.\nRep: Thanks.", .person, "CORY HARRELL")
        DetectorTests.expect("Customer: CORY HARRELL. He called.", .person, "CORY HARRELL")
        DetectorTests.expectNone("Customer: CORY HARRELL. he called.", .person)
        DetectorTests.expectNone("Location: GRANT PARK. The park opens at nine.", .person)
    }

    @Test func aNameInCapitalsOnALineOfItsOwnUnderALabelOrOverAStreetIsAName() {
        DetectorTests.expect("Ship to:\nANGELA LAMBERT\n97652 Martinez Way\nBoise, ID 83702", .person, "ANGELA LAMBERT")
        DetectorTests.expect("Attn:\nIAN Q. LAWSON\nPlease forward.", .person, "IAN Q. LAWSON")
        DetectorTests.expect("DEVIN COX\n681 Cynthia Court\nBoise, ID 83702", .person, "DEVIN COX")
        // A heading over prose, or over a line that is no street's.
        DetectorTests.expectNone("GRANT PARK\nThe park opens at nine.", .person)
        DetectorTests.expectNone("GRANT PARK\n2024 Budget Review\nPrepared in May", .person)
        DetectorTests.expectNone("Location:\nGRANT PARK\n", .person)
    }

    @Test func aFilingsHeadingNamesItsPersonInCapitals() {
        DetectorTests.expect("DECLARATION OF ROBERT JONES\n\nI, Robert Jones, declare:", .person, "ROBERT JONES")
        DetectorTests.expect("IN THE MATTER OF THE ESTATE OF MARY K. SMITH\n", .person, "MARY K. SMITH")
        DetectorTests.expect("IN RE KEVIN SWANSON\n", .person, "KEVIN SWANSON")
        DetectorTests.expect("SECRET\nTALKING POINTS FOR JASON BROWN\n* (S) The host", .person, "JASON BROWN")
        DetectorTests.expect("MEMORANDUM FOR KEVIN R. SWANSON, DIRECTOR\n", .person, "KEVIN R. SWANSON")
        DetectorTests.expectNone("MEMORANDUM FOR RECORD\n", .person)
        // A message's slash-separated field, but not a banner's caveats.
        DetectorTests.expect("SUBJ/ADAM MEDINA/DOB/1955-06-06/", .person, "ADAM MEDINA")
        DetectorTests.expectNone("SECRET//REL TO USA/GBR/CHARLES SMITH", .person)
        DetectorTests.expectNone("MEMORANDUM FOR DEPUTY DIRECTOR, OFFICE OF GRANT PARK\n", .person)
        // Other headings, and a place's name after `OF`.
        DetectorTests.expectNone("DEPARTMENT OF GRANT PARK\n", .person)
        DetectorTests.expectNone("STATEMENT OF GRANT PARK SCHOOL\n", .person)
        DetectorTests.expectNone("Declaration of Robert Jones\n", .person, value: "ROBERT JONES")
    }

    @Test func aSingleNameFillingAnIndividualsLabelIsAPersons() {
        DetectorTests.expect("Patient: Sonya\nRoom: 4B", .person, "Sonya")
        DetectorTests.expect("Spouse: Contreras; Child: Mia", .person, "Contreras")
        // A firm may be a payee; in code, `name:` takes a type; a project's name is no person.
        DetectorTests.expectNone("Payee: Chase\nAmount: 40", .person)
        DetectorTests.expectNone("init(\n    name: String,\n    parent: Channel\n)", .person)
        DetectorTests.expectNone("Upstream-Name: Nettle\nUpstream-Contact: x", .person)
    }

    @Test func aNameInCapitalsInsideALowercaseSentenceIsAPersons() {
        DetectorTests.expect("In loving memory of SHERRY KEITH, beloved husband and father.", .person, "SHERRY KEITH")
        DetectorTests.expect("a letter to JOHN Q. SMITH about the lease", .person, "JOHN Q. SMITH")
        // A surname that is also a first name is the surname when nothing follows it.
        DetectorTests.expect("Late notice to SEAN BENNETT at 4653 Jesse Rd.", .person, "SEAN BENNETT")
        // At a line's end too (a reference block's `RE:` line), and a month's name is a first
        // name when a middle initial follows it.
        DetectorTests.expect("RE: Claimant DORIS WALLACE\nBeneficiary: Gary Hill", .person, "DORIS WALLACE")
        DetectorTests.expect("Discharge summary for APRIL O. MILLER, admitted May 2.", .person, "APRIL O. MILLER")
        DetectorTests.expectNone("Discharge summary for APRIL MILLER, admitted May 2.", .person, value: "APRIL MILLER")
        DetectorTests.expect("Passenger NICHOLAS U. LI — seat 22A", .person, "NICHOLAS U. LI")
        DetectorTests.expect("13:30 Cleared. Subject MICHAEL WILLIAMSON DOB 01/20/1979 warned.", .person, "MICHAEL WILLIAMSON")
        DetectorTests.expectNone("We toured GRANT PARK DOBSON on foot", .person)
        // After a heading's dash, to the line's end.
        DetectorTests.expect("Badge request — JULIA PETERSON\nDOB 10/04/1982", .person, "JULIA PETERSON")
        DetectorTests.expectNone("Badge request — JULIA PETERSON HALL OF FAME\n", .person)
        // A place's word after a middle initial is a surname.
        DetectorTests.expect("Late notice to HEATHER V. HILL at 485 Madison Ave.", .person, "HEATHER V. HILL")
        DetectorTests.expectNone("Send the PING ACK to the peer.", .person)
        DetectorTests.expectNone("We met at GRANT PARK today.", .person)
        DetectorTests.expectNone("Marked TOP SECRET here.", .person)
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

    @Test func aNameInCapitalsOverAPartysRoleOrUnderASignaturesDelimiterIsAName() {
        let caption =
            "IN THE UNITED STATES DISTRICT COURT\nJENNY CONTRERAS,\n        Plaintiff,\nv.   Case No. 1:24-cv-0042\nACME LLC,\n        Defendant."
        #expect(DetectorTests.found(caption).filter { $0.0 == .person }.map(\.1) == ["JENNY CONTRERAS"], "\(DetectorTests.found(caption))")
        DetectorTests.expect("Thanks!\n--\nSANDRA ZUNIGA\nWatson, Morgan and Co\n655 Elm St", .person, "SANDRA ZUNIGA")
        // A line of capitals with neither is a heading.
        DetectorTests.expectNone("Notes\nGRANT PARK\nOpen daily.", .person)
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

    @Test func aNameInCapitalsBeforeItsRoleSignsForIt() {
        let text = "IN WITNESS WHEREOF, the parties have signed below.\n____\nERIK OCONNOR, Seller\n____\nELIJAH LYNCH, Buyer"
        #expect(DetectorTests.found(text).map(\.1) == ["ERIK OCONNOR", "ELIJAH LYNCH"], "\(DetectorTests.found(text))")
        DetectorTests.expectNone("GRANT PARK, Section 4", .person)
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

    @Test func aPersonsLabelNamesEveryNameOfItsListInCapitals() {
        let memo = "DISTRIBUTION: RHONDA CHRISTOPHER CARROLL, MARK PEREZ, RYAN CHRISTINE ZIMMERMAN\n"
        #expect(
            DetectorTests.found(memo).filter { $0.0 == .person }.map(\.1) == ["RHONDA CHRISTOPHER CARROLL", "MARK PEREZ", "RYAN CHRISTINE ZIMMERMAN"]
        )
        // Not after a label that names no person; past lowercase words the list has ended,
        // and a name there is found as in prose.
        DetectorTests.expectNone("TOPICS: BUDGET, MARK PEREZ\n", .person)
        DetectorTests.expect("CC: the team, MARK PEREZ and more\n", .person, "MARK PEREZ")
    }

    @Test func anIndividualsLabelWordInCapitalsNamesTheNameAfterIt() {
        DetectorTests.expect("INMATE JONATHAN HURST RELEASED 06/20/2025 TO 12 Oak St.", .person, "JONATHAN HURST")
        // A middle name that is a surname too is the surname when no surname follows.
        DetectorTests.expect("INMATE CRAIG HARRIS RELEASED 10/24/2024", .person, "CRAIG HARRIS")
        // In a sentence all in capitals, a record's label after the name tells it apart.
        DetectorTests.expect("R/O RESPONDED. CONTACTED JESSICA A. PINEDA (DOB 1957-06-11) WHO STATED", .person, "JESSICA A. PINEDA")
        DetectorTests.expect("UNIT CONTACTED ANN BROWN DOB 05/01/1947 AT SCENE", .person, "ANN BROWN")
        DetectorTests.expectNone("CONTACTED CHASE BANK (SSN VERIFICATION UNIT)", .person)
        // Or a rank before it; a lieutenant's grade names a surname alone.
        DetectorTests.expect("SGT CHRISTINE FERNANDEZ, 552ND MP CO", .person, "CHRISTINE FERNANDEZ")
        DetectorTests.expect("1LT SHEPHERD signed for the weapon.", .person, "SHEPHERD")
        DetectorTests.expectNone("RESPONDED TO MARK TWAIN AVE AT 1400 HRS", .person)
        DetectorTests.expect("NAME: KEVIN HARRIS SMITH\n", .person, "KEVIN HARRIS SMITH")
        // Not after a word that labels no individual, nor inside a line.
        DetectorTests.expectNone("REPORT JONATHAN HURST RELEASED 06/20/2025", .person)
        DetectorTests.expectNone("see the INMATE JONATHAN HURST RELEASED list", .person)
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

    @Test func aLineHoldingAWholeNamesShapeInCapitalsIsSomeones() {
        DetectorTests.expect("Rx# 58311\nEDDIE L. WALLACE\nTAKE 1 TABLET BY MOUTH", .person, "EDDIE L. WALLACE")
        DetectorTests.expect("Rx# 58311\nTIFFANY CARRIE KENT\nTAKE 1 TABLET", .person, "TIFFANY CARRIE KENT")
        // Not a heading's words, nor a month's name first.
        DetectorTests.expectNone("Notes\nGRACE PERIOD ENDS\nsoon", .person)
        DetectorTests.expectNone("Calendar\nJUNE MAY BROWN\n", .person)
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

    @Test func aNameInCapitalsMayFollowASignatureMarkOrEndAtAColon() {
        DetectorTests.expect("Concur. //signed// SANDRA BLANCHARD, Col, USAF", .person, "SANDRA BLANCHARD")
        DetectorTests.expect("/s/ WHITNEY E. SMITH", .person, "WHITNEY E. SMITH")
        DetectorTests.expect("Please rebook passenger JOHN STOUT: passport A11661454.", .person, "JOHN STOUT")
        // A path's `/s/` and words in capitals that name no one are not.
        DetectorTests.expectNone("see /docs/s/ MARK TWAIN", .person)
        DetectorTests.expectNone("//signed// ARMY NATIONAL GUARD", .person)
        DetectorTests.expectNone("the section headed PAYMENT TERMS: net 30", .person)
    }

    @Test func aFirstNameSignedInAsAnAccountIsSomeones() {
        DetectorTests.expect("I'm logged in as Sandra and the remote says 403", .person, "Sandra")
        DetectorTests.expect("signed on as Whitney yesterday", .person, "Whitney")
        DetectorTests.expectNone("logged in as April and", .person)
    }

    @Test func aReportsParagraphNamesItsSourceInCapitals() {
        DetectorTests.expect("1. (C) SOURCE PATRICIA RICHARD GORDON REPORTED THAT", .person, "PATRICIA RICHARD GORDON")
        DetectorTests.expect("(S//REL TO USA, FVEY) SUBJECT TINA WILSON DEPARTED", .person, "TINA WILSON")
        DetectorTests.expectNone("1. (U) SOURCE CODE REVIEW FOLLOWS", .person)
        DetectorTests.expectNone("see SOURCE TINA WILSON", .person)
    }

    @Test func anInvitationsAttendeeAndABanksTellerAreLabelledAlone() {
        let invite = "Organizer: Jason Taylor\nRequired: Cheryl W. Carrillo\nOptional: Samuel\nWhen: 2025-08-18 13:15"
        DetectorTests.expect(invite, .person, "Samuel")
        DetectorTests.expect("Teller: Matthew  Branch 68888", .person, "Matthew")
        // A key and its value parted by a tab, alone on their line.
        DetectorTests.expect("Owner\tRobert", .person, "Robert")
        DetectorTests.expectNone("Owner\tRobert\tAustin", .person)
        // `Optional:` outside an invitation labels no one.
        DetectorTests.expectNone("Fields\nOptional: Austin", .person)
    }
}
