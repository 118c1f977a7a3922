// SPDX-License-Identifier: Apache-2.0

import AsyncHTTPClient
import Foundation
public import Logging
import NIOCore
import NIOHTTP1

/// A deployment that speaks OpenAI's wire format: OpenAI itself and any `/v1` API (vLLM, Ollama,
/// llama.cpp server, the fake upstream), or Azure OpenAI with its deployment-based URLs.
///
/// Guarantees: the body goes upstream byte for byte (fields newer than this code keep working)
/// and the answer comes back untranslated; the credential is sent only in its header
/// (`Authorization: Bearer …`, or Azure's `api-key`) and never logged.
public final class OpenAICompatibleProvider: ModelProvider {
    /// How URLs and credentials are spelled.
    public enum Dialect: Sendable, Equatable {
        /// `{base}/chat/completions`, `{base}/embeddings`; `Authorization: Bearer KEY`.
        case openAI
        /// `{base}/openai/deployments/{deployment}/chat/completions?api-version=V`; the key in an
        /// `api-key` header, or a Microsoft Entra token as `Authorization: Bearer`.
        case azure(deployment: String, apiVersion: String, entraToken: Bool)
    }

    public let dialect: Dialect
    private let http: UpstreamHTTPClient
    private let secret: String?

    public init(endpoint: UpstreamEndpoint, dialect: Dialect = .openAI, secret: String?, logger: Logger) {
        self.dialect = dialect
        self.secret = secret
        self.http = UpstreamHTTPClient(endpoint: endpoint, logger: logger)
    }

    public var endpoint: UpstreamEndpoint { http.endpoint }

    public func shutdown() async throws {
        try await http.shutdown()
    }

    /// The URL for an operation.
    public func url(for operation: ProviderOperation) -> String {
        let path = operation == .embeddings ? "embeddings" : "chat/completions"
        switch dialect {
        case .openAI:
            return "\(http.endpoint.baseURL)/\(path)"
        case .azure(let deployment, let apiVersion, _):
            let name = SigV4Signer.percentEncoded(deployment, keepingSlash: false)
            let version = SigV4Signer.percentEncoded(apiVersion, keepingSlash: false)
            return "\(http.endpoint.baseURL)/openai/deployments/\(name)/\(path)?api-version=\(version)"
        }
    }

    public func send(
        _ operation: ProviderOperation,
        body: [UInt8],
        onAttempt: @Sendable (UpstreamAttempt) -> Void
    ) async throws(ProviderError) -> ProviderAnswer {
        let url = url(for: operation)
        let (response, attempts) = try await http.send(onAttempt: onAttempt) { () throws(ProviderError) in
            var request = HTTPClientRequest(url: url)
            request.method = .POST
            request.headers.add(name: "Content-Type", value: "application/json")
            request.headers.add(name: "Accept", value: operation.isStreaming ? "text/event-stream" : "application/json")
            request.headers.add(name: "User-Agent", value: "custos")
            if let secret {
                switch dialect {
                case .openAI, .azure(_, _, entraToken: true): request.headers.add(name: "Authorization", value: "Bearer \(secret)")
                case .azure: request.headers.add(name: "api-key", value: secret)
                }
            }
            request.body = .bytes(ByteBuffer(bytes: body))
            return request
        }
        return .relayed(response.body, attempts: attempts)
    }
}
