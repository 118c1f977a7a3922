// SPDX-License-Identifier: Apache-2.0

import Testing

@testable import CustosGuard

/// Values in HTML tables' cells, named by the column their header row names.
struct HTMLTablesTests {
    @Test func aHeaderRowOfThCellsNamesTheColumnsBelow() {
        let text = """
            <table><tr><th>Name</th><th>SSN</th><th>DOB</th><th>Bank account</th></tr>
            <tr><td>Ann Lee</td><td>083-11-9677</td><td>12/01/1998</td><td>4005519200</td></tr></table>
            """
        #expect(DetectorTests.found(text).map(\.0) == [.person, .usSSN, .dateOfBirth, .bankAccount], "\(DetectorTests.found(text))")
        // The same date in a table whose header names no birth date is no date of birth.
        let other = "<table><tr><th>Event</th><th>Date</th></tr><tr><td>Audit</td><td>12/01/1998</td></tr></table>"
        DetectorTests.expectNone(other, .dateOfBirth)
    }

    @Test func aTablesFirstRowIsItsHeaderWithoutThCells() {
        let text = """
            <table class="x"><tr><td>First Name</td><td>Last Name</td><td>Passport</td></tr>\
            <tr><td>Brittany</td><td>Huber</td><td>N82233702</td></tr></table>
            """
        #expect(DetectorTests.found(text).map(\.1) == ["Brittany", "Huber", "N82233702"], "\(DetectorTests.found(text))")
    }

    @Test func tagsAreReadWholeAndRowsBackToTheirStart() {
        let text = Array("<thead><tr><th>SSN</th><td class=a>1</td>".utf8)
        text.withUnsafeBufferPointer { buffer in
            let scan = ScanText(buffer)
            #expect(!TableHeaders.isTag(scan, 0, TableHeaders.th), "<thead> is no <th>")
            #expect(TableHeaders.isTag(scan, 7, TableHeaders.tr))
            let td = text.count - 18
            #expect(TableHeaders.isTag(scan, td, TableHeaders.td), "a tag with attributes")
            // A cell with no header row before it has no column.
            #expect(TableHeaders.htmlColumn(scan, text.count - 6) == nil)
        }
    }
}
