// SPDX-License-Identifier: Apache-2.0

import Testing

@testable import CustosGuard

/// A name's parts in fields of their own: a first name or a surname alone is a person's where
/// the field's key (or the table's column) says it is one, and only where it fills the field.
struct RecordFieldsTests {
    static func people(_ text: String) -> [String] { DetectorTests.found(text).filter { $0.0 == .person }.map(\.1) }

    @Test func aKeyThatNamesANamesPartMakesItsValueAPersons() {
        for (text, names) in [
            (#"{"firstName": "Jennifer", "lastName": "Wright", "ssn": "233-45-6789"}"#, ["Jennifer", "Wright"]),
            ("<Person><GivenName>Kelsey</GivenName><FamilyName>Thompson</FamilyName></Person>", ["Kelsey", "Thompson"]),
            ("Last name: Taylor\nFirst name: Cheryl\nMiddle initial: Q", ["Taylor", "Cheryl"]),
            ("first_name=Ryan&last_name=Byrd", ["Ryan", "Byrd"]),
            ("surname=Ward; given=David; dob=1970-02-17", ["Ward", "David"]),
            ("first_name,last_name,dob\nRyan,Byrd,11/04/2004\n", ["Ryan", "Byrd"]),
            ("SURNAME: Byrd  FORENAME: Ryan", ["Byrd", "Ryan"]),
            // A chat's or a tracker's person.
            (#"{"user":"Joseph","text":"my ssn 391-88-3549 got posted"}"#, ["Joseph"]),
            ("author=Omar&assignee=Lisa", ["Omar", "Lisa"]),
            // A name's parts inside an object a name's key opens, FHIR's arrays too.
            (#"[{"name":{"first":"Ann","last":"Baker"},"ssn":"391-88-3549"}]"#, ["Ann", "Baker"]),
            (#"{"resourceType":"Patient","name":[{"family":"Baker","given":["Ann"]}]}"#, ["Baker", "Ann"]),
            ("First name and initial: Daniel F.   Last name: Baker", ["Daniel", "Baker"]),
            ("Employee's first name and initial: Daniel F.   Last name: Baker", ["Daniel", "Baker"]),
            ("Mother's maiden name: Trujillo\nFather's name: n/a", ["Trujillo"]),
            ("owner: Maria\nteam: billing", ["Maria"]),
            // A parameter's type in code is no one.
            ("func join(\n        sender: Channel,\n        group: Group\n)", []),
            // A form's gloss in parentheses between the key and its colon.
            ("Last Name (Family Name): Kennedy  First Name (Given Name): Madeline  Middle Initial: R", ["Kennedy", "Madeline"]),
        ] {
            #expect(Self.people(text) == names, "\(text)")
        }
    }

    @Test func aReviewersKeyNamesItsValue() {
        #expect(Self.people("reviewer: Jason") == ["Jason"])
        #expect(Self.people("reviewer: Jason Bourne Stuff") == ["Jason Bourne"])
        #expect(Self.people(#"{"approver":"Lisa"}"#) == ["Lisa"])
    }

    @Test func aComparisonsKeyNamesItsValue() {
        #expect(Self.people(#"assert user.first_name == "Robert""#) == ["Robert"])
        #expect(Self.people(#"assert user.city == "Austin""#) == [])
    }

    @Test func firstAndLastOutsideANamesObjectNameNoOne() {
        #expect(Self.people(#"{"page":{"first":"Austin","last":"Dallas"}}"#) == [])
    }

    @Test func aSentenceThatNamesANamesPartMakesTheNextWordAPersons() {
        #expect(Self.people("Dependent: first name Lauren, last name Jenkins, SSN 518-37-1369") == ["Lauren", "Jenkins"])
        #expect(Self.people("Her maiden name is Ortiz.") == ["Ortiz"])
        #expect(Self.people("Her maiden name was Tate.") == ["Tate"])
        #expect(Self.people("The product name is Gutierrez.") == [])
        // The part's name must stand right before the word.
        #expect(Self.people("The last name field was Blank.") == [])
    }

    @Test func aNameAloneFillsATablesPaddedCell() {
        #expect(Self.people(" first_name | dob\n------------+------------\n Kevin      | 1992-03-05\n") == ["Kevin"])
        #expect(Self.people("| first_name | dob |\n|---|---|\n| Kevin | 1992-03-05 |\n") == ["Kevin"])
        #expect(Self.people("<table><tr><th>Given name</th><th>DOB</th></tr><tr><td>Kevin</td><td>1992-03-05</td></tr></table>") == ["Kevin"])
    }

    @Test func aValueMustFillItsFieldAndAKeyMustNameAPart() {
        // In a sentence after the label, or under a key that names no part, a word is no name.
        #expect(Self.people("First name: Ryan is what we call him") == [], "sentence")
        #expect(Self.people(#"{"city": "Austin", "color": "Brown"}"#) == [])
        // `first` and `last` alone name a pair's parts in code, and a type after `key:` in code
        // is no value.
        #expect(Self.people("var first: First\nvar last: Last") == [])
        #expect(Self.people("let surname: String\ninit(forename: String, surname: String)") == [])
    }

    @Test func aKeysCellBeforeItsValuesInARowOfTwoIsAKey() {
        DetectorTests.expect("| Field | Value |\n|---|---|\n| Owner | Janet |", .person, "Janet")
        DetectorTests.expect("| First name | Janet |", .person, "Janet")
        DetectorTests.expect("|Owner|Janet|", .person, "Janet")
        // Not a row of three or more cells (a table's own columns name those), nor a header.
        DetectorTests.expectNone("| Name | Age | Rose |", .person)
        DetectorTests.expectNone("| Owner | Janet | admin |", .person)
        DetectorTests.expectNone("| Name | Owner |", .person)
    }

    @Test func aSpacedPartKeyMidLineAndAYAMLListItemsNameAreKeys() {
        DetectorTests.expect("e Employee's first name and initial: Doris Last name: Wallace\n", .person, "Wallace")
        DetectorTests.expect("users:\n  - name: Mark\n    role: admin", .person, "Mark")
        // Code spells no key with a space; a list of steps names them in more words.
        DetectorTests.expectNone("func f(lastName: Young)", .person)
        DetectorTests.expectNone("steps:\n  - name: Build image\n", .person)
        DetectorTests.expectNone("config:\n  name: Mark\n", .person)
    }

    @Test func aVCardsNamePartsAndAPersonsObjectsNameAreSomeones() {
        #expect(Self.people("BEGIN:VCARD\nN:King;Lisa;;;\nEND:VCARD") == ["King", "Lisa"])
        #expect(Self.people("N:Booker;Dwayne;;;") == ["Booker", "Dwayne"])
        DetectorTests.expect(#"{"actor":{"name":"Lisa"},"action":"login"}"#, .person, "Lisa")
        DetectorTests.expect(#"{"customer": {"id": 7, "name": "Dwayne"}}"#, .person, "Dwayne")
        // Not another property's parts, nor a name in an object no person's key opens.
        DetectorTests.expectNone("ADR:King;Lisa;;;", .person)
        DetectorTests.expectNone(#"{"product":{"name":"Lisa"}}"#, .person)
        DetectorTests.expectNone(#"{"actor":{"role":"Lisa"}}"#, .person)
    }

    @Test func aTablesOneWordNamePartColumnsNameTheirCells() {
        let table = "Last\tFirst\tDOB\tPhone\nKing\tLisa\t1957-11-09\t212-608-0967\n"
        #expect(Self.people(table) == ["King", "Lisa"])
        DetectorTests.expectNone("Rank\tTeam\tScore\nFirst\tKing\t12\n", .person)
    }

    @Test func aKeyIsReadInAnyOfItsSpellings() {
        let text = Array(#"x "patient_family_name": "Ruiz""#.utf8)
        text.withUnsafeBufferPointer { buffer in
            let scan = ScanText(buffer)
            let value = text.count - 5
            #expect(RecordFields.keyBefore(scan, value) == true)
            #expect(RecordFields.keyBefore(scan, 0) == nil, "no key before the text's start")
        }
        for key in ["firstName", "First Name", "first-name", "FIRST_NAME", "given_name", "Surname"] {
            #expect(Self.people("\(key): Ryan\n") == ["Ryan"], "\(key)")
        }
    }

    @Test func aNameOnAFormsBlankIsAName() {
        #expect(Self.people("Name: ____Tyler Q. Williams____   SSN: [123-45-6789]") == ["Tyler Q. Williams"])
        #expect(Self.people("Name: ____Jared Mitchell____") == ["Jared Mitchell"])
        #expect(Self.people("see __init__ and __Main__") == [])
    }
}
