// SPDX-License-Identifier: Apache-2.0

import Testing

@testable import CustosGuard

/// How the scanner settles overlapping candidates, and that long texts are read as short ones are.
struct SensitiveDataScannerTests {
    /// The rule written the plain way: by priority, then length, each candidate is kept unless
    /// it overlaps one kept before it.
    static func reference(_ candidates: [Finding]) -> [Finding] {
        let ranked = candidates.sorted {
            let (a, b) = (SensitiveDataScanner.priority($0.kind), SensitiveDataScanner.priority($1.kind))
            return a != b ? a < b : $0.range.count > $1.range.count
        }
        var kept: [Finding] = []
        for candidate in ranked where !kept.contains(where: { $0.range.overlaps(candidate.range) }) { kept.append(candidate) }
        return kept.sorted { $0.range.lowerBound < $1.range.lowerBound }
    }

    @Test func settlingClusterByClusterKeepsWhatThePlainRuleKeeps() {
        var generator = SystemRandomNumberGenerator()
        let kinds = SensitiveKind.allCases
        for round in 0..<500 {
            // Dense rounds make long chains of overlaps (past the bitmap's threshold), sparse ones few.
            let spacing = round % 2 == 0 ? 3 : 40
            var start = 0
            var candidates: [Finding] = []
            for _ in 0..<Int.random(in: 0..<120, using: &generator) {
                start += Int.random(in: 0...spacing, using: &generator)
                let length = Int.random(in: 1...30, using: &generator)
                candidates.append(Finding(kind: kinds.randomElement(using: &generator)!, range: start..<(start + length)))
            }
            let resolved = SensitiveDataScanner.resolve(candidates)
            #expect(resolved == Self.reference(candidates), "round \(round): \(candidates)")
            #expect(zip(resolved, resolved.dropFirst()).allSatisfy { $0.range.upperBound <= $1.range.lowerBound })
        }
    }

    @Test func claimedBytesRefuseARangeThatTouchesAClaimedByte() {
        var claimed = ClaimedBytes(100..<300)
        let answers = [100..<110, 109..<120, 110..<120, 200..<300, 150..<201, 150..<200].map { claimed.claim($0) }
        // A refused claim takes nothing: 110..<120 is still free after 109..<120 was refused.
        #expect(answers == [true, false, true, true, false, true])
    }

    @Test func aLongChainOfNamesIsSettledAsAShortOneIs() {
        // "John John John ..." makes a chain of overlapping two-word candidates, one cluster.
        let unit = "John "
        let short = DetectorTests.found(String(repeating: unit, count: 4))
        let long = DetectorTests.found(String(repeating: unit, count: 4_000))
        #expect(!short.isEmpty)
        #expect(long.count == 1_000 * short.count, "\(short) repeats in the long text")
    }

    @Test func everyRowOfALongTableIsNamedByItsHeader() {
        // Two thousand rows: each row reaches the header through the rows above it. A date is a
        // date of birth only where something says so; here only the header does.
        let rows = (0..<2_000).map { "Row \($0),\(1 + $0 % 12)/\(1 + $0 % 28)/19\(50 + $0 % 50),x" }
        let text = "label,dob,note\n" + rows.joined(separator: "\n")
        #expect(DetectorTests.found(text).filter { $0.0 == .dateOfBirth }.count == 2_000)
        #expect(DetectorTests.found(rows.joined(separator: "\n")).filter { $0.0 == .dateOfBirth }.count == 0)
    }

    @Test func aLongTableRowIsCountedCellByCell() {
        // One line of 300 cells under a header of 300 columns: a date in cell 250 is named by
        // column 250, and in cell 249 by nothing.
        var header = (0..<300).map { "col\(Character(UnicodeScalar(97 + $0 % 26)!))" }
        header[250] = "dob"
        for (cell, expected) in [(250, [SensitiveKind.dateOfBirth]), (249, [])] {
            var cells = (0..<300).map { _ in "x" }
            cells[cell] = "03/05/1992"
            let text = header.joined(separator: ",") + "\n" + cells.joined(separator: ",")
            #expect(DetectorTests.found(text).map(\.0) == expected, "date in cell \(cell)")
        }
    }
}
