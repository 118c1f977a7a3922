// SPDX-License-Identifier: Apache-2.0

import AsyncHTTPClient
import Foundation
import NIOCore
import NIOHTTP1
import Testing

@testable import CustosGateway

/// Residency-aware routing through real Bedrock- and Azure-shaped upstreams (the fake, over
/// loopback, checking SigV4): failover only among deployments policy permits, the circuit
/// breaker, and every attempt in the RESPONSE record.
@Suite(.serialized, .timeLimit(.minutes(2)))
struct RoutingTests {
    /// Adds Bedrock and Azure models; agency-a may use us-gov-west-1, us-gov-east-1 and local only.
    static func configure(_ yaml: String) -> String {
        let fake = yaml.components(separatedBy: "http://127.0.0.1:")[1].prefix { $0.isNumber }
        let models = """
              - name: claude
                deployments:
                  - {id: bedrock-west, provider: bedrock, endpoint: "http://127.0.0.1:\(fake)", upstream_model: "anthropic.claude-west-v1:0",
                     credentials: {aws: environment}, region: us-gov-west-1, jurisdiction: us, authorization: fedramp-high,
                     retry: {max_attempts: 2, base_delay: 5ms}, circuit_breaker: {failures: 2, cool_down: 3s}}
                  - {id: bedrock-east, provider: bedrock, endpoint: "http://127.0.0.1:\(fake)", upstream_model: "anthropic.claude-east-v1:0",
                     credentials: {aws: environment}, region: us-gov-east-1, jurisdiction: us, authorization: fedramp-high,
                     retry: {max_attempts: 1}}
              - name: resident
                deployments:
                  - {id: resident-west, provider: bedrock, endpoint: "http://127.0.0.1:\(fake)", upstream_model: "meta.resident-west-v1:0",
                     credentials: {aws: environment}, region: us-gov-west-1, jurisdiction: us, authorization: fedramp-high,
                     retry: {max_attempts: 1}}
                  - {id: resident-abroad, provider: openai-compatible, endpoint: "http://127.0.0.1:\(fake)/v1", upstream_model: resident-abroad,
                     region: eu-west-1, jurisdiction: eu, authorization: fedramp-high}
              - name: gov-gpt
                deployments:
                  - {id: azure-gov, provider: azure-openai, endpoint: "http://127.0.0.1:\(fake)", upstream_model: gpt-4o-gov,
                     api_version: 2024-10-21, credentials: {env: AWS_SECRET_ACCESS_KEY}, region: usgovvirginia, jurisdiction: us,
                     authorization: fedramp-high}
              - name: titan
                deployments:
                  - {id: titan-west, provider: bedrock, endpoint: "http://127.0.0.1:\(fake)", upstream_model: "amazon.titan-embed-text-v2:0",
                     credentials: {aws: environment}, region: us-gov-west-1, jurisdiction: us, authorization: fedramp-high}
            policy:
            """
        return
            yaml
            .replacingOccurrences(of: "policy:", with: models)
            .replacingOccurrences(
                of: "  - id: agency-a\n    models: \"*\"\n",
                with: "  - id: agency-a\n    models: \"*\"\n    allowed_regions: [local, us-gov-west-1, us-gov-east-1, usgovvirginia]\n"
            )
    }

    static func fault(_ gateway: LiveGateway, _ json: String) async throws {
        var request = HTTPClientRequest(url: "http://127.0.0.1:\(gateway.fakePort)/_fake/faults")
        request.method = json.isEmpty ? .DELETE : .POST
        if !json.isEmpty { request.body = .bytes(ByteBuffer(string: json)) }
        let response = try await HTTPClient.shared.execute(request, timeout: .seconds(10))
        #expect(response.status == .ok)
    }

    static func lastResponse(_ gateway: LiveGateway) async throws -> [String: Any] {
        try #require(try await LedgerOnPathTests.records(gateway).last { $0["event"] as? String == "RESPONSE" })
    }

    static func attempts(_ record: [String: Any]) -> [(String, String)] {
        (record["attempts"] as? [[String: Any]] ?? []).map { ($0["deployment"] as? String ?? "", $0["outcome"] as? String ?? "") }
    }

