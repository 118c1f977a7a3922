// SPDX-License-Identifier: Apache-2.0

import Logging
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

struct ProviderWireTests {
    static let logger = Logger(label: "test")

    @Test func azureURLsNameTheDeploymentAndTheAPIVersion() async throws {
        let azure = OpenAICompatibleProvider(
            endpoint: UpstreamEndpoint(baseURL: "https://agency.openai.azure.us/"),
            dialect: .azure(deployment: "gpt 4o/prod", apiVersion: "2024-10-21", entraToken: false),
            secret: "k",
            logger: Self.logger
        )
        #expect(
            azure.url(for: .chatCompletions(stream: true))
                == "https://agency.openai.azure.us/openai/deployments/gpt%204o%2Fprod/chat/completions?api-version=2024-10-21"
        )
        #expect(azure.url(for: .embeddings) == "https://agency.openai.azure.us/openai/deployments/gpt%204o%2Fprod/embeddings?api-version=2024-10-21")
        try await azure.shutdown()
        let openAI = OpenAICompatibleProvider(endpoint: UpstreamEndpoint(baseURL: "https://api.openai.com/v1"), secret: nil, logger: Self.logger)
        #expect(openAI.url(for: .chatCompletions(stream: false)) == "https://api.openai.com/v1/chat/completions")
        try await openAI.shutdown()
    }

    @Test func bedrockErrorsReachTheCallerInOpenAIsShape() throws {
        let bedrock = ProviderError(kind: .status(400), detail: "HTTP 400", body: Array(#"{"message":"Malformed input request"}"#.utf8), attempts: 1)
        let shaped = BedrockProvider.openAIShaped(bedrock)
        let body = try #require(OpenAIErrorBody.parse(shaped.body))
        #expect(body.error.message == "Malformed input request")
        #expect(body.error.type == "invalid_request_error")
        let throttled = BedrockProvider.openAIShaped(
            ProviderError(kind: .status(429), detail: "", body: Array(#"{"message":"slow"}"#.utf8), attempts: 1)
        )
        #expect(OpenAIErrorBody.parse(throttled.body)?.error.type == "rate_limit_error")
        // Not JSON, or not an answer: left as it was.
        let odd = ProviderError(kind: .connect, detail: "refused", attempts: 1)
        #expect(BedrockProvider.openAIShaped(odd).body.isEmpty)
    }
}
