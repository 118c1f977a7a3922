// SPDX-License-Identifier: Apache-2.0

import Testing

@testable import CustosGuard

/// Each detector on values it must find and on look-alikes it must leave alone.
struct DetectorTests {
    /// The findings of `text` as (kind, matched text).
    static func found(_ text: String) -> [(SensitiveKind, String)] {
        let bytes = Array(text.utf8)
        return SensitiveDataScanner().scan(bytes).findings.map { ($0.kind, String(decoding: bytes[$0.range], as: UTF8.self)) }
    }

    static func expect(_ text: String, _ kind: SensitiveKind, _ value: String, sourceLocation: SourceLocation = #_sourceLocation) {
        let findings = found(text)
        #expect(findings.contains { $0.0 == kind && $0.1 == value }, "\(text) -> \(findings)", sourceLocation: sourceLocation)
    }

    static func expectNone(_ text: String, _ kind: SensitiveKind, sourceLocation: SourceLocation = #_sourceLocation) {
        let findings = found(text)
        #expect(!findings.contains { $0.0 == kind }, "\(text) -> \(findings)", sourceLocation: sourceLocation)
    }

    /// No finding of `kind` is exactly `value` (others of the kind may be found).
    static func expectNone(_ text: String, _ kind: SensitiveKind, value: String, sourceLocation: SourceLocation = #_sourceLocation) {
        let findings = found(text)
        #expect(!findings.contains { $0.0 == kind && $0.1 == value }, "\(text) -> \(findings)", sourceLocation: sourceLocation)
    }

    @Test func socialSecurityNumbersAreValidatedNotJustMatched() {
        Self.expect("SSN 391-88-3549 on file", .usSSN, "391-88-3549")
        Self.expect("ss# is 391 88 3549.", .usSSN, "391 88 3549")
        Self.expect("Is 525178499 right?", .usSSN, "525178499")
        for invalid in ["000-12-3456", "666-12-3456", "912-34-5678", "123-00-4567", "123-45-0000", "078-05-1120", "111-11-1111"] {
            Self.expectNone("fake SSNs like \(invalid) in fixtures", .usSSN)
        }
        Self.expectNone("order 123-45-67890 shipped", .usSSN)
    }

    @Test func cardsNeedLuhnAndAnIssuerPrefix() {
        Self.expect("card 4111 1111 1111 1111 exp", .creditCard, "4111 1111 1111 1111")
        Self.expect("amex 3782-822463-10005.", .creditCard, "3782-822463-10005")
        Self.expectNone("confirmation 4111 1111 1111 1112", .creditCard)
        Self.expectNone("ref 9111111111111111", .creditCard)
    }

    @Test func phonesFollowTheNorthAmericanPlan() {
        for (text, value) in [
            ("call (202) 555-0143 now", "(202) 555-0143"), ("cell 415-503-8836,", "415-503-8836"), ("at +1 703 555 0199", "+1 703 555 0199"),
            ("1-571-826-3756 or", "1-571-826-3756"), ("tel 571.826.3756", "571.826.3756"), ("phone 5718263756", "5718263756"),
        ] {
            Self.expect(text, .phoneUS, value)
        }
        Self.expectNone("ts=1672531200 ok", .phoneUS)
        Self.expectNone("order #8007049388", .phoneUS)
        Self.expectNone("call 123-456-7890", .phoneUS)  // no area code starts with 1
        // A bare ten digits nearest a phone's word, past another kind's (`routing`).
        Self.expect("Wants a deposit (routing 058971262). Callback 2134088229.", .phoneUS, "2134088229")
        Self.expectNone("Wants a deposit (routing 058971262) of 2134088229.", .phoneUS)
        // A birth date's word cannot name ten bare digits: it stands in no phone's way.
        Self.expect("Please fax records for Davis, Joshua (born 06/02/1999) to 2068273944.", .phoneUS, "2068273944")
    }

    @Test func aThingsLabelNamesABareNumberNoPhoneAndNoSocialSecurityNumber() {
        Self.expectNone("Order 1ZFBECWCIZ5HVAWCRX, tracking 9666697110. Thanks.", .phoneUS)
        Self.expectNone("Please check order no. 106377493 today.", .usSSN)
        Self.expectNone("Invoice #: 2025550143 is overdue.", .phoneUS)
        Self.expectNone("[Account] 0006613497 My order INV-68831165 was delayed.", .bankAccount, value: "68831165")
        // Registries' numbers too; and a thing's label right before outranks a context word farther back.
        Self.expectNone("Patient Robert Cook (MRN 004512876) was seen.", .usSSN)
        Self.expectNone("Vendor Acme (DUNS 080123456) invoiced us.", .usSSN)
        Self.expectNone("Her driver's license and provider NPI 2345678901 are on file.", .usDriverLicense)
        // A unit's `dL` names no license.
        Self.expectNone("LDL 131 mg/dL, recheck 2345678901", .usDriverLicense)
        // A person's label still names it.
        Self.expect("Please call 2025550143 today.", .phoneUS, "2025550143")
        Self.expect("Check SSN 106377493 today.", .usSSN, "106377493")
    }

    @Test func aPossessiveThatLeavesItsNounOutTakesTheKindNamedBefore() {
        let text = "My passport (101095026) expires next spring; my son's is 915905045."
        Self.expect(text, .usPassport, "915905045")
        Self.expectNone(text, .usSSN)
        Self.expect("My passport (101095026) expires soon; my son’s is V25354375.", .usPassport, "V25354375")
        Self.expect("His SSN is 391-88-3549 and mine is 525178499.", .usSSN, "525178499")
        // Not across a sentence's end, nor without the possessive.
        Self.expectNone("My passport (101095026) expires next spring. My son's is 915905045.", .usPassport, value: "915905045")
        Self.expectNone("My passport (101095026) expires next spring; the code is 915905045.", .usPassport, value: "915905045")
    }

    @Test func twoValuesJoinedByAnAmpersandTakeTheirTwoLabelsInOrder() {
        let text = "Routing & account: 122068645 & 000411641332. Thanks."
        Self.expect(text, .abaRouting, "122068645")
        Self.expect(text, .bankAccount, "000411641332")
        Self.expectNone(text, .bankAccount, value: "122068645")
    }

    @Test func labelsWrittenWithSlashesNameTheirNumbers() {
        Self.expect("R/T # 021000021, Acct# 4001234567.", .abaRouting, "021000021")
        Self.expectNone("R/T # 021000021, Acct# 4001234567.", .usSSN)
        Self.expect("D/O/B 1961-02-26; sex F", .dateOfBirth, "1961-02-26")
    }

    @Test func addressesAreParsedAndVersionsAreNot() {
        Self.expect("from 10.1.2.3 port 22", .ipAddress, "10.1.2.3")
        Self.expect("host 2001:db8::8a2e:370:7334 beaconed", .ipAddress, "2001:db8::8a2e:370:7334")
        Self.expect("link fe80::1ff:fe23:4567:890a up", .ipAddress, "fe80::1ff:fe23:4567:890a")
        Self.expectNone("Windows build 10.0.19045.3803 broke it", .ipAddress)
        Self.expectNone("Part 7 ships from bay 10.4.1.2-B today.", .ipAddress)
        Self.expect("scan 10.0.0.1-10.0.0.255 tonight", .ipAddress, "10.0.0.1")
        Self.expectNone("upgraded to version 4.12.7.33 today", .ipAddress)
        Self.expectNone("Commit 3f2a bumped the image to 3.16.13.76; done", .ipAddress)
        Self.expect("deployed to 3.16.13.76 today", .ipAddress, "3.16.13.76")
        Self.expectNone("Section 4.2.1.3 of the handbook", .ipAddress)
        Self.expectNone("address 256.1.1.1 is not one", .ipAddress)
        // A network's block names no host; a host's address with its prefix does.
        Self.expectNone("Subnet 10.0.0.0/8 is internal; 192.168.4.0/24 too.", .ipAddress)
        Self.expect("eth0 is 192.168.4.17/24 today", .ipAddress, "192.168.4.17")
        Self.expect("the host 10.0.0.0/33 is odd", .ipAddress, "10.0.0.0")
        Self.expectNone("at 12:30:45 sharp", .ipAddress)
        Self.expect("mail jane.doe+x@agency.gov.", .email, "jane.doe+x@agency.gov")
        Self.expectNone("user@localhost", .email)
        Self.expectNone("git clone git@github.com:org/repo.git", .email)
        Self.expectNone("scp notes.txt amy@bastion.agency.gov:~/inbox/", .email)
        Self.expect("write to amy@agency.gov: she knows", .email, "amy@agency.gov")
    }

