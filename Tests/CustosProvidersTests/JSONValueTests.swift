// SPDX-License-Identifier: Apache-2.0

import Foundation
import Testing

@testable import CustosProviders

struct JSONValueTests {
    @Test func parsesEveryKind() throws {
        let value = try #require(
            JSONValue.parse(Array(#" {"a":[1,-2,3.5,1e3,true,false,null],"s":"q\"\u00e9\n/","o":{},"big":12345678901234567890} "#.utf8))
        )
        #expect(value["a"] == .array([.integer(1), .integer(-2), .number(3.5), .number(1000), .bool(true), .bool(false), .null]))
        #expect(value["s"] == .string("q\"é\n/"))
        #expect(value["o"] == .object([:]))
        #expect(value["big"] == .number(12_345_678_901_234_567_890))
        #expect(value["a"]?.array?[2].double == 3.5 && value["a"]?.array?[0].int == 1)
    }

    @Test(arguments: ["", "{", "[1,]", #"{"a" 1}"#, "01", "nul", #""\x""#, "{} {}"])
    func refusesWhatIsNotJSON(_ text: String) {
        #expect(JSONValue.parse(Array(text.utf8)) == nil)
    }

    @Test func encodingIsCanonicalAndRoundTrips() throws {
        let text = #"{"z":1,"a":{"y":[true,null,"x\"\\\u0001"],"b":-0.25},"m":"ü/"}"#
        let value = try #require(JSONValue.parse(Array(text.utf8)))
        let encoded = String(decoding: value.encoded(), as: UTF8.self)
        #expect(encoded == #"{"a":{"b":-0.25,"y":[true,null,"x\"\\\u0001"]},"m":"ü/","z":1}"#)
        #expect(JSONValue.parse(value.encoded()) == value)
        // Foundation reads it back to the same structure.
        let foundation = try JSONSerialization.jsonObject(with: Data(value.encoded())) as? [String: Any]
        #expect((foundation?["a"] as? [String: Any])?["b"] as? Double == -0.25)
    }
}
