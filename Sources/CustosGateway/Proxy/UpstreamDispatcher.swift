// SPDX-License-Identifier: Apache-2.0

import CustosProviders
import Logging

/// Sends a call to the deployments policy permitted, in priority order, until one answers with 2xx.
/// Deployments it was not given are never tried, whatever happens to the others.
///
/// A deployment is left for the next one only when its failure happened before any byte reached
/// the client and another try can help: connect errors, timeouts, 429 and 5xx (each deployment
/// first spends its own retries). A 4xx other than 429 is the request's fault and ends the walk.
struct UpstreamDispatcher: Sendable {
    let pool: UpstreamPool
    let metrics: GatewayMetrics

    /// The first successful answer and the deployment that gave it.
    /// - Parameters:
    ///   - model: the public model name, for messages.
    ///   - deployments: the permitted deployments, in priority order.
    ///   - body: the upstream body for a deployment (its `upstream_model` spliced in).
    func dispatch(
        model: String,
        deployments: [DeploymentConfig],
        path: String,
        streaming: Bool,
        logger: Logger,
        body: (DeploymentConfig) -> [UInt8]
    ) async throws(GatewayError) -> (response: UpstreamResponse, deployment: DeploymentConfig) {
        var lastFailure: (error: ProviderError, deployment: DeploymentConfig)?
        for deployment in deployments {
            guard let provider = pool.provider(for: deployment) else { continue }
            let metrics = self.metrics
            do {
                let response = try await provider.send(path: path, body: body(deployment), streaming: streaming) { attempt in
                    metrics.upstreamAttempt(deployment: deployment.id, outcome: attempt.outcome, duration: attempt.latency)
                }
                return (response, deployment)
            } catch {
                lastFailure = (error, deployment)
                let failsOver =
                    switch error.kind {
                    case .connect, .timeout: true
                    case .status(let status): status == 429 || status >= 500
                    case .protocolViolation: false
                    }
                logger.warning(
                    "upstream call failed",
                    metadata: ["deployment": "\(deployment.id)", "error": "\(error)", "failover": "\(failsOver)"]
                )
                if !failsOver { break }
            }
        }
        guard let lastFailure else { throw .internalError("model \(model) has no usable deployment") }
        throw .upstream(lastFailure.error, deployment: lastFailure.deployment.id)
    }
}
