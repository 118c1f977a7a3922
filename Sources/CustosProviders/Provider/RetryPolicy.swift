// SPDX-License-Identifier: Apache-2.0

/// When and how long to wait before trying an upstream again.
///
/// Only failures that happen before any byte reached the client are retried: connect errors, 429
/// and 5xx answers. The wait is "full jitter" exponential back-off (a uniform draw between half the
/// exponential step and the whole step, capped), so a fleet of gateways does not retry in lockstep.
/// A `Retry-After` from the upstream is honoured when it is shorter than ``maximumDelay``.
public struct RetryPolicy: Sendable, Equatable {
    /// Total attempts, the first one included; 1 disables retries.
    public var maxAttempts: Int
    /// The step before the first retry.
    public var baseDelay: Duration
    /// No wait is longer than this.
    public var maximumDelay: Duration

    public init(maxAttempts: Int = 3, baseDelay: Duration = .milliseconds(100), maximumDelay: Duration = .seconds(5)) {
        self.maxAttempts = max(1, maxAttempts)
        self.baseDelay = baseDelay
        self.maximumDelay = maximumDelay
    }

    /// The wait before attempt number `attempt + 1`, after `attempt` failed attempts (1-based).
    /// - Parameters:
    ///   - attempt: how many attempts have failed so far (≥ 1).
    ///   - retryAfter: the upstream's `Retry-After`, if it sent one.
    ///   - generator: the randomness for the jitter.
    public func delay(
        afterFailedAttempt attempt: Int,
        retryAfter: Duration? = nil,
        using generator: inout some RandomNumberGenerator
    ) -> Duration {
        if let retryAfter, retryAfter <= maximumDelay { return retryAfter }
        let exponent = min(max(attempt - 1, 0), 20)
        let step = min(baseDelay * (1 << exponent), maximumDelay)
        let fraction = Double.random(in: 0.5...1.0, using: &generator)
        return step * fraction
    }
}
