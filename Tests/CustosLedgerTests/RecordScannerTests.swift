// SPDX-License-Identifier: Apache-2.0

import Foundation
import Testing

@testable import CustosLedger

/// The verifiers' record reader: strict JSON, checked against Foundation's parser as an oracle.
struct RecordScannerTests {
    static let record = #"""
        {"endpoint":"/v1/chat/completions","event":"REQUEST","gateway":{"instance":"custos-1"},"method":"POST","model":"fake-echo","request":{"bytes":73,"sha256":"5e1d","stream":false},"request_id":"9f2c","source":{"address":"127.0.0.1","principal":"alice","tenant":"agency-a"},"time":"2026-11-26T23:00:00.000Z","usage":null,"ok":true,"n":[-1.5e3,0,2E+2,{}],"s":"caf\u00e9 \"q\" é 😀","v":1}
        """#

    @Test func readsTheFieldsOfARecord() {
        let fields = RecordScanner.scan(Array(Self.record.utf8))
        #expect(fields == RecordScanner.Fields(event: "REQUEST", requestID: "9f2c"))
        // Nested members of the same name are not the record's.
        #expect(RecordScanner.scan(Array(#"{"x":{"event":"RESPONSE"},"request_id":"a"}"#.utf8)) == .init(event: nil, requestID: "a"))
        // Escaped keys and values are decoded.
        #expect(
            RecordScanner.scan(Array(#"{"ev\u0065nt":"RE\u0053PONSE","request_id":"a\nb\ud83d\ude00"}"#.utf8))
                == .init(event: "RESPONSE", requestID: "a\nb😀")
        )
        #expect(RecordScanner.scan(Array(#" {} "#.utf8)) == .init())
    }

    @Test(arguments: [
        "", "[]", "\"s\"", "1", "null", "{", "{\"a\"}", "{\"a\":}", "{\"a\":1,}", "{\"a\":1}{}", "{\"a\":01}", "{\"a\":1.}", "{\"a\":.5}",
        "{\"a\":-}", "{\"a\":1e}", "{\"a\":tru}", "{\"a\":\"\\x\"}", "{\"a\":\"\\u12\"}", "{\"a\":\"tab\there\"}", "{a:1}", "{'a':1}",
        "{\"a\":[1,]}", "{\"a\":[1 2]}", "{\"a\":NaN}", "{\"a\":+1}",
    ])
    func refusesWhatIsNotOneJSONObject(_ text: String) {
        #expect(RecordScanner.scan(Array(text.utf8)) == nil)
    }

    @Test func refusesInvalidUTF8AndDeepNesting() {
        for bad: [UInt8] in [[0xC0, 0xAF], [0xE0, 0x80, 0xAF], [0xED, 0xA0, 0x80], [0xF4, 0x90, 0x80, 0x80], [0xFF], [0xC3]] {
            #expect(RecordScanner.scan(Array(#"{"a":""#.utf8) + bad + Array(#""}"#.utf8)) == nil)
        }
        let deep = String(repeating: "[", count: 200) + String(repeating: "]", count: 200)
        #expect(RecordScanner.scan(Array("{\"a\":\(deep)}".utf8)) == nil)
    }

    /// Mutated records: the scanner accepts exactly what Foundation's parser accepts as an object.
    @Test func agreesWithFoundationOnMutatedRecords() {
        var random = SplitMix64(seed: 0xC057_05)
        let base = Array(Self.record.utf8)
        let alphabet = Array(#"{}[],:"\ 0123456789.eE+-tfnulrsa"#.utf8) + [0x00, 0x1F, 0x80, 0xC3, 0xA9, 0xFF]
        var disagreements: [String] = []
        for _ in 0..<20_000 {
            var bytes = base
            for _ in 0..<Int.random(in: 1...3, using: &random) {
                let position = Int.random(in: 0..<bytes.count, using: &random)
                switch Int.random(in: 0..<3, using: &random) {
                case 0: bytes.remove(at: position)
                case 1: bytes.insert(alphabet.randomElement(using: &random)!, at: position)
                default: bytes[position] = alphabet.randomElement(using: &random)!
                }
            }
            let oracle = (try? JSONSerialization.jsonObject(with: Data(bytes))) is [String: Any]
            let text = String(decoding: bytes, as: UTF8.self)
            // RFC 8259 § 6 lets a parser limit the range of numbers; Foundation refuses what
            // overflows a Double, the scanner checks the grammar only.
            if !oracle, text.contains(/[0-9][eE][+-]?[0-9]{3,}/) { continue }
            if (RecordScanner.scan(bytes) != nil) != oracle { disagreements.append(text) }
        }
        #expect(disagreements.isEmpty, "\(disagreements.prefix(3))")
    }
}

/// A small deterministic generator, so a failing mutation reproduces.
struct SplitMix64: RandomNumberGenerator {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
