// SPDX-License-Identifier: Apache-2.0

import CustosGuard
import CustosLedger
import CustosProviders
import Foundation
import HTTPTypes
import Hummingbird
import NIOCore

/// The OpenAI-compatible API: chat completions, embeddings, models.
///
/// Each handler runs the request path of DESIGN.md as far as it is built: identify, read and
/// validate the body, resolve the model, authorize the call on each of its deployments (Cedar),
/// record the REQUEST with the decision durably, dispatch to the permitted deployments only,
/// relay, record the RESPONSE. Refusals before forwarding are recorded as REJECTED, with the
/// decision when one was made. `GET /v1/models` lists what policy lets the caller see and is
/// not recorded.
struct OpenAIRoutes: Sendable {
    let authenticator: Authenticator
    let catalog: ModelCatalog
    let dispatcher: UpstreamDispatcher
    let metrics: GatewayMetrics
    let server: ServerConfig
    let ledger: AuditLedger
    let guardActions: GuardConfig
    /// Keys the `mask` action, when configured.
    let masker: ValueMasker?
    /// Per-tenant and per-principal limits.
    let quotas: QuotaGate

    func register(on router: Router<GatewayRequestContext>) {
        router.post("/v1/chat/completions") { request, context in try await chatCompletions(request, context) }
        router.post("/v1/embeddings") { request, context in try await embeddings(request, context) }
        router.get("/v1/models") { request, context in try await listModels(request, context) }
        // Model ids may contain `/` (e.g. `meta-llama/Llama-3.1-8B`), hence the catch-all.
        router.get("/v1/models/**") { request, context in try await retrieveModel(request, context) }
    }

    func chatCompletions(_ request: Request, _ context: GatewayRequestContext) async throws -> Response {
        let (admitted, chat, deployments) = try await admit(request, context, action: .invoke, parse: ChatCompletionRequest.init(body:))
        var call = admitted
        let rewritten = call.inspection?.replacements ?? [:]
        // A call charged to a token quota needs its real usage, streamed or not.
        let quotaNeedsUsage = call.reservation != nil
        let upstream: ProviderAnswer
        let deployment: DeploymentConfig
        do {
            let dispatched = try await dispatcher.dispatch(
                model: chat.model,
                deployments: deployments,
                operation: .chatCompletions(stream: chat.stream),
                logger: context.logger
            ) { deployment in chat.body(forUpstreamModel: deployment.upstreamModel, replacing: rewritten, requestingUsage: quotaNeedsUsage) }
            (upstream, deployment, call.attempts) = (dispatched.answer, dispatched.deployment, dispatched.attempts)
        } catch {
            call.attempts = error.attempts
            throw try await recordFailure(call, model: chat.model, deployment: nil, error.error, outcome: "upstream_failed")
        }

        guard chat.stream else {
            return try await completeNonStreaming(
                call,
                model: chat.model,
                upstream: upstream,
                deployment: deployment,
                publicModel: chat.model,
                inspectsAnswer: true
            )
        }
        let ledger = self.ledger
        let facts = call
        let routes = self
        var relay = StreamRelay(
            modelName: chat.model,
            deploymentID: deployment.id,
            includeUsage: chat.includeUsage,
            retainLimit: ledger.retainsContent(of: call) ? server.maxResponseBytes : nil,
            metrics: metrics,
            logger: context.logger
        ) { outcome in
            if !outcome.blocked.isEmpty {
                _ = try await routes.recordFailure(
                    facts,
                    model: chat.model,
                    deployment: deployment,
                    .sensitiveDataBlocked(outcome.blocked),
                    outcome: "answer_blocked",
                    usage: outcome.usage,
                    digest: outcome.digest,
                    inspection: outcome.inspection
                )
                return
            }
            let content: RetainedResponse
            do throws(GatewayError) {
                content = try await ledger.retainResponse(outcome.retained, of: facts, omitted: "stream longer than max_response_size")
            } catch {
                throw try await routes.recordFailure(
                    facts,
                    model: chat.model,
                    deployment: deployment,
                    error,
                    outcome: "content_not_retained",
                    usage: outcome.usage,
                    digest: outcome.digest,
                    inspection: outcome.inspection
                )
            }
            await routes.settleQuota(facts, usage: outcome.usage, answered: true)
            let record = AuditRecord.response(
                facts,
                model: chat.model,
                deployment: deployment,
                status: 200,
                outcome: outcome.failure == nil ? "success" : "stream_broken",
                errorCode: outcome.failure == nil ? nil : "upstream_stream_broken",
                usage: outcome.usage,
                responseDigest: outcome.digest,
                content: content,
                inspection: outcome.inspection
            )
            try await ledger.record(record)
        }
        relay.readsHiddenUsage = quotaNeedsUsage && !chat.includeUsage
        relay.answerGuard = StreamingAnswerGuard(config: guardConfig(for: call), masker: call.principal.flatMap { masker?.forTenant($0.tenant) })
        return Response(
            status: .ok,
            headers: [.contentType: "text/event-stream; charset=utf-8", .cacheControl: "no-cache", HTTPField.Name("x-accel-buffering")!: "no"],
            body: relay.responseBody(upstream: upstream)
        )
    }

