// SPDX-License-Identifier: Apache-2.0

import CoreMetrics
public import Prometheus
import Synchronization

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
/// | `custos_ledger_commits_total`, `custos_ledger_entries_total` (their ratio: entries per group commit) | |
/// | `custos_ledger_commit_duration_seconds` (one durable storage transaction) | |
public struct GatewayMetrics: Sendable {
    public let registry: PrometheusCollectorRegistry
    private let factory: PrometheusMetricsFactory
    private let handles = HandleCache()

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
        counter("custos_http_requests_total", [("route", route), ("status", String(status))]).increment()
        timer("custos_http_request_duration_seconds", [("route", route)]).recordNanoseconds(duration.nanoseconds)
    }

    func error(code: String) {
        counter("custos_errors_total", [("code", code)]).increment()
    }

    func upstreamAttempt(deployment: String, outcome: String, duration: Duration) {
        counter("custos_upstream_attempts_total", [("deployment", deployment), ("outcome", outcome)]).increment()
        timer("custos_upstream_duration_seconds", [("deployment", deployment)]).recordNanoseconds(duration.nanoseconds)
    }

    func tokens(model: String, prompt: Int, completion: Int) {
        counter("custos_tokens_total", [("model", model), ("kind", "prompt")]).increment(by: prompt)
        counter("custos_tokens_total", [("model", model), ("kind", "completion")]).increment(by: completion)
    }

    func ledgerCommit(entries: Int, duration: Duration) {
        counter("custos_ledger_commits_total", []).increment()
        counter("custos_ledger_entries_total", []).increment(by: entries)
        timer("custos_ledger_commit_duration_seconds", []).recordNanoseconds(duration.nanoseconds)
    }

    private func counter(_ label: String, _ dimensions: [(String, String)]) -> CoreMetrics.Counter {
        handles.counter(label, dimensions) { CoreMetrics.Counter(label: label, dimensions: dimensions, factory: factory) }
    }

    private func timer(_ label: String, _ dimensions: [(String, String)]) -> CoreMetrics.Timer {
        handles.timer(label, dimensions) { CoreMetrics.Timer(label: label, dimensions: dimensions, factory: factory) }
    }

    /// The Prometheus text exposition of every metric.
    public func render() -> String { registry.emitToString() }
}

/// Metric handles by label and dimensions. Resolving a handle through the Prometheus registry
/// takes its lock and sanitises names each time; on the request path that is measurable, so each
/// distinct series is resolved once and kept (label sets are bounded: routes, statuses, codes,
/// deployments, models, all from configuration or code).
private final class HandleCache: Sendable {
    private let counters = Handles<CoreMetrics.Counter>()
    private let timers = Handles<CoreMetrics.Timer>()

    func counter(_ label: String, _ dimensions: [(String, String)], make: () -> CoreMetrics.Counter) -> CoreMetrics.Counter {
        counters.handle(label, dimensions, make: make)
    }

    func timer(_ label: String, _ dimensions: [(String, String)], make: () -> CoreMetrics.Timer) -> CoreMetrics.Timer {
        timers.handle(label, dimensions, make: make)
    }
}

/// One kind of handle, keyed by label and dimensions.
private final class Handles<Handle: Sendable>: Sendable {
    private let cache = Mutex<[String: Handle]>([:])

    func handle(_ label: String, _ dimensions: [(String, String)], make: () -> Handle) -> Handle {
        let key = dimensions.reduce(into: label) { key, pair in key += "\u{0}\(pair.0)\u{0}\(pair.1)" }
        return cache.withLock { cache in
            if let existing = cache[key] { return existing }
            let created = make()
            cache[key] = created
            return created
        }
    }
}

extension Duration {
    var nanoseconds: Int64 {
        let (seconds, attoseconds) = components
        return seconds * 1_000_000_000 + attoseconds / 1_000_000_000
    }
}
