// SPDX-License-Identifier: Apache-2.0

import Testing

@testable import CustosProviders

struct ModelProviderTests {
    @Test func aCompleteAnswerIsCollectedAsIs() async throws {
        let answer = ProviderAnswer(source: .complete(Array(#"{"object":"list"}"#.utf8)), attempts: 2)
        #expect(try await answer.collect(upTo: 1024) == Array(#"{"object":"list"}"#.utf8))
        #expect(answer.attempts == 2)
        var events = answer.events()
        #expect(try await events.next() == [])
        #expect(try await events.next() == nil)
    }

    @Test func operationsSayWhetherTheyStream() {
        #expect(ProviderOperation.chatCompletions(stream: true).isStreaming)
        #expect(!ProviderOperation.chatCompletions(stream: false).isStreaming)
        #expect(!ProviderOperation.embeddings.isStreaming)
    }

    @Test func failuresSayWhetherAnotherDeploymentMayHelp() {
        #expect(ProviderError(kind: .connect, detail: "", attempts: 1).failsOver)
        #expect(ProviderError(kind: .status(503), detail: "", attempts: 1).failsOver)
        #expect(ProviderError(kind: .status(429), detail: "", attempts: 1).failsOver)
        #expect(ProviderError(kind: .credentials, detail: "", attempts: 1).failsOver)
        #expect(ProviderError.unsupported("n", param: "n").failsOver)
        #expect(!ProviderError(kind: .status(400), detail: "", attempts: 1).failsOver)
        #expect(!ProviderError(kind: .protocolViolation, detail: "", attempts: 1).failsOver)
        // Retried at the same deployment only when a new try may help and nothing was sent.
        #expect(!ProviderError(kind: .credentials, detail: "", attempts: 1).isRetryable)
        #expect(!ProviderError.unsupported("n").isRetryable)
        #expect(ProviderError(kind: .status(500), detail: "", attempts: 1).isRetryable)
        #expect(ProviderError(kind: .status(500), detail: "x", attempts: 3).description == "upstream http_500 after 3 attempt(s): x")
    }
}
