// SPDX-License-Identifier: Apache-2.0

import Foundation
import NIOHTTP1
import Testing

@testable import CustosGateway

/// Every way a call can fail reaches the client as the right status and OpenAI's error shape.
// Serialized: each test runs a gateway and an upstream; a 2-core CI machine should not run a dozen pairs at once.
@Suite(.serialized, .timeLimit(.minutes(2)))
struct GatewayErrorTests {
    @Test func authenticationFailures() async throws {
        try await LiveGateway.run { gateway in
            let missing = try await gateway.request(.POST, "/v1/chat/completions", key: nil, body: "{}")
            #expect(missing.status == 401)
            #expect(try missing.error()["code"] as? String == "missing_api_key")
            #expect(missing.headers["www-authenticate"] == #"Bearer realm="custos""#)

            let malformed = try await gateway.chat(key: "not-a-key")
            #expect(malformed.status == 401)
            #expect(try malformed.error()["code"] as? String == "invalid_api_key")

            let unknown = try await gateway.chat(key: APIKey.generate().secret)
            #expect(unknown.status == 401)
            // The caller cannot tell an unknown key from a malformed one.
            #expect(try unknown.error()["message"] as? String == (try malformed.error()["message"] as? String))

            let basic = try await gateway.request(.GET, "/v1/models", key: nil, headers: [("Authorization", "Basic YTpi")])
            #expect(basic.status == 401)

            let (revokedKey, record) = try gateway.keys.create(tenant: "agency-b", principal: "carol", expiresAt: nil, label: nil)
            #expect(try await gateway.chat(key: revokedKey.secret).status == 200)
            try gateway.keys.revoke(id: record.id)
            // Revoked through the store (as the CLI does): refused once the confirmation cache
            // (300 ms in this configuration) has lapsed.
            try await Task.sleep(for: .milliseconds(350))
            #expect(try await gateway.chat(key: revokedKey.secret).status == 401)

            // A key that expires while cached is refused at its expiry, not at the cache's.
            let (shortKey, _) = try gateway.keys.create(
                tenant: "agency-b",
                principal: "carol",
                expiresAt: Date(timeIntervalSinceNow: 1.5),
                label: nil
            )
            // 1.5 s leaves a loaded CI machine time for the first call; the cache (300 ms) would
            // keep the key longer than its expiry if expiry were not checked on every use.
            #expect(try await gateway.chat(key: shortKey.secret).status == 200)
            try await Task.sleep(for: .milliseconds(1600))
            #expect(try await gateway.chat(key: shortKey.secret).status == 401)

            let (expiredKey, _) = try gateway.keys.create(
                tenant: "agency-b",
                principal: "carol",
                expiresAt: Date(timeIntervalSinceNow: -1),
                label: nil
            )
            #expect(try await gateway.chat(key: expiredKey.secret).status == 401)

            // A key whose principal was removed from the configuration is refused too.
            let (orphanKey, _) = try gateway.keys.create(tenant: "agency-b", principal: "mallory", expiresAt: nil, label: nil)
            #expect(try await gateway.chat(key: orphanKey.secret).status == 401)
        }
    }

    @Test func badRequestsNameTheProblem() async throws {
        try await LiveGateway.run { gateway in
            let malformed = try await gateway.request(
                .POST,
                "/v1/chat/completions",
                key: gateway.aliceKey,
                body: #"{"model": "fake-echo", "messages": [}"#
            )
            #expect(malformed.status == 400)
            #expect(try malformed.error()["code"] as? String == "invalid_json")

            let wrongType = try await gateway.request(
                .POST,
                "/v1/chat/completions",
                key: gateway.aliceKey,
                body: #"{"model":"fake-echo","messages":[{"role":"user","content":"x"}],"max_tokens":"lots"}"#
            )
            #expect(wrongType.status == 400)
            #expect(try wrongType.error()["param"] as? String == "max_tokens")

            let empty = try await gateway.request(.POST, "/v1/embeddings", key: gateway.aliceKey, body: "")
            #expect(empty.status == 400)

            let binary = try await gateway.request(.POST, "/v1/chat/completions", key: gateway.aliceKey, body: "\u{0}\u{1}\u{2}")
            #expect(binary.status == 400)

            let unknownModel = try await gateway.chat("gpt-nonexistent")
            #expect(unknownModel.status == 404)
            #expect(try unknownModel.error()["param"] as? String == "model")

            let unknownRoute = try await gateway.request(.GET, "/v1/assistants", key: gateway.aliceKey)
            #expect(unknownRoute.status == 404)
            #expect(try unknownRoute.error()["code"] as? String == "unknown_url")
        }
    }

    @Test func oversizedBodiesGet413() async throws {
        try await LiveGateway.run { gateway in
            let big = String(repeating: "a", count: 70 * 1024)
            let reply = try await gateway.chat(content: big)
            #expect(reply.status == 413)
            #expect(try reply.error()["code"] as? String == "request_too_large")
            // The gateway is still healthy afterwards.
            #expect(try await gateway.chat().status == 200)
        }
    }

    @Test func upstreamFailuresMapToClientStatuses() async throws {
        try await LiveGateway.run { gateway in
            let limited = try await gateway.chat(extra: #","custos_fake":{"status":429,"retry_after":7}"#)
            #expect(limited.status == 429)
            #expect(limited.headers["retry-after"] == "7")
            #expect(try limited.error()["code"] as? String == "upstream_rate_limited")

            let broken = try await gateway.chat(extra: #","custos_fake":{"status":500}"#)
            #expect(broken.status == 502)
            #expect(try broken.error()["code"] as? String == "upstream_error")

            let unavailable = try await gateway.chat(extra: #","custos_fake":{"status":503}"#)
            #expect(unavailable.status == 503)

            let rejected = try await gateway.chat(extra: #","custos_fake":{"status":400}"#)
            #expect(rejected.status == 400)
            #expect(try rejected.error()["message"] as? String == "injected failure 400")

            let misconfigured = try await gateway.chat(extra: #","custos_fake":{"status":401}"#)
            #expect(misconfigured.status == 502)
            #expect(try misconfigured.error()["code"] as? String == "upstream_misconfigured")

            let unreachable = try await gateway.chat("unreachable")
            #expect(unreachable.status == 502)
            #expect(try unreachable.error()["code"] as? String == "upstream_unreachable")

            let slow = try await gateway.chat("slow", extra: #","custos_fake":{"delay_ms":3000}"#)
            #expect(slow.status == 504)
            #expect(try slow.error()["code"] as? String == "upstream_timeout")
        }
    }

    @Test func brokenStreamsEndWithAnErrorEventNotDone() async throws {
        try await LiveGateway.run { gateway in
            for fault in [#"{"disconnect_after":2}"#, #"{"omit_done":true}"#] {
                let reply = try await gateway.chat(content: "one two three four", extra: #","stream":true,"custos_fake":\#(fault)"#)
                #expect(reply.status == 200)
                let events = reply.events
                #expect(!events.contains("[DONE]"))
                let last = try #require(events.last)
                let error = try #require((try JSONSerialization.jsonObject(with: Data(last.utf8)) as? [String: Any])?["error"] as? [String: Any])
                #expect(error["code"] as? String == "upstream_stream_broken")
            }
            // A stream that fails before its first byte is an ordinary error response.
            let early = try await gateway.chat(extra: #","stream":true,"custos_fake":{"status":500}"#)
            #expect(early.status == 502)
        }
    }
}