    func embeddings(_ request: Request, _ context: GatewayRequestContext) async throws -> Response {
        let (admitted, embeddings, deployments) = try await admit(request, context, action: .embed, parse: EmbeddingsRequest.init(body:))
        var call = admitted
        let rewritten = call.inspection?.replacements ?? [:]
        let upstream: ProviderAnswer
        let deployment: DeploymentConfig
        do {
            let dispatched = try await dispatcher.dispatch(
                model: embeddings.model,
                deployments: deployments,
                operation: .embeddings,
                logger: context.logger
            ) {
                deployment in embeddings.body(forUpstreamModel: deployment.upstreamModel, replacing: rewritten)
            }
            (upstream, deployment, call.attempts) = (dispatched.answer, dispatched.deployment, dispatched.attempts)
        } catch {
            call.attempts = error.attempts
            throw try await recordFailure(call, model: embeddings.model, deployment: nil, error.error, outcome: "upstream_failed")
        }
        return try await completeNonStreaming(
            call,
            model: embeddings.model,
            upstream: upstream,
            deployment: deployment,
            publicModel: embeddings.model
        )
    }

    // MARK: the audit trail of a call

    /// Everything before forwarding, shared by the proxied endpoints: authenticate, read and
    /// validate the body, resolve the model, decide `action` on each of its deployments (a model
    /// the caller may not list is reported as not found; one it may list but not use, 403 with the
    /// denying policies), then retain the body if the tenant retains content and make the REQUEST
    /// record durable. Refusals are recorded as REJECTED. Only a call this returns may be sent to a
    /// provider, and only to the deployments it permits (`call.decision`).
    private func admit<Body: InspectableRequest>(
        _ request: Request,
        _ context: GatewayRequestContext,
        action: PolicyAction,
        parse: ([UInt8]) throws -> Body
    ) async throws -> (CallFacts, Body, [DeploymentConfig]) {
        var call = callFacts(request, context)
        let bytes: [UInt8]
        let body: Body
        let permitted: [DeploymentConfig]
        do {
            let principal = try await authenticator.authenticate(request, context)
            call.principal = principal
            bytes = try await readBody(request)
            do { body = try parse(bytes) } catch { throw Self.requestError(error) }
            // Inspect: block or redact what the configuration says; what remains, and the
            // markings, make the context policy decides in.
            let scanned = ScannedStrings(body.promptStrings)
            let inspection = PromptInspection.of(scanned, config: guardActions, masker: masker?.forTenant(principal.tenant))
            call.inspection = inspection
            let blocked = inspection.blocked
            guard blocked.isEmpty else { throw GatewayError.sensitiveDataBlocked(blocked.map(\.rawValue)) }
            let callContext = try CallContext.of(headers: request.headers, sourceAddress: context.remoteAddress, principal: principal).inspected(
                inspection
            )
            let name = body.model
            guard let model = catalog.model(named: name) else { throw GatewayError.modelNotFound(name) }
            let visibility = catalog.policy.decide(principal, .listModels, model: model, context: callContext)
            guard visibility.isAllowed else {
                call.decision = (visibility, callContext)
                throw GatewayError.modelNotFound(name)
            }
            let decision = catalog.policy.decide(principal, action, model: model, context: callContext)
            call.decision = (decision, callContext)
            guard decision.isAllowed else { throw GatewayError.policyDenied(decision) }
            permitted = decision.permitted
            if !decision.obligations.isEmpty {
                // The permitting policies' conditions (`@guard_redact` ...): judge the same scan
                // again with the actions they tighten; what is forwarded and recorded is this.
                let tightened = PromptInspection.of(scanned, config: guardConfig(for: call), masker: masker?.forTenant(principal.tenant))
                call.inspection = tightened
                let blocked = tightened.blocked
                guard blocked.isEmpty else { throw GatewayError.sensitiveDataBlocked(blocked.map(\.rawValue)) }
            }
            // Quota: the call's maximum is reserved now and settled on its real usage at the end.
            let estimate = QuotaGate.estimate(bodyBytes: bytes.count, outputTokenLimit: body.outputTokenLimit)
            call.reservation = try await quotas.admit(principal, estimatedTokens: estimate)
        } catch let error as GatewayError {
            try await recordRejection(call, error)
            throw error
        }
        do {
            // Durable before a single byte leaves for a provider; if it cannot be, the call ends here (503).
            let content = try await retainRequest(bytes, call)
            try await ledger.record(AuditRecord.request(call, model: body.model, requestBody: bytes, stream: body.stream, content: content))
        } catch {
            await settleQuota(call, usage: nil, answered: false)
            throw error
        }
        return (call, body, permitted)
    }

