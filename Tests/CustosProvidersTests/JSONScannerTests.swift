// SPDX-License-Identifier: Apache-2.0

import Testing

@testable import CustosProviders

struct JSONScannerTests {
    @Test(arguments: [
        #"{}"#, #"[]"#, #""x""#, "0", "-0.5e+10", "true", "null", #"{"a":[1,2,{"b":null}],"c":"\u00e9\ud83d\ude00\n"}"#,
        " \n\t{ \"k\" : \"v\" } \r\n", #"["é", "漢字", "😀"]"#,
    ])
    func acceptsValidJSON(_ text: String) throws {
        _ = try JSONScanner(Array(text.utf8)).validate()
    }

    @Test(arguments: [
        ("", "unexpected end of JSON input"),
        (#"{"a":1,}"#, "expected a string key"),
        (#"[1,]"#, "unexpected character"),
        ("01", "leading zero"),
        ("1.", "expected a digit after '.'"),
        ("1e", "expected a digit in exponent"),
        (#"{"a" 1}"#, "expected ':'"),
        (#"{"a":1"#, "expected ',' or '}'"),
        ("\"a\u{01}\"", "control character"),
        (#""\x""#, "invalid escape"),
        (#""\ud800""#, "unpaired surrogate"),
        (#""\udc00""#, "unpaired surrogate"),
        (#""\u12G4""#, "invalid \\u escape"),
        ("tru", "unexpected end"),
        ("nul1", "invalid literal"),
        (#"{} {}"#, "unexpected data after"),
        ("'a'", "unexpected character"),
        ("// c\n{}", "unexpected character"),
    ])
    func rejectsInvalidJSON(_ text: String, _ expected: String) {
        #expect {
            try JSONScanner(Array(text.utf8)).validate()
        } throws: { error in
            (error as? JSONSyntaxError)?.message.contains(expected) == true
        }
    }

    @Test(
        arguments: [[0x22, 0xC3, 0x22], [0x22, 0xC0, 0xAF, 0x22], [0x22, 0xED, 0xA0, 0x80, 0x22], [0x22, 0xF5, 0x80, 0x80, 0x80, 0x22]] as [[UInt8]]
    )
    func rejectsInvalidUTF8(_ bytes: [UInt8]) {
        #expect(throws: JSONSyntaxError.self) { try JSONScanner(bytes).validate() }
    }

    @Test func deepNestingIsAnErrorNotACrash() {
        let deep = String(repeating: "[", count: 100_000) + String(repeating: "]", count: 100_000)
        #expect {
            try JSONScanner(Array(deep.utf8)).validate()
        } throws: { error in
            (error as? JSONSyntaxError)?.message.contains("nested deeper") == true
        }
        let allowed = String(repeating: "[", count: JSONScanner.maximumDepth) + String(repeating: "]", count: JSONScanner.maximumDepth)
        #expect(throws: Never.self) { try JSONScanner(Array(allowed.utf8)).validate() }
    }

    @Test func membersKeepByteRanges() throws {
        let text = #"{"model" : "gpt", "n": 2, "esc\"aped": "a\"b", "nested": {"x": true}}"#
        let bytes = Array(text.utf8)
        let object = try JSONScanner(bytes).rootObject()
        #expect(object.members.map(\.key) == ["model", "n", "esc\"aped", "nested"])
        let model = try #require(object.member("model"))
        #expect(String(decoding: bytes[model.valueRange], as: UTF8.self) == #""gpt""#)
        #expect(object.integer(try #require(object.member("n"))) == 2)
        #expect(object.string(try #require(object.member("esc\"aped"))) == "a\"b")
        let nestedMember = try #require(object.member("nested"))
        let nested = try #require(object.object(nestedMember))
        #expect(nested.bool(try #require(nested.member("x"))) == true)
    }

    @Test func decodesEscapes() throws {
        let object = try JSONScanner(Array(#"{"s":"\u00e9\ud83d\ude00\t\/\\"}"#.utf8)).rootObject()
        #expect(object.string(try #require(object.member("s"))) == "é😀\t/\\")
    }

    @Test func integerRejectsFractionsAndOverflow() throws {
        let object = try JSONScanner(Array(#"{"a":1.5,"b":99999999999999999999,"c":-3}"#.utf8)).rootObject()
        #expect(object.integer(try #require(object.member("a"))) == nil)
        #expect(object.integer(try #require(object.member("b"))) == nil)
        #expect(object.integer(try #require(object.member("c"))) == -3)
    }
}
