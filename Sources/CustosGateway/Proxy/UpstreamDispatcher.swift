// SPDX-License-Identifier: Apache-2.0

import CustosLedger
import CustosProviders
import Logging
import Synchronization

/// One try at one deployment, as the RESPONSE record keeps it.
struct AttemptRecord: Sendable, Equatable {
    let deployment: String
    let provider: String
    let region: String
    /// 1-based within the deployment; 0 for a deployment skipped without a call.
    let number: Int
    /// `ok`, `connect_error`, `timeout`, `http_<status>`, `protocol_error`, `unsupported`,
    /// `credentials_error`, or `circuit_open` (skipped).
    let outcome: String
    let status: Int?
    let latencyMilliseconds: Double

    /// A deployment passed over without a call (`circuit_open`, or `unsupported` when its provider
    /// cannot express the request).
    static func skipped(_ deployment: DeploymentConfig, outcome: String) -> AttemptRecord {
        AttemptRecord(
            deployment: deployment.id,
            provider: deployment.provider.rawValue,
            region: deployment.region,
            number: 0,
            outcome: outcome,
            status: nil,
            latencyMilliseconds: 0
        )
    }

    var ledgerValue: LedgerValue {
        .object([
            "deployment": .string(deployment), "provider": .string(provider), "region": .string(region),
            "attempt": .integer(Int64(number)), "outcome": .string(outcome), "status": status.map { .integer(Int64($0)) } ?? .null,
            // Whole microseconds keep the record canonical (no floating point in JCS numbers).
            "latency_us": .integer(Int64(latencyMilliseconds * 1000)),
        ])
    }
}

/// A dispatch that ended without an answer: the error for the caller and every attempt made.
struct DispatchFailure: Error {
    let error: GatewayError
    let attempts: [AttemptRecord]
}

/// Sends a call to the deployments policy permitted, in priority order (configuration order),
/// skipping those whose circuit is open, until one answers with 2xx. Deployments it was not given
/// are never tried, whatever happens to the others: failover never leaves the compliant set.
///
/// A deployment is left for the next one only when its failure happened before any byte reached
/// the client and another deployment can help (``ProviderError/failsOver``); each deployment first
/// spends its own retries. A 4xx other than 429 is the request's fault and ends the walk.
/// When every candidate failed or was out of rotation, and there was more than one, the caller
/// gets 503 `no_healthy_deployment`; with a single candidate, that deployment's own error.
struct UpstreamDispatcher: Sendable {
    let pool: UpstreamPool
    let metrics: GatewayMetrics
    let health: DeploymentHealth

    struct Dispatched {
        let answer: ProviderAnswer
        let deployment: DeploymentConfig
        let attempts: [AttemptRecord]
    }

    /// The first successful answer, the deployment that gave it and every attempt made.
    /// - Parameters:
    ///   - model: the public model name, for messages.
    ///   - deployments: the permitted deployments, in priority order.
    ///   - body: the upstream body for a deployment (its `upstream_model` spliced in).
    func dispatch(
        model: String,
        deployments: [DeploymentConfig],
        operation: ProviderOperation,
        logger: Logger,
        body: (DeploymentConfig) -> [UInt8]
    ) async throws(DispatchFailure) -> Dispatched {
        let log = Mutex<[AttemptRecord]>([])
        var lastFailure: (error: ProviderError, deployment: DeploymentConfig)?
        for deployment in deployments {
            guard let provider = pool.provider(for: deployment) else { continue }
            if health.admit(deployment) == .open {
                log.withLock { $0.append(.skipped(deployment, outcome: "circuit_open")) }
                continue
            }
            let metrics = self.metrics
            do {
                let answer = try await provider.send(operation, body: body(deployment)) { attempt in
                    metrics.upstreamAttempt(deployment: deployment.id, outcome: attempt.outcome, duration: attempt.latency)
                    let record = AttemptRecord(
                        deployment: deployment.id,
                        provider: deployment.provider.rawValue,
                        region: deployment.region,
                        number: attempt.number,
                        outcome: attempt.outcome,
                        status: attempt.status,
                        latencyMilliseconds: Double(attempt.latency.components.seconds) * 1000 + Double(attempt.latency.components.attoseconds) / 1e15
                    )
                    log.withLock { $0.append(record) }
                }
                health.succeeded(deployment)
                return Dispatched(answer: answer, deployment: deployment, attempts: log.withLock { $0 })
            } catch {
                if case .unsupported = error.kind, error.attempts == 0 {
                    // Refused before any call: recorded as an attempt that never left.
                    log.withLock { $0.append(.skipped(deployment, outcome: "unsupported")) }
                }
                lastFailure = (error, deployment)
                let deploymentsFault: Bool
                switch error.kind {
                case .unsupported: deploymentsFault = false
                case .status(let status) where status < 500 && status != 429:
                    // The request's fault, but the deployment answered: it is up.
                    health.succeeded(deployment)
                    deploymentsFault = false
                default: deploymentsFault = error.failsOver
                }
                if deploymentsFault, health.failed(deployment) {
                    logger.warning(
                        "circuit opened",
                        metadata: ["deployment": "\(deployment.id)", "cool_down": "\(deployment.circuitBreaker.coolDown)"]
                    )
                    metrics.error(code: "circuit_opened")
                }
                logger.warning(
                    "upstream call failed",
                    metadata: ["deployment": "\(deployment.id)", "error": "\(error)", "failover": "\(error.failsOver)"]
                )
                if !error.failsOver { break }
            }
        }
        let attempts = log.withLock { $0 }
        guard let lastFailure else {
            throw DispatchFailure(error: .noHealthyDeployment(model: model, attempts: attempts), attempts: attempts)
        }
        let considered = Set(attempts.map(\.deployment)).count
        if !lastFailure.error.failsOver || considered <= 1 || attempts.allSatisfy({ $0.outcome == "unsupported" }) {
            throw DispatchFailure(error: .upstream(lastFailure.error, deployment: lastFailure.deployment.id), attempts: attempts)
        }
        throw DispatchFailure(error: .noHealthyDeployment(model: model, attempts: attempts), attempts: attempts)
    }
}
