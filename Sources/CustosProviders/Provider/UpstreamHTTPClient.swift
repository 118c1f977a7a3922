// SPDX-License-Identifier: Apache-2.0

public import AsyncHTTPClient
import Foundation
public import Logging
import NIOCore
import NIOHTTP1
import NIOPosix

/// The pooled, retrying HTTP client under every provider adapter.
///
/// Guarantees:
/// - Connections are pooled and reused (HTTP/1.1 keep-alive, HTTP/2 where the upstream offers it).
/// - A call is retried, with the endpoint's ``RetryPolicy``, only on connect errors, 429 and 5xx:
///   answers that arrive before the body is handed to the caller, so nothing was relayed yet.
///   Each attempt builds its request afresh (a SigV4 signature carries its time).
/// - A returned response always has a 2xx status; every failure is a ``ProviderError``.
/// - The body of a successful answer is not read here: the caller streams it, with back-pressure.
///
/// Call ``shutdown()`` before dropping the last reference.
public final class UpstreamHTTPClient: Sendable {
    public let endpoint: UpstreamEndpoint
    let client: HTTPClient
    let logger: Logger

    /// Error bodies larger than this are cut; they are for diagnosis, not relay.
    static let maximumErrorBodyBytes = 64 * 1024

    public init(endpoint: UpstreamEndpoint, logger: Logger) {
        self.endpoint = endpoint
        self.logger = logger
        var pool = HTTPClient.Configuration.ConnectionPool(
            idleTimeout: .seconds(60),
            concurrentHTTP1ConnectionsPerHostSoftLimit: endpoint.maxConnections
        )
        // AHC would otherwise keep retrying a refused connection until the request deadline; we want
        // the failure at once so our own jittered retries and failover decide what happens next.
        pool.retryConnectionEstablishment = false
        let configuration = HTTPClient.Configuration(
            timeout: .init(connect: .init(endpoint.connectTimeout), read: .init(endpoint.readTimeout)),
            connectionPool: pool,
            decompression: .disabled
        )
        self.client = HTTPClient(eventLoopGroupProvider: .singleton, configuration: configuration)
    }

    public func shutdown() async throws {
        try await client.shutdown()
    }

    /// Sends the request `build` makes, retrying as the endpoint's policy allows.
    /// - Parameters:
    ///   - build: makes the request for one attempt (called again for each retry).
    ///   - onAttempt: called after each attempt with its outcome, for metrics and the audit record.
    /// - Returns: the 2xx response, its body unread, and the attempts it took.
    public func send(
        onAttempt: @Sendable (UpstreamAttempt) -> Void,
        build: () async throws(ProviderError) -> HTTPClientRequest
    ) async throws(ProviderError) -> (response: HTTPClientResponse, attempts: Int) {
        var generator = SystemRandomNumberGenerator()
        var attempt = 0
        let deadline = NIODeadline.now() + .init(endpoint.totalTimeout)
        while true {
            attempt += 1
            let started = ContinuousClock.now
            do {
                let request = try await build()
                let response = try await execute(request, deadline: deadline, attempt: attempt)
                onAttempt(UpstreamAttempt(number: attempt, outcome: "ok", status: Int(response.status.code), latency: .now - started))
                return (response, attempt)
            } catch {
                onAttempt(UpstreamAttempt(number: attempt, outcome: error.outcome, status: error.statusCode, latency: .now - started))
                guard error.isRetryable, attempt < endpoint.retry.maxAttempts else {
                    throw ProviderError(kind: error.kind, detail: error.detail, body: error.body, retryAfter: error.retryAfter, attempts: attempt)
                }
                let wait = endpoint.retry.delay(afterFailedAttempt: attempt, retryAfter: error.retryAfter, using: &generator)
                logger.debug(
                    "retrying upstream",
                    metadata: ["upstream": "\(endpoint.baseURL)", "attempt": "\(attempt)", "error": "\(error.detail)"]
                )
                do { try await Task.sleep(for: wait) } catch { throw ProviderError(kind: .timeout, detail: "cancelled", attempts: attempt) }
            }
        }
    }

