// SPDX-License-Identifier: Apache-2.0

import CustosLedger
import Foundation
import NIOHTTP1
import Testing

@testable import CustosGateway

/// The guard's actions on the request path, over loopback with the fake upstream (which echoes
/// the last user message, so what reached it is visible).
@Suite(.serialized, .timeLimit(.minutes(2)))
struct GuardOnPathTests {
    static func configure(_ yaml: String) -> String {
        yaml + "\nguard: {request: {US_SSN: redact, CREDIT_CARD: redact, EMAIL: block, PHONE_US: allow}}\n"
    }

    @Test func redactedValuesNeverReachTheModel() async throws {
        try await LiveGateway.run(configure: Self.configure) { gateway in
            let reply = try await gateway.chat(content: "SSN 391-88-3549, card 4111 1111 1111 1111, cell (202) 555-0143")
            #expect(reply.status == 200)
            let echoed = try #require(
                ((try reply.json()["choices"] as? [[String: Any]])?.first?["message"] as? [String: Any])?["content"] as? String
            )
            #expect(echoed == "echo: SSN [US_SSN], card [CREDIT_CARD], cell (202) 555-0143")

            let request = try #require(try await LedgerOnPathTests.records(gateway).first)
            let findings = try #require(request["findings"] as? [String: Any])
            #expect(findings["kinds"] as? [String: Int] == ["US_SSN": 1, "CREDIT_CARD": 1])
            #expect(findings["actions"] as? [String: String] == ["US_SSN": "redact", "CREDIT_CARD": "redact"])
            // Policy saw what reached the model: the allowed phone, not the redacted values.
            let context = try #require((request["policy"] as? [String: Any])?["context"] as? [String: Any])
            #expect(context["findings"] as? [String] == ["PHONE_US"])
        }
    }

    @Test func aBlockedKindRefusesTheCallBeforeAnythingIsForwarded() async throws {
        try await LiveGateway.run(configure: Self.configure) { gateway in
            let before = try await gateway.fakeStats()["chat_requests"] as? Int
            let reply = try await gateway.chat(content: "write to jane.doe@example.com about it")
            #expect(reply.status == 403)
            let error = try reply.error()
            #expect(error["code"] as? String == "sensitive_data_blocked")
            #expect((error["message"] as? String)?.contains("EMAIL") == true)
            #expect((error["message"] as? String)?.contains("jane.doe") == false)
            #expect(try await gateway.fakeStats()["chat_requests"] as? Int == before)
            let rejected = try #require(try await LedgerOnPathTests.records(gateway).first)
            #expect(rejected["event"] as? String == "REJECTED" && rejected["error_code"] as? String == "sensitive_data_blocked")
            #expect(((rejected["findings"] as? [String: Any])?["actions"] as? [String: String]) == ["EMAIL": "block"])
        }
    }

    @Test func answersAreInspectedToo() async throws {
        let configure: (String) -> String = { $0 + "\nguard: {response: {US_SSN: redact, EMAIL: block}}\n" }
        try await LiveGateway.run(configure: configure) { gateway in
            // The fake upstream echoes the prompt: the SSN comes back in the answer and is redacted there.
            let reply = try await gateway.chat(content: "my SSN is 391-88-3549")
            #expect(reply.status == 200)
            #expect(reply.text.contains("echo: my SSN is [US_SSN]") && !reply.text.contains("391-88-3549"))
            let blocked = try await gateway.chat(content: "write to jane.doe@example.com")
            #expect(blocked.status == 403)
            #expect(try blocked.error()["code"] as? String == "sensitive_data_blocked")

            let records = try await LedgerOnPathTests.records(gateway)
            let responses = records.filter { $0["event"] as? String == "RESPONSE" }
            #expect(responses.count == 2)
            let redacted = try #require(responses.first?["findings"] as? [String: Any])
            #expect(redacted["direction"] as? String == "response")
            #expect(redacted["actions"] as? [String: String] == ["US_SSN": "redact"])
            #expect(responses.last?["outcome"] as? String == "answer_blocked" && responses.last?["status"] as? Int == 403)
            // The record commits to what the client received.
            let digest = (responses.first?["response"] as? [String: Any])?["sha256"] as? String
            #expect(digest == SHA256Hex.of(reply.body))
        }
    }

    /// The text of a streamed answer's content deltas, joined.
    static func streamedText(_ reply: LiveGateway.Reply) throws -> String {
        var text = ""
        for event in reply.events where event != "[DONE]" {
            let chunk = try #require(try JSONSerialization.jsonObject(with: Data(event.utf8)) as? [String: Any])
            for choice in chunk["choices"] as? [[String: Any]] ?? [] {
                text += ((choice["delta"] as? [String: Any])?["content"] as? String) ?? ""
            }
        }
        return text
    }

    @Test func streamedAnswersAreRedactedAsTheyFlowAndABlockedKindEndsThem() async throws {
        let configure: (String) -> String = { $0 + "\nguard: {response: {US_SSN: redact, EMAIL: block}}\n" }
        try await LiveGateway.run(configure: configure) { gateway in
            // The fake streams the echo a word at a time, repeated: the SSN crosses chunk boundaries.
            let prompt = "my SSN is 391-88-3549 and more words follow here"
            let reply = try await gateway.chat(content: prompt, extra: #","stream":true,"custos_fake":{"repeat":20}"#)
            #expect(reply.status == 200)
            #expect(reply.events.last == "[DONE]")
            #expect(!reply.text.contains("391-88-3549"))
            let expected = Array(repeating: "echo: my SSN is [US_SSN] and more words follow here", count: 20).joined(separator: " ")
            #expect(try Self.streamedText(reply) == expected)

            let blocked = try await gateway.chat(content: "mail jane.doe@example.com now", extra: #","stream":true"#)
            #expect(blocked.status == 200)  // the stream had begun; it ends with an error event instead of [DONE]
            #expect(blocked.events.last?.contains("sensitive_data_blocked") == true)
            #expect(!blocked.events.contains("[DONE]") && !blocked.text.contains("jane.doe@example.com"))

            let responses = try await LedgerOnPathTests.records(gateway).filter { $0["event"] as? String == "RESPONSE" }
            #expect(((responses.first?["findings"] as? [String: Any])?["kinds"] as? [String: Int]) == ["US_SSN": 20])
            #expect(responses.last?["outcome"] as? String == "answer_blocked")
        }
    }

    @Test func maskedValuesKeepTheirShapeAndMatchWithinATenant() async throws {
        let keyFile = FileManager.default.temporaryDirectory.appendingPathComponent("custos-mask-\(UUID().uuidString)").path
        try "a mask secret of at least thirty-two bytes, for tests".write(toFile: keyFile, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(atPath: keyFile) }
        let configure: (String) -> String = { $0 + "\nguard: {mask_key: {file: \(keyFile)}, request: {US_SSN: mask}}\n" }
        try await LiveGateway.run(configure: configure) { gateway in
            func echoed(_ reply: LiveGateway.Reply) throws -> String {
                try #require(((try reply.json()["choices"] as? [[String: Any]])?.first?["message"] as? [String: Any])?["content"] as? String)
            }
            let ssn = "391-88-3549"
            let alice = try echoed(try await gateway.chat(content: "SSN \(ssn), again \(ssn)"))
            #expect(!alice.contains(ssn))
            let masks = alice.split(separator: " ").map { $0.trimmingCharacters(in: .punctuationCharacters) }.filter { $0.count == 11 }
            #expect(masks.count == 2 && masks[0] == masks[1], "\(alice)")
            #expect(
                masks[0].enumerated().allSatisfy { offset, character in
                    offset == 3 || offset == 6 ? character == "-" : character.isNumber
                }
            )
            let carol = try gateway.keys.create(tenant: "agency-b", principal: "carol", expiresAt: nil, label: nil).0.secret
            let other = try echoed(try await gateway.chat(content: "SSN \(ssn), again \(ssn)", key: carol))
            #expect(!other.contains(ssn) && !other.contains(masks[0]), "another tenant gets another mask")
            let request = try #require(try await LedgerOnPathTests.records(gateway).first)
            #expect(((request["findings"] as? [String: Any])?["actions"] as? [String: String]) == ["US_SSN": "mask"])
        }
    }

    @Test func aPermittingPolicysObligationsTightenTheGuardForItsCalls() async throws {
        // No `guard` section in the configuration: only the policy asks for these actions.
        let obligations = """
            @id("chat-only-without-ssns")
            @guard_redact("US_SSN")
            @guard_block_response("EMAIL")
            permit (principal is User, action == Action::"invoke", resource is Deployment);
            """
        try await LiveGateway.withPolicyFile(obligations) { extra in
            let configure = LiveGateway.addingPolicy(extra)
            try await LiveGateway.run(configure: configure) { gateway in
                let reply = try await gateway.chat(content: "SSN 391-88-3549 please")
                #expect(reply.status == 200)
                #expect(reply.text.contains("echo: SSN [US_SSN] please") && !reply.text.contains("391-88-3549"))
                let streamed = try await gateway.chat(content: "mail jane.doe@example.com now", extra: #","stream":true"#)
                #expect(streamed.events.last?.contains("sensitive_data_blocked") == true)
                #expect(!streamed.text.contains("jane.doe@example.com"))
                let answered = try await gateway.chat(content: "mail jane.doe@example.com now")
                #expect(answered.status == 403)
                #expect(try answered.error()["code"] as? String == "sensitive_data_blocked")

                let records = try await LedgerOnPathTests.records(gateway)
                let request = try #require(records.first { $0["event"] as? String == "REQUEST" })
                #expect(((request["findings"] as? [String: Any])?["actions"] as? [String: String]) == ["US_SSN": "redact"])
                let verdict = try #require(((request["policy"] as? [String: Any])?["deployments"] as? [[String: Any]])?.first)
                #expect((verdict["determining"] as? [String])?.contains("chat-only-without-ssns") == true)
                let obligations = try #require(verdict["obligations"] as? [String: [String: String]])
                #expect(obligations["request"] == ["US_SSN": "redact"])
                #expect(obligations["response"] == ["US_SSN": "redact", "EMAIL": "block"])
                #expect(records.filter { $0["outcome"] as? String == "answer_blocked" }.count == 2)
            }
            // Embeddings are not what that permit names: its obligations do not bind them.
            try await LiveGateway.run(configure: configure) { gateway in
                let reply = try await gateway.request(
                    .POST,
                    "/v1/embeddings",
                    key: gateway.aliceKey,
                    body: #"{"model":"fake-echo","input":"SSN 391-88-3549"}"#
                )
                let request = try #require(try await LedgerOnPathTests.records(gateway).first)
                #expect(reply.status == 200, "\(reply.text)")
                #expect(((request["findings"] as? [String: Any])?["actions"] as? [String: String]) == ["US_SSN": "record"])
            }
        }
    }
}
