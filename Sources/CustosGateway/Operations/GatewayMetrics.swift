// SPDX-License-Identifier: Apache-2.0

import CoreMetrics
public import Prometheus

/// The gateway's Prometheus metrics, served at `GET /metrics`.
///
/// Built on swift-metrics with a factory backed by this instance's own registry (no global
/// bootstrap), so several gateways in one test process keep separate counts.
///
/// | metric | labels |
/// |---|---|
/// | `custos_http_requests_total` | `route`, `status` |
/// | `custos_http_request_duration_seconds` (to response head) | `route` |
/// | `custos_errors_total` | `code` |
/// | `custos_upstream_attempts_total` | `deployment`, `outcome` |
/// | `custos_upstream_duration_seconds` (to upstream response head) | `deployment` |
/// | `custos_tokens_total` | `model`, `kind` (prompt, completion) |
public struct GatewayMetrics: Sendable {
    public let registry: PrometheusCollectorRegistry
    private let factory: PrometheusMetricsFactory

    public init(registry: PrometheusCollectorRegistry = PrometheusCollectorRegistry()) {
        self.registry = registry
        var factory = PrometheusMetricsFactory(registry: registry)
        factory.defaultDurationHistogramBuckets = [
            .microseconds(500), .milliseconds(1), .milliseconds(2), .milliseconds(5), .milliseconds(10), .milliseconds(25),
            .milliseconds(50), .milliseconds(100), .milliseconds(250), .milliseconds(500), .seconds(1), .seconds(2),
            .seconds(5), .seconds(10), .seconds(30), .seconds(60),
        ]
        self.factory = factory
    }

    func request(route: String, status: Int, duration: Duration) {
        Counter(label: "custos_http_requests_total", dimensions: [("route", route), ("status", String(status))], factory: factory)
            .increment()
        Timer(label: "custos_http_request_duration_seconds", dimensions: [("route", route)], factory: factory)
            .recordNanoseconds(duration.nanoseconds)
    }

    func error(code: String) {
        Counter(label: "custos_errors_total", dimensions: [("code", code)], factory: factory).increment()
    }

    func upstreamAttempt(deployment: String, outcome: String, duration: Duration) {
        Counter(label: "custos_upstream_attempts_total", dimensions: [("deployment", deployment), ("outcome", outcome)], factory: factory)
            .increment()
        Timer(label: "custos_upstream_duration_seconds", dimensions: [("deployment", deployment)], factory: factory)
            .recordNanoseconds(duration.nanoseconds)
    }

    func tokens(model: String, prompt: Int, completion: Int) {
        Counter(label: "custos_tokens_total", dimensions: [("model", model), ("kind", "prompt")], factory: factory)
            .increment(by: prompt)
        Counter(label: "custos_tokens_total", dimensions: [("model", model), ("kind", "completion")], factory: factory)
            .increment(by: completion)
    }

    /// The Prometheus text exposition of every metric.
    public func render() -> String { registry.emitToString() }
}

extension Duration {
    var nanoseconds: Int64 {
        let (seconds, attoseconds) = components
        return seconds * 1_000_000_000 + attoseconds / 1_000_000_000
    }
}
