// SPDX-License-Identifier: Apache-2.0

import Testing

@testable import CustosGuard

/// Values named by their table column when no context word is near them.
struct TablesTests {
    static func kinds(_ text: String) -> [(SensitiveKind, String)] {
        DetectorTests.found(text).filter { $0.0 != .person }
    }

    @Test func aCSVBlocksHeaderNamesItsColumns() {
        let text = "full_name,date_of_birth,ssn,home_phone\nKevin Swanson,03/05/1992,225 72 6032,4102261246\n"
        #expect(Self.kinds(text).map(\.0) == [.dateOfBirth, .usSSN, .phoneUS], "\(Self.kinds(text))")
    }

    @Test func aColumnIsNamedByAWholePartOfItsNameNotByLettersInsideAWord() {
        for (name, kind) in [
            ("routingnumber", SensitiveKind.abaRouting), ("HomePhone", .phoneUS), ("customer_ssn", .usSSN), ("CustomerSSN", .usSSN),
            ("Acct #", .bankAccount), ("RTE", .abaRouting), ("SOC", .usSSN),
        ] {
            #expect(TableColumn(name: Array(name.utf8)).kind == kind, "\(name)")
        }
        // Context words inside a person's name: `ph` in Christopher, `rtn` in Courtney, `tin` in Martina.
        for name in ["Christopher Sanders", "Courtney Powell", "Martina Ruiz", "Adobe"] {
            #expect(TableColumn(name: Array(name.utf8)).kind == nil, "\(name)")
            #expect(!TableColumn(name: Array(name.utf8)).isBirthDate, "\(name)")
        }
        #expect(TableColumn(name: Array("patient_dob".utf8)).isBirthDate)
        // A header's abbreviations name columns; in a sentence they are no labels (`Rte 9` is a road).
        DetectorTests.expect("ACCT,RTE,HOLDER\n000459413964397,032949016,Scott Huber", .abaRouting, "032949016")
        DetectorTests.expectNone("Take Rte 032949016 north.", .abaRouting)
        #expect(TableColumn(name: Array("Socorro".utf8)).kind == nil)
        // Pairs pasted from a spreadsheet: the name in the first row is no column's name.
        let pairs = "Name\tCourtney Powell\nSSN\t075-14-9814\nPhone\t(505) 286-3265\nEmail\ta@b.gov"
        DetectorTests.expect(pairs, .usSSN, "075-14-9814")
    }

    @Test func aSpreadsheetsCellReferencesNameAValuesColumnByItsFirstRow() {
        let text = "A1: Name  B1: SSN  C1: DOB\nA2: Paul Holmes  B2: 762310907  C2: 06/05/1943\nA3: Cindy White  B3: 556 15 7588  C3: 1978-12-06"
        #expect(Self.kinds(text).map(\.0) == [.usSSN, .dateOfBirth, .usSSN, .dateOfBirth], "\(Self.kinds(text))")
        // A first row that names no birth date, or no first row at all: a date, no birth date.
        DetectorTests.expectNone("A1: Name  C1: Hired\nA2: Paul Holmes  C2: 06/05/1943", .dateOfBirth)
        DetectorTests.expectNone("See C2: 06/05/1943 for the start.", .dateOfBirth)
    }

    @Test func aPipeSeparatedExportWithCommasInItsCellsNamesItsColumns() {
        let text = "CASE_ID|CLIENT_NM|CLIENT_SSN|CLIENT_DOB\n38873|REED, LAURA|546562265|02/04/2006"
        #expect(Self.kinds(text).map(\.0) == [.usSSN, .dateOfBirth], "\(Self.kinds(text))")
    }

    @Test func aSemicolonSeparatedExportNamesItsColumns() {
        let text = "name;dob;ssn\nRobin M. Garner;1948-09-06;390-61-4047\nTimothy Hodge;06/06/1968;313-94-7973"
        #expect(Self.kinds(text).map(\.0) == [.dateOfBirth, .usSSN, .dateOfBirth, .usSSN], "\(Self.kinds(text))")
        // The dates are far from any birth word: only their column names them (here, not as
        // birth dates; a header's answer comes before a person's row's).
        DetectorTests.expectNone("the audit;was;here\nRobin M. Garner;1948-09-06;390-61-4047\nTimothy Hodge;06/06/1968;x", .dateOfBirth)
    }

