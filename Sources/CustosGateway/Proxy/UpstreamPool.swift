// SPDX-License-Identifier: Apache-2.0

import CustosProviders
import Logging
import ServiceLifecycle

/// One pooled upstream client per configured deployment, created at start and closed on shutdown.
///
/// Creating the pool resolves every deployment's credential reference, so a missing environment
/// variable or unreadable key file stops the gateway at start, naming the config line.
final class UpstreamPool: Service, Sendable {
    private let providers: [String: OpenAICompatibleProvider]

    init(config: GatewayConfig, environment: [String: String], logger: Logger) throws(ConfigError) {
        // Resolve every credential before creating any client: an HTTP client must be shut down
        // before it is released, so none may exist if a later credential fails.
        var apiKeys: [String: String?] = [:]
        for deployment in config.models.flatMap(\.deployments) {
            apiKeys[deployment.id] = try deployment.credentials.resolve(environment: environment)
        }
        var providers: [String: OpenAICompatibleProvider] = [:]
        for model in config.models {
            for deployment in model.deployments {
                let apiKey = apiKeys[deployment.id] ?? nil
                let endpoint = UpstreamEndpoint(
                    baseURL: deployment.endpoint,
                    apiKey: apiKey,
                    connectTimeout: deployment.connectTimeout,
                    readTimeout: deployment.readTimeout,
                    totalTimeout: deployment.totalTimeout,
                    retry: deployment.retry,
                    maxConnections: deployment.maxConnections
                )
                var deploymentLogger = logger
                deploymentLogger[metadataKey: "deployment"] = "\(deployment.id)"
                providers[deployment.id] = OpenAICompatibleProvider(endpoint: endpoint, logger: deploymentLogger)
            }
        }
        self.providers = providers
    }

    func provider(for deployment: DeploymentConfig) -> OpenAICompatibleProvider? { providers[deployment.id] }

    /// Waits for graceful shutdown, then closes every pool (after the HTTP server has drained).
    func run() async throws {
        try? await gracefulShutdown()
        await shutdown()
    }

    func shutdown() async {
        for provider in providers.values { try? await provider.shutdown() }
    }
}
