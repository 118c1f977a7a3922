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

    /// Whether a new attempt (this deployment or another) may help and nothing was sent to the client.
    public var isRetryable: Bool {
        switch kind {
        case .connect: true
        case .status(let status): status == 429 || status >= 500
        case .timeout, .protocolViolation: false
        }
    }

    public var description: String { "upstream \(kind) after \(attempts) attempt(s): \(detail)" }
}