    @Test func aPipeTablesHeaderNamesItsColumnsPastTheRuleLine() {
        let text =
            "| Employee | DOB | SSN |\n|---|---|---|\n| William Barber | 01/17/1986 | 030-65-3157 |\n| Nancy Mcbride | 2002-11-02 | 284968708 |"
        #expect(Self.kinds(text).map(\.0) == [.dateOfBirth, .usSSN, .dateOfBirth, .usSSN], "\(Self.kinds(text))")
        // The same dates outside a table, with no birth word near, are not dates of birth.
        DetectorTests.expectNone("The audit ran on 01/17/1986 and again on 2002-11-02.", .dateOfBirth)
    }

    @Test func aNumberInAnAccountColumnIsAnAccountEvenWhereItPassesAsACard() {
        let text = "\"Employee\",\"Acct No.\"\n\"Ward, David\",\"5159811116237825\"\n"
        #expect(Self.kinds(text).map(\.0) == [.bankAccount], "\(Self.kinds(text))")
    }

    @Test func aQuerysOutputNamesItsColumnsPastItsRulesAndBorders() {
        let psql = """
            prod=> SELECT name, ssn, dob, account FROM patients;
                  name       |     ssn     |    dob     | account
            -----------------+-------------+------------+----------
             Kevin Swanson   | 225726032   | 1992-03-05 | 40055192
            (1 row)
            """
        #expect(Self.kinds(psql).map(\.0) == [.usSSN, .dateOfBirth, .bankAccount], "\(Self.kinds(psql))")
        let mysql = """
            +---------+----------+
            | account | born     |
            +---------+----------+
            | 4005519 | 1992-03-05 |
            | 4005520 | 1992-03-05 |
            +---------+----------+
            """
        #expect(Self.kinds(mysql).map(\.0) == [.bankAccount, .dateOfBirth, .bankAccount, .dateOfBirth], "\(Self.kinds(mysql))")
    }

    @Test func fourSmallNumbersInAVersionColumnAreAVersion() {
        let text = " id | version | built_at\n----+---------+---------\n 95788 | 9.8.17.22 | 2024-05-21\n"
        #expect(Self.kinds(text).isEmpty, "\(Self.kinds(text))")
        DetectorTests.expect(" id | host\n----+------\n 95788 | 9.8.17.22\n", .ipAddress, "9.8.17.22")
    }

    @Test func aLaTeXTabularNamesItsColumns() {
        let text = "\\begin{tabular}{lll}\nName & Phone & Passport \\\\\nDanielle Castro & 2405915313 & N82233702 \\\\ \\hline\n\\end{tabular}"
        #expect(Self.kinds(text).map(\.0) == [.phoneUS, .usPassport], "\(Self.kinds(text))")
        // An ampersand in prose makes no table.
        #expect(Self.kinds("Research & Development\nAT&T & 4105551234 & more").map(\.0) == [.phoneUS])
    }

    @Test func anSQLInsertsColumnListNamesItsValues() {
        let text = """
            INSERT INTO customers (name, phone, ssn, dob) VALUES ('Smith, Joshua', '1-843-871-0716', '662085230', '1950-03-30'),
              ('Gonzales, Melissa', '617-755-3149', '547017719', '01/13/1978');
            """
        let found = Self.kinds(text)
        #expect(found.map(\.0) == [.phoneUS, .usSSN, .dateOfBirth, .phoneUS, .usSSN, .dateOfBirth], "\(found)")
    }

    @Test func aTabSeparatedBlockPastedFromASpreadsheetNamesItsColumns() {
        let text = "name\tdob\tssn\nKevin Swanson\t03/05/1992\t225 72 6032\nSwanson, Mary\t11/12/1980\t219 09 1234\n"
        #expect(Self.kinds(text).map(\.0) == [.dateOfBirth, .usSSN, .dateOfBirth, .usSSN], "\(Self.kinds(text))")
        DetectorTests.expect(text, .person, "Swanson, Mary")
        // Tabs in prose (an indented line) make no header: the date is no birth date.
        DetectorTests.expectNone("Notes\tfor the file\n\tThe audit ran on 01/17/1986.", .dateOfBirth)
    }

