// SPDX-License-Identifier: Apache-2.0

import Synchronization
import Testing

@testable import CustosGateway

struct DeploymentHealthTests {
    /// A clock the test moves by hand.
    final class ManualClock: Sendable {
        let offset = Mutex<Duration>(.zero)
        let start = ContinuousClock.now
        var now: ContinuousClock.Instant { start + offset.withLock { $0 } }
        func advance(_ duration: Duration) { offset.withLock { $0 += duration } }
    }

    static func deployment(failures: Int = 3, coolDown: Duration = .seconds(10)) throws -> DeploymentConfig {
        let config = try ConfigLoader.parse(
            yaml: """
                server: {port: 0}
                storage: {sqlite: {path: x.db}}
                ledger: {origin: t, sqlite: {path: x.ledger}, signing_key: {env: K}}
                models:
                  - name: m
                    deployments:
                      - {id: d, provider: openai-compatible, endpoint: "http://127.0.0.1:1/v1", region: r, jurisdiction: us, authorization: none,
                         circuit_breaker: {failures: \(failures), cool_down: \(coolDown.components.seconds)s}}
                policy: {files: [\(LiveGateway.policyFile)]}
                tenants: [{id: t, models: "*", principals: [{id: p}]}]
                """,
            file: "t.yaml",
            baseDirectory: "/tmp"
        )
        return config.models[0].deployments[0]
    }

    @Test func opensAfterConsecutiveFailuresOnly() throws {
        let clock = ManualClock()
        let health = DeploymentHealth { clock.now }
        let deployment = try Self.deployment(failures: 3)
        #expect(!health.failed(deployment))
        #expect(!health.failed(deployment))
        health.succeeded(deployment)  // the count starts again
        #expect(!health.failed(deployment))
        #expect(!health.failed(deployment))
        #expect(health.admit(deployment) == .closed)
        #expect(health.failed(deployment))
        #expect(health.admit(deployment) == .open)
        #expect(health.isOpen(deployment))
    }

    @Test func halfOpenLetsExactlyOneProbeThrough() throws {
        let clock = ManualClock()
        let health = DeploymentHealth { clock.now }
        let deployment = try Self.deployment(failures: 1, coolDown: .seconds(10))
        #expect(health.failed(deployment))
        clock.advance(.seconds(9))
        #expect(health.admit(deployment) == .open)
        clock.advance(.seconds(2))
        #expect(health.admit(deployment) == .probe)
        #expect(health.admit(deployment) == .open)  // one probe at a time
        #expect(health.failed(deployment))  // the probe failed: open again for a whole cool-down
        clock.advance(.seconds(9))
        #expect(health.admit(deployment) == .open)
        clock.advance(.seconds(2))
        #expect(health.admit(deployment) == .probe)
        health.succeeded(deployment)
        #expect(health.admit(deployment) == .closed)
        #expect(!health.isOpen(deployment))
    }

    @Test func aProbeThatNeverReportsIsGivenUp() throws {
        let clock = ManualClock()
        let health = DeploymentHealth { clock.now }
        let deployment = try Self.deployment(failures: 1, coolDown: .seconds(10))
        health.failed(deployment)
        clock.advance(.seconds(11))
        #expect(health.admit(deployment) == .probe)
        clock.advance(.seconds(11))
        #expect(health.admit(deployment) == .probe)
    }
}
