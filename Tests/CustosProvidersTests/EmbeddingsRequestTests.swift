// SPDX-License-Identifier: Apache-2.0

import Testing

@testable import CustosProviders

struct EmbeddingsRequestTests {
    @Test(arguments: [
        (#"{"model":"e","input":"one"}"#, 1),
        (#"{"model":"e","input":["a","b","c"]}"#, 3),
        (#"{"model":"e","input":[1,2,3]}"#, 1),
        (#"{"model":"e","input":[[1,2],[3]],"encoding_format":"base64","dimensions":8}"#, 2),
    ])
    func countsInputs(_ body: String, _ count: Int) throws {
        #expect(try EmbeddingsRequest(body: Array(body.utf8)).inputCount == count)
    }

    @Test(arguments: [
        (#"{"input":"x"}"#, "model"),
        (#"{"model":"e"}"#, "input"),
        (#"{"model":"e","input":""}"#, "input"),
        (#"{"model":"e","input":[]}"#, "input"),
        (#"{"model":"e","input":["a",1]}"#, "input"),
        (#"{"model":"e","input":{"a":1}}"#, "input"),
        (#"{"model":"e","input":"x","encoding_format":"hex"}"#, "encoding_format"),
        (#"{"model":"e","input":"x","dimensions":0}"#, "dimensions"),
    ])
    func namesTheFaultyField(_ body: String, _ param: String) {
        #expect {
            try EmbeddingsRequest(body: Array(body.utf8))
        } throws: { error in
            (error as? RequestValidationError)?.param == param
        }
    }

    @Test func splicesTheModel() throws {
        let request = try EmbeddingsRequest(body: Array(#"{"input":"x","model":"pub"}"#.utf8))
        #expect(String(decoding: request.body(forUpstreamModel: "up"), as: UTF8.self) == #"{"input":"x","model":"up"}"#)
    }
}