    @Test func credentialsAreRecognisedByFormat() {
        Self.expect("key AKIAIOSFODNN7EXAMPLE here", .awsAccessKey, "AKIAIOSFODNN7EXAMPLE")
        Self.expect("aws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY\n", .awsSecretKey, "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY")
        Self.expectNone("commit 3f786850e387550fdab836ed7e6dc881de23001b fixed it", .awsSecretKey)
        // No digit, but `/` in a mixed-case run of forty: base64, not words.
        Self.expect("SECRET_ACCESS_KEY=gZTqEJW/FDAFkughNqTPvAyMVUKVdMrNvwD/gNbj\n", .awsSecretKey, "gZTqEJW/FDAFkughNqTPvAyMVUKVdMrNvwD/gNbj")
        Self.expectNone("see TheQuickBrownFoxJumpsOverTheLazyDogAgain for it", .awsSecretKey)
        // A key of letters only counts where a secret's name is assigned it.
        let lettersOnly = "pmaPamZckMWmTYgOSBfbhMMahZAaxLrapyruqnKv"
        Self.expect(#"{"secret_access_key": "\#(lettersOnly)"}"#, .awsSecretKey, lettersOnly)
        Self.expect("AWS_SECRET_ACCESS_KEY=\(lettersOnly)", .awsSecretKey, lettersOnly)
        Self.expectNone(#"{"display_name": "\#(lettersOnly)"}"#, .awsSecretKey)
        Self.expectNone("the secret is \(lettersOnly)", .awsSecretKey)
        Self.expect("token ghp_abcdefghijklmnopqrstuvwxyz0123456789 leaked", .apiToken, "ghp_abcdefghijklmnopqrstuvwxyz0123456789")
        Self.expect("OPENAI_API_KEY=sk-proj-" + String(repeating: "aB3", count: 20), .apiToken, "sk-proj-" + String(repeating: "aB3", count: 20))
        Self.expectNone("the sk-learn library", .apiToken)
    }

    @Test func aContextWordALinesHyphenationSplitsIsOneWord() {
        let text = "Direct deposit: the rout-\ning number is 079544885 and the ac-\ncount number is 4127762736."
        Self.expect(text, .abaRouting, "079544885")
        Self.expect(text, .bankAccount, "4127762736")
        Self.expect("The claimant, whose pass-\nport number is 288731166, called.", .usPassport, "288731166")
        // A hyphen at a line's end before a capital joins nothing (`Smith-\nJones`).
        Self.expectNone("our new-\nPassing 288731166 along", .usPassport)
    }

    @Test func aBanksNumberAndCodeAreItsAccountAndRouting() {
        let text = "I send money to my brother, his bank number is 91611195 and the bank code is 086501905."
        Self.expect(text, .bankAccount, "91611195")
        Self.expect(text, .abaRouting, "086501905")
        Self.expectNone(text, .usSSN)
    }

    @Test func aValueGivenWithARoutingNumberIsItsAccount() {
        for account in ["6747609563269", "32453748", "617791155", "5125550143"] {
            Self.expect("sure, it's \(account) and routing 113000609", .bankAccount, account)
        }
        Self.expect("sure, it's 6747609563269 and routing number 113000609", .abaRouting, "113000609")
        Self.expect("New: 78464277, same routing 113000609.", .bankAccount, "78464277")
        Self.expect("account 5125550143, routing 113000609", .bankAccount, "5125550143")
        // A context word before the value outranks it.
        Self.expect("SSN: 391883549, routing 113000609", .usSSN, "391883549")
        // Not without a routing number after.
        Self.expectNone("call 5125550143 and routing will explain", .bankAccount)
    }

    @Test func aDepositorAccountNumberBesideARoutingNumberIsAnAccount() {
        Self.expect("Direct deposit: RTN 257850621 / DAN 667392216.", .bankAccount, "667392216")
        Self.expect("Direct deposit: RTN 257850621 / DAN 667392216.", .abaRouting, "257850621")
        // `Dan` is someone, not a label.
        Self.expectNone("Call Dan 2025550143 tomorrow.", .bankAccount)
    }

    @Test func aNumbersAbbreviationBeforeAnotherEndsNoSentence() {
        Self.expect("Routing No. 223954483  Acct. No. 52273144567748  Passport No. 123456789", .bankAccount, "52273144567748")
    }

    @Test func aLevelBeforeALabelsWordIsTheLabels() {
        let block = "CUI\nControlled by: Office of Inspector General\nCUI Category: PRVCY\nPOC: Karen Lee, 202-555-0143\nCUI"
        let found = DetectorTests.found(block).filter { $0.0 == .classificationMarking }
        #expect(found.count == 2, "\(found)")
        DetectorTests.expect("SECRET Clearance holders only", .classificationMarking, "SECRET")
    }

    @Test func aLevelSpelledOutInParenthesesIsABanner() {
        Self.expect("Attachment: report.pdf (SECRET//NOFORN)", .classificationMarking, "SECRET//NOFORN")
        Self.expect("Attachment: report.pdf (CONFIDENTIAL//NOFORN)", .classificationMarking, "CONFIDENTIAL//NOFORN")
        #expect(SensitiveDataScanner().scan("Attachment: report.pdf (TOP SECRET//SI)").classification == .topSecret)
        // So is `(CUI…)` closing what names a document; opening a portion it is a portion mark. A
        // level inside a longer parenthesis is no banner.
        Self.expect("Attachment: report.pdf (CUI//SP-LEI)", .classificationMarking, "CUI//SP-LEI")
        Self.expect("The banner goes on every page, including page 3 (CUI).", .classificationMarking, "CUI")
        Self.expect("(CUI//SP-LEI) The suspect was seen.", .portionMarking, "(CUI//SP-LEI)")
        Self.expect("The paragraph was marked (CUI).", .portionMarking, "(CUI)")
        Self.expect("yes, keep it CUI. the source para was (CUI)", .portionMarking, "(CUI)")
        Self.expect("Its mark is (CUI) and it stays.", .portionMarking, "(CUI)")
        Self.expect("The Cloud Migration Assessment (CUI//SP-PRVCY)\n\n(U) No change.", .portionMarking, "(CUI//SP-PRVCY)")
        Self.expectNone("the memo (SECRET clearance needed) was sent", .classificationMarking)
    }

    @Test func aPortionMarkOpensABulletsItem() {
        Self.expect("Subject: SECRET//NOFORN\n• (S) The source reported it.", .portionMarking, "(S)")
        Self.expect("▪ (U) Routine update follows.", .portionMarking, "(U)")
        // A bullet's mark still needs its portion to follow.
        Self.expectNone("• (U) shaped brackets", .portionMarking)
    }

    @Test func aPortionMarkMayStandBeforeItsParagraphsNumber() {
        Self.expect("SECRET\n\nSUBJECT: Travel\n(S) 1. The traveler departs.", .portionMarking, "(S)")
        Self.expect("(U) 12) Routine.", .portionMarking, "(U)")
        // Not a copyright's year, nor a number that opens no sentence.
        Self.expectNone("(C) 2024. Acme Corp.", .portionMarking)
        Self.expectNone("(C) 1. and 2. below", .portionMarking)
        Self.expectNone("(S) 123. The", .portionMarking)
    }

    @Test func anOutlinesLetterIsNoBirthAbbreviation() {
        Self.expectNone("1.a. (C) Background.\n1.b. (C) I called on 2026-05-08 at 11:45.", .dateOfBirth)
        Self.expect("Jane Roe, b. May 9, 1952, lives here.", .dateOfBirth, "May 9, 1952")
    }

    @Test func aVersionWordNamesTheFourNumbersOnItsLineOnly() {
        Self.expect("Subject: Update on the region\n\n(U) Host 1.153.135.66 beaconed home.", .ipAddress, "1.153.135.66")
        Self.expectNone("Update to 1.15.13.66 tonight.", .ipAddress)
    }

    @Test func markingsAreCapitalisedAndPortionMarksOpenTheirPortion() {
        Self.expect("SECRET//NOFORN\n\nMEMO", .classificationMarking, "SECRET//NOFORN")
        Self.expect("TOP SECRET//SI/TK//NOFORN", .classificationMarking, "TOP SECRET//SI/TK//NOFORN")
        Self.expect("\"SECRET//REL TO USA, FVEY\" the right", .classificationMarking, "SECRET//REL TO USA, FVEY")
        Self.expect("this CUI//SP-PRVCY record", .classificationMarking, "CUI//SP-PRVCY")
        Self.expectNone("memo to the SECRETARY OF DEFENSE", .classificationMarking)
        Self.expectNone("requires an active Top Secret clearance", .classificationMarking)
        Self.expectNone("The Secret Service protects", .classificationMarking)
        Self.expectNone("the CUI-3 connector and SECRET-2 host were fine", .classificationMarking)
        Self.expect("summary\n(S//NF) The source reported", .portionMarking, "(S//NF)")
        Self.expect("3. (TS//SI//NF) Recommend the Director", .portionMarking, "(TS//SI//NF)")
        Self.expect("(U) SSN follows", .portionMarking, "(U)")
        Self.expect("a deck that includes (S) portions with", .portionMarking, "(S)")
        // A clause after `;` or a sentence after `?` or `!` may open with one too.
        Self.expect("the server hosted the tool; (C) No change to the assessment.", .portionMarking, "(C)")
        Self.expect("Is that right? (U) The source says so.", .portionMarking, "(U)")
        // A title's mark after it, at its line's end; a mark filling a table's cell.
        Self.expect("Threat Monitoring Assessment (U)\n\n(S) Partners", .portionMarking, "(U)")
        Self.expect("| Para | Marking |\n|---|---|\n| 1 | (C) |", .portionMarking, "(C)")
        // One of two marks joined by `or`, `and` or `/`.
        Self.expect("Quiz: which is higher, (U) or (S)? Think.", .portionMarking, "(U)")
        Self.expect("Quiz: which is higher, (U) or (S)? Think.", .portionMarking, "(S)")
        Self.expectNone("uranium (U), sulfur (S) and carbon (C)", .portionMarking)
        // A label's mark before its colon.
        Self.expect("Speaker notes (U): Recommend the change.", .portionMarking, "(U)")
        Self.expect("Figure 2 (S): Coverage map", .portionMarking, "(S)")
        Self.expectNone("see the notes (U): shaped like this", .portionMarking)
        // A mark its sentence names as one, shortly before it.
        Self.expect("each paragraph starts with a portion mark such as (U). What level?", .portionMarking, "(U)")
        Self.expect("The slide was marked (S) by mistake.", .portionMarking, "(S)")
        // Or the word after it says what it marks or means; or a paragraph's short name before it.
        Self.expect("Per the guide, (U) marks what can be released.", .portionMarking, "(U)")
        Self.expect("the first para is (C) and the footer says SECRET", .portionMarking, "(C)")
        // After a numbered part's label opening its line.
        Self.expect("Slide 1 (S) Title: Threat Update\nSlide 2 (U) Background", .portionMarking, "(U)")
        Self.expect("- [ ] (S) Review the plan\n- [x] (U) Send it", .portionMarking, "(S)")
        Self.expect("- [ ] (S) Review the plan\n- [x] (U) Send it", .portionMarking, "(U)")
        Self.expect("Quiz: is (S) higher than (U)?", .portionMarking, "(S)")
        Self.expect("Quiz: is (S) higher than (U)?", .portionMarking, "(U)")
        Self.expectNone("the ratio was 2 (C) Celsius", .portionMarking)
        for prose in [
            "Portions Copyright (C) 1993 by Digital Equipment Corporation.", "Portions (C) Copyright PADL Software",
            "The banner is fine. Then (S) salts form.",
            "it was acid; (c) 2024 Acme Corp.", "sodium; (S) salts",
            "a (U) shaped seating area", "uranium (U), sulfur (S) and carbon (C)", "(C) 2024 Acme Corp. All rights reserved.",
            "a time series (TS) model", "the applicant(s) listed", "the first table lists uranium (U)\nand more",
            "| element | uranium (U) |",
        ] {
            Self.expectNone(prose, .portionMarking)
        }
    }

    @Test func ambiguousNumbersAreNamedByTheirContext() {
        Self.expect("routing number 072622814, acct 92496053500.", .abaRouting, "072622814")
        Self.expect("routing number 072622814, acct 92496053500.", .bankAccount, "92496053500")
        Self.expectNone("routing number 072622815", .abaRouting)  // checksum fails
        Self.expect("U.S. passport number: 231070104 (issued", .usPassport, "231070104")
        Self.expect("passport A32102591, expires", .usPassport, "A32102591")
        Self.expect("Florida driver's license: W784-330-58-272-2\n", .usDriverLicense, "W784-330-58-272-2")
        Self.expect("Verified California DL #N8124158 and", .usDriverLicense, "N8124158")
        Self.expect("WA DL WDL35KV0SLRR and", .usDriverLicense, "WDL35KV0SLRR")
        Self.expect("Client (DOB 1/5/1969, SSN", .dateOfBirth, "1/5/1969")
        Self.expect("born November 10, 2004, can", .dateOfBirth, "November 10, 2004")
        Self.expectNone("follow-up scheduled for 09-29-2025.", .dateOfBirth)
        Self.expect("name,ssn,dob,phone\nJo Smith,391883549,1961-02-03,", .dateOfBirth, "1961-02-03")
        Self.expect("name,ssn,dob,phone\nJo Smith,391883549,1961-02-03,", .usSSN, "391883549")
        let order = Self.found("account number 475481195258. My order #8007049388 was")
        #expect(order.map(\.1) == ["475481195258"], "\(order)")
    }

    @Test func anIdentifierInCapitalsEndsItsSentence() {
        // The license's label does not reach past the sentence its number ends.
        Self.expectNone("Insured's license: WA DL #WDL8O8KRDP9X. My order W111801894 was also delayed.", .usDriverLicense, value: "W111801894")
    }

    @Test func anAbbreviationsDotDoesNotEndTheSentenceItsContextIsIn() {
        // "no. 0970..." is not a new sentence: "routing" and "account" still name the numbers.
        let text = "Bank routing no. 097137766, account no. 0004896895. Questions go to the desk."
        Self.expect(text, .abaRouting, "097137766")
        Self.expect(text, .bankAccount, "0004896895")
        #expect(!Self.found(text).contains { $0.0 == .usSSN || $0.0 == .phoneUS }, "\(Self.found(text))")
        #expect(!Self.found("account no. 5254274037. Questions").contains { $0.0 == .phoneUS })
        Self.expect("James Scott (passport no. M56658426, date of birth July 12, 1993)", .usPassport, "M56658426")
        // Only a number's abbreviation goes on: another word's dot ends the passport's sentence.
        Self.expectNone("We checked the passport desk. M56658426 is a ticket.", .usPassport)
        // A real sentence end still bounds the context: the routing label is in the sentence before.
        Self.expect("We changed the routing. 391-88-3549 is on file.", .usSSN, "391-88-3549")
        Self.expect("Ask for the routing desk. Dr. Patel has 212-555-0187 on file.", .phoneUS, "212-555-0187")
    }

    @Test func dottedAndShortLabelsAreContextToo() {
        DetectorTests.expect("D.O.B.: 1972-05-04\nS.S. No.: 844369346\nPh #: 3127300580", .usSSN, "844369346")
        DetectorTests.expect("D.O.B.: 1972-05-04\nS.S. No.: 844369346\nPh #: 3127300580", .phoneUS, "3127300580")
    }

    @Test func birthAloneLabelsADate() {
        DetectorTests.expect("Traveler Tom Lee. Passport: J69336939. Birth: 04/25/1994. Phone: 202-555-0143.", .dateOfBirth, "04/25/1994")
        // A birth word names a date only within a short window before it.
        DetectorTests.expectNone("The birth rate fell in 1994 and then again on 04/25/1996 per the report.", .dateOfBirth)
    }

    @Test func datesWrittenWithOrdinalsAreDatesToo() {
        DetectorTests.expect("Her birthday is March 5th, 1992.", .dateOfBirth, "March 5th, 1992")
        DetectorTests.expect("He was born on the 5th of March 1992.", .dateOfBirth, "5th of March 1992")
        DetectorTests.expect("born 21st March, 1992", .dateOfBirth, "21st March, 1992")
        DetectorTests.expect("DOB: 2nd Jan 1970", .dateOfBirth, "2nd Jan 1970")
        // Without a birth word a date is a date; a number with letters after it is no day.
        DetectorTests.expectNone("The review is on March 5th, 2024.", .dateOfBirth)
        DetectorTests.expectNone("DOB: 5x March 1992", .dateOfBirth)
    }

    @Test func bornAbbreviatedIsABirthWordButAnInitialIsNot() {
        DetectorTests.expect("Is Margaret Fuller (b. 1954-08-16) the same person?", .dateOfBirth, "1954-08-16")
        DetectorTests.expect("Is Tammy Flynn (b. September 16, 1978) the same person?", .dateOfBirth, "September 16, 1978")
        DetectorTests.expectNone("Approved by Patrick B. Schultz on 08/30/2023.", .dateOfBirth)
        // A capital's initial is not a context word that would call the number something else.
        DetectorTests.expect("Kevin B. Swanson,4102261246", .phoneUS, "4102261246")
    }

    @Test func aDateAfterALicensesLabelIsNotItsNumber() {
        let text = "Renew the license (WA DL WDLNWM1P7QT0) before 2024-12-19; it belongs to Jon."
        DetectorTests.expect(text, .usDriverLicense, "WDLNWM1P7QT0")
        #expect(DetectorTests.found(text).filter { $0.0 == .usDriverLicense }.count == 1, "\(DetectorTests.found(text))")
    }

    @Test func aBirthWordNamesADateEvenPastAnotherContextWord() {
        Self.expect("The DOB on the account is 04/18/1969 and the phone is", .dateOfBirth, "04/18/1969")
        Self.expectNone("The account was opened 04/18/2019 by the branch.", .dateOfBirth)
    }

    @Test func aBareNumberRightAfterAnAccountLabelIsTheAccount() {
        Self.expect("Account number: 5406000693549189\nAccount type: Savings", .bankAccount, "5406000693549189")
        Self.expectNone("Account number: 5406000693549189\nAccount type: Savings", .creditCard)
        Self.expect("checking account 12345678, card on file 5406000693549189.", .creditCard, "5406000693549189")
        // Given with a routing number, a number that passes Luhn is the account's too.
        let paired = "sure, it's 6533384823696589, and the routing is 021000021"
        Self.expect(paired, .bankAccount, "6533384823696589")
        Self.expectNone(paired, .creditCard)
    }

    @Test func contextWordsInsideAKeyNameTheValue() {
        let ini = "[payee]\nrouting_number = 256568697\naccount_number = 7749720068\n"
        Self.expect(ini, .abaRouting, "256568697")
        Self.expect(ini, .bankAccount, "7749720068")
        #expect(!Self.found(ini).contains { $0.0 == .usSSN || $0.0 == .phoneUS }, "\(Self.found(ini))")
        Self.expect(#"{"routingNumber": "256568697", "bankAccountNumber": "887572461882"}"#, .bankAccount, "887572461882")
        Self.expect(#"{"routingNumber": "256568697"}"#, .abaRouting, "256568697")
        Self.expect("customer_dob: 1961-02-03", .dateOfBirth, "1961-02-03")
        Self.expect("<account_number>00123456789</account_number>", .bankAccount, "00123456789")
        // Inside a file's or a function's name the word names nothing.
        Self.expectNone("see licence_info.hpp\n 1998-2020 John Maddock", .usDriverLicense)
        Self.expectNone("call phone_lookup(4155550123)", .bankAccount)
    }

    @Test func aLabelInParenthesesAfterAValueNamesIt() {
        let text = "Check: 049-56-3682 (SSN), 1957-09-12 (DOB), 5522142883 (checking account), 225992113 (routing)."
        Self.expect(text, .dateOfBirth, "1957-09-12")
        Self.expect(text, .bankAccount, "5522142883")
        Self.expect(text, .abaRouting, "225992113")
        #expect(Self.found(text).filter { $0.0 == .bankAccount }.count == 1, "\(Self.found(text))")
        #expect(!Self.found(text).contains { $0.0 == .phoneUS }, "\(Self.found(text))")
        // A parenthesis holding another value is that value's label, not this one's.
        Self.expect("Account No. 7309086231861 (routing number 246690973) belongs to", .bankAccount, "7309086231861")
    }

    @Test func aTravelDocumentsNumberIsAPassportAndAContactsNumberAPhone() {
        Self.expect("surname=Ward; given=David; doc_type=P; doc_number=B22018049; nationality=USA", .usPassport, "B22018049")
        Self.expect("Document number: 329740693", .usPassport, "329740693")
        Self.expectNone("Document number: 329740693", .usSSN)
        Self.expect("Contact: 2067483563, murray@example.com", .phoneUS, "2067483563")
    }

    @Test func aLineThatAnswersTheQuestionBeforeItIsNamedByIt() {
        Self.expect("Agent: Can I get your full name and date of birth?\nCustomer: Ana Ruiz, 01/18/1984", .dateOfBirth, "01/18/1984")
        Self.expect("Bot: What is your checking account number?\nMe: 40055192", .bankAccount, "40055192")
        // A question about two kinds names neither; a statement is no question.
        Self.expectNone(
            "Bot: Do you want to update the routing number or the checking account number today?\nMe: yes please use 40055192",
            .bankAccount
        )
        Self.expect("Bot: Do you want to update the checking account number today?\nMe: yes please use 40055192", .bankAccount, "40055192")
        Self.expectNone("Agent: I have your date of birth on file from last year already.\nCustomer: great, we moved on 01/18/2004", .dateOfBirth)
        // A questionnaire's `Q:` asks though a sentence follows its question.
        let questionnaire = "Q: Have you ever held a U.S. passport? If yes, give its number.\nA: Yes, "
        Self.expect(questionnaire + "889609977.", .usPassport, "889609977")
        Self.expectNone(questionnaire + "889609977.", .usSSN)
        Self.expect(questionnaire + "W34494522.", .usPassport, "W34494522")
        Self.expectNone("Note: I held a U.S. passport. It expired.\nRef: W34494522.", .usPassport)
    }

    @Test func aSentenceThatGoesOnToNameAValueNamesIt() {
        Self.expect("Is 303258782 a valid routing number?", .abaRouting, "303258782")
        Self.expect("021000021 is my routing number and 12345678 is my account number.", .bankAccount, "12345678")
        Self.expect("05/05/1950 was his birthday.", .dateOfBirth, "05/05/1950")
        #expect(!Self.found("Is 303258782 a valid routing number?").contains { $0.0 == .usSSN })
        // The next value's label is not this one's: a linking word must come between.
        Self.expect("SSN 078051121 routing 021000021", .usSSN, "078051121")
        // Words that link nothing end the reach: "and" starts another clause.
        Self.expect("SSN 078051121 and the routing number", .usSSN, "078051121")
        // `as the`, a dash and `that's`, and the label in capitals.
        Self.expect("Use 257205409 as the routing and 13413838 as the account.", .abaRouting, "257205409")
        Self.expect("Use 257205409 as the routing and 13413838 as the account.", .bankAccount, "13413838")
        Self.expect("N58334955 - that's the passport number on my renewal", .usPassport, "N58334955")
        Self.expect("and 1947-09-24 is the DOB on it.", .dateOfBirth, "1947-09-24")
    }

    @Test func twoIdentifiersJoinedByASlashTakeTheirLabelsInOrder() {
        let text = "Routing/account: 019112426/33342471005. Please confirm."
        Self.expect(text, .abaRouting, "019112426")
        Self.expect(text, .bankAccount, "33342471005")
        // A date's or a fraction's parts are shorter than six digits: still one value, or none.
        Self.expectNone("Routing/account: 12/2024", .bankAccount)
        #expect(!Self.found("ratio 1234/56789 and 01/02/1990").contains { $0.0 == .bankAccount || $0.0 == .abaRouting })
    }

    @Test func aDateGoingOnAListOfBirthDatesIsOne() {
        let text = "Dates of birth on the policy: 1998-05-20 (primary) and 4/13/2017 (dependent). Policyholder: Ann Lee."
        #expect(Self.found(text).filter { $0.0 == .dateOfBirth }.map(\.1) == ["1998-05-20", "4/13/2017"], "\(Self.found(text))")
        let children = "My daughter's DOB is 04/16/2009 and my son's is 01/12/2017. Can they both enroll?"
        #expect(Self.found(children).filter { $0.0 == .dateOfBirth }.map(\.1) == ["04/16/2009", "01/12/2017"], "\(Self.found(children))")
        // Another word between the dates ends the list; so does a new sentence.
        Self.expectNone("Born 1/1/1980 and hired 3/4/2010.", .dateOfBirth, value: "3/4/2010")
        Self.expectNone("DOB 1/1/1980. Hired 3/4/2010 and promoted.", .dateOfBirth, value: "3/4/2010")
    }

    @Test func bankingAndTravelAbbreviationsNameTheirValues() {
        Self.expect("ACH details - RTN 232474514, DDA 35452019153822, name on account", .bankAccount, "35452019153822")
        Self.expect("PP# 578808102 / DOB 1984-08-01", .usPassport, "578808102")
        #expect(!Self.found("PP# 578808102 / DOB 1984-08-01").contains { $0.0 == .usSSN })
        Self.expect("pls send refund 2 acct 342604087313 rtng 276693487 thx", .abaRouting, "276693487")
        Self.expect("deposit it in my acount 342604087313 please", .bankAccount, "342604087313")
        // A form's hint between the label and its value (the number passes Luhn with a card's prefix).
        Self.expect("Account number (up to 17 characters): 4497609306703\nType", .bankAccount, "4497609306703")
        Self.expect("Card (as printed): 4111111111111111", .creditCard, "4111111111111111")
        Self.expect("SUBJ/ADAM MEDINA/DOB/1955-06-06/PPT/W86292213/", .usPassport, "W86292213")
        Self.expect("passport, number 115456362, and gave 2132436941 as a contact number.", .phoneUS, "2132436941")
    }

    @Test func spanishLabelsNameValuesAsEnglishOnesDo() {
        let text = "Mi número de seguro social es 280267220 y mi fecha de nacimiento es 11/24/1945. Cuenta 4324722332, número de ruta 215070281."
        #expect(Self.found(text).map(\.0) == [.usSSN, .dateOfBirth, .bankAccount, .abaRouting], "\(Self.found(text))")
        Self.expect("Número de pasaporte: 396679118", .usPassport, "396679118")
        Self.expect("Mi hija Tonya nació el 01/03/2015.", .dateOfBirth, "01/03/2015")
        Self.expect("Mi hija Tonya nació el 01/03/2015.", .person, "Tonya")
        Self.expect("Hola, me llamo Tonya.", .person, "Tonya")
    }

    @Test func frenchLabelsNameBirthDates() {
        Self.expect("Votre date de naissance (04/12/1961) a été vérifiée.", .dateOfBirth, "04/12/1961")
        Self.expect("Elle est née le 04/12/1961 à Lyon.", .dateOfBirth, "04/12/1961")
        Self.expectNone("La réunion du 04/12/2024 est annulée.", .dateOfBirth)
    }

    @Test func fourSmallNumbersAfterARevisionAreAVersion() {
        Self.expectNone("See page 12 of the VA handbook, revision 4.18.4.38.", .ipAddress)
        Self.expect("The host 4.18.4.38 answered.", .ipAddress, "4.18.4.38")
        // Markdown's emphasis and an identifier's part start the word too.
        Self.expectNone("**Read this.** _Section 4.2.1.3 of the handbook_", .ipAddress)
        Self.expectNone("app_version 4.2.1.3", .ipAddress)
        // A version word followed by a number of its own numbers nothing after it.
        Self.expect("Firewall rule 12 allows 2.129.14.17 to 8.4.102.237", .ipAddress, "2.129.14.17")
        Self.expect("Firewall rule 12 allows 2.129.14.17 to 8.4.102.237", .ipAddress, "8.4.102.237")
        Self.expectNone("See rule 4.2.1.3 in the guide.", .ipAddress)
        // An image's tag glued to its name is a version; an address's key is not a name.
        Self.expectNone("docker run -p 8080:80 app:7.7.29.52", .ipAddress)
        Self.expect("src_ip:7.7.29.52 denied", .ipAddress, "7.7.29.52")
    }

    @Test func aContextWordInThePluralNamesValuesToo() {
        Self.expect("Column D holds DOBs such as 09/19/1982; mask them.", .dateOfBirth, "09/19/1982")
        Self.expect("Old accounts: 5522142883 and more.", .bankAccount, "5522142883")
        Self.expect("Passports on file: 578808102 and more.", .usPassport, "578808102")
        // Not any word that goes on past the context word.
        Self.expectNone("The dobsons left on 09/19/1982.", .dateOfBirth)
    }

    @Test func aBirthWordNamesTheFirstDateAfterIt() {
        let text = "Resubmit with your DOB (05/23/1957) by 6/22/2023 or we close the file."
        Self.expect(text, .dateOfBirth, "05/23/1957")
        #expect(Self.found(text).filter { $0.0 == .dateOfBirth }.map(\.1) == ["05/23/1957"], "\(Self.found(text))")
        Self.expectNone("Your DOB (27 Jun 1965) by Apr 02, 2024", .dateOfBirth, value: "Apr 02, 2024")
    }

    @Test func aDateInParenthesesAfterANameIsABirthDate() {
        Self.expect("Pt Dana Shah (11/08/1944) seen today for follow-up.", .dateOfBirth, "11/08/1944")
        Self.expectNone("Ticket (11/08/2024) closed.", .dateOfBirth)
        Self.expectNone("Pt Dana Shah (seen 11/08/2024) is better.", .dateOfBirth)
        Self.expect("Patient: Dana A. Shah (11/08/1944)", .dateOfBirth, "11/08/1944")
        // A name that signs for something dates the signature.
        Self.expectNone("Approved: John Smith (03/04/2024)", .dateOfBirth)
        Self.expectNone("Reviewed by John A. Smith (03/04/2024).", .dateOfBirth)
    }

    @Test func aFirstNameBeforeADateInParenthesesIsAPersons() {
        let text = "Dependents to add: Dustin (03/30/2011), Amanda (Oct 21, 2012) and Michael (11/20/2011)."
        #expect(Self.found(text).filter { $0.0 == .person }.map(\.1) == ["Dustin", "Amanda", "Michael"], "\(Self.found(text))")
        Self.expectNone("Release Phoenix (2021) notes", .person)
    }

    @Test func aBirthDatesOrAPhonesLabelDoesNotStandInABareSSNsWay() {
        let text = "Verify each (name / SSN / DOB):\n- Mary Ellis / 167464386 / 1938-05-17"
        Self.expect(text, .usSSN, "167464386")
        Self.expect("cell 415-503-8836 and 167464386", .usSSN, "167464386")
        // Another kind's label still names nine digits as its own.
        Self.expectNone("routing 021000021", .usSSN)
    }

    @Test func aListsLetteredMarkerIsNoBirthAbbreviation() {
        let text = "a. Jonathan Salazar - 5057318401 - x@y.gov\nb. Diane Robinson - 8046658163 - m@army.mil"
        #expect(Self.found(text).filter { $0.0 == .phoneUS }.map(\.1) == ["5057318401", "8046658163"], "\(Self.found(text))")
        Self.expect("Jo Ann, b. 03/30/2011, lives here", .dateOfBirth, "03/30/2011")
    }

    @Test func aDateAfterANameAndTheRelationItIsListedAsIsABirthDate() {
        let text = "Beneficiaries: Tanner Hart (son) December 06, 2013, Laura Ortiz (daughter) 06/10/2011."
        #expect(Self.found(text).filter { $0.0 == .dateOfBirth }.map(\.1) == ["December 06, 2013", "06/10/2011"], "\(Self.found(text))")
        // Another note in the parentheses, or no name before them, is no such list.
        Self.expectNone("Approved by Laura Ortiz (manager) 06/10/2024.", .dateOfBirth)
        Self.expectNone("The form (daughter) 06/10/2011.", .dateOfBirth)
    }

    @Test func aSecondBirthDateInTheSameBreathIsOneToo() {
        let text = "His birth date is 1/14/2019; mine is 07-04-1965."
        #expect(Self.found(text).filter { $0.0 == .dateOfBirth }.map(\.1) == ["1/14/2019", "07-04-1965"], "\(Self.found(text))")
        // A deadline's word before it makes a date a deadline.
        Self.expectNone("Your date of birth is needed by 6/22/2023.", .dateOfBirth)
        // A correction's rejected value is no birth date.
        let corrected = "Reminder: Gary's DOB is May 06, 1940, not 12/13/2024."
        #expect(Self.found(corrected).filter { $0.0 == .dateOfBirth }.map(\.1) == ["May 06, 1940"], "\(Self.found(corrected))")
    }

    @Test func classificationIsTheHighestMarking() {
        let scanner = SensitiveDataScanner()
        #expect(scanner.scan("CUI\n(U) Employee\n(CUI) SSN").classification == .cui)
        #expect(scanner.scan("SECRET//NOFORN\n(TS//SI) x").classification == .topSecret)
        #expect(scanner.scan("nothing marked here").classification == nil)
    }
}

/// Names and addresses, phrased unlike the development corpus.
struct NameAndAddressTests {
    @Test func fullNamesAndIntroducedFirstNames() {
        DetectorTests.expect("Please forward this to Maria Gonzalez before Friday.", .person, "Maria Gonzalez")
        DetectorTests.expect("Reviewed by Kevin J. O'Brien on the 3rd.", .person, "Kevin J. O'Brien")
        DetectorTests.expect("Dear Margaret,\nYour appeal was received.", .person, "Margaret")
        DetectorTests.expect("Best,\nTheodore", .person, "Theodore")
        DetectorTests.expect("Ask Dr. Patel about the results.", .person, "Patel")
        // After a title, a role's word is a surname (alone, `Holder` is a label's word).
        DetectorTests.expect("I'm a patient of Dr. Holder. My DOB is 1961.", .person, "Holder")
        DetectorTests.expectNone("Holder: see the card.", .person)
        DetectorTests.expectNone("The delegation visited the South China Sea region.", .person)
        DetectorTests.expectNone("Monthly Claims Volume rose in April.", .person)
        DetectorTests.expectNone("We met in April and again in June.", .person)
    }

    @Test func aSurnameThatIsAlsoAFirstNameIsANameAfterATitle() {
        let found = DetectorTests.found("Mr. Fowler and Ms. Martin met with the board.")
        #expect(found.filter { $0.0 == .person }.map(\.1) == ["Fowler", "Martin"], "\(found)")
    }

    @Test func officesAndRanksAreTitlesButNotNames() {
        let found = DetectorTests.found("Officer Diaz took the report; Sen. Moran asked Maj. Ortiz and Judge Drake.")
        #expect(found.filter { $0.0 == .person }.map(\.1) == ["Diaz", "Moran", "Ortiz", "Drake"], "\(found)")
        // A title before another title is an office ("General" and "Colonel" are in the name lists).
        DetectorTests.expectNone("She joined the Office of Inspector General in May.", .person)
        DetectorTests.expectNone("He was promoted to Lieutenant Colonel last year.", .person)
        DetectorTests.expectNone("Officer training starts at 9:00; Agent orientation is in Room 12.", .person)
    }

    @Test func valuesNextToPunctuationOutsideASCIIAreFound() {
        DetectorTests.expect("He said “John Smith” called about it.", .person, "John Smith")
        DetectorTests.expect("Thanks —John Smith", .person, "John Smith")
        DetectorTests.expect("Contact: «Mary Jones» at the desk", .person, "Mary Jones")
        DetectorTests.expect("Key:AKIAIOSFODNN7EXAMPLE’s owner", .awsAccessKey, "AKIAIOSFODNN7EXAMPLE")
        DetectorTests.expectNone("Key:AKIAIOSFODNN7EXAMPLEé owner", .awsAccessKey)
    }

    @Test func functionWordsInTheNameListsNameNoOne() {
        DetectorTests.expectNone("In May the board met again.", .person)
        DetectorTests.expectNone("So Will it be, or not?", .person)
        DetectorTests.expect("I called John Then. Then we left.", .person, "John")
        DetectorTests.expect("Will Smith and May Jones and An Nguyen signed.", .person, "An Nguyen")
    }

    @Test func aRunWithAnInstitutionsWordNamesNoOne() {
        DetectorTests.expectNone("Chase Bank and Wells Fargo sponsored the event.", .person)
        DetectorTests.expectNone("Franklin Templeton manages the fund.", .person)
        // Unless an individual's label names it a person: a spouse is no firm.
        DetectorTests.expect("Spouse's name: Edward Jones  Spouse's SSN: 166-41-3707", .person, "Edward Jones")
        DetectorTests.expectNone("Employer: Edward Jones", .person)
        DetectorTests.expectNone("She works at Mary Washington Hospital on weekends.", .person)
        // A landmark's last word (`Hole`, `Canyon`) is a place's, though the lists hold it as a surname.
        DetectorTests.expectNone("The Lincoln Memorial and Jackson Hole are closed on Monday.", .person)
        DetectorTests.expectNone("We hiked Bryce Canyon and Walnut Creek in May.", .person)
        DetectorTests.expectNone("My grandfather emigrated from Eastern Europe.", .person)
        // A surname that is also a place word stays a name.
        DetectorTests.expect("the veteran, Eric Church, served in the Navy", .person, "Eric Church")
    }

    @Test func aFirstNameAfterAVerbThatTakesAPersonOrAnAtSignIsAName() {
        let chat = DetectorTests.found("cc: Morgan\nask John about the numbers, John has them. ping Morgan if not.")
        #expect(chat.filter { $0.0 == .person }.map(\.1) == ["Morgan", "John", "John", "Morgan"], "\(chat)")
        DetectorTests.expect("@Brandon can you review the change?", .person, "Brandon")
        DetectorTests.expect("my social is 391-88-3549 if you need it. thx, Nicole", .person, "Nicole")
        DetectorTests.expectNone("write to help@Brandon.example if it fails", .person)
        DetectorTests.expect("I will be out of the office.\n\nv/r,\nJohn", .person, "John")
        DetectorTests.expect("Good morning Sandra, the forms are attached.", .person, "Sandra")
        DetectorTests.expect("My grandmother Ruth was born 04/25/1944.", .person, "Ruth")
    }

    @Test func givenNamesOfPeopleBornAfter1990AreNamesToo() {
        DetectorTests.expect("The analyst, Makayla Massey, confirmed it.", .person, "Makayla Massey")
        DetectorTests.expect("Visitor log: Connor Taylor checked in.", .person, "Connor Taylor")
        // Places and brands that are also given names are left out of the lists.
        DetectorTests.expectNone("The delegation from Aden requested a meeting.", .person)
        DetectorTests.expectNone("Copyright (c) 2012 O'Reilly Media, Inc.", .person)
    }

    @Test func aFirstNameThatSignsAfterADashOrSpeaksInAChatIsAName() {
        DetectorTests.expect("Can you update the vault? -Amber", .person, "Amber")
        DetectorTests.expect("See you then.\n\u{2014} Jeffrey\n", .person, "Jeffrey")
        DetectorTests.expect("[10:42] Jasmin: hey can u check my acct?", .person, "Jasmin")
        DetectorTests.expect("Jasmin: hey there", .person, "Jasmin")
        // A list's bullets and a form's fields are neither.
        DetectorTests.expectNone("Tools:\n- Ruby\n- Python\n", .person)
        DetectorTests.expectNone("Major: Computer Science", .person)
    }

    @Test func aFirstNameSomeoneWritesOrSpeaksToIsAName() {
        DetectorTests.expect("Could you draft a reply to Sharon?", .person, "Sharon")
        DetectorTests.expect("I spoke with Anthony yesterday.", .person, "Anthony")
        DetectorTests.expectNone("Could you draft a reply to Austin, TX?", .person)
        DetectorTests.expectNone("We flew to Sharon and back.", .person)
        DetectorTests.expect("Reply sent to Tammy by the nurse on Monday.", .person, "Tammy")
        DetectorTests.expect("Welcome aboard, Laura! Your account is ready.", .person, "Laura")
        DetectorTests.expect("Heads up Deborah: the old key was revoked.", .person, "Deborah")
        DetectorTests.expect("Write a thank-you note to Kenneth for covering my shift.", .person, "Kenneth")
        DetectorTests.expect("Please reset MFA for me; I'm Jose. Thanks", .person, "Jose")
        DetectorTests.expect("Please reset MFA for me; I’m Holly.", .person, "Holly")
        DetectorTests.expectNone("I'm Sorry, the page is gone.", .person)
        // A first name that opens a firm's name is no one's.
        DetectorTests.expectNone("W-9 received from Carson and Sons on Monday.", .person)
        DetectorTests.expectNone("W-9 received from Thomas PLC on Monday.", .person)
        DetectorTests.expect("W-9 received from Thomas on Monday.", .person, "Thomas")
        DetectorTests.expectNone("Welcome to Virginia Beach.", .person)
        DetectorTests.expect("The ticket was assigned to Derek yesterday.", .person, "Derek")
        DetectorTests.expectNone("The invoice was sent to Georgia last week.", .person)
    }

    @Test func aFirstNameThatDoesWhatOnlyPeopleDoIsAName() {
        DetectorTests.expect("Could you draft a reply? Christy wants to know why the payment bounced.", .person, "Christy")
        DetectorTests.expect("Heidi handles the vendor file.", .person, "Heidi")
        // Places and companies named like people say and report; they do not want.
        DetectorTests.expectNone("China said on Tuesday that exports rose.", .person)
        DetectorTests.expectNone("Chase reported higher fees.", .person)
        DetectorTests.expectNone("May wants nothing more.", .person)
    }

    @Test func aLineOrAQuotationThatAddressesAFirstNameNamesThem() {
        DetectorTests.expect("Karen, can you resend the form?", .person, "Karen")
        DetectorTests.expect(#"Rewrite this: "Darren -- the portal rejected it.""#, .person, "Darren")
        DetectorTests.expect("Notes:\nMichael \u{2013} please call back.", .person, "Michael")
        // A place, a list or a date: a capital after the comma, a month or a state.
        DetectorTests.expectNone("Austin, TX 78701", .person)
        DetectorTests.expectNone("Paris, France is lovely.", .person)
        DetectorTests.expectNone("June, the month we ship.", .person)
        DetectorTests.expectNone("We drove past Karen, then left.", .person, value: "Karen")
    }

    @Test func aFirstNameThatOwnsSomethingIsAName() {
        DetectorTests.expect("Kelly's birthday is 05/20/2014; add her to the roster.", .person, "Kelly")
        DetectorTests.expectNone("May's figures were higher than April's.", .person)
        DetectorTests.expectNone("Virginia's roads are busy.", .person)
        // An abbreviation in capitals is owned as a lowercase word is; a capitalised word is not.
        DetectorTests.expect("Reminder: Gary's DOB is 05/06/1970.", .person, "Gary")
        DetectorTests.expectNone("Austin's Downtown is busy.", .person)
        DetectorTests.expect("Q: And Robert's Social Security number?", .person, "Robert")
        DetectorTests.expectNone("Virginia's Social Services office", .person)
        DetectorTests.expectNone("Austin's NASDAQ-listed firms", .person)
    }

    @Test func aFirstNameJoinedToAPronounOrLetKnowIsAName() {
        DetectorTests.expect("Carol and I reviewed the file.", .person, "Carol")
        DetectorTests.expect("Thanks to you and Amy for the help.", .person, "Amy")
        DetectorTests.expect("Let April know if it fails.", .person, "April")
        DetectorTests.expect("I'll loop in Dennis on this.", .person, "Dennis")
        DetectorTests.expect("Hi there Jill! Your card was replaced.", .person, "Jill")
        DetectorTests.expectNone("We met in May and I told them.", .person)
        DetectorTests.expectNone("Carol and Ivan", .person, value: "Carol")
        DetectorTests.expectNone("Let Virginia decide.", .person)
    }

    @Test func aListOfThreeFirstNamesNamesPeople() {
        let text = "The volunteers this week are Taylor, Wayne, and Lori; Katie Lewis coordinates."
        #expect(DetectorTests.found(text).filter { $0.0 == .person }.map(\.1) == ["Taylor", "Wayne", "Lori", "Katie Lewis"])
        DetectorTests.expect("Attendees: Amy, Bob & Carl.", .person, "Bob")
        // Places, a firm's name, a project's parts, two items only.
        DetectorTests.expectNone("We have offices in Austin, Dallas, and Houston.", .person)
        DetectorTests.expectNone("Meet at the Gay, Thomas and Campbell office.", .person)
        DetectorTests.expectNone("Sender: noreply via Garrett Portal", .person)
        DetectorTests.expectNone("billed by Martin Ltd today", .person)
        DetectorTests.expectNone("(C) 2022 Le, Chan and Walker. All rights reserved.", .person)
        // A firm is named as a list is: only a word that introduces people makes one of people.
        DetectorTests.expectNone("SBA loan file for Coleman, Gilbert and Riley: see the owner.", .person)
        // And a name in a firm's name is no mention of a person of that name.
        let firm = "SBA loan file for Sanchez, Clark and Lee: owner Mary Lee (SSN 391-88-3549)."
        #expect(DetectorTests.found(firm).filter { $0.0 == .person }.map(\.1) == ["Mary Lee"], "\(DetectorTests.found(firm))")
        DetectorTests.expectNone("Project Athena, Athena, Athena MUSE, Discuss", .person)
        DetectorTests.expectNone("Ask about Taylor and Wayne.", .person, value: "Wayne")
        // A name may come twice (two people of one name).
        DetectorTests.expect("The volunteers are Nicole, Heather, and Nicole.", .person, "Heather")
    }

    @Test func aSurnameAloneShortlyBeforeItsTitledMentionIsAName() {
        let text = "Per our call, Rubio will send the W-9 with TIN 391-88-3549 to the office. Ms. Rubio also gave her birthday."
        #expect(DetectorTests.found(text).filter { $0.0 == .person }.map(\.1) == ["Rubio", "Rubio"], "\(DetectorTests.found(text))")
        // Too far before (more than a stream holds back), or inside an address that outranks the name.
        let far = "Rubio will send it. " + String(repeating: "Nothing to add here. ", count: 10) + "Ms. Rubio also gave it."
        #expect(DetectorTests.found(far).filter { $0.0 == .person }.map(\.1) == ["Rubio"], "\(DetectorTests.found(far))")
        DetectorTests.expectNone("Place of birth: Austin, TX\nCurrent address: 504 Young Place, Craigland, ME 81530", .person, value: "Place")
    }

    @Test func aStatesCodeAfterACityIsNoTitle() {
        DetectorTests.expectNone("She formerly lived in Nathanmouth, MS. Section 4.2.1.3 of the handbook applies.", .person)
        DetectorTests.expect("Please ask Ms. Calderon to sign.", .person, "Calderon")
        DetectorTests.expect("PATIENT SEEN BY DR. Patel today", .person, "Patel")
    }

    @Test func aMiddleInitialMakesANameAfterTheAPersons() {
        DetectorTests.expect("Is she the same person as the Kevin V. Porter in case 2026-0042?", .person, "Kevin V. Porter")
        DetectorTests.expectNone("Meet at the John F. Kennedy Center.", .person)
        DetectorTests.expectNone("He reads the Washington Post daily.", .person)
    }

    @Test func aFirstNameAfterWhatSomeoneDoesByIsAName() {
        DetectorTests.expect("Minutes taken by Tiffany.", .person, "Tiffany")
        DetectorTests.expect("The library was originally written by Tobias and his students.", .person, "Tobias")
        DetectorTests.expectNone("Taxes are due by April.", .person)
    }

    @Test func aMiddleInitialMakesAnUnlistedFirstNameAName() {
        // "Connor" is not in the 1990 Census lists; the initial and the surname say it is a name.
        DetectorTests.expect("the customer, Connor O. Waters, says the reference", .person, "Connor O. Waters")
        DetectorTests.expectNone("the Xyzzy Q. Plugh, says", .person)
        // Nor are "Cristian" and "Makayla"; a word that introduces a person does the same.
        DetectorTests.expect("(S//REL) Contact Cristian Jackson for details.", .person, "Cristian Jackson")
        DetectorTests.expect("Children: Makayla (born 2015-07-15) and Jim (born 5/31/2016).", .person, "Jim")
        DetectorTests.expectNone("Visit the Contact Center for details.", .person)
        DetectorTests.expect("Applicant: Whitney Love\nPassport No.: 788235227", .person, "Whitney Love")
        DetectorTests.expect("I will follow up.\n\nv/r,\nConnor Barton\nRegional Office", .person, "Connor Barton")
        #expect(DetectorTests.found("Applicant: Whitney Love\nPassport No.: 788235227").filter { $0.0 == .person }.count == 1)
        // A first name described as a person right after it.
        let children = DetectorTests.found("Children: Jim (born 10/14/2022) and Ashley (born 6/28/2022).")
        #expect(children.filter { $0.0 == .person }.map(\.1) == ["Jim", "Ashley"], "\(children)")
        DetectorTests.expectNone("Sales rose in May (age data pending).", .person)
    }

    @Test func laterMentionsOfSomeoneNamedInFullAreNamesToo() {
        let found = DetectorTests.found("Ryan White briefed the group on Monday. Ryan will follow up, and White agreed.")
        #expect(found.filter { $0.0 == .person }.map(\.1) == ["Ryan White", "Ryan", "White"], "\(found)")
        // Part of another capitalised phrase, or never named in full: not a mention.
        let house = DetectorTests.found("Ryan White toured the White House. Later, Ryan left.")
        #expect(house.filter { $0.0 == .person }.map(\.1) == ["Ryan White", "Ryan"], "\(house)")
        DetectorTests.expectNone("Ryan will follow up on Monday.", .person)
        // A name found in capitals is mentioned again by its surname in capitals.
        let report = DetectorTests.found("R/O contacted SUSAN T. BROWN (W/F, DOB 05/08/2002) at the scene. BROWN stated her SSN was stolen.")
        #expect(report.filter { $0.0 == .person }.map(\.1) == ["SUSAN T. BROWN", "BROWN"], "\(report)")
        let acronyms = DetectorTests.found("NAME: SUSAN BROWN\nSSN and DOB on file; BROWNS FERRY is the site.")
        #expect(acronyms.filter { $0.0 == .person }.map(\.1) == ["SUSAN BROWN"], "\(acronyms)")
        // A sentence's first word before the mention does not make it part of a phrase.
        let holiday = DetectorTests.found("Louis Day met the team before Martin Luther King Jr. Day and flew to St. Louis.")
        // The name inside the holiday's is found; its `Day` and the city's `Louis` are no mentions.
        #expect(holiday.filter { $0.0 == .person }.map(\.1) == ["Louis Day", "Martin Luther King"], "\(holiday)")
        let sentence = DetectorTests.found("Ryan White briefed the group. White said the review moved.")
        #expect(sentence.filter { $0.0 == .person }.map(\.1) == ["Ryan White", "White"], "\(sentence)")
        let text = DetectorTests.found("Reminder from Ryan White: the review moved to 10:15. Text Ryan at 415-503-8836.")
        #expect(text.filter { $0.0 == .person }.map(\.1) == ["Ryan White", "Ryan"], "\(text)")
        // A surname inside a firm's name, hyphenated or first in a list, is no mention.
        let firms = DetectorTests.found("I, Curtis Clark, authorize Odonnell-Clark and Clark, Gomez and Bennett to release it.")
        #expect(firms.filter { $0.0 == .person }.map(\.1) == ["Curtis Clark"], "\(firms)")
    }

    @Test func aNameBeforeARelativeClauseAboutAPersonIsAName() {
        DetectorTests.expect("Acosta, who lives at 12 Oak St, told investigators.", .person, "Acosta")
        DetectorTests.expect("Kelly, whose claim was denied, called.", .person, "Kelly")
        // A description a field's name also takes (`age`) is not enough for a surname alone.
        DetectorTests.expectNone("let name: String, age: Int", .person)
        DetectorTests.expectNone("In May, who knows.", .person)
    }

    @Test func aNameInAQueryStringIsAName() {
        DetectorTests.expect("GET /lookup?name=Jamie+Price&email=x@y.gov", .person, "Jamie+Price")
        DetectorTests.expect("body: name=Thomas%20A.%20Jimenez&passport=1", .person, "Thomas%20A.%20Jimenez")
        DetectorTests.expect("name=Wendy+M.+Rodriguez", .person, "Wendy+M.+Rodriguez")
        // Not after `=`, or not ending with a listed surname.
        DetectorTests.expectNone("search?q=Jamie+pizza", .person)
        DetectorTests.expectNone("a Jamie+Price sum", .person, value: "Jamie+Price")
    }

    @Test func aMonthBeforeADayIsADateNotAFirstName() {
        DetectorTests.expectNone("Deposits from August 22, 2026 to April 3.", .person)
        DetectorTests.expectNone("Deposits from Jan 26, 2025 on.", .person)
        DetectorTests.expect("A note from August about the claim.", .person, "August")
        // Nor is a month a mention of someone of that name.
        let mention = DetectorTests.found("Employee\tStart\nApril Ross\t2023-08-18\nSally Horne\tApril 30, 2023")
        #expect(mention.filter { $0.0 == .person }.map(\.1) == ["April Ross", "Sally Horne"], "\(mention)")
    }

    @Test func aDomainsLastLabelIsNoTitle() {
        // `gov` is a governor's abbreviation, not inside `opm.gov`.
        DetectorTests.expectNone("SP email brianna@opm.gov. Draft a memo to the office.", .person)
        DetectorTests.expect("We met Gov. Draft at noon.", .person, "Draft")
    }

    @Test func aRoleAContractDefinesIsNoSurname() {
        let text = "This Lease is between Jo Li (\"Landlord\") and Dawn Pineda (\"Tenant\"). Tenant's SSN: 594-41-2222."
        #expect(DetectorTests.found(text).filter { $0.0 == .person }.map(\.1) == ["Jo Li", "Dawn Pineda"], "\(DetectorTests.found(text))")
    }

    @Test func aSurnameThatOwnsAPersonsRecordIsAName() {
        DetectorTests.expect("The DOB is wrong. Please correct Lopez's file (SSN 223-64-8690).", .person, "Lopez")
        DetectorTests.expect("Attach Brown's date of birth too.", .person, "Brown")
        DetectorTests.expectNone("Driver's license: WDLRLEAWQ08T (WA)", .person)
        DetectorTests.expectNone("Check Lowe's hours before you go.", .person)
    }

    @Test func placesFirmsAndOccasionsThatBearAPersonsNameAreNoPerson() {
        // `the` before a run of capitalised words reaches every word of it.
        DetectorTests.expectNone("the terms of the GNU General Public License apply", .person)
        DetectorTests.expectNone("They sponsor the Martin Luther King Day event.", .person)
        DetectorTests.expectNone("My Morgan Stanley account and an Edward Jones advisor.", .person)
        DetectorTests.expectNone("Victoria Station, Florence Court and Paris Road are the sites.", .person)
        DetectorTests.expectNone("She manages it from West William and Lake Ryan.", .person)
        DetectorTests.expect("Call Morgan Stanton about it.", .person, "Morgan Stanton")
    }

    @Test func aSurnameBeforeAFamilyFirmsSuffixMentionsNoOne() {
        let text = "Mary Johnson called about the claim. Later Johnson and Sons sent the bill; Johnson said it was paid."
        #expect(DetectorTests.found(text).filter { $0.0 == .person }.map(\.1) == ["Mary Johnson", "Johnson"], "\(DetectorTests.found(text))")
    }

    @Test func aMonthsOrAStatesNameAfterAnIntroducerIsATimeOrAPlaceUnlessItIsGreeted() {
        DetectorTests.expectNone("We worked from April to June.", .person)
        DetectorTests.expectNone("Prices rose from January through March.", .person)
        DetectorTests.expectNone("Greetings from Virginia and Georgia!", .person)
        DetectorTests.expectNone("The grant was written by Virginia Tech staff.", .person)
        DetectorTests.expect("Thanks, Virginia", .person, "Virginia")
        DetectorTests.expect("Best,\nJune", .person, "June")
        // A month's name that starts no range is still someone's.
        DetectorTests.expect("A note from August about the claim.", .person, "August")
    }

    @Test func aFirstNameAfterThisIsIntroducesThem() {
        DetectorTests.expect("Text from (202) 555-0143: \"this is Abigail from the leasing office\"", .person, "Abigail")
    }

    @Test func aFirstNameThatSaysWhoIsThereNamesThem() {
        DetectorTests.expect("[10:02] From 757-575-8189: hi is this Jennifer?", .person, "Jennifer")
        DetectorTests.expect("its Maria from the clinic, need ur dob", .person, "Maria")
        DetectorTests.expect("yo Dale it's Ryan, ur card got declined", .person, "Ryan")
        DetectorTests.expect("Hello, it\u{2019}s Christian from the benefits office.", .person, "Christian")
        DetectorTests.expect("It is Dale here.", .person, "Dale")
        // Not a question that goes on, nor a month or a state, nor a word after `its` that goes on.
        DetectorTests.expectNone("Is this Chase or Citi?", .person)
        DetectorTests.expectNone("It's June, so the rates reset.", .person)
        DetectorTests.expectNone("It's Virginia from here on.", .person)
        DetectorTests.expectNone("The firm and its Grant program ended.", .person)
    }

    @Test func aFirstNameActingAtATimeInALogIsSomeone() {
        let log = "9:30 Nicole paged; 11:00 Nicole found the key\n4:15 pm Brian revoked it, 4:20 Brian closed it"
        #expect(DetectorTests.found(log).filter { $0.0 == .person }.map(\.1) == ["Nicole", "Nicole", "Brian", "Brian"])
        // Not a month's name, nor a time inside a sentence, nor a capital after the name.
        DetectorTests.expectNone("9:30 April rent is due", .person)
        DetectorTests.expectNone("The train at 9:30 Jordan time left.", .person)
        DetectorTests.expectNone("10:00 Chase Bank opens", .person)
    }

    @Test func aFirstNameWithWhatOnlyAPersonIsOrDoesIsSomeone() {
        DetectorTests.expect("Mark was not home; CW left a door hanger.", .person, "Mark")
        DetectorTests.expect("Rachel is allergic to peanuts.", .person, "Rachel")
        DetectorTests.expect("If Kathleen doesn't pick up, try her cell.", .person, "Kathleen")
        DetectorTests.expect("Ruth passed away in May.", .person, "Ruth")
        // A place is home to things; a month or a state is no one.
        DetectorTests.expectNone("Jordan is home to Petra.", .person)
        DetectorTests.expectNone("Virginia was home to many.", .person)
        DetectorTests.expectNone("May was sick season.", .person)
    }

    @Test func aFirstNameBeforeARecordsLabelOrARelationIsSomeone() {
        let text = "dependents: Ryan DOB December 07, 2012, Suzanne DOB February 2, 2015."
        #expect(DetectorTests.found(text).filter { $0.0 == .person }.map(\.1) == ["Ryan", "Suzanne"])
        DetectorTests.expect("Emergency: Natasha (aunt) (617) 555-0143", .person, "Natasha")
        DetectorTests.expect("Household: Roberta (child, born 05/02/2015).", .person, "Roberta")
        DetectorTests.expect("Kiara (self) has no income.", .person, "Kiara")
        DetectorTests.expect("Merci, Roberta!", .person, "Roberta")
        DetectorTests.expect("Jessica signed Form 8879 on 04/02/2024.", .person, "Jessica")
        DetectorTests.expect(":wave: Caleb is out today", .person, "Caleb")
        DetectorTests.expect("# TODO(Lisa): remove before release", .person, "Lisa")
        // A month before a label is a date's; a relation must fill its parenthesis.
        DetectorTests.expectNone("Renewals: April DOB checks", .person)
        DetectorTests.expectNone("Hola. Mi SSN es 397-88-7668.", .person)
        DetectorTests.expectNone("see Chase (aunt's bank)", .person)
        DetectorTests.expectNone("China signed the treaty.", .person)
    }

    @Test func aFirstNameFromAWorkplaceInATrackerOrUnderADashedLabelIsSomeone() {
        DetectorTests.expect("P.S. Maria from our office will call you.", .person, "Maria")
        DetectorTests.expect("this is Kim from the benefits office", .person, "Kim")
        DetectorTests.expect("[~Omar] can you verify the account?", .person, "Omar")
        DetectorTests.expect("Resolved by [~Omar] on 05/02/2024.", .person, "Omar")
        DetectorTests.expect("Requester - Jo Ray\nAssignee - Maria\nStatus - open", .person, "Maria")
        // Not a month's name, nor a label that names no individual.
        DetectorTests.expectNone("Figures for April from the sales team are in.", .person)
        DetectorTests.expectNone("Topic - Grace\nStatus - open", .person)
    }

    @Test func twoFirstNamesUnderAPersonsListLabelAreSomeone() {
        let text = "Witnesses: Nicole and Rebecca from payroll."
        #expect(DetectorTests.found(text).filter { $0.0 == .person }.map(\.1) == ["Nicole", "Rebecca"])
        // Without the label's colon two names may be places or firms.
        DetectorTests.expectNone("Exports include Jordan and Chase accounts.", .person)
        DetectorTests.expect("Preferred name: Theresa", .person, "Theresa")
        DetectorTests.expectNone("Bank name: Chase\nAccount type: checking", .person)
        DetectorTests.expect("The subject's alias: Theresa.", .person, "Theresa")
        DetectorTests.expect("[15:30] Virginia: is this convo SECRET?", .person, "Virginia")
        DetectorTests.expect("BOLO: Edward Jones (DOB 1969-05-21), last seen", .person, "Edward Jones")
        DetectorTests.expectNone("Invest with Edward Jones today.", .person)
    }

    @Test func aClosingsLastWordsSignAFirstNameAndARankNamesNoFirm() {
        DetectorTests.expect("The Grace period ends in May. Hope this helps, Amy", .person, "Amy")
        DetectorTests.expect("Take care,\nAmy", .person, "Amy")
        DetectorTests.expectNone("General Motors and General Mills posted results.", .person)
        DetectorTests.expect("General Mills spoke with General Patton.", .person, "General Patton")
    }

    @Test func guestsAndAClinicianWithCredentialsAreSomeone() {
        let text = "RSVPs for Amy's 7th birthday: Ben, Carla, Dana and Eric. Text 202-555-0143."
        #expect(DetectorTests.found(text).filter { $0.0 == .person }.map(\.1) == ["Amy", "Ben", "Carla", "Dana", "Eric"])
        DetectorTests.expect("Attending: JUSTIN L. HALL, MD\nDisposition: home", .person, "JUSTIN L. HALL")
        DetectorTests.expect("Co-borrower Maria was not present.", .person, "Maria")
    }

    @Test func aSendersLabelAReplyHeaderAndADeedNameSomeone() {
        DetectorTests.expect("Walgreens: Tiffany, your refill was denied.", .person, "Tiffany")
        DetectorTests.expect("CVS: Rx for Maria is ready.", .person, "Maria")
        DetectorTests.expect("ORDERING: RUSSELL, MD\nCOLLECTED: 05/01/2024", .person, "RUSSELL")
        DetectorTests.expect("Reviewed with Fisher, MD today.", .person, "Fisher")
        DetectorTests.expect("Brian, 34. Loves hiking.", .person, "Brian")
        DetectorTests.expectNone("Austin, 78701 is the ZIP.", .person)
        DetectorTests.expect("ok Emily, listo", .person, "Emily")
        DetectorTests.expect("Claimed by Angela on 12/25/2024.", .person, "Angela")
        DetectorTests.expect("[ ] Exit interview with Maria on 05/01/2024", .person, "Maria")
        DetectorTests.expect("Effective 05/01/2024, per Maria.", .person, "Maria")
        DetectorTests.expectNone("Updated per Section 4 and per Virginia.", .person)
        DetectorTests.expect("- Jo (babysitter) 202-555-0143", .person, "Jo")
        DetectorTests.expectNone("Note: Chase, our bank, closed early.", .person)
        DetectorTests.expect("> On October 19, 2026, Jimmy wrote:\n> see attached", .person, "Jimmy")
        DetectorTests.expect("that I, KENNETH MUELLER, of North John, hereby appoint", .person, "KENNETH MUELLER")
        DetectorTests.expectNone("Perdí mi cartera. Mi Florida driver's license 123", .person)
        DetectorTests.expect("GET /api/users?email=a@b.gov&phone=5127443524 200", .phoneUS, "5127443524")
    }

    @Test func aChatSpeakerWithTheTimeAfterTheNameIsSomeone() {
        DetectorTests.expect("#payroll-help\nAshley [13:15]: @Ana can you fix it?", .person, "Ashley")
        DetectorTests.expect("Crystal [10:45 AM]: thanks!! :tada:", .person, "Crystal")
        // Not a bracket that holds no time, nor one away from the line's start.
        DetectorTests.expectNone("Crystal [draft]: thanks", .person)
        DetectorTests.expectNone("see Crystal [10:45]: thanks", .person)
    }

    @Test func aRoleAfterAFirstNamesCommaAndAClosingsTwoNamesAreSomeone() {
        DetectorTests.expect("Seen with Andrew, interpreter.", .person, "Andrew")
        DetectorTests.expect("Maria, my sister, called.", .person, "Maria")
        // The role closes the clause: here it goes on.
        DetectorTests.expectNone("Flights via Austin, translator provided.", .person)
        let love = DetectorTests.found("Dinner to follow. Love, Allison & Anthony")
        #expect(love.filter { $0.0 == .person }.map(\.1) == ["Allison", "Anthony"])
        // Without a closing's word before them, two first names are no list.
        DetectorTests.expectNone("Visit Austin & Dallas", .person)
    }

    @Test func aNameInCapitalsAfterAClausesCommaOrAChecksPayeeLine() {
        DetectorTests.expect("(S) On 2023-06-01, TERRY S. LEWIS briefed the office.", .person, "TERRY S. LEWIS")
        DetectorTests.expect("As agreed, NICHOLAS TURNER briefed us.", .person, "NICHOLAS TURNER")
        DetectorTests.expect("PAY TO THE ORDER OF AUSTIN HOWELL $703.21\nMEMO: rent", .person, "AUSTIN HOWELL")
        // A capitalised run that is no name stays unfound.
        DetectorTests.expectNone("In 2024, AMBER ALERT was issued.", .person)
    }

    @Test func aWitnessACallerAndANameAskedAfterAreSomeone() {
        DetectorTests.expect("Witness Tony declined to give a last name.", .person, "Tony")
        DetectorTests.expect("[02/12/2023 10:00] Me: Michael?? u there", .person, "Michael")
        DetectorTests.expect("Jen? you up?", .person, "Jen")
        // A place asked after names no one.
        DetectorTests.expectNone("Destination: Austin?", .person)
        DetectorTests.expectNone("Austin? Dallas? Both are fine.", .person)
    }

    @Test func aCoachAndTheArmysGradesAreTitles() {
        DetectorTests.expect("Roster\n#7 Guy Sanchez\nCoach Rhodes: 720-731-9080", .person, "Rhodes")
        DetectorTests.expect("SSG DORIS WALLACE, DISABILITY DETACHMENT, is assigned", .person, "DORIS WALLACE")
        DetectorTests.expect("(U) Report to SFC CAMPBELL NLT 08-21-2026.", .person, "CAMPBELL")
        DetectorTests.expect("Nurse Blanchard documented vitals at 13:45.", .person, "Blanchard")
        DetectorTests.expect("Adjuster Ayala will call you tomorrow.", .person, "Ayala")
        DetectorTests.expectNone("Principal Deputy Director", .person)
        DetectorTests.expect("Robert is picking up the kids today", .person, "Robert")
        DetectorTests.expect("The Court heard from Schneider's counsel.", .person, "Schneider")
        // A clinician's credential after a first name is no state's code; Maryland's is both.
        DetectorTests.expect("Seen by Maria, RN.", .person, "Maria")
        DetectorTests.expectNone("Place of birth South Susan, MD", .person)
        DetectorTests.expect("Nací el 03/05/1985.", .dateOfBirth, "03/05/1985")
        // `w/` for `with`, a ticket's user, a session opened for someone, `Signed for by`.
        DetectorTests.expect("Call w/ Lauren re: loan mod.", .person, "Lauren")
        DetectorTests.expect("Mtg w/ Kim @ 14:00", .person, "Kim")
        DetectorTests.expectNone("Ship w/ Austin TX servers", .person)
        DetectorTests.expect("Description: user Richard cannot log in", .person, "Richard")
        DetectorTests.expect("2024-05-01T10:00:00Z INFO session opened for Maria", .person, "Maria")
        DetectorTests.expect("Signed for by Maria at the front desk.", .person, "Maria")
        // A surname alone ending the sentence after a workflow's `by`; not before more words or
        // at a line's end (a code comment's).
        DetectorTests.expect("Per diem approved by Lynch.", .person, "Lynch")
        DetectorTests.expectNone("Per diem approved by Wells Fargo.", .person)
        DetectorTests.expectNone("/// Error message returned by Hummingbird\nstruct", .person)
        DetectorTests.expectNone("### Candidates per Shell.", .person)
        // A report's party before a surname, as a title; not a list of parties or a firm.
        DetectorTests.expect("Complainant Williams declined to press charges.", .person, "Williams")
        DetectorTests.expect("Defendant Lynch was present.", .person, "Lynch")
        DetectorTests.expectNone("sues Defendant Camacho, Mcconnell and Wilkinson", .person, value: "Camacho")
        DetectorTests.expectNone("sues Defendant Chandler Inc and alleges", .person)
        // The name after a compass point's or a lake's word is a town's.
        DetectorTests.expectNone("Hotel: South Rodney Marriott, 10/10/2025", .person)
        // A remote shell's user is an account's, a person's.
        DetectorTests.expect("$ ssh Robert@10.0.0.5", .person, "Robert")
        // An age reached is a person's; a town's anniversary or a measure is not.
        DetectorTests.expect("Kimberly turns 5 next month!", .person, "Kimberly")
        DetectorTests.expect("Michael turned 40.", .person, "Michael")
        DetectorTests.expectNone("Austin turns 180 this year.", .person)
        DetectorTests.expectNone("Mark turns 2.5 cm", .person)
        // Who covers a meeting or comes by, a nurse's credential as a title, a gift's closing.
        DetectorTests.expect("so Gloria will cover the 10am with CMS.", .person, "Gloria")
        DetectorTests.expect("Maintenance tech Glenn will come by Tuesday.", .person, "Glenn")
        DetectorTests.expect("RN Lynch returned the call.", .person, "Lynch")
        DetectorTests.expect("Gift message: Love you, Jake!", .person, "Jake")
        DetectorTests.expectNone("mount Robert@10.0.0.5", .person)
        DetectorTests.expectNone("Austin is picking a new mayor", .person)
        // A heading's run of words in capitals after a title's word is no name.
        DetectorTests.expectNone("GNU LESSER GENERAL PUBLIC LICENSE\n", .person)
    }

    @Test func aTranscriptsTaggedSpeakerAnEmailsDisplayNameAndANamesListAreSomeone() {
        DetectorTests.expect("00:02:05 Rachel (Guest): can everyone hear me?", .person, "Rachel")
        DetectorTests.expect("9:41 Mark: done", .person, "Mark")
        DetectorTests.expect("Reply-To: Rachel <rachel.k@example.com>", .person, "Rachel")
        DetectorTests.expect("-- run by Sarah on 10-17-2024", .person, "Sarah")
        let listed = DetectorTests.found("(names: Rachel and Sheri)")
        #expect(listed.filter { $0.0 == .person }.map(\.1) == ["Rachel", "Sheri"])
        // Not a time of three-digit groups, a tag of digits, a hyphenated word's part, or an
        // address without its `@`.
        DetectorTests.expectNone("100:02 Rachel: ok", .person)
        DetectorTests.expectNone("Rachel (2): ok", .person)
        DetectorTests.expectNone("FSF-India <locale@gnu.org.in>", .person)
        DetectorTests.expectNone("Sort by Rachel <none>", .person)
    }

    @Test func aWholeTitlesWordBeforeADotEndsItsSentence() {
        DetectorTests.expectNone("CLASSIFIED BY: JOHN SMITH, OFFICE OF INSPECTOR GENERAL. REASON: 1.4(b)", .person, value: "REASON")
        DetectorTests.expect("Briefed by Gen. Reason today.", .person, "Reason")
    }

    @Test func aChatsEmojiAPortionMarkedParagraphAndWhatAWeekWasAreAPersons() {
        DetectorTests.expect("Sarah :wave: can u send me the form?", .person, "Sarah")
        DetectorTests.expect("(U) Timothy, per our call, the brief moves.", .person, "Timothy")
        DetectorTests.expect("(CUI) Dakota will brief the DAS on 5/1.", .person, "Dakota")
        DetectorTests.expect("Hi Mrs. Carson,\n\nMonica had a great week!", .person, "Monica")
        DetectorTests.expect("P.S. Lisa says hi!", .person, "Lisa")
        DetectorTests.expect("Katie reacted with :thumbsup:", .person, "Katie")
        DetectorTests.expect("Adjuster notes: Maria requested photos.", .person, "Maria")
        // Not a colon's word that is no shortcode, nor a mark that is no portion mark.
        DetectorTests.expectNone("Sarah :: can u", .person)
        DetectorTests.expectNone("(see) Timothy, per our call", .person)
        DetectorTests.expectNone("Virginia had a great year.", .person)
    }

    @Test func aCitedAuthorABoldChatSpeakerAndAThanksAreSomeone() {
        DetectorTests.expect("As Jordan (2025) argues, the rule is settled.", .person, "Jordan")
        DetectorTests.expect("It is due to Kadatch and Jenkins (2010).", .person, "Jenkins")
        DetectorTests.expect("Robinson, Daniel (2021). Counter-Fraud Review. Journal of X, 12(3).", .person, "Robinson, Daniel")
        DetectorTests.expect("**Daniel** — Today at 1:15 PM\nmy passport is here", .person, "Daniel")
        DetectorTests.expect("ty Karen!!", .person, "Karen")
        DetectorTests.expect("Assistant: Calling Karen.", .person, "Karen")
        DetectorTests.expect("POC: Karen (ISSO)", .person, "Karen")
        DetectorTests.expect("Contacto de emergencia: Jennifer (hermana)", .person, "Jennifer")
        // Not a year outside a citation's range, nor a bold word mid-line.
        DetectorTests.expectNone("As Jordan (3025) argues", .person)
        DetectorTests.expectNone("see **Daniel** — today", .person)
    }

    @Test func aLogLinesAgentAManagerAMeetingAndAnEmojiNameSomeone() {
        DetectorTests.expect("Matched by Stacey on 2024-05-23.", .person, "Stacey")
        DetectorTests.expect("# managed by Gregory", .person, "Gregory")
        DetectorTests.expect("Picked up by Allison on 12/17/2026.", .person, "Allison")
        DetectorTests.expect("A: my manager Paul keeps asking for my SSN", .person, "Paul")
        DetectorTests.expect("Advisor notes: meet with Stacey next week", .person, "Stacey")
        DetectorTests.expect("A: Stacey was great to work with", .person, "Stacey")
        DetectorTests.expect("Stacey 😊 see u sat", .person, "Stacey")
        DetectorTests.expect("COORD: BENNETT concurs.", .person, "BENNETT")
        // A participle and `by` mid-sentence, or a name that goes on, are not a log's.
        DetectorTests.expectNone("The house was inspired by Paris in the fall.", .person)
        DetectorTests.expectNone("Matched by Stacey Street rules", .person, value: "Stacey")
    }

    @Test func aLabelledLinesListALogsColumnAndARequestNameSomeone() {
        let seating = DetectorTests.found("Seating: table 4 — Justin, Scott, Heather")
        #expect(seating.filter { $0.0 == .person }.map(\.1) == ["Justin", "Scott", "Heather"])
        DetectorTests.expect("13:00  Isaiah  badge 36718  host: front desk", .person, "Isaiah")
        DetectorTests.expect("Continued at the request of Deborah.", .person, "Deborah")
        DetectorTests.expect("Reported by Anne in #security.", .person, "Anne")
        DetectorTests.expect("Adjudicator: Justin, Contracting Office", .person, "Justin")
        DetectorTests.expect("(U//FOUO) Handler: RAMIREZ", .person, "RAMIREZ")
        DetectorTests.expect("Court appearance: CRAIG LOPEZ, case IOE44437", .person, "CRAIG LOPEZ")
        // A list that goes on past the names, or with no label on its line, is no value.
        DetectorTests.expectNone("Seating: Justin, Scott, Heather and more tables", .person)
        DetectorTests.expectNone("Justin, Scott, Heather", .person)
        DetectorTests.expectNone("Organization: Boyd, Simon and Reyes", .person)
        DetectorTests.expectNone("Status: GRACE PERIOD", .person)
    }

    @Test func aStatusListsSpeakerAJudgeAnAnalystAndAContactPersonAreSomeone() {
        DetectorTests.expect("Weekly status\n- Brian: finished the review", .person, "Brian")
        DetectorTests.expect("Hon. Thompson presiding.", .person, "Thompson")
        DetectorTests.expect("(U) Analyst: ALLEN", .person, "ALLEN")
        DetectorTests.expect("Contact person: Brent at ext 6695", .person, "Brent")
        let roster = DetectorTests.found("student_first,student_last,guardian_phone\nBrian,Sosa,(505) 589-7202\n")
        #expect(roster.filter { $0.0 == .person }.map(\.1) == ["Brian", "Sosa"])
        // A bullet's label that is no name, or a column's last word that is no name's part.
        DetectorTests.expectNone("- Note: finished the review", .person)
        DetectorTests.expectNone("is_active,first_seen\ntrue,Brian\n", .person)
    }

    @Test func aQuotedSpeakerAHandedOffMatterAndALabelAfterASentenceNameSomeone() {
        DetectorTests.expect("> Annette: did you get the SSN for the new hire?", .person, "Annette")
        DetectorTests.expect("Package left by Erica at 16:00.", .person, "Erica")
        DetectorTests.expect("Receipt missing — Richard to follow up", .person, "Richard")
        DetectorTests.expect("Motion at Front Door 14:00. Visitor: Annette (delivery).", .person, "Annette")
        DetectorTests.expect("Co-Borrower: Tara", .person, "Tara")
        DetectorTests.expect("Andrew would be an asset to any team.", .person, "Andrew")
        let task = DetectorTests.found("(S) TASK: Zero Trust (OPR: MORALES; OCR: CERVANTES)")
        #expect(task.filter { $0.0 == .person }.map(\.1) == ["MORALES", "CERVANTES"])
        // Not a participle inside a sentence, nor a lowercase word after a sentence's end.
        DetectorTests.expectNone("The package was left by Erica yesterday", .person)
        DetectorTests.expectNone("Door 4. visitor: Annette went in", .person)
    }

    @Test func aNameGivenAsOneAVisitorsAndACollaboratorsActsNameSomeone() {
        DetectorTests.expect("Hi, my name is Patricia and I need help.", .person, "Patricia")
        DetectorTests.expect("Subject stated his name was Riley and refused.", .person, "Riley")
        DetectorTests.expect("Thanks for your help, Joseph!", .person, "Joseph")
        DetectorTests.expect("Room 214 — Wendy checked in at 9:00", .person, "Wendy")
        DetectorTests.expect("Holly left a comment: fix the totals", .person, "Holly")
        DetectorTests.expect("(U) Coordinated with Randy in Records.", .person, "Randy")
        DetectorTests.expect("# owner: Patricia", .person, "Patricia")
        DetectorTests.expect("Re: overpayment — Simmons, Cynthia, acct 50897400", .person, "Simmons, Cynthia")
        // A state's name given so is a place's; what a place has left is no person's act.
        DetectorTests.expectNone("The state's name is Virginia.", .person)
        DetectorTests.expectNone("Austin left a mark on the league.", .person)
    }

    @Test func aPatientsAbbreviationIntroducesAFirstName() {
        DetectorTests.expect("Pt Kyle tolerated the procedure well.", .person, "Kyle")
        DetectorTests.expect("Spoke with patient Maria today.", .person, "Maria")
    }

    @Test func aFirmsListOfSurnamesNamesNoOne() {
        DetectorTests.expectNone("I'm disputing a charge of 406.83 from Morton, Marquez and Garcia.", .person)
        DetectorTests.expectNone("a letter from Allen, Russo & Lee", .person)
        // A list of first names is people's.
        DetectorTests.expect("Thanks from Andrea, Scott and Laura!", .person, "Andrea")
    }

    @Test func aFirstNameAfterAWorkflowsVerbAndByDidIt() {
        DetectorTests.expect("Reverted by Steven after the 10.0 build failed.", .person, "Steven")
        DetectorTests.expect("Escalated by Jessica; closed.", .person, "Jessica")
        // A body or a firm acts the same way: a first name the lists lack starts no name there.
        DetectorTests.expectNone("a license approved by Creative Commons as free", .person)
        DetectorTests.expectNone("The grant was approved by Virginia in May.", .person)
    }

    @Test func aQuotedFirstNameAfterAnAccountHoldersWordIsThem() {
        DetectorTests.expect("FATAL: password authentication failed for user \"Steven\"", .person, "Steven")
        DetectorTests.expect("no chart for patient 'Maria' today", .person, "Maria")
        DetectorTests.expectNone("failed for user \"postgres\"", .person)
        DetectorTests.expectNone("login failed for user \"Admin\" twice", .person)
    }

    @Test func aSentenceThatAddressesAFirstNameNamesThem() {
        DetectorTests.expect("We still need your date of birth. Dorothy, please reply by May 2.", .person, "Dorothy")
        // Not a month's or a state's name, nor before a capital (a list or a place).
        DetectorTests.expectNone("We met twice. April, however, was quiet.", .person)
        DetectorTests.expectNone("We flew on. Jordan, Taylor and Morgan met us.", .person, value: "Jordan")
    }

    @Test func aFirstNameSignsAfterTwoHyphensAndIsAddressedBeforeOne() {
        DetectorTests.expect("Done. Closing the ticket. --Melanie", .person, "Melanie")
        DetectorTests.expect("Brian - per our call, my address changed.", .person, "Brian")
        DetectorTests.expect("pls send refund to acct 342604087313 thx - Erin", .person, "Erin")
        DetectorTests.expect("See you then. Thanks - Erin", .person, "Erin")
        DetectorTests.expect("Call 703-790-5664 (work) - ask for Noah.", .person, "Noah")
        // A bullet's hyphen and a capital after the dash are no such thing.
        DetectorTests.expectNone("- Ruby\n- Perl", .person)
        DetectorTests.expectNone("Austin - Dallas - Houston", .person)
        // A month's or a state's name signing at a line's end is a first name; a range is not.
        DetectorTests.expect("acct 633838119 rtng 104311213 thx - April", .person, "April")
        DetectorTests.expect("Will send the rest tomorrow.\n-Virginia", .person, "Virginia")
        DetectorTests.expectNone("Q2 covers April - June", .person)
        DetectorTests.expectNone("- April\n- May", .person)
        // A name answering the line before's question about a name, after the speaker's label.
        DetectorTests.expect("agent: can you spell the last name\ncaller: Barnes, L as in Lima.", .person, "Barnes")
        DetectorTests.expect("Agent: And your first name?\nCaller: Kathleen.", .person, "Kathleen")
        DetectorTests.expectNone("agent: what street is it on\ncaller: Barnes, like the store.", .person)
        DetectorTests.expectNone("agent: can you spell the last name\ncaller: sure, Barnes Road.", .person)
        // The line under an email signature's delimiter.
        DetectorTests.expect("Approved.\n-- \nRandy\nm: (404) 555-0134", .person, "Randy")
        DetectorTests.expectNone("Approved.\n-- \nRandy Road is closed", .person, value: "Randy")
    }

    @Test func theStreetLineStartsAtItsOwnNumberNotAnEarlierDatesDay() {
        let text = "Your birthday is 30 Aug 1944 and your address is 53003 John Harbor Suite 494, Jonesstad, AZ 18378. Call us."
        DetectorTests.expect(text, .streetAddress, "53003 John Harbor Suite 494, Jonesstad, AZ 18378")
        DetectorTests.expectNone(text, .person)
    }

    @Test func addressesNeedStreetCityStateAndZip() {
        DetectorTests.expect(
            "Ship it to 1600 Pennsylvania Ave NW, Washington, DC 20500 by Monday.",
            .streetAddress,
            "1600 Pennsylvania Ave NW, Washington, DC 20500"
        )
        DetectorTests.expect(
            "Mail: 42 Elm St. Apt 3B\nSpringfield, Illinois 62704-1234\n",
            .streetAddress,
            "42 Elm St. Apt 3B\nSpringfield, Illinois 62704-1234"
        )
        DetectorTests.expectNone("I moved to Springfield, IL last year.", .streetAddress)
        DetectorTests.expectNone("We have 3 kids and live near Austin, TX 78701 now.", .streetAddress)
    }
}

struct CaveatTests {
    @Test func compartmentsAndControlsAreReadFromMarkings() {
        let banner = MarkingCaveats.of(Array("TOP SECRET//SI/TK//NOFORN".utf8))
        #expect(banner.compartments == ["SI", "TK"] && banner.controls == ["NOFORN"])
        let portion = MarkingCaveats.of(Array("(S//HCS//REL TO USA, FVEY)".utf8))
        #expect(portion.compartments == ["HCS"] && portion.controls == ["REL TO USA, FVEY"])
        let cui = MarkingCaveats.of(Array("CUI//SP-PRVCY//FEDCON".utf8))
        #expect(cui.compartments.isEmpty && cui.controls == ["SP-PRVCY", "FEDCON"])
        #expect(MarkingCaveats.of(Array("(TS//SI//NF)".utf8)).controls == ["NOFORN"])
        let scan = SensitiveDataScanner().scan("TOP SECRET//HCS//ORCON/NOFORN\n(TS//SI) text")
        #expect(scan.caveats.compartments == ["HCS", "SI"])
    }
}