    private func execute(_ request: HTTPClientRequest, deadline: NIODeadline, attempt: Int) async throws(ProviderError) -> HTTPClientResponse {
        let response: HTTPClientResponse
        do {
            response = try await client.execute(request, deadline: deadline, logger: logger)
        } catch {
            throw Self.classify(error, attempts: attempt)
        }
        let status = Int(response.status.code)
        guard (200..<300).contains(status) else {
            var errorBody: [UInt8] = []
            do {
                for try await chunk in response.body {
                    errorBody.append(contentsOf: chunk.readableBytesView.prefix(Self.maximumErrorBodyBytes - errorBody.count))
                    if errorBody.count >= Self.maximumErrorBodyBytes { break }
                }
            } catch {
                // The status is what matters; a body cut short only loses diagnostics.
            }
            throw ProviderError(
                kind: .status(status),
                detail: "HTTP \(status)",
                body: errorBody,
                retryAfter: response.headers.first(name: "retry-after").flatMap(Self.parseRetryAfter),
                attempts: attempt
            )
        }
        return response
    }

    /// `Retry-After` in delta-seconds (RFC 9110 § 10.2.3); the HTTP-date form is ignored.
    static func parseRetryAfter(_ value: String) -> Duration? {
        guard let seconds = Double(value.trimmingCharacters(in: .whitespaces)), seconds >= 0, seconds.isFinite else { return nil }
        return .milliseconds(Int64(seconds * 1000))
    }

    /// Sorts AsyncHTTPClient and NIO errors into connect errors (safe to retry: the request never
    /// reached the upstream), timeouts, and protocol failures (not retried: it may have run).
    public static func classify(_ error: any Error, attempts: Int) -> ProviderError {
        if let error = error as? ProviderError { return error }
        if let error = error as? HTTPClientError {
            switch error {
            case .connectTimeout, .tlsHandshakeTimeout, .getConnectionFromPoolTimeout, .httpProxyHandshakeTimeout:
                return ProviderError(kind: .connect, detail: "\(error)", attempts: attempts)
            case .readTimeout, .deadlineExceeded, .writeTimeout:
                return ProviderError(kind: .timeout, detail: "\(error)", attempts: attempts)
            default:
                return ProviderError(kind: .protocolViolation, detail: "\(error)", attempts: attempts)
            }
        }
        if error is NIOConnectionError || error is IOError || error is ChannelError {
            return ProviderError(kind: .connect, detail: "\(error)", attempts: attempts)
        }
        if error is CancellationError {
            return ProviderError(kind: .timeout, detail: "cancelled", attempts: attempts)
        }
        return ProviderError(kind: .connect, detail: String(describing: error), attempts: attempts)
    }
}

/// One try at an upstream call, for metrics and the audit record.
public struct UpstreamAttempt: Sendable {
    public let number: Int
    /// `ok`, `connect_error`, `timeout`, `http_<status>`, `protocol_error`, `unsupported` or
    /// `credentials_error`.
    public let outcome: String
    public let status: Int?
    public let latency: Duration

    public init(number: Int, outcome: String, status: Int?, latency: Duration) {
        self.number = number
        self.outcome = outcome
        self.status = status
        self.latency = latency
    }
}

extension ProviderError {
    /// The attempt outcome this failure is recorded as.
    public var outcome: String {
        switch kind {
        case .connect: "connect_error"
        case .timeout: "timeout"
        case .status(let status): "http_\(status)"
        case .protocolViolation: "protocol_error"
        case .unsupported: "unsupported"
        case .credentials: "credentials_error"
        }
    }

    public var statusCode: Int? {
        if case .status(let status) = kind { return status }
        return nil
    }
}
