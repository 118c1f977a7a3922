// SPDX-License-Identifier: Apache-2.0

/// Where and how to reach one OpenAI-compatible deployment (OpenAI, vLLM, Ollama, llama.cpp
/// server, any `/v1` endpoint).
///
/// The API key is held here once resolved from its environment variable or file; it never appears
/// in ``description``, logs or the ledger.
public struct UpstreamEndpoint: Sendable, CustomStringConvertible {
    /// The API root, e.g. `https://api.openai.com/v1`, without a trailing slash.
    public var baseURL: String
    /// Sent as `Authorization: Bearer …` when set.
    public var apiKey: String?
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
        apiKey: String? = nil,
        connectTimeout: Duration = .seconds(5),
        readTimeout: Duration = .seconds(60),
        totalTimeout: Duration = .seconds(600),
        retry: RetryPolicy = RetryPolicy(),
        maxConnections: Int = 64
    ) {
        var base = baseURL
        while base.hasSuffix("/") { base.removeLast() }
        self.baseURL = base
        self.apiKey = apiKey
        self.connectTimeout = connectTimeout
        self.readTimeout = readTimeout
        self.totalTimeout = totalTimeout
        self.retry = retry
        self.maxConnections = maxConnections
    }

    public var description: String { "UpstreamEndpoint(\(baseURL), apiKey: \(apiKey == nil ? "none" : "<redacted>"))" }
}
