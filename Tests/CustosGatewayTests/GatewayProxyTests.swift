// SPDX-License-Identifier: Apache-2.0

import AsyncHTTPClient
import Foundation
import NIOCore
import NIOHTTP1
import Testing

@testable import CustosGateway

/// End to end over loopback: client → gateway → fake upstream, the success paths.
// Serialized: each test runs a gateway and an upstream; a 2-core CI machine should not run a dozen pairs at once.
@Suite(.serialized, .timeLimit(.minutes(2)))
struct GatewayProxyTests {
    @Test func chatCompletionPassesThroughWithModelMapped() async throws {
        try await LiveGateway.run { gateway in
            let reply = try await gateway.chat(content: "hello world")
            #expect(reply.status == 200)
            #expect(reply.headers["content-type"] == "application/json")
            #expect(reply.headers["x-request-id"]?.isEmpty == false)
            let json = try reply.json()
            #expect(json["object"] as? String == "chat.completion")
            // The upstream saw its own model name: the gateway spliced it in.
            #expect(json["model"] as? String == "fake-upstream-model")
            let choice = try #require((json["choices"] as? [[String: Any]])?.first)
            let message = try #require(choice["message"] as? [String: Any])
            #expect(message["content"] as? String == "echo: hello world")
            let usage = try #require(json["usage"] as? [String: Any])
            #expect(usage["completion_tokens"] as? Int == 3)
        }
    }

