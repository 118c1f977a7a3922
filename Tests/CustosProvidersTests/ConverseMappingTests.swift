// SPDX-License-Identifier: Apache-2.0

import Foundation
import Testing

@testable import CustosProviders

struct ConverseMappingTests {
    func converse(_ openAI: String) throws -> (String, JSONValue) {
        let (modelID, body, _) = try ConverseMapping.request(fromOpenAI: Array(openAI.utf8))
        return (modelID, try #require(JSONValue.parse(body)))
    }

    @Test func mapsAConversationWithSystemToolsAndImages() throws {
        let (modelID, body) = try converse(
            #"""
            {"model":"anthropic.claude-3-5-sonnet-20240620-v1:0","max_tokens":50,"temperature":0.2,"top_p":0.9,"stop":"END",
             "messages":[
              {"role":"system","content":"Be brief."},
              {"role":"developer","content":[{"type":"text","text":"Cite sources."}]},
              {"role":"user","content":[{"type":"text","text":"What is this?"},{"type":"image_url","image_url":{"url":"data:image/png;base64,iVBORw0K"}}]},
              {"role":"assistant","content":null,"tool_calls":[{"id":"call_1","type":"function","function":{"name":"lookup","arguments":"{\"q\":\"x\"}"}}]},
              {"role":"tool","tool_call_id":"call_1","content":"found"},
              {"role":"tool","tool_call_id":"call_2","content":"also"},
              {"role":"user","content":"thanks"}],
             "tools":[{"type":"function","function":{"name":"lookup","description":"Look up","parameters":{"type":"object","properties":{"q":{"type":"string"}}}}}],
             "tool_choice":"required","user":"u-1","seed":3}
            """#
        )
        #expect(modelID == "anthropic.claude-3-5-sonnet-20240620-v1:0")
        #expect(body["system"] == .array([.object(["text": .string("Be brief.")]), .object(["text": .string("Cite sources.")])]))
        let messages = try #require(body["messages"]?.array)
        #expect(messages.map { $0["role"]?.string } == ["user", "assistant", "user"])
        // The two tool results and the next user text merge into one user turn.
        #expect(messages[2]["content"]?.array?.count == 3)
        #expect(messages[2]["content"]?.array?[1]["toolResult"]?["toolUseId"] == .string("call_2"))
        #expect(messages[0]["content"]?.array?[1]["image"] == .object(["format": .string("png"), "source": .object(["bytes": .string("iVBORw0K")])]))
        #expect(messages[1]["content"]?.array?[0]["toolUse"]?["input"] == .object(["q": .string("x")]))
        #expect(
            body["inferenceConfig"]
                == .object(["maxTokens": .integer(50), "temperature": .number(0.2), "topP": .number(0.9), "stopSequences": .array([.string("END")])])
        )
        #expect(body["toolConfig"]?["toolChoice"] == .object(["any": .object([:])]))
        #expect(body["toolConfig"]?["tools"]?.array?[0]["toolSpec"]?["name"] == .string("lookup"))
        #expect(body["user"] == nil && body["seed"] == nil)
    }

    @Test(arguments: [
        (#"{"model":"m","n":2,"messages":[{"role":"user","content":"x"}]}"#, "n"),
        (#"{"model":"m","logprobs":true,"messages":[{"role":"user","content":"x"}]}"#, "logprobs"),
        (#"{"model":"m","response_format":{"type":"json_object"},"messages":[{"role":"user","content":"x"}]}"#, "response_format"),
        (
            #"{"model":"m","messages":[{"role":"user","content":[{"type":"image_url","image_url":{"url":"https://example.com/a.png"}}]}]}"#,
            "messages[0].content"
        ),
    ])
    func refusesWhatConverseCannotExpress(_ body: String, _ param: String) {
        #expect {
            try ConverseMapping.request(fromOpenAI: Array(body.utf8))
        } throws: { error in
            (error as? ProviderError)?.kind == .unsupported(param: param)
        }
    }

    @Test func toolChoiceNoneDropsUnusedTools() throws {
        let (_, body) = try converse(
            #"{"model":"m","tool_choice":"none","tools":[{"type":"function","function":{"name":"f"}}],"messages":[{"role":"user","content":"x"}]}"#
        )
        #expect(body["toolConfig"] == nil)
    }

    @Test func answersBecomeChatCompletions() throws {
        let converse = #"""
            {"output":{"message":{"role":"assistant","content":[{"text":"Hi "},{"text":"there"},{"toolUse":{"toolUseId":"t1","name":"f","input":{"a":1}}}]}},
             "stopReason":"tool_use","usage":{"inputTokens":7,"outputTokens":3,"totalTokens":10},"metrics":{"latencyMs":12}}
            """#
        let answer = try #require(
            JSONValue.parse(try ConverseMapping.answer(fromConverse: Array(converse.utf8), model: "m", id: "chatcmpl-1", created: 5))
        )
        #expect(answer["object"] == .string("chat.completion"))
        let choice = try #require(answer["choices"]?.array?.first)
        #expect(choice["finish_reason"] == .string("tool_calls"))
        #expect(choice["message"]?["content"] == .string("Hi there"))
        #expect(choice["message"]?["tool_calls"]?.array?[0]["function"]?["arguments"] == .string(#"{"a":1}"#))
        #expect(answer["usage"] == .object(["prompt_tokens": .integer(7), "completion_tokens": .integer(3), "total_tokens": .integer(10)]))
        #expect(
            Usage.parse(responseBody: try ConverseMapping.answer(fromConverse: Array(converse.utf8), model: "m", id: "x", created: 0))?.totalTokens
                == 10
        )
    }

    @Test(arguments: [
        ("end_turn", "stop"), ("stop_sequence", "stop"), ("max_tokens", "length"), ("tool_use", "tool_calls"),
        ("guardrail_intervened", "content_filter"), ("content_filtered", "content_filter"),
    ])
    func stopReasons(_ stop: String, _ finish: String) {
        #expect(ConverseMapping.finishReason(stop) == finish)
    }

    @Test func streamEventsBecomeChunksAndDoneOnlyAfterMessageStop() throws {
        var translator = ConverseStreamTranslator(id: "chatcmpl-9", model: "m", created: 1, includeUsage: true)
        var events: [ServerSentEvent] = []
        for message: EventStreamMessage in [
            .event("messageStart", payload: Array(#"{"role":"assistant"}"#.utf8)),
            .event("contentBlockDelta", payload: Array(#"{"contentBlockIndex":0,"delta":{"text":"He said \"hi\""}}"#.utf8)),
            .event("contentBlockStop", payload: Array(#"{"contentBlockIndex":0}"#.utf8)),
            .event("contentBlockStart", payload: Array(#"{"contentBlockIndex":1,"start":{"toolUse":{"toolUseId":"t1","name":"f"}}}"#.utf8)),
            .event("contentBlockDelta", payload: Array(#"{"contentBlockIndex":1,"delta":{"toolUse":{"input":"{\"a\":"}}}"#.utf8)),
        ] {
            events += try translator.translate(message)
        }
        #expect(translator.finish().isEmpty)
        events += try translator.translate(.event("messageStop", payload: Array(#"{"stopReason":"tool_use"}"#.utf8)))
        events += try translator.translate(
            .event("metadata", payload: Array(#"{"usage":{"inputTokens":4,"outputTokens":2,"totalTokens":6},"metrics":{"latencyMs":1}}"#.utf8))
        )
        events += translator.finish()
        let chunks = events.dropLast().map { JSONValue.parse($0.data)! }
        #expect(events.last?.isDone == true)
        #expect(chunks[0]["choices"]?.array?[0]["delta"]?["role"] == .string("assistant"))
        #expect(chunks[1]["choices"]?.array?[0]["delta"]?["content"] == .string(#"He said "hi""#))
        #expect(chunks[2]["choices"]?.array?[0]["delta"]?["tool_calls"]?.array?[0]["id"] == .string("t1"))
        #expect(chunks[3]["choices"]?.array?[0]["delta"]?["tool_calls"]?.array?[0]["function"]?["arguments"] == .string(#"{"a":"#))
        #expect(chunks[4]["choices"]?.array?[0]["finish_reason"] == .string("tool_calls"))
        #expect(chunks[5]["choices"] == .array([]))
        #expect(Usage.parse(responseBody: events[5].data)?.totalTokens == 6)
        #expect(chunks.allSatisfy { $0["object"] == .string("chat.completion.chunk") && $0["id"] == .string("chatcmpl-9") })
    }

    @Test func aStreamExceptionIsAnError() {
        var translator = ConverseStreamTranslator(id: "x", model: "m", created: 1, includeUsage: false)
        #expect(throws: ProviderError.self) {
            try translator.translate(.exception("modelStreamErrorException", payload: Array(#"{"message":"boom"}"#.utf8)))
        }
    }

    @Test func embeddingsPlansAndAnswers() throws {
        let titan = try BedrockEmbeddings.plan(
            fromOpenAI: Array(#"{"model":"amazon.titan-embed-text-v2:0","input":["a","b"],"dimensions":256}"#.utf8)
        )
        #expect(titan.family == .titan && titan.bodies.count == 2)
        #expect(JSONValue.parse(titan.bodies[1]) == .object(["inputText": .string("b"), "dimensions": .integer(256)]))
        let cohere = try BedrockEmbeddings.plan(
            fromOpenAI: Array(#"{"model":"cohere.embed-english-v3","input":"a","encoding_format":"base64"}"#.utf8)
        )
        #expect(cohere.family == .cohere && cohere.base64 && cohere.bodies.count == 1)
        #expect(throws: ProviderError.self) {
            try BedrockEmbeddings.plan(fromOpenAI: Array(#"{"model":"amazon.titan-embed-text-v2:0","input":[1,2]}"#.utf8))
        }
        #expect(throws: ProviderError.self) { try BedrockEmbeddings.plan(fromOpenAI: Array(#"{"model":"meta.llama3","input":"x"}"#.utf8)) }

        let list = BedrockEmbeddings.openAIList([[1.5, -2]], tokens: 3, model: "m", base64: true)
        let parsed = try #require(JSONValue.parse(list))
        let encoded = try #require(parsed["data"]?.array?[0]["embedding"]?.string)
        let floats = try #require(Data(base64Encoded: encoded)).withUnsafeBytes { Array($0.bindMemory(to: Float.self)) }
        #expect(floats == [1.5, -2])
        #expect(Usage.parse(responseBody: list)?.promptTokens == 3)
    }
}
