// SPDX-License-Identifier: Apache-2.0

import Testing

@testable import CustosGuard

struct MarkdownLabelsTests {
    /// The text as the scan reads it, or nil when nothing in it changes.
    static func unmarked(_ text: String) -> String? {
        Array(text.utf8).withUnsafeBufferPointer { MarkdownLabels.unmarked($0) }.map { String(decoding: $0, as: UTF8.self) }
    }

    @Test func theMarkersAroundALabelReadAsSpacesAndNothingMoves() {
        #expect(Self.unmarked("**Name:** Janet") == "  Name:   Janet")
        #expect(Self.unmarked("- **First name**: Janet") == "-   First name  : Janet")
        #expect(Self.unmarked("| **Owner** | Janet |") == "|   Owner   | Janet |")
        // Every label in a longer text, past the eight-byte steps.
        let form = "Intake form for the clinic\n**Patient:** Sonya\n**Surname:** Keith"
        #expect(Self.unmarked(form) == "Intake form for the clinic\n  Patient:   Sonya\n  Surname:   Keith")
    }

    @Test func markersThatMarkNoLabelStay() {
        #expect(Self.unmarked("plain text with no stars at all") == nil)
        #expect(Self.unmarked("**Important** read this") == nil)  // no colon, no cell
        #expect(Self.unmarked("SSN ***-**-1234 on file") == nil)
        #expect(Self.unmarked("pass: hunter**2:**x") == nil)  // opens inside a word
        #expect(Self.unmarked("***Name:*** Janet") == nil)
        #expect(Self.unmarked("** Name:** Janet") == nil)
        #expect(Self.unmarked("**Name: ** Janet") == nil)
        let long = "**" + String(repeating: "a", count: 41) + ":** Janet"
        #expect(Self.unmarked(long) == nil)
    }

    @Test func aBoldLabelNamesItsValueAsAPlainOneDoes() {
        DetectorTests.expect("**Patient:** Janet", .person, "Janet")
        DetectorTests.expect("**Surname:** Whitaker", .person, "Whitaker")
        DetectorTests.expect("**Name**: Whitaker", .person, "Whitaker")
        DetectorTests.expect("| **Owner** | Janet |", .person, "Janet")
        // Findings keep their places in the original text.
        let text = "**First name:** Janet"
        let finding = SensitiveDataScanner().scan(text).findings.first
        #expect(finding.map { Array(text.utf8)[$0.range] } == Array("Janet".utf8)[...])
        // A password's stars stay part of it.
        DetectorTests.expect("pass: hunter**2:**x", .password, "hunter**2:**x")
    }
}