    /// The guard's actions for one call: the configuration's, tightened by the obligations of
    /// the policies that permitted it (``ModelDecision/obligations``).
    func guardConfig(for call: CallFacts) -> GuardConfig {
        guard let obligations = call.decision?.verdict.obligations, !obligations.isEmpty else { return guardActions }
        return guardActions.strengthened(by: obligations)
    }

    private func callFacts(_ request: Request, _ context: GatewayRequestContext) -> CallFacts {
        CallFacts(
            requestID: context.id,
            instance: server.instanceID,
            endpoint: request.uri.path,
            method: request.method.rawValue,
            sourceAddress: context.remoteAddress,
            started: .now,
            policySet: catalog.policy.policies.digest
        )
    }

    /// Retains the request body if the tenant retains content; a failure is recorded as REJECTED
    /// and refuses the call (503) before anything is forwarded.
    private func retainRequest(_ body: [UInt8], _ call: CallFacts) async throws -> ContentCommitment? {
        do {
            return try await ledger.retain(body, of: call, part: .request)
        } catch {
            try await recordRejection(call, error)
            throw error
        }
    }

    /// Records a refusal before forwarding as REJECTED (503 instead if even that cannot be recorded).
    private func recordRejection(_ call: CallFacts, _ error: GatewayError) async throws {
        try await ledger.record(AuditRecord.rejected(call, status: Int(error.status.code), errorCode: error.code ?? error.type))
    }

    /// Records the RESPONSE of a call that ends with `error` instead of an answer, and returns the
    /// error to throw (503 instead if even the record cannot be made).
    private func recordFailure(
        _ call: CallFacts,
        model: String,
        deployment: DeploymentConfig?,
        _ error: GatewayError,
        outcome: String,
        usage: Usage? = nil,
        digest: (sha256: String, bytes: Int)? = nil,
        inspection: PromptInspection? = nil
    ) async throws -> GatewayError {
        await settleQuota(call, usage: usage, answered: digest != nil)
        try await ledger.record(
            AuditRecord.response(
                call,
                model: model,
                deployment: deployment,
                status: Int(error.status.code),
                outcome: outcome,
                errorCode: error.code,
                usage: usage,
                responseDigest: digest,
                inspection: inspection
            )
        )
        return error
    }

    /// Replaces the call's quota reservation with what it used: its reported usage, else the
    /// reservation if an answer came back (tokens were spent, how many is unknown), else nothing.
    /// A failure is logged, not raised: the call itself is over and recorded.
    func settleQuota(_ call: CallFacts, usage: Usage?, answered: Bool) async {
        guard let reservation = call.reservation else { return }
        do {
            try await quotas.settle(reservation, actualTokens: usage?.totalTokens ?? (answered ? reservation.tokens : 0))
        } catch {
            metrics.error(code: "quota_settle_failed")
        }
    }

