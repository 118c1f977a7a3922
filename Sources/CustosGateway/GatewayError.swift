// SPDX-License-Identifier: Apache-2.0

public import CustosProviders
import HTTPTypes
public import Hummingbird
import NIOCore

/// Every failure a client can see, with the HTTP status and OpenAI error body it gets.
///
/// This is the one place where failures become HTTP: the statuses are the ones OpenAI SDKs map to
/// their exception classes (400 `BadRequestError`, 401 `AuthenticationError`, 403
/// `PermissionDeniedError`, 404 `NotFoundError`, 413/502/503/504 `APIStatusError` or
/// `InternalServerError`, 429 `RateLimitError`). ``message`` is safe to show the caller;
/// ``logDetail`` is for the operator's log only and never leaves the process.
public struct GatewayError: Error, Sendable, CustomStringConvertible {
    public let status: HTTPResponse.Status
    /// OpenAI's `type`, e.g. `invalid_request_error`.
    public let type: String
    /// OpenAI's `code`, e.g. `invalid_api_key`, `model_not_found`.
    public let code: String?
    /// The request field at fault, e.g. `messages[0].role`.
    public let param: String?
    /// The message the caller sees.
    public let message: String
    /// What the operator needs to know; may name upstreams and internal causes, never secrets.
    public let logDetail: String?
    /// Extra response headers, e.g. `Retry-After`, `WWW-Authenticate`.
    public let extraHeaders: HTTPFields

    init(
        status: HTTPResponse.Status,
        type: String,
        code: String?,
        param: String? = nil,
        message: String,
        logDetail: String? = nil,
        extraHeaders: HTTPFields = [:]
    ) {
        self.status = status
        self.type = type
        self.code = code
        self.param = param
        self.message = message
        self.logDetail = logDetail
        self.extraHeaders = extraHeaders
    }

    public var description: String { "\(status.code) \(code ?? type): \(message)" + (logDetail.map { " (\($0))" } ?? "") }

    /// The OpenAI-shaped body.
    public var body: OpenAIErrorBody { OpenAIErrorBody(message: message, type: type, param: param, code: code) }

    // MARK: client errors

    static func badRequest(_ message: String, param: String? = nil, code: String? = nil) -> GatewayError {
        GatewayError(status: .badRequest, type: "invalid_request_error", code: code, param: param, message: message)
    }

    static func invalidJSON(_ error: JSONSyntaxError) -> GatewayError {
        badRequest(
            "We could not parse the JSON body of your request: \(error.message) (byte \(error.offset)). "
                + "The OpenAI API expects a JSON payload.",
            code: "invalid_json"
        )
    }

    static func invalidRequest(_ error: RequestValidationError) -> GatewayError {
        badRequest(error.message, param: error.param, code: "invalid_value")
    }

    /// Why a 401 happened, as far as the caller may know.
    enum AuthHint { case missing, invalid }

    static func unauthenticated(_ detail: String, hint: AuthHint) -> GatewayError {
        let message =
            switch hint {
            case .missing: "You didn't provide an API key. Send it in the Authorization header as `Bearer csk_...`."
            case .invalid: "Incorrect API key provided, or the key was revoked or has expired."
            }
        return GatewayError(
            status: .unauthorized,
            type: "invalid_request_error",
            code: hint == .missing ? "missing_api_key" : "invalid_api_key",
            message: message,
            logDetail: detail,
            extraHeaders: [.wwwAuthenticate: "Bearer realm=\"custos\""]
        )
    }

    static func modelNotFound(_ model: String) -> GatewayError {
        GatewayError(
            status: .notFound,
            type: "invalid_request_error",
            code: "model_not_found",
            param: "model",
            message: "The model `\(model)` does not exist or you do not have access to it."
        )
    }

    /// No deployment of the model may receive this call; the reasons are the denying policies'
    /// names (`@id`), never the values that made them deny.
    static func policyDenied(_ decision: ModelDecision) -> GatewayError {
        let reasons = decision.denialReasons
        return GatewayError(
            status: .forbidden,
            type: "permission_error",
            code: "policy_denied",
            param: "model",
            message: "Policy does not permit this request to model `\(decision.model.name)` on any of its deployments. "
                + "Denied by: \(reasons.joined(separator: ", ")).",
            logDetail: decision.deployments.map { "\($0.deployment.id): \($0.determining.joined(separator: ","))" }.joined(separator: "; ")
        )
    }