    @Test func unknownFieldsToolsAndJSONModeReachTheUpstream() async throws {
        try await LiveGateway.run { gateway in
            let tools = #","tools":[{"type":"function","function":{"name":"lookup","parameters":{"type":"object"}}}],"tool_choice":"required""#
            let toolReply = try await gateway.chat(content: "find it", extra: tools)
            #expect(toolReply.status == 200)
            let choice = try #require((try toolReply.json()["choices"] as? [[String: Any]])?.first)
            #expect(choice["finish_reason"] as? String == "tool_calls")
            let call = try #require(((choice["message"] as? [String: Any])?["tool_calls"] as? [[String: Any]])?.first)
            #expect((call["function"] as? [String: Any])?["name"] as? String == "lookup")

            let jsonMode = try await gateway.chat(content: "x", extra: #","response_format":{"type":"json_object"}"#)
            let content = (((try jsonMode.json()["choices"] as? [[String: Any]])?.first?["message"]) as? [String: Any])?["content"] as? String
            #expect(content == #"{"echo":"x"}"#)
        }
    }

    @Test func streamingRelaysEventsUsageAndDone() async throws {
        try await LiveGateway.run { gateway in
            let reply = try await gateway.chat(content: "one two three", extra: #","stream":true,"stream_options":{"include_usage":true}"#)
            #expect(reply.status == 200)
            #expect(reply.headers["content-type"]?.hasPrefix("text/event-stream") == true)
            let events = reply.events
            #expect(events.last == "[DONE]")
            var text = ""
            var usage: [String: Any]?
            for event in events.dropLast() {
                let chunk = try #require(try JSONSerialization.jsonObject(with: Data(event.utf8)) as? [String: Any])
                #expect(chunk["object"] as? String == "chat.completion.chunk")
                if let delta = (chunk["choices"] as? [[String: Any]])?.first?["delta"] as? [String: Any] {
                    text += delta["content"] as? String ?? ""
                }
                if let found = chunk["usage"] as? [String: Any] { usage = found }
            }
            #expect(text == "echo: one two three")
            #expect(usage?["total_tokens"] as? Int == 7)
            // Every event is framed as `data: ...` + blank line.
            #expect(reply.text.hasSuffix("data: [DONE]\n\n"))
        }
    }

    @Test func streamingIsRelayedAsItArrives() async throws {
        try await LiveGateway.run { gateway in
            var request = HTTPClientRequest(url: "http://127.0.0.1:\(gateway.port)/v1/chat/completions")
            request.method = .POST
            request.headers.add(name: "Authorization", value: "Bearer \(gateway.aliceKey)")
            request.body = .bytes(
                ByteBuffer(
                    string:
                        #"{"model":"fake-echo","messages":[{"role":"user","content":"a b c d"}],"stream":true,"custos_fake":{"chunk_delay_ms":250}}"#
                )
            )
            // Six pieces 250 ms apart: a relay that buffered the answer would deliver them together.
            let started = ContinuousClock.now
            let response = try await HTTPClient.shared.execute(request, timeout: .seconds(30))
            var arrivals: [Duration] = []
            for try await chunk in response.body where String(buffer: chunk).contains("data: ") {
                arrivals.append(.now - started)
            }
            let first = try #require(arrivals.first)
            let last = try #require(arrivals.last)
            #expect(last - first >= .milliseconds(750), "events arrived together: \(arrivals)")
        }
    }

    @Test func embeddingsFloatAndBase64() async throws {
        try await LiveGateway.run { gateway in
            let floats = try await gateway.request(
                .POST,
                "/v1/embeddings",
                key: gateway.aliceKey,
                body: #"{"model":"fake-echo","input":["a","b"],"dimensions":4}"#
            )
            #expect(floats.status == 200)
            let data = try #require(try floats.json()["data"] as? [[String: Any]])
            #expect(data.count == 2)
            #expect((data.first?["embedding"] as? [Double])?.count == 4)
            let packed = try await gateway.request(
                .POST,
                "/v1/embeddings",
                key: gateway.aliceKey,
                body: #"{"model":"fake-echo","input":"a","dimensions":4,"encoding_format":"base64"}"#
            )
            let encoded = try #require((try packed.json()["data"] as? [[String: Any]])?.first?["embedding"] as? String)
            #expect(Data(base64Encoded: encoded)?.count == 16)
        }
    }

    @Test func modelsListOnlyWhatTheCallerMayUse() async throws {
        try await LiveGateway.run { gateway in
            let alice = try await gateway.request(.GET, "/v1/models", key: gateway.aliceKey)
            let aliceIDs = (try alice.json()["data"] as? [[String: Any]])?.compactMap { $0["id"] as? String }
            #expect(aliceIDs == ["fake-echo", "slow", "restricted", "unreachable", "failover"])
            let bob = try await gateway.request(.GET, "/v1/models", key: gateway.bobKey)
            #expect(try bob.json()["object"] as? String == "list")
            #expect((try bob.json()["data"] as? [[String: Any]])?.compactMap { $0["id"] as? String } == ["fake-echo"])

            let one = try await gateway.request(.GET, "/v1/models/restricted", key: gateway.aliceKey)
            #expect(one.status == 200)
            #expect(try one.json()["object"] as? String == "model")
            let hidden = try await gateway.request(.GET, "/v1/models/restricted", key: gateway.bobKey)
            #expect(hidden.status == 404)
            #expect(try hidden.error()["code"] as? String == "model_not_found")
            let forbiddenChat = try await gateway.chat("restricted", key: gateway.bobKey)
            #expect(forbiddenChat.status == 404)
        }
    }

    @Test func retriesThenSucceedsAndFailsOver() async throws {
        try await LiveGateway.run { gateway in
            let retried = try await gateway.chat(extra: #","custos_fake":{"status":503,"fail_times":2,"key":"retry-1"}"#)
            #expect(retried.status == 200)
            let failover = try await gateway.chat("failover")
            #expect(failover.status == 200)
            #expect(try failover.json()["model"] as? String == "second")
            let metrics = try await gateway.request(.GET, "/metrics", key: nil)
            #expect(metrics.text.contains(#"custos_upstream_attempts_total{deployment="fake-a",outcome="http_503"} 2"#))
            #expect(metrics.text.contains(#"custos_upstream_attempts_total{deployment="dead-first",outcome="connect_error"} 1"#))
        }
    }

    @Test func operationsEndpoints() async throws {
        try await LiveGateway.run { gateway in
            #expect(try await gateway.request(.GET, "/healthz", key: nil).status == 200)
            let ready = try await gateway.request(.GET, "/readyz", key: nil)
            #expect(ready.status == 200)
            #expect(ready.text.contains(#""storage":"ok""#) && ready.text.contains(#""ledger":"ok""#))
            _ = try await gateway.chat()
            _ = try await gateway.chat(key: "csk_wrong")
            let metrics = try await gateway.request(.GET, "/metrics", key: nil)
            #expect(metrics.headers["content-type"]?.hasPrefix("text/plain") == true)
            #expect(metrics.text.contains(#"custos_http_requests_total{route="/v1/chat/completions",status="200"} 1"#))
            #expect(metrics.text.contains(#"custos_http_requests_total{route="/v1/chat/completions",status="401"} 1"#))
            #expect(metrics.text.contains(#"custos_errors_total{code="invalid_api_key"} 1"#))
            #expect(metrics.text.contains("custos_http_request_duration_seconds_bucket"))
            #expect(metrics.text.contains(#"custos_tokens_total{model="fake-echo",kind="completion"} 3"#))
        }
    }

    @Test func metricsTokenGuardsTheMetrics() async throws {
        let guarded: (String) -> String = {
            $0.replacingOccurrences(of: "key_cache: 300ms}", with: "key_cache: 300ms, metrics_token: {env: CUSTOS_TEST_METRICS_TOKEN}}")
        }
        try await LiveGateway.run(configure: guarded) { gateway in
            let missing = try await gateway.request(.GET, "/metrics", key: nil)
            #expect(missing.status == 401)
            #expect(try missing.error()["code"] as? String == "missing_api_key")
            #expect(!missing.text.contains("custos_http_requests_total"))
            let wrong = try await gateway.request(.GET, "/metrics", key: LiveGateway.metricsToken + "x")
            #expect(wrong.status == 401)
            #expect(try wrong.error()["code"] as? String == "invalid_api_key")
            // An API key is not the metrics token either.
            #expect(try await gateway.request(.GET, "/metrics", key: gateway.aliceKey).status == 401)
            let scraped = try await gateway.request(.GET, "/metrics", key: LiveGateway.metricsToken)
            #expect(scraped.status == 200)
            #expect(scraped.text.contains("custos_http_requests_total"))
            // Health and readiness stay open for probes.
            #expect(try await gateway.request(.GET, "/readyz", key: nil).status == 200)
        }
    }
}

/// A client that stops reading must stall the upstream read too, not make the gateway buffer.
@Suite(.timeLimit(.minutes(2)))
struct StreamBackPressureTests {
    @Test func stalledClientStallsTheUpstream() async throws {
        try await LiveGateway.run { gateway in
            // "echo: x" repeated: two stream chunks of ~250 bytes per repeat, some 400 MB in all.
            // Loopback sockets here may autotune to 32 MB of receive buffer each (tcp_rmem), so the
            // kernel alone can hold ~70 MB between the three processes; 400 MB cannot hide there.
            let repeats = 800_000
            let totalChunks = 2 * repeats
            var request = HTTPClientRequest(url: "http://127.0.0.1:\(gateway.port)/v1/chat/completions")
            request.method = .POST
            request.headers.add(name: "Authorization", value: "Bearer \(gateway.aliceKey)")
            request.body = .bytes(
                ByteBuffer(
                    string: #"{"model":"fake-echo","messages":[{"role":"user","content":"x"}],"stream":true,"custos_fake":{"repeat":\#(repeats)}}"#
                )
            )
            let response = try await HTTPClient.shared.execute(request, timeout: .seconds(60))
            var iterator = response.body.makeAsyncIterator()
            _ = try await iterator.next()  // the stream has started; now the client stops reading

            func written() async throws -> Int {
                let stats = try await gateway.fakeStats()
                return try #require(stats["stream_chunks_written"] as? Int)
            }
            try await Task.sleep(for: .seconds(1))
            let first = try await written()
            try await Task.sleep(for: .milliseconds(700))
            let second = try await written()
            // Socket buffers along the way hold a few MB at most; the rest must wait for the client.
            #expect(second == first, "the upstream kept writing while the client was stalled")
            #expect(second < totalChunks / 2, "most of the answer was produced: nothing held the upstream back")
            #expect(second * 250 < 150 * 1024 * 1024, "about \(second * 250 / 1_048_576) MB produced while the client was stalled")
        }
    }
}
