// SPDX-License-Identifier: Apache-2.0

import Testing

@testable import CustosLedger

struct CanonicalJSONTests {
    static func text(_ value: LedgerValue) throws -> String {
        String(decoding: try CanonicalJSON.encode(value), as: UTF8.self)
    }

    /// RFC 8785 § 3.2.3's sorting example: names ordered by UTF-16 code units, so the emoji's
    /// surrogate pair (0xD83D…) sorts before U+FB33 although its code point is larger.
    @Test func sortsByUTF16CodeUnits() throws {
        let value = LedgerValue.object([
            "\u{20ac}": "Euro Sign", "\r": "Carriage Return", "\u{fb33}": "Hebrew Letter Dalet With Dagesh", "1": "One",
            "\u{1F600}": "Emoji: Grinning Face", "\u{0080}": "Control", "\u{00f6}": "Latin Small Letter O With Diaeresis",
        ])
        let expected =
            #"{"\r":"Carriage Return","1":"One","\#u{0080}":"Control","ö":"Latin Small Letter O With Diaeresis","€":"Euro Sign","😀":"Emoji: Grinning Face","דּ":"Hebrew Letter Dalet With Dagesh"}"#
        #expect(try Self.text(value) == expected)
    }

    @Test func escapesLikeJSONStringify() throws {
        let value = LedgerValue.string("q\"b\\s/\u{8}\u{c}\n\r\t\u{1}\u{1f}\u{7f}é")
        #expect(try Self.text(value) == #""q\"b\\s/\b\f\n\r\t\u0001\u001f\#u{7f}é""#)
    }

    @Test func nestedValuesAndLiterals() throws {
        let value = LedgerValue.object([
            "b": .array([1, -2, true, false, .null, .object([:]), .array([])]), "a": .object(["z": 0, "y": "x"]),
        ])
        #expect(try Self.text(value) == #"{"a":{"y":"x","z":0},"b":[1,-2,true,false,null,{},[]]}"#)
    }

    @Test func integersMustBeExactAsDoubles() throws {
        #expect(try Self.text(.integer(LedgerValue.maximumSafeInteger)) == "9007199254740991")
        #expect(try Self.text(.integer(-LedgerValue.maximumSafeInteger)) == "-9007199254740991")
        #expect(throws: CanonicalJSON.UnsafeInteger(value: 1 << 53)) { try CanonicalJSON.encode(.integer(1 << 53)) }
    }

    /// The byte-wise name order agrees with UTF-16 code unit order on names from every plane.
    @Test func nameOrderAgreesWithUTF16OnRandomNames() {
        var random = SystemRandomNumberGenerator()
        let alphabet: [Unicode.Scalar] = [
            "a", "b", "\u{7f}", "\u{80}", "\u{7ff}", "\u{800}", "\u{d7ff}", "\u{e000}", "\u{fb33}", "\u{ffff}", "\u{10000}", "\u{1f600}",
            "\u{10ffff}",
        ]
        for _ in 0..<20_000 {
            let names = (0..<2).map { _ in
                String(String.UnicodeScalarView((0..<Int.random(in: 0...3, using: &random)).map { _ in alphabet.randomElement(using: &random)! }))
            }
            #expect(CanonicalJSON.precedes(names[0], names[1]) == names[0].utf16.lexicographicallyPrecedes(names[1].utf16), "\(names)")
        }
    }
}
