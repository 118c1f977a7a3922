// SPDX-License-Identifier: Apache-2.0

import Testing

@testable import CustosGuard

/// Names in capitals: found where a label, a heading, a title or the line says a name fills
/// the place, and left alone as headings and markings elsewhere.
struct RecordNamesCapitalsTests {
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

    @Test func aNameInCapitalsOverAPartysRoleOrUnderASignaturesDelimiterIsAName() {
        let caption =
            "IN THE UNITED STATES DISTRICT COURT\nJENNY CONTRERAS,\n        Plaintiff,\nv.   Case No. 1:24-cv-0042\nACME LLC,\n        Defendant."
        #expect(DetectorTests.found(caption).filter { $0.0 == .person }.map(\.1) == ["JENNY CONTRERAS"], "\(DetectorTests.found(caption))")
        DetectorTests.expect("Thanks!\n--\nSANDRA ZUNIGA\nWatson, Morgan and Co\n655 Elm St", .person, "SANDRA ZUNIGA")
        // A line of capitals with neither is a heading.
        DetectorTests.expectNone("Notes\nGRANT PARK\nOpen daily.", .person)
    }

    @Test func aNameInCapitalsBeforeItsRoleSignsForIt() {
        let text = "IN WITNESS WHEREOF, the parties have signed below.\n____\nERIK OCONNOR, Seller\n____\nELIJAH LYNCH, Buyer"
        #expect(DetectorTests.found(text).map(\.1) == ["ERIK OCONNOR", "ELIJAH LYNCH"], "\(DetectorTests.found(text))")
        DetectorTests.expectNone("GRANT PARK, Section 4", .person)
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

    @Test func aLineHoldingAWholeNamesShapeInCapitalsIsSomeones() {
        DetectorTests.expect("Rx# 58311\nEDDIE L. WALLACE\nTAKE 1 TABLET BY MOUTH", .person, "EDDIE L. WALLACE")
        DetectorTests.expect("Rx# 58311\nTIFFANY CARRIE KENT\nTAKE 1 TABLET", .person, "TIFFANY CARRIE KENT")
        // Not a heading's words, nor a month's name first.
        DetectorTests.expectNone("Notes\nGRACE PERIOD ENDS\nsoon", .person)
        DetectorTests.expectNone("Calendar\nJUNE MAY BROWN\n", .person)
    }

    @Test func aSurnameInCapitalsAfterAReportsSubjectOrPartyIsSomeones() {
        DetectorTests.expect("Subject TURNER was released.", .person, "TURNER")
        DetectorTests.expect("Defendant HARRIS appeared with counsel.", .person, "HARRIS")
        DetectorTests.expectNone("SUBJECT MATTER was discussed", .person)
    }

    @Test func aLabelsGlossInParenthesesMayStandBeforeItsColon() {
        DetectorTests.expect("Full name (as on passport): SHERRY COCHRAN\nPassport number: 419553515", .person, "SHERRY COCHRAN")
        DetectorTests.expectNone("Location (as on map): GRANT PARK", .person)
    }

    @Test func aWholeNameWithAMiddleInitialFollowsATitle() {
        DetectorTests.expect("ATTENDING: DR. JOHN B. SMITH", .person, "JOHN B. SMITH")
        DetectorTests.expect("SSG TINA N. VILLA, PERSONNEL SECURITY DIVISION", .person, "TINA N. VILLA")
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

    @Test func aReportsParagraphNamesItsSourceInCapitals() {
        DetectorTests.expect("1. (C) SOURCE PATRICIA RICHARD GORDON REPORTED THAT", .person, "PATRICIA RICHARD GORDON")
        DetectorTests.expect("(S//REL TO USA, FVEY) SUBJECT TINA WILSON DEPARTED", .person, "TINA WILSON")
        DetectorTests.expectNone("1. (U) SOURCE CODE REVIEW FOLLOWS", .person)
        DetectorTests.expectNone("see SOURCE TINA WILSON", .person)
    }
}
