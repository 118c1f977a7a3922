// SPDX-License-Identifier: Apache-2.0

public import AsyncHTTPClient
import Foundation
public import Logging
import NIOCore
public import NIOHTTP1
import NIOPosix

/// A pooled HTTP client for one OpenAI-compatible deployment.
///
/// Guarantees:
/// - Connections are pooled and reused (HTTP/1.1 keep-alive, HTTP/2 where the upstream offers it).
/// - A call is retried, with the endpoint's ``RetryPolicy``, only on connect errors, 429 and 5xx:
///   answers that arrive before the body is handed to the caller, so nothing was relayed yet.
/// - A returned ``UpstreamResponse`` always has a 2xx status; every failure is a ``ProviderError``.
/// - The body of a successful answer is not read here: the caller streams it, with back-pressure.
///
/// Call ``shutdown()`` before dropping the last reference.
public final class OpenAICompatibleProvider: Sendable {
    /// The endpoint this client talks to.
    public let endpoint: UpstreamEndpoint
    private let client: HTTPClient
    private let logger: Logger

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

    /// Closes the pool. Calls in flight fail.
    public func shutdown() async throws {
        try await client.shutdown()
    }

    /// Sends `body` to `path` (e.g. `chat/completions`) under the endpoint's base URL.
    /// - Parameters:
    ///   - path: the API path below the base URL.
    ///   - body: the JSON body, sent as is.
    ///   - streaming: whether the answer is a server-sent event stream.
    ///   - onAttempt: called after each attempt with its outcome, for metrics and the audit record.
    public func send(
        path: String,
        body: [UInt8],
        streaming: Bool,
        onAttempt: @Sendable (UpstreamAttempt) -> Void = { _ in }
    ) async throws(ProviderError) -> UpstreamResponse {
        var generator = SystemRandomNumberGenerator()
        var attempt = 0
        let deadline = NIODeadline.now() + .init(endpoint.totalTimeout)
        while true {
            attempt += 1
            let started = ContinuousClock.now
            do {
                let response = try await execute(path: path, body: body, streaming: streaming, deadline: deadline, attempt: attempt)
                onAttempt(UpstreamAttempt(number: attempt, outcome: "ok", status: Int(response.status), latency: .now - started))
                return response
            } catch {
                onAttempt(UpstreamAttempt(number: attempt, outcome: error.outcome, status: error.statusCode, latency: .now - started))
                guard error.isRetryable, attempt < endpoint.retry.maxAttempts else { throw error }
                let wait = endpoint.retry.delay(afterFailedAttempt: attempt, retryAfter: error.retryAfter, using: &generator)
                logger.debug(
                    "retrying upstream",
                    metadata: ["upstream": "\(endpoint.baseURL)", "attempt": "\(attempt)", "error": "\(error.detail)"]
                )
                do { try await Task.sleep(for: wait) } catch { throw ProviderError(kind: .timeout, detail: "cancelled", attempts: attempt) }
            }
        }
    }

    private func execute(
        path: String,
        body: [UInt8],
        streaming: Bool,
        deadline: NIODeadline,
        attempt: Int
    ) async throws(ProviderError) -> UpstreamResponse {
        var request = HTTPClientRequest(url: "\(endpoint.baseURL)/\(path)")
        request.method = .POST
        request.headers.add(name: "Content-Type", value: "application/json")
        request.headers.add(name: "Accept", value: streaming ? "text/event-stream" : "application/json")
        request.headers.add(name: "User-Agent", value: "custos")
        if let apiKey = endpoint.apiKey { request.headers.add(name: "Authorization", value: "Bearer \(apiKey)") }
        request.body = .bytes(ByteBuffer(bytes: body))
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
        return UpstreamResponse(status: status, headers: response.headers, body: response.body, attempts: attempt)
    }

    /// `Retry-After` in delta-seconds (RFC 9110 § 10.2.3); the HTTP-date form is ignored.
    static func parseRetryAfter(_ value: String) -> Duration? {
        guard let seconds = Double(value.trimmingCharacters(in: .whitespaces)), seconds >= 0, seconds.isFinite else { return nil }
        return .milliseconds(Int64(seconds * 1000))
    }

    /// Sorts AsyncHTTPClient and NIO errors into connect errors (safe to retry: the request never
    /// reached the upstream), timeouts, and protocol failures (not retried: it may have run).
    public static func classify(_ error: any Error, attempts: Int) -> ProviderError {
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
    /// `ok`, `connect_error`, `timeout`, `http_<status>` or `protocol_error`.
    public let outcome: String
    public let status: Int?
    public let latency: Duration
}

/// A 2xx answer whose body has not been read yet.
public struct UpstreamResponse: Sendable {
    public let status: Int
    public let headers: HTTPHeaders
    /// The body, read with back-pressure: bytes are pulled from the socket as the caller consumes them.
    public let body: HTTPClientResponse.Body
    /// Attempts it took, the successful one included.
    public let attempts: Int
}

extension ProviderError {
    var outcome: String {
        switch kind {
        case .connect: "connect_error"
        case .timeout: "timeout"
        case .status(let status): "http_\(status)"
        case .protocolViolation: "protocol_error"
        }
    }

    var statusCode: Int? {
        if case .status(let status) = kind { return status }
        return nil
    }
}