    /// The prompt holds kinds of data this gateway does not forward (`guard.request: KIND: block`).
    static func sensitiveDataBlocked(_ kinds: [String]) -> GatewayError {
        GatewayError(
            status: .forbidden,
            type: "permission_error",
            code: "sensitive_data_blocked",
            param: "messages",
            message: "The request contains data this gateway does not forward to models: \(kinds.joined(separator: ", ")). Remove it and try again."
        )
    }

    /// The principal may not read the ledger.
    /// A quota of the caller's tenant or of the caller would be exceeded (OpenAI's
    /// `rate_limit_error`; SDKs retry it after `Retry-After`).
    static func quotaExceeded(_ exceeded: QuotaExceeded) -> GatewayError {
        let whose = exceeded.scope.hasPrefix("tenant:") ? "your organization's" : "your"
        let what = exceeded.limit.split(separator: "_").joined(separator: " ")
        return GatewayError(
            status: .tooManyRequests,
            type: "rate_limit_error",
            code: "quota_exceeded",
            message: "This call would exceed \(whose) quota of \(exceeded.allowed) \(what). Retry after \(exceeded.retryAfter) s.",
            logDetail: "\(exceeded.scope) \(exceeded.limit)",
            extraHeaders: [.retryAfter: String(exceeded.retryAfter)]
        )
    }

    static func ledgerForbidden() -> GatewayError {
        GatewayError(
            status: .forbidden,
            type: "permission_error",
            code: "policy_denied",
            message: "Policy does not permit you to read the audit ledger (principals with the `auditor` role may)."
        )
    }

    static func unknownRoute(method: String, path: String) -> GatewayError {
        GatewayError(status: .notFound, type: "invalid_request_error", code: "unknown_url", message: "Unknown request URL: \(method) \(path).")
    }

    static func bodyTooLarge(limit: Int) -> GatewayError {
        GatewayError(
            status: .contentTooLarge,
            type: "invalid_request_error",
            code: "request_too_large",
            message: "The request body is larger than this gateway accepts (\(limit) bytes)."
        )
    }

    // MARK: server-side errors

    static func storageUnavailable(_ detail: String) -> GatewayError {
        unavailable("storage_unavailable", "The gateway cannot reach its storage and refuses requests until it can. Try again later.", detail)
    }

    /// The audit ledger could not make the record durable: the call is refused and nothing is
    /// sent to a provider (fail closed).
    static func ledgerUnavailable(_ detail: String) -> GatewayError {
        unavailable(
            "ledger_unavailable",
            "The gateway cannot record this call in its audit ledger, so it does not forward it. Try again later.",
            detail
        )
    }

    /// The tenant retains content and this call's content cannot be made durable: refused (fail closed).
    static func contentStoreUnavailable(_ detail: String) -> GatewayError {
        unavailable(
            "content_store_unavailable",
            "The gateway must retain this call's content for your agency and cannot, so it does not go ahead. Try again later.",
            detail
        )
    }

    /// A 503 the client may retry after a second.
    private static func unavailable(_ code: String, _ message: String, _ detail: String) -> GatewayError {
        GatewayError(
            status: .serviceUnavailable,
            type: "server_error",
            code: code,
            message: message,
            logDetail: detail,
            extraHeaders: [.retryAfter: "1"]
        )
    }

    static func internalError(_ detail: String) -> GatewayError {
        GatewayError(status: .internalServerError, type: "server_error", code: nil, message: "The gateway had an internal error.", logDetail: detail)
    }

    /// Maps an upstream failure to what the caller should see.
    ///
    /// - 400/422 from the upstream are the caller's fault: relayed with the upstream's message.
    /// - 401/403/404 mean the *deployment* is misconfigured (our credential, our model name): 502.
    /// - 429 stays 429 (with `Retry-After`); 503 stays 503; other 5xx become 502.
    /// - Connect failures are 502, timeouts 504.
    /// Every deployment the request may use failed before answering or is out of rotation. The
    /// message names the model only; the attempts (deployment, region, outcome) are in the log and
    /// the RESPONSE record.
    static func noHealthyDeployment(model: String, attempts: [AttemptRecord]) -> GatewayError {
        GatewayError(
            status: .serviceUnavailable,
            type: "server_error",
            code: "no_healthy_deployment",
            message: "No deployment of model '\(model)' that this request may use is available right now. Retry after a short wait.",
            logDetail: attempts.map { "\($0.deployment)(\($0.region)): \($0.outcome)" }.joined(separator: ", ")
        )
    }