    @Test func aQuotedCSVFieldIsOneCellWhateverCommasItHolds() {
        // Without the quotes understood, the name's comma would shift the date into the ssn
        // column, and the row would have a cell more than its header.
        let text = "name,dob,ssn\n\"Smith, John\",03/05/1992,225 72 6032\n"
        #expect(Self.kinds(text).map(\.0) == [.dateOfBirth, .usSSN], "\(Self.kinds(text))")
        let quotedHeader = "\"full name\",\"date of birth\"\n\"Doe, Jane\",\"11/12/1980\"\n"
        #expect(Self.kinds(quotedHeader).map(\.0) == [.dateOfBirth], "\(Self.kinds(quotedHeader))")
    }

    @Test func aLineOfProseWithCommasIsNoHeader() {
        // Read as a header, the first line would name the number's column "confirmed the phone
        // on file"; as prose, the number is the account's.
        let text = "We called the customer, confirmed the phone on file, and then\nnoted the account, 391883549, as closed."
        DetectorTests.expect(text, .bankAccount, "391883549")
    }

    @Test func aReportAlignedWithSpacesNamesItsColumns() {
        let text = """
            ID      NAME                    DATE OF BIRTH   PASSPORT
            36062   Kimberly Santiago       12/31/1957      559222864
            88918   William E. Rivera       05/23/1978      T48543067
            """
        #expect(Self.kinds(text).map(\.0) == [.dateOfBirth, .usPassport, .dateOfBirth, .usPassport], "\(Self.kinds(text))")
        // Names in capitals under a person's column, at the line's start.
        let payees = "PAYEE                 ROUTING     ACCOUNT\nMICHAEL K. MAYO    021000021   88812345\n"
        #expect(Self.kinds(payees).map(\.0) == [.abaRouting, .bankAccount], "\(Self.kinds(payees))")
        DetectorTests.expect(payees, .person, "MICHAEL K. MAYO")
        DetectorTests.expectNone("LOCATION      ROUTING\nGRANT PARK    021000021\n", .person)
        // Another column's date is no birth date; double spaces in prose make no table.
        DetectorTests.expectNone("ID      NAME      START\n36062   Kim Sato  12/31/1957\n", .dateOfBirth)
        DetectorTests.expectNone("The audit ran.  Then we met.\nAgain  on 01/17/1986 we met.", .dateOfBirth)
    }

    @Test func aHeaderlessRowThatANameOpensIsThatPersonsRecord() {
        let text = "Clean up these rows:\nRyan Ruiz,310-87-5276,02/09/1947,703-296-3630,\nApril Flores,,11/07/1958,3148047910,a@b.co\n"
        #expect(Self.kinds(text).filter { $0.0 == .dateOfBirth }.map(\.1) == ["02/09/1947", "11/07/1958"], "\(Self.kinds(text))")
        // After a list's marker, with `/` or `-` between spaces separating the cells.
        let listed = "Process these:\n1) Jean Henderson, 557-16-1570, 02/25/1991\n- John Stanton / 240-97-8954 / 06/19/1985\n"
        #expect(Self.kinds(listed).filter { $0.0 == .dateOfBirth }.map(\.1) == ["02/25/1991", "06/19/1985"], "\(Self.kinds(listed))")
        // En and em dashes between spaces separate cells too.
        let dashed = "1) Todd Smith — 746-66-2358 — 1988-12-28\n2) Ann Lee – 136-68-1513 – 04/05/1970\n"
        #expect(Self.kinds(dashed).filter { $0.0 == .dateOfBirth }.map(\.1) == ["1988-12-28", "04/05/1970"], "\(Self.kinds(dashed))")
        // Not a person's row, or the date not a cell of its own.
        DetectorTests.expectNone("Acme Corp,310-87-5276,02/09/1947\n", .dateOfBirth)
        DetectorTests.expectNone("Acme Corp — 310-87-5276 — 02/09/1947\n", .dateOfBirth)
        DetectorTests.expectNone("Ryan Ruiz,seen on 02/09/1947 at noon,ok\n", .dateOfBirth)
    }

    @Test func parenthesesAndCommasInProseAreNoTable() {
        let text = Array("We met (on 01/17/1986, a Tuesday) at the office.".utf8)
        text.withUnsafeBufferPointer { buffer in
            let scan = ScanText(buffer)
            let index = text.firstIndex(of: UInt8(ascii: "0"))!
            #expect(TableHeaders.inCell(scan, index, index + 10))
            #expect(TableHeaders.column(scan, index) == nil)
        }
    }
}
