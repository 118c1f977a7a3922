// SPDX-License-Identifier: Apache-2.0

import Testing

@testable import CustosGuard

/// The byte-level helpers the scanner's pass is built on.
struct TextTests {
    @Test func nonLettersAgreesWithIsLetterForEveryByteInEveryLane() {
        for byte in UInt8.min...UInt8.max {
            for lane in 0..<8 {
                // The other lanes hold a letter and a non-letter in turn, so a carry between lanes would show.
                var bytes: [UInt8] = (0..<8).map { $0 % 2 == 0 ? 0x7A : 0xFF }
                bytes[lane] = byte
                let word = bytes.enumerated().reduce(UInt64(0)) { $0 | UInt64($1.element) << (8 * UInt64($1.offset)) }
                let mask = Bytes.nonLetters(word)
                for position in 0..<8 {
                    let flagged = mask >> (8 * UInt64(position) + 7) & 1 == 1
                    #expect(flagged == !Bytes.isLetter(bytes[position]), "byte \(bytes[position]) in lane \(position)")
                }
            }
        }
    }

    @Test func letterRunEndMatchesAByteByByteWalk() {
        var generator = SystemRandomNumberGenerator()
        let alphabet = Array("abcXYZ09 _.-é".utf8)
        for _ in 0..<2_000 {
            let bytes = (0..<Int.random(in: 0..<40, using: &generator)).map { _ in alphabet.randomElement(using: &generator)! }
            bytes.withUnsafeBufferPointer { buffer in
                let text = ScanText(buffer)
                for start in 0...bytes.count {
                    var expected = start
                    while expected < bytes.count, Bytes.isLetter(bytes[expected]) { expected += 1 }
                    #expect(text.letterRunEnd(start) == expected, "\(bytes) from \(start)")
                }
            }
        }
    }

    /// Asks `check` about random texts over `alphabet` at positions mostly forward, as the
    /// detectors ask, with steps back among them (a memo that reads forward must still answer).
    static func askInAnyOrder(_ alphabet: String, _ check: (ScanText, [UInt8], Int) -> Void) {
        var generator = SystemRandomNumberGenerator()
        let letters = Array(alphabet.utf8)
        for _ in 0..<200 {
            let bytes = (0..<Int.random(in: 0..<200, using: &generator)).map { _ in letters.randomElement(using: &generator)! }
            bytes.withUnsafeBufferPointer { buffer in
                let text = ScanText(buffer)
                var index = 0
                for _ in 0..<100 {
                    index = max(0, min(bytes.count, index + Int.random(in: -20...30, using: &generator)))
                    check(text, bytes, index)
                }
            }
        }
    }

    @Test func lineStartsAgreeWithAWalkBackWhateverOrderTheyAreAskedIn() {
        Self.askInAnyOrder("ab \n") { text, bytes, index in
            var expected = index
            while expected > 0, bytes[expected - 1] != 0x0A { expected -= 1 }
            #expect(text.lineStart(index) == expected, "\(bytes) at \(index)")
        }
    }

    @Test func lastOpenParensAgreeWithAWalkBackWhateverOrderTheyAreAskedIn() {
        Self.askInAnyOrder("a (\n") { text, bytes, index in
            #expect(text.lastOpenParen(before: index) == (bytes[..<index].lastIndex(of: 0x28) ?? -1), "\(bytes) at \(index)")
        }
        // With a limit, a `(` before it counts as none, in any order.
        Self.askInAnyOrder("(a (\n") { text, bytes, index in
            let limit = 1
            let expected = bytes[..<index].lastIndex(of: 0x28).flatMap { $0 >= limit ? $0 : nil } ?? -1
            #expect(text.lastOpenParen(before: index, notBefore: limit) == expected, "\(bytes) at \(index)")
        }
    }

    @Test func readsOutsideTheTextAreZero() {
        Array("ab".utf8).withUnsafeBufferPointer { buffer in
            let text = ScanText(buffer)
            #expect(text[-1] == 0)
            #expect(text[0] == 0x61)
            #expect(text[2] == 0)
            #expect(text[Int.max] == 0)
            #expect(text[Int.min] == 0)
        }
    }

    @Test func contextWordsAreSeenOnlyOnceThePassHasReachedThem() {
        let scanner = SensitiveDataScanner()
        // A context word later in the text does not make the number a routing number (unless the
        // sentence goes on to call the number one: `NumberDetectors.statedLabel`); the one before does.
        #expect(scanner.scan("021000021 and later the routing number").findings.isEmpty)
        #expect(scanner.scan("routing number 021000021").findings.map(\.kind) == [.abaRouting])
    }

    @Test func punctuationOutsideASCIIEndsAWordButLettersDoNot() {
        for (text, boundary) in [
            ("“John", true), ("—John", true), ("\u{00A0}John", true), ("«John", true), ("•John", true), ("📞John", true), ("éJohn", false),
            ("日John", false),
        ] {
            let bytes = Array(text.utf8)
            bytes.withUnsafeBufferPointer { buffer in
                let scan = ScanText(buffer)
                #expect(scan.startsWord(bytes.count - 4) == boundary, "\(text)")
            }
            let reversed = Array(("John" + text.dropLast(4)).utf8)
            reversed.withUnsafeBufferPointer { buffer in #expect(ScanText(buffer).endsWord(4) == boundary, "John then \(text.dropLast(4))") }
        }
        // A byte that starts no character is a letter, as before.
        let broken: [UInt8] = [0xE2, 0x80] + Array("John".utf8)
        broken.withUnsafeBufferPointer { #expect(!ScanText($0).startsWord(2)) }
    }
}
