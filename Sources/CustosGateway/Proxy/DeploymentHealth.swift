// SPDX-License-Identifier: Apache-2.0

import Synchronization

/// The circuit breaker of every deployment: which ones are in rotation now.
///
/// Guarantees, per deployment and ``CircuitBreakerConfig``:
/// - closed (in rotation) until `failures` consecutive calls fail over (connect errors,
///   timeouts, 429, 5xx, credentials: failures that say the deployment, not the request, is at
///   fault);
/// - then open for `cool_down`: the dispatcher does not call it and records it as skipped;
/// - then half-open: exactly one call is let through as a probe (a probe that never reports is
///   given up after another cool-down); its success closes the circuit, its failure opens it again.
///
/// State is in memory, per gateway process: each replica judges the upstreams it can reach.
final class DeploymentHealth: Sendable {
    enum Admission: Equatable {
        /// In rotation.
        case closed
        /// The one probe of a half-open circuit.
        case probe
        /// Out of rotation.
        case open
    }

    private struct State {
        var consecutiveFailures = 0
        var openUntil: ContinuousClock.Instant?
        var probeStarted: ContinuousClock.Instant?
    }

    private let states = Mutex<[String: State]>([:])
    private let now: @Sendable () -> ContinuousClock.Instant

    init(now: @escaping @Sendable () -> ContinuousClock.Instant = { .now }) {
        self.now = now
    }

    /// Whether `deployment` may be called now (and, if half-open, claims the probe).
    func admit(_ deployment: DeploymentConfig) -> Admission {
        let now = now()
        return states.withLock { states in
            guard let openUntil = states[deployment.id]?.openUntil else { return .closed }
            if now < openUntil { return .open }
            if let started = states[deployment.id]?.probeStarted, now - started < deployment.circuitBreaker.coolDown { return .open }
            states[deployment.id]?.probeStarted = now
            return .probe
        }
    }

    func succeeded(_ deployment: DeploymentConfig) {
        states.withLock { $0[deployment.id] = nil }
    }

    /// Counts a failure that is the deployment's fault; returns whether the circuit (re)opened.
    @discardableResult
    func failed(_ deployment: DeploymentConfig) -> Bool {
        let now = now()
        return states.withLock { states in
            var state = states[deployment.id] ?? State()
            state.consecutiveFailures += 1
            let wasProbe = state.probeStarted != nil
            let opens = wasProbe || state.consecutiveFailures >= deployment.circuitBreaker.failures
            if opens {
                state.openUntil = now + deployment.circuitBreaker.coolDown
                state.probeStarted = nil
            }
            states[deployment.id] = state
            return opens
        }
    }

    /// Whether `deployment`'s circuit is open (for metrics and readiness).
    func isOpen(_ deployment: DeploymentConfig) -> Bool {
        let now = now()
        return states.withLock { $0[deployment.id]?.openUntil.map { now < $0 } ?? false }
    }
}
