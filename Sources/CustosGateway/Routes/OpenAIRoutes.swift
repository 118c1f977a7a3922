// SPDX-License-Identifier: Apache-2.0

import CustosProviders
import Foundation
import HTTPTypes
import Hummingbird
import NIOCore

/// The OpenAI-compatible API: chat completions, embeddings, models.
///
/// Each handler runs the request path of DESIGN.md as far as it is built: identify, read and
/// validate the body, resolve the model for this principal, dispatch to a deployment, relay.
struct OpenAIRoutes: Sendable {
    let authenticator: Authenticator
    let catalog: ModelCatalog
    let dispatcher: UpstreamDispatcher
    let metrics: GatewayMetrics
    let server: ServerConfig

    func register(on router: Router<GatewayRequestContext>) {
        router.post("/v1/chat/completions") { request, context in try await chatCompletions(request, context) }
        router.post("/v1/embeddings") { request, context in try await embeddings(request, context) }
        router.get("/v1/models") { request, context in try listModels(request, context) }
        // Model ids may contain `/` (e.g. `meta-llama/Llama-3.1-8B`), hence the catch-all.
        router.get("/v1/models/**") { request, context in try retrieveModel(request, context) }
    }

    func chatCompletions(_ request: Request, _ context: GatewayRequestContext) async throws -> Response {
        let principal = try authenticator.authenticate(authorization: request.headers[.authorization])
        let bytes = try await readBody(request)
        let chat: ChatCompletionRequest
        do { chat = try ChatCompletionRequest(body: bytes) } catch { throw Self.requestError(error) }
        let model = try catalog.resolve(chat.model, for: principal)
        let (upstream, deployment) = try await dispatcher.dispatch(
            model: model,
            path: "chat/completions",
            streaming: chat.stream,
            logger: context.logger
        ) { deployment in chat.body(forUpstreamModel: deployment.upstreamModel) }

        guard chat.stream else {
            let body = try await collectUpstreamBody(upstream, deployment: deployment)
            if let usage = Usage.parse(responseBody: body) {
                metrics.tokens(model: model.name, prompt: usage.promptTokens, completion: usage.completionTokens)
            }
            return GatewayError.jsonResponse(status: .ok, body: body)
        }
        let relay = StreamRelay(
            modelName: model.name,
            deploymentID: deployment.id,
            includeUsage: chat.includeUsage,
            metrics: metrics,
            logger: context.logger
        )
        return Response(
            status: .ok,
            headers: [.contentType: "text/event-stream; charset=utf-8", .cacheControl: "no-cache", HTTPField.Name("x-accel-buffering")!: "no"],
            body: relay.responseBody(upstream: upstream)
        )
    }

    func embeddings(_ request: Request, _ context: GatewayRequestContext) async throws -> Response {
        let principal = try authenticator.authenticate(authorization: request.headers[.authorization])
        let bytes = try await readBody(request)
        let embeddings: EmbeddingsRequest
        do { embeddings = try EmbeddingsRequest(body: bytes) } catch { throw Self.requestError(error) }
        let model = try catalog.resolve(embeddings.model, for: principal)
        let (upstream, deployment) = try await dispatcher.dispatch(
            model: model,
            path: "embeddings",
            streaming: false,
            logger: context.logger
        ) { deployment in embeddings.body(forUpstreamModel: deployment.upstreamModel) }
        let body = try await collectUpstreamBody(upstream, deployment: deployment)
        if let usage = Usage.parse(responseBody: body) {
            metrics.tokens(model: model.name, prompt: usage.promptTokens, completion: 0)
        }
        return GatewayError.jsonResponse(status: .ok, body: body)
    }

    func listModels(_ request: Request, _ context: GatewayRequestContext) throws -> Response {
        let principal = try authenticator.authenticate(authorization: request.headers[.authorization])
        return try Self.json(ModelList(data: catalog.visibleModels(for: principal)))
    }

    func retrieveModel(_ request: Request, _ context: GatewayRequestContext) throws -> Response {
        let principal = try authenticator.authenticate(authorization: request.headers[.authorization])
        let id = context.parameters.getCatchAll().joined(separator: "/")
        let name = id.removingPercentEncoding ?? id
        guard let model = catalog.visibleModels(for: principal).first(where: { $0.id == name }) else { throw GatewayError.modelNotFound(name) }
        return try Self.json(model)
    }

    // MARK: helpers

    /// Reads the body, refusing more than the configured limit with 413 (early, from
    /// `Content-Length`, when the client declares it).
    private func readBody(_ request: Request) async throws -> [UInt8] {
        let limit = server.maxBodyBytes
        if let declared = request.headers[.contentLength].flatMap(Int.init), declared > limit {
            throw GatewayError.bodyTooLarge(limit: limit)
        }
        do {
            let buffer = try await request.body.collect(upTo: limit)
            return Array(buffer.readableBytesView)
        } catch is NIOTooManyBytesError {
            throw GatewayError.bodyTooLarge(limit: limit)
        }
    }

    /// Reads a non-streamed upstream answer; nothing was sent to the client yet, so any failure
    /// here is still a clean error response.
    private func collectUpstreamBody(_ upstream: UpstreamResponse, deployment: DeploymentConfig) async throws -> [UInt8] {
        do {
            let buffer = try await upstream.body.collect(upTo: server.maxResponseBytes)
            return Array(buffer.readableBytesView)
        } catch is NIOTooManyBytesError {
            throw GatewayError.upstream(
                ProviderError(kind: .protocolViolation, detail: "answer larger than \(server.maxResponseBytes) bytes", attempts: upstream.attempts),
                deployment: deployment.id
            )
        } catch {
            throw GatewayError.upstream(OpenAICompatibleProvider.classify(error, attempts: upstream.attempts), deployment: deployment.id)
        }
    }

    static func requestError(_ error: any Error) -> GatewayError {
        switch error {
        case let error as JSONSyntaxError: .invalidJSON(error)
        case let error as RequestValidationError: .invalidRequest(error)
        default: .badRequest("The request body is not valid: \(error)")
        }
    }

    static func json(_ value: some Encodable) throws -> Response {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.withoutEscapingSlashes]
        return GatewayError.jsonResponse(status: .ok, body: Array(try encoder.encode(value)))
    }
}
