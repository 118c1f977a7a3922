// SPDX-License-Identifier: Apache-2.0

/// Where and how to reach one deployment: its base URL, timeouts, retries and pool size.
///
/// Secrets are not held here (each provider holds its own credential); ``description`` is safe
/// to log.
public struct UpstreamEndpoint: Sendable, CustomStringConvertible {
    /// The API root without a trailing slash: `https://api.openai.com/v1` (OpenAI-compatible),
    /// `https://NAME.openai.azure.us` (Azure OpenAI), `https://bedrock-runtime.us-gov-west-1.amazonaws.com`.
    public var baseURL: String
    /// Time allowed to open a connection.
    public var connectTimeout: Duration
    /// Longest silence allowed while reading an answer (between stream chunks, too).
    public var readTimeout: Duration
    /// Longest a whole call may take, a streamed one included.
    public var totalTimeout: Duration
    /// Retries before the first byte reaches the client.
    public var retry: RetryPolicy
    /// Connections kept per upstream host.
    public var maxConnections: Int

    public init(
        baseURL: String,
        connectTimeout: Duration = .seconds(5),
        readTimeout: Duration = .seconds(60),
        totalTimeout: Duration = .seconds(600),
        retry: RetryPolicy = RetryPolicy(),
        maxConnections: Int = 64
    ) {
        var base = baseURL
        while base.hasSuffix("/") { base.removeLast() }
        self.baseURL = base
        self.connectTimeout = connectTimeout
        self.readTimeout = readTimeout
        self.totalTimeout = totalTimeout
        self.retry = retry
        self.maxConnections = maxConnections
    }

    public var description: String { "UpstreamEndpoint(\(baseURL))" }
}