    /// Reads a non-streamed answer, records it, and only then returns it.
    private func completeNonStreaming(
        _ call: CallFacts,
        model: String,
        upstream: ProviderAnswer,
        deployment: DeploymentConfig,
        publicModel: String,
        inspectsAnswer: Bool = false
    ) async throws -> Response {
        let body: [UInt8]
        do {
            body = try await collectUpstreamBody(upstream, deployment: deployment)
        } catch let error as GatewayError {
            throw try await recordFailure(call, model: model, deployment: deployment, error, outcome: "upstream_failed")
        }
        let usage = Usage.parse(responseBody: body)
        if let usage { metrics.tokens(model: publicModel, prompt: usage.promptTokens, completion: usage.completionTokens) }
        // Inspect the answer (chat): block or redact as `guard.response` says; record the kinds.
        var answer = body
        var inspection: PromptInspection?
        if inspectsAnswer {
            let found = PromptInspection.of(
                ChatCompletionAnswer.contentStrings(body),
                direction: .response,
                config: guardConfig(for: call),
                masker: call.principal.flatMap { masker?.forTenant($0.tenant) }
            )
            inspection = found
            let blocked = found.blocked
            if !blocked.isEmpty {
                throw try await recordFailure(
                    call,
                    model: model,
                    deployment: deployment,
                    .sensitiveDataBlocked(blocked.map(\.rawValue)),
                    outcome: "answer_blocked",
                    usage: usage,
                    digest: (SHA256Hex.of(body), body.count),
                    inspection: found
                )
            }
            answer = ChatCompletionAnswer.replacing(body, found.replacements)
        }
        let content: RetainedResponse
        do {
            content = try await ledger.retainResponse(answer, of: call)
        } catch {
            // The answer exists but cannot be kept as this tenant requires: it is withheld.
            throw try await recordFailure(
                call,
                model: model,
                deployment: deployment,
                error,
                outcome: "content_not_retained",
                usage: usage,
                digest: (SHA256Hex.of(answer), answer.count),
                inspection: inspection
            )
        }
        await settleQuota(call, usage: usage, answered: true)
        try await ledger.record(
            AuditRecord.response(
                call,
                model: model,
                deployment: deployment,
                status: 200,
                outcome: "success",
                errorCode: nil,
                usage: usage,
                responseDigest: (SHA256Hex.of(answer), answer.count),
                content: content,
                inspection: inspection
            )
        )
        return JSONResponse.make(status: .ok, body: answer)
    }

    func listModels(_ request: Request, _ context: GatewayRequestContext) async throws -> Response {
        let principal = try await authenticator.authenticate(request, context)
        let callContext = try CallContext.of(headers: request.headers, sourceAddress: context.remoteAddress, principal: principal)
        return try Self.json(ModelList(data: catalog.visibleModels(for: principal, context: callContext)))
    }

    func retrieveModel(_ request: Request, _ context: GatewayRequestContext) async throws -> Response {
        let principal = try await authenticator.authenticate(request, context)
        let id = context.parameters.getCatchAll().joined(separator: "/")
        let name = id.removingPercentEncoding ?? id
        let callContext = try CallContext.of(headers: request.headers, sourceAddress: context.remoteAddress, principal: principal)
        guard let model = catalog.model(named: name), catalog.policy.decide(principal, .listModels, model: model, context: callContext).isAllowed
        else { throw GatewayError.modelNotFound(name) }
        return try Self.json(ModelObject(id: model.name, created: catalog.created, ownedBy: model.ownedBy))
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

    /// Reads a non-streamed upstream answer (in OpenAI's format); nothing was sent to the client
    /// yet, so any failure here is still a clean error response.
    private func collectUpstreamBody(_ upstream: ProviderAnswer, deployment: DeploymentConfig) async throws -> [UInt8] {
        do {
            return try await upstream.collect(upTo: server.maxResponseBytes)
        } catch {
            throw GatewayError.upstream(error, deployment: deployment.id)
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
        return JSONResponse.make(status: .ok, body: Array(try encoder.encode(value)))
    }
}
