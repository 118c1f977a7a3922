// SPDX-License-Identifier: Apache-2.0

import Testing

@testable import CustosProviders

struct RetryPolicyTests {
    @Test func backOffGrowsWithJitterAndCap() {
        let policy = RetryPolicy(maxAttempts: 5, baseDelay: .milliseconds(100), maximumDelay: .milliseconds(350))
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<200 {
            let first = policy.delay(afterFailedAttempt: 1, using: &generator)
            #expect(first >= .milliseconds(50) && first <= .milliseconds(100))
            let second = policy.delay(afterFailedAttempt: 2, using: &generator)
            #expect(second >= .milliseconds(100) && second <= .milliseconds(200))
            let capped = policy.delay(afterFailedAttempt: 30, using: &generator)
            #expect(capped >= .milliseconds(175) && capped <= .milliseconds(350))
        }
    }

    @Test func honoursShortRetryAfterOnly() {
        let policy = RetryPolicy(maxAttempts: 3, baseDelay: .milliseconds(100), maximumDelay: .seconds(2))
        var generator = SystemRandomNumberGenerator()
        #expect(policy.delay(afterFailedAttempt: 1, retryAfter: .seconds(1), using: &generator) == .seconds(1))
        #expect(policy.delay(afterFailedAttempt: 1, retryAfter: .seconds(30), using: &generator) <= .milliseconds(100))
    }

    @Test func retryAfterParsing() {
        #expect(UpstreamHTTPClient.parseRetryAfter("2") == .seconds(2))
        #expect(UpstreamHTTPClient.parseRetryAfter("0.5") == .milliseconds(500))
        #expect(UpstreamHTTPClient.parseRetryAfter("Wed, 21 Oct 2015 07:28:00 GMT") == nil)
        #expect(UpstreamHTTPClient.parseRetryAfter("-1") == nil)
    }

    @Test func onlyPreFirstByteFailuresAreRetryable() {
        #expect(ProviderError(kind: .connect, detail: "", attempts: 1).isRetryable)
        #expect(ProviderError(kind: .status(429), detail: "", attempts: 1).isRetryable)
        #expect(ProviderError(kind: .status(503), detail: "", attempts: 1).isRetryable)
        #expect(!ProviderError(kind: .status(400), detail: "", attempts: 1).isRetryable)
        #expect(!ProviderError(kind: .timeout, detail: "", attempts: 1).isRetryable)
        #expect(!ProviderError(kind: .protocolViolation, detail: "", attempts: 1).isRetryable)
    }

    @Test func usageParsing() {
        let usage = Usage.parse(responseBody: Array(#"{"usage":{"prompt_tokens":3,"completion_tokens":4,"total_tokens":7}}"#.utf8))
        #expect(usage == Usage(promptTokens: 3, completionTokens: 4, totalTokens: 7))
        #expect(Usage.parse(responseBody: Array(#"{"usage":null}"#.utf8)) == nil)
        #expect(Usage.parse(responseBody: Array("not json".utf8)) == nil)
    }
}
