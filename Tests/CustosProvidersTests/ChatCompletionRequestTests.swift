// SPDX-License-Identifier: Apache-2.0

import Foundation
import Testing

@testable import CustosProviders

struct ChatCompletionRequestTests {
    @Test func splicesOnlyTheModel() throws {
        let body =
            #"{ "messages":[{"role":"user","content":"hi"}],"model" :  "public-name" ,"tools":[{"type":"function"}],"x_extra":{"k":[1, 2.50]}}"#
        let request = try ChatCompletionRequest(body: Array(body.utf8))
        #expect(request.model == "public-name")
        let upstream = String(decoding: request.body(forUpstreamModel: "up/stream \"v2\""), as: UTF8.self)
        #expect(upstream == body.replacingOccurrences(of: #""public-name""#, with: #""up/stream \"v2\"""#))
    }

    @Test func requestingUsageAddsOrReplacesStreamOptionsOfStreamsOnly() throws {
        func upstream(_ body: String) throws -> String {
            String(
                decoding: try ChatCompletionRequest(body: Array(body.utf8)).body(forUpstreamModel: "u", replacing: [:], requestingUsage: true),
                as: UTF8.self
            )
        }
        #expect(
            try upstream(#" {"model":"m","stream":true,"messages":[{"role":"user","content":"x"}]}"#)
                == #" {"stream_options":{"include_usage":true},"model":"u","stream":true,"messages":[{"role":"user","content":"x"}]}"#
        )
        #expect(
            try upstream(#"{"model":"m","stream":true,"stream_options":{"include_usage":false},"messages":[{"role":"user","content":"x"}]}"#)
                == #"{"model":"u","stream":true,"stream_options":{"include_usage":true},"messages":[{"role":"user","content":"x"}]}"#
        )
        let unchanged = #"{"model":"m","messages":[{"role":"user","content":"x"}]}"#
        #expect(try upstream(unchanged) == unchanged.replacingOccurrences(of: #""m""#, with: #""u""#))
        let asked = #"{"model":"m","stream":true,"stream_options":{"include_usage":true},"messages":[{"role":"user","content":"x"}]}"#
        #expect(try upstream(asked) == asked.replacingOccurrences(of: #""m""#, with: #""u""#))
        // What it sends is still a valid request.
        #expect(
            try ChatCompletionRequest(body: Array(try upstream(#"{"model":"m","stream":true,"messages":[{"role":"user","content":"x"}]}"#).utf8))
                .includeUsage
        )
    }

    @Test func readsStreamingOptions() throws {
        let body = #"{"model":"m","messages":[{"role":"user","content":"x"}],"stream":true,"stream_options":{"include_usage":true},"max_tokens":7}"#
        let request = try ChatCompletionRequest(body: Array(body.utf8))
        #expect(request.stream)
        #expect(request.includeUsage)
        #expect(request.maxCompletionTokens == 7)
    }

    @Test(arguments: [
        (#"{"messages":[{"role":"user"}]}"#, "model"),
        (#"{"model":"m"}"#, "messages"),
        (#"{"model":7,"messages":[{"role":"user"}]}"#, "model"),
        (#"{"model":"m","messages":"hi"}"#, "messages"),
        (#"{"model":"m","messages":[]}"#, "messages"),
        (#"{"model":"m","messages":[42]}"#, "messages[0]"),
        (#"{"model":"m","messages":[{"role":"user"},{"content":"x"}]}"#, "messages[1].role"),
        (#"{"model":"m","messages":[{"role":1}]}"#, "messages[0].role"),
        (#"{"model":"m","messages":[{"role":"user"}],"stream":"yes"}"#, "stream"),
        (#"{"model":"m","messages":[{"role":"user"}],"max_tokens":"10"}"#, "max_tokens"),
        (#"{"model":"m","messages":[{"role":"user"}],"max_tokens":0}"#, "max_tokens"),
        (#"{"model":"m","messages":[{"role":"user"}],"temperature":"hot"}"#, "temperature"),
        (#"{"model":"m","messages":[{"role":"user"}],"tools":{}}"#, "tools"),
        (#"{"model":"m","messages":[{"role":"user"}],"stream_options":{"include_usage":"true"}}"#, "stream_options.include_usage"),
        (#"{"model":"m","model":"n","messages":[{"role":"user"}]}"#, "model"),
        (#"{"model":"","messages":[{"role":"user"}]}"#, "model"),
    ])
    func namesTheFaultyField(_ body: String, _ param: String) {
        #expect {
            try ChatCompletionRequest(body: Array(body.utf8))
        } throws: { error in
            (error as? RequestValidationError)?.param == param
        }
    }

    @Test func nullMeansNotGiven() throws {
        let body = #"{"model":"m","messages":[{"role":"user"}],"temperature":null,"stream":null}"#
        let request = try ChatCompletionRequest(body: Array(body.utf8))
        #expect(!request.stream)
    }

    @Test func rejectsNonObjectBodies() {
        #expect(throws: JSONSyntaxError.self) { try ChatCompletionRequest(body: Array("[1]".utf8)) }
        #expect(throws: JSONSyntaxError.self) { try ChatCompletionRequest(body: Array("{".utf8)) }
    }
}
