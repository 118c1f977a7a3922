// SPDX-License-Identifier: Apache-2.0

import AsyncHTTPClient
import Foundation
public import Logging
import NIOCore
import NIOHTTP1

/// A deployment on Amazon Bedrock (commercial, GovCloud and FIPS endpoints), spoken to with
/// SigV4-signed requests: chat through Converse and ConverseStream, embeddings through
/// InvokeModel on Titan and Cohere models.
///
/// Guarantees:
/// - Every attempt is signed afresh with credentials valid at that moment (temporary ones are
///   refreshed before they expire); a credential failure is a ``ProviderError`` of kind
///   `.credentials`, so the gateway can fail over and nothing unsigned is ever sent.
/// - Requests are translated by ``ConverseMapping`` and ``BedrockEmbeddings``; answers come back
///   in OpenAI's format, streamed ones event by event as they arrive.
/// - Bedrock's error bodies (`{"message": …}` with `x-amzn-ErrorType`) are turned into OpenAI's
///   error shape, so a validation error reaches the caller with Bedrock's message.
public final class BedrockProvider: ModelProvider {
    public let region: String
    private let http: UpstreamHTTPClient
    private let signer: SigV4Signer
    private let credentials: AWSCredentialProvider
    private let host: String

    /// Largest InvokeModel answer read for embeddings.
    static let maximumEmbeddingAnswerBytes = 64 * 1024 * 1024

    /// - Parameters:
    ///   - endpoint: the runtime endpoint, e.g. ``AWSEndpoints/bedrockRuntime(region:fips:)``.
    ///   - region: the signing region.
    ///   - credentials: where the AWS credentials come from.
    ///   - environment: the process environment, for the credential sources' variables.
    public init(
        endpoint: UpstreamEndpoint,
        region: String,
        credentials: AWSCredentialSource,
        environment: [String: String],
        logger: Logger
    ) {
        self.region = region
        self.http = UpstreamHTTPClient(endpoint: endpoint, logger: logger)
        self.signer = SigV4Signer(service: "bedrock", region: region)
        self.credentials = AWSCredentialProvider(source: credentials, environment: environment, region: region, httpClient: http.client)
        let url = URL(string: endpoint.baseURL)
        let defaultPort = url?.scheme == "https" ? 443 : 80
        let port = url?.port.flatMap { $0 == defaultPort ? nil : $0 }
        self.host = (url?.host ?? endpoint.baseURL) + (port.map { ":\($0)" } ?? "")
    }

    public var endpoint: UpstreamEndpoint { http.endpoint }

    public func shutdown() async throws {
        try await http.shutdown()
    }

    public func send(
        _ operation: ProviderOperation,
        body: [UInt8],
        onAttempt: @Sendable (UpstreamAttempt) -> Void
    ) async throws(ProviderError) -> ProviderAnswer {
        switch operation {
        case .chatCompletions(let stream):
            let (modelID, converse, includeUsage) = try ConverseMapping.request(fromOpenAI: body)
            let path = "/model/\(SigV4Signer.percentEncoded(modelID, keepingSlash: false))/\(stream ? "converse-stream" : "converse")"
            let (response, attempts) = try await call(
                path: path,
                body: converse,
                accept: stream ? "application/vnd.amazon.eventstream" : "application/json",
                onAttempt: onAttempt
            )
            let id = "chatcmpl-" + UUID().uuidString.replacingOccurrences(of: "-", with: "").lowercased()
            let created = Int(Date().timeIntervalSince1970)
            if stream {
                let translator = ConverseStreamTranslator(id: id, model: modelID, created: created, includeUsage: includeUsage)
                return ProviderAnswer(source: .http(response.body, .converseStream(translator)), attempts: attempts)
            }
            return ProviderAnswer(source: .http(response.body, .converse(model: modelID, id: id, created: created)), attempts: attempts)
        case .embeddings:
            let plan = try BedrockEmbeddings.plan(fromOpenAI: body)
            let path = "/model/\(SigV4Signer.percentEncoded(plan.modelID, keepingSlash: false))/invoke"
            var vectors: [[Double]] = []
            var tokens = 0
            var attempts = 0
            for invokeBody in plan.bodies {
                let (response, tries) = try await call(path: path, body: invokeBody, accept: "application/json", onAttempt: onAttempt)
                attempts += tries
                let bytes: [UInt8]
                do {
                    bytes = Array(try await response.body.collect(upTo: Self.maximumEmbeddingAnswerBytes).readableBytesView)
                } catch {
                    throw UpstreamHTTPClient.classify(error, attempts: attempts)
                }
                let header = response.headers.first(name: "x-amzn-bedrock-input-token-count").flatMap(Int.init)
                let answer = try BedrockEmbeddings.vectors(bytes, family: plan.family, tokenHeader: header)
                vectors += answer.vectors
                tokens += answer.tokens
            }
            let list = BedrockEmbeddings.openAIList(vectors, tokens: tokens, model: plan.modelID, base64: plan.base64)
            return ProviderAnswer(source: .complete(list), attempts: attempts)
        }
    }

    /// Signs and sends one Bedrock call.
    private func call(
        path: String,
        body: [UInt8],
        accept: String,
        onAttempt: @Sendable (UpstreamAttempt) -> Void
    ) async throws(ProviderError) -> (response: HTTPClientResponse, attempts: Int) {
        let url = http.endpoint.baseURL + path
        do throws(ProviderError) {
            return try await http.send(onAttempt: onAttempt) { () throws(ProviderError) in
                let now = Date()
                let current: AWSCredentials
                if let fresh = credentials.fresh(at: now) {
                    current = fresh
                } else {
                    do throws(AWSCredentialError) {
                        current = try await credentials.credentials()
                    } catch {
                        throw ProviderError(kind: .credentials, detail: error.message, attempts: 1)
                    }
                }
                let unsigned = SignableRequest(
                    method: "POST",
                    path: path,
                    headers: [("Host", host), ("Content-Type", "application/json"), ("Accept", accept)],
                    body: body
                )
                let signature = signer.sign(unsigned, credentials: current, date: now)
                var request = HTTPClientRequest(url: url)
                request.method = .POST
                for header in unsigned.headers + signature.headers { request.headers.add(name: header.name, value: header.value) }
                request.headers.add(name: "User-Agent", value: "custos")
                request.body = .bytes(ByteBuffer(bytes: body))
                return request
            }
        } catch {
            throw Self.openAIShaped(error)
        }
    }

    /// A Bedrock error answer with its body in OpenAI's error shape.
    static func openAIShaped(_ error: ProviderError) -> ProviderError {
        guard case .status(let status) = error.kind,
            let message = JSONValue.parse(error.body)?["message"]?.string
                ?? JSONValue.parse(error.body)?["Message"]?.string
        else { return error }
        let type = status == 429 ? "rate_limit_error" : status >= 500 ? "server_error" : "invalid_request_error"
        let body = OpenAIErrorBody(message: message, type: type, code: nil)
        return ProviderError(kind: error.kind, detail: error.detail, body: body.jsonBytes(), retryAfter: error.retryAfter, attempts: error.attempts)
    }
}
