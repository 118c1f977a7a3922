// SPDX-License-Identifier: Apache-2.0

/// Why an upstream call failed, after the retries the ``RetryPolicy`` allowed.
///
/// The gateway maps each case to one client status in one place (GatewayError); this type only
/// says what happened upstream. Its description never contains request or response content.
public struct ProviderError: Error, Sendable, CustomStringConvertible {
    /// What went wrong.
    public enum Kind: Sendable, Equatable {
        /// No connection could be made (refused, unreachable, connect timeout, TLS handshake).
        case connect
        /// The upstream went silent longer than the read timeout, or the total timeout passed.
        case timeout
        /// The upstream answered with a non-2xx status.
        case status(Int)
        /// The upstream broke the protocol (closed early, malformed framing).
        case protocolViolation
        /// The request uses something this deployment's provider cannot express (e.g. `n` > 1 on
        /// Bedrock); `param` names the field. Nothing was sent.
        case unsupported(param: String?)
        /// The deployment's credentials could not be obtained (unset, unreadable, STS refused).
        /// Nothing was sent.
        case credentials
    }

    public let kind: Kind
    /// A short account for logs and the operator, e.g. `connection refused`.
    public let detail: String
    /// The upstream's error body (at most 64 KiB), when it answered with a status.
    public let body: [UInt8]
    /// The upstream's `Retry-After`, when it sent one.
    public let retryAfter: Duration?
    /// How many attempts were made before giving up.
    public let attempts: Int

    public init(kind: Kind, detail: String, body: [UInt8] = [], retryAfter: Duration? = nil, attempts: Int) {
        self.kind = kind
        self.detail = detail
        self.body = body
        self.retryAfter = retryAfter
        self.attempts = attempts
    }

    /// A request this deployment's provider cannot express.
    public static func unsupported(_ detail: String, param: String? = nil) -> ProviderError {
        ProviderError(kind: .unsupported(param: param), detail: detail, attempts: 0)
    }

    /// Whether another attempt at the same deployment may help (nothing was sent to the client).
    public var isRetryable: Bool {
        switch kind {
        case .connect: true
        case .status(let status): status == 429 || status >= 500
        case .timeout, .protocolViolation, .unsupported, .credentials: false
        }
    }

    /// Whether another deployment may succeed where this one failed: connect errors, timeouts,
    /// 429 and 5xx, credentials, and requests this provider cannot express. A 4xx is the request's
    /// fault and ends the walk; a protocol violation may have been processed upstream.
    public var failsOver: Bool {
        switch kind {
        case .connect, .timeout, .credentials, .unsupported: true
        case .status(let status): status == 429 || status >= 500
        case .protocolViolation: false
        }
    }

    public var description: String { "upstream \(outcome) after \(attempts) attempt(s): \(detail)" }
}