    @Test func bedrockAndAzureAnswerInOpenAIShape() async throws {
        try await LiveGateway.run(configure: Self.configure) { gateway in
            let chat = try await gateway.chat("claude", content: "hello bedrock")
            #expect(chat.status == 200, "\(chat.text)")
            let choice = try #require((try chat.json()["choices"] as? [[String: Any]])?.first)
            #expect((choice["message"] as? [String: Any])?["content"] as? String == "echo: hello bedrock")
            #expect(choice["finish_reason"] as? String == "stop")

            let stream = try await gateway.chat("claude", content: "one two", extra: #","stream":true,"stream_options":{"include_usage":true}"#)
            #expect(stream.events.last == "[DONE]")
            let text = stream.events.dropLast().compactMap { event -> String? in
                let object = try? JSONSerialization.jsonObject(with: Data(event.utf8)) as? [String: Any]
                return ((object?["choices"] as? [[String: Any]])?.first?["delta"] as? [String: Any])?["content"] as? String
            }.joined()
            #expect(text == "echo: one two")
            #expect(stream.events.dropLast().last?.contains(#""usage":{"#) == true)

            let azure = try await gateway.chat("gov-gpt", content: "hello azure")
            #expect(azure.status == 200, "\(azure.text)")
            #expect(azure.text.contains("echo: hello azure"))

            let embeddings = try await gateway.request(
                .POST,
                "/v1/embeddings",
                key: gateway.aliceKey,
                body: #"{"model":"titan","input":["a","b c"],"dimensions":256}"#
            )
            #expect(embeddings.status == 200, "\(embeddings.text)")
            let data = try #require(try embeddings.json()["data"] as? [[String: Any]])
            #expect(data.count == 2 && (data[1]["embedding"] as? [Any])?.count == 256)

            let response = try await Self.lastResponse(gateway)
            #expect((response["deployment"] as? [String: Any])?["provider"] as? String == "bedrock")
            #expect(Self.attempts(response).map(\.1) == ["ok", "ok"])  // one InvokeModel call per input
            let stats = try await gateway.fakeStats()
            #expect(stats["signed_requests"] as? Int == 4)  // claude twice, titan twice; Azure is not SigV4
        }
    }

    @Test func failsOverToTheNextPermittedDeploymentAndRecordsEveryAttempt() async throws {
        try await LiveGateway.run(configure: Self.configure) { gateway in
            try await Self.fault(gateway, #"{"model":"anthropic.claude-west-v1:0","status":500}"#)
            let reply = try await gateway.chat("claude", content: "failover please")
            #expect(reply.status == 200, "\(reply.text)")
            #expect(reply.text.contains("echo: failover please"))
            let response = try await Self.lastResponse(gateway)
            #expect((response["deployment"] as? [String: Any])?["id"] as? String == "bedrock-east")
            #expect(Self.attempts(response).map { "\($0.0):\($0.1)" } == ["bedrock-west:http_500", "bedrock-west:http_500", "bedrock-east:ok"])
            let first = try #require((response["attempts"] as? [[String: Any]])?.first)
            #expect(first["region"] as? String == "us-gov-west-1" && first["provider"] as? String == "bedrock")
            #expect(first["latency_us"] is Int && first["status"] as? Int == 500)
        }
    }

    @Test func neverFallsBackOutsideTheAllowedRegions() async throws {
        try await LiveGateway.run(configure: Self.configure) { gateway in
            try await Self.fault(gateway, #"{"model":"meta.resident-west-v1:0","status":503}"#)
            let before = try await gateway.fakeStats()["chat_requests"] as? Int ?? 0
            let reply = try await gateway.chat("resident", content: "stay home")
            // The only other deployment (eu-west-1) is healthy but not permitted: it is never tried.
            #expect(reply.status == 503)
            #expect(try reply.error()["code"] as? String == "upstream_unavailable")
            #expect(try await gateway.fakeStats()["chat_requests"] as? Int == before)  // Bedrock's 503 came before the model ran

            let records = try await LedgerOnPathTests.records(gateway)
            let request = try #require(records.last { $0["event"] as? String == "REQUEST" })
            let decisions = try #require((request["policy"] as? [String: Any])?["deployments"] as? [[String: Any]])
            let abroad = try #require(decisions.first { $0["id"] as? String == "resident-abroad" })
            #expect(abroad["decision"] as? String == "deny")
            #expect((abroad["determining"] as? [String])?.contains("data-residency") == true)
            let response = try await Self.lastResponse(gateway)
            #expect(response["status"] as? Int == 503)
            #expect(Self.attempts(response).map(\.0) == ["resident-west"])
        }
    }

    @Test func theCircuitOpensAfterRepeatedFailuresAndAProbeClosesIt() async throws {
        try await LiveGateway.run(configure: Self.configure) { gateway in
            try await Self.fault(gateway, #"{"model":"anthropic.claude-west-v1:0","status":500}"#)
            for _ in 0..<2 { #expect(try await gateway.chat("claude").status == 200) }  // west fails twice: the circuit opens
            #expect(try await gateway.chat("claude").status == 200)
            #expect(
                Self.attempts(try await Self.lastResponse(gateway)).map { "\($0.0):\($0.1)" } == ["bedrock-west:circuit_open", "bedrock-east:ok"]
            )

            try await Self.fault(gateway, "")  // west recovers
            try await Task.sleep(for: .milliseconds(3200))  // past the cool-down: the next call probes west
            #expect(try await gateway.chat("claude").status == 200)
            #expect(Self.attempts(try await Self.lastResponse(gateway)).map { "\($0.0):\($0.1)" } == ["bedrock-west:ok"])
        }
    }

    @Test func allCandidatesDownIsServiceUnavailable() async throws {
        try await LiveGateway.run(configure: Self.configure) { gateway in
            try await Self.fault(gateway, #"{"model":"*","status":500}"#)
            let reply = try await gateway.chat("claude")
            #expect(reply.status == 503)
            #expect(try reply.error()["code"] as? String == "no_healthy_deployment")
            let response = try await Self.lastResponse(gateway)
            #expect(response["error_code"] as? String == "no_healthy_deployment")
            #expect(Set(Self.attempts(response).map(\.0)) == ["bedrock-west", "bedrock-east"])
        }
    }

    @Test func whatBedrockCannotExpressIsABadRequestNamingTheField() async throws {
        try await LiveGateway.run(configure: Self.configure) { gateway in
            let reply = try await gateway.chat("claude", extra: #","n":3"#)
            #expect(reply.status == 400)
            let error = try reply.error()
            #expect(error["param"] as? String == "n")
            #expect(error["code"] as? String == "unsupported_by_deployment")
            // A validation error from Bedrock itself reaches the caller with Bedrock's message.
            let assistantFirst = #"{"model":"claude","messages":[{"role":"assistant","content":"hi"}]}"#
            let refused = try await gateway.request(.POST, "/v1/chat/completions", key: gateway.aliceKey, body: assistantFirst)
            #expect(refused.status == 400)
            #expect(try refused.error()["message"] as? String == "A conversation must start with a user message.")
        }
    }
}
