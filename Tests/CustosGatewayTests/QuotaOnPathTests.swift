// SPDX-License-Identifier: Apache-2.0

import Foundation
import Testing

@testable import CustosGateway

/// Quotas on the request path: 429 with `Retry-After` in OpenAI's shape, recorded, exact under
/// concurrency, and settled on real usage.
@Suite(.serialized, .timeLimit(.minutes(2)))
struct QuotaOnPathTests {
    static func configure(_ yaml: String) -> String {
        yaml.replacingOccurrences(of: "{id: alice, clearance: secret}", with: "{id: alice, clearance: secret, quotas: {requests_per_minute: 3}}")
            .replacingOccurrences(of: "{id: bob, models: [fake-echo]}", with: "{id: bob, models: [fake-echo], quotas: {tokens_per_day: 1}}")
            .replacingOccurrences(of: "principals: [{id: carol}", with: "quotas: {requests_per_minute: 5}\n    principals: [{id: carol}")
    }

    @Test func aFullWindowIsA429WithRetryAfterAndIsRecorded() async throws {
        try await LiveGateway.run(configure: Self.configure) { gateway in
            for _ in 0..<3 { #expect(try await gateway.chat().status == 200) }
            let refused = try await gateway.chat()
            #expect(refused.status == 429)
            let error = try refused.error()
            #expect(error["code"] as? String == "quota_exceeded")
            #expect(error["type"] as? String == "rate_limit_error")
            #expect((error["message"] as? String)?.contains("3 requests per minute") == true)
            let retryAfter = try #require(refused.headers["retry-after"].flatMap(Int.init))
            #expect((1...60).contains(retryAfter))
            let last = try #require(try await LedgerOnPathTests.records(gateway).last)
            #expect(last["event"] as? String == "REJECTED")
            #expect(last["error_code"] as? String == "quota_exceeded")
            #expect(last["status"] as? Int == 429)
        }
    }

    @Test func aTokenBudgetOfOneLetsOneCallThrough() async throws {
        try await LiveGateway.run(configure: Self.configure) { gateway in
            let first = try await gateway.chat(key: gateway.bobKey)
            #expect(first.status == 200)
            let second = try await gateway.chat(key: gateway.bobKey)
            #expect(second.status == 429)
            #expect(
                try second.error()["message"] as? String
                    == "This call would exceed your quota of 1 tokens per day. Retry after \(second.headers["retry-after"] ?? "?") s."
            )
        }
    }

    @Test func aStreamUnderAQuotaIsSettledOnItsUsageWithoutShowingIt() async throws {
        try await LiveGateway.run(configure: Self.configure) { gateway in
            // Alice has a quota and does not ask for usage: Custos asks the upstream for it, settles
            // the quota on it and records it, and relays no usage chunk.
            let stream = try await gateway.chat(extra: #","stream":true"#)
            #expect(stream.events.last == "[DONE]")
            #expect(!stream.text.contains(#""usage":{"#))
            let response = try #require(try await LedgerOnPathTests.records(gateway).last { $0["event"] as? String == "RESPONSE" })
            let usage = try #require(response["usage"] as? [String: Any])
            #expect((usage["total_tokens"] as? Int ?? 0) > 0)
        }
    }

    @Test func simultaneousCallsAgainstATenantLimitNeverGoOver() async throws {
        try await LiveGateway.run(configure: Self.configure) { gateway in
            let carol = try gateway.keys.create(tenant: "agency-b", principal: "carol", expiresAt: nil, label: nil).0.secret
            let statuses = try await withThrowingTaskGroup(of: Int.self) { group in
                for _ in 0..<60 { group.addTask { try await gateway.chat(key: carol).status } }
                var all: [Int] = []
                for try await status in group { all.append(status) }
                return all
            }
            #expect(statuses.filter { $0 == 200 }.count == 5)
            #expect(statuses.filter { $0 == 429 }.count == 55)
        }
    }
}