    static func upstream(_ error: ProviderError, deployment: String) -> GatewayError {
        let detail = "deployment \(deployment): \(error)"
        let upstreamBody = OpenAIErrorBody.parse(error.body)
        var retryHeaders: HTTPFields = [:]
        if let retryAfter = error.retryAfter {
            retryHeaders[.retryAfter] = String(Int(retryAfter.components.seconds) + (retryAfter.components.attoseconds > 0 ? 1 : 0))
        }
        switch error.kind {
        case .unsupported(let param):
            return GatewayError(
                status: .badRequest,
                type: "invalid_request_error",
                code: "unsupported_by_deployment",
                param: param,
                message: error.detail,
                logDetail: detail
            )
        case .credentials:
            return GatewayError(
                status: .badGateway,
                type: "server_error",
                code: "upstream_misconfigured",
                message: "The gateway could not obtain credentials for its upstream deployment; the operator has been told.",
                logDetail: detail
            )
        case .status(let status) where status == 400 || status == 422 || status == 413:
            return GatewayError(
                status: HTTPResponse.Status(code: status),
                type: upstreamBody?.error.type ?? "invalid_request_error",
                code: upstreamBody?.error.code,
                param: upstreamBody?.error.param,
                message: upstreamBody?.error.message ?? "The upstream model rejected the request (HTTP \(status)).",
                logDetail: detail
            )
        case .status(429):
            return GatewayError(
                status: .tooManyRequests,
                type: "rate_limit_error",
                code: "upstream_rate_limited",
                message: "The upstream model is rate limiting requests. Retry after a short wait.",
                logDetail: detail,
                extraHeaders: retryHeaders
            )
        case .status(503):
            return GatewayError(
                status: .serviceUnavailable,
                type: "server_error",
                code: "upstream_unavailable",
                message: "The upstream model is temporarily unavailable.",
                logDetail: detail,
                extraHeaders: retryHeaders
            )
        case .status(let status) where status == 401 || status == 403 || status == 404:
            return GatewayError(
                status: .badGateway,
                type: "server_error",
                code: "upstream_misconfigured",
                message: "The gateway's upstream deployment refused the call (HTTP \(status)); the operator has been told.",
                logDetail: detail
            )
        case .status(let status):
            return GatewayError(
                status: .badGateway,
                type: "server_error",
                code: "upstream_error",
                message: "The upstream model failed (HTTP \(status)).",
                logDetail: detail
            )
        case .connect:
            return GatewayError(
                status: .badGateway,
                type: "server_error",
                code: "upstream_unreachable",
                message: "The gateway could not connect to the upstream model.",
                logDetail: detail
            )
        case .timeout:
            return GatewayError(
                status: .gatewayTimeout,
                type: "server_error",
                code: "upstream_timeout",
                message: "The upstream model did not answer in time.",
                logDetail: detail
            )
        case .protocolViolation:
            return GatewayError(
                status: .badGateway,
                type: "server_error",
                code: "upstream_protocol_error",
                message: "The upstream model sent an invalid response.",
                logDetail: detail
            )
        }
    }
}

extension GatewayError: HTTPResponseError {
    public var headers: HTTPFields { extraHeaders }

    public func response(from request: Request, context: some RequestContext) throws -> Response {
        JSONResponse.make(status: status, body: body.jsonBytes(), extraHeaders: extraHeaders)
    }
}

/// A JSON response from bytes that are already JSON (relayed upstream answers, error bodies).
enum JSONResponse {
    static func make(status: HTTPResponse.Status, body: [UInt8], extraHeaders: HTTPFields = [:]) -> Response {
        var headers: HTTPFields = [.contentType: "application/json", .contentLength: String(body.count)]
        headers.append(contentsOf: extraHeaders)
        return Response(status: status, headers: headers, body: .init(byteBuffer: ByteBuffer(bytes: body)))
    }
}
