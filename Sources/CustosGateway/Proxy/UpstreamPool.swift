// SPDX-License-Identifier: Apache-2.0

import CustosProviders
import Logging
import ServiceLifecycle

/// One pooled upstream client per configured deployment, of its provider's kind, created at start
/// and closed on shutdown.
///
/// Creating the pool resolves every API-key deployment's credential reference, so a missing
/// environment variable or unreadable key file stops the gateway at start, naming the config line.
/// AWS credentials are obtained (and refreshed) when a Bedrock deployment is first called: a
/// temporary credential cannot be fetched once for the life of the process.
final class UpstreamPool: Service, Sendable {
    private let providers: [String: any ModelProvider]

    init(config: GatewayConfig, environment: [String: String], logger: Logger) throws(ConfigError) {
        // Resolve every credential before creating any client: an HTTP client must be shut down
        // before it is released, so none may exist if a later credential fails.
        var secrets: [String: String?] = [:]
        for deployment in config.models.flatMap(\.deployments) {
            secrets[deployment.id] = try deployment.credentials.resolve(environment: environment)
        }
        var providers: [String: any ModelProvider] = [:]
        for model in config.models {
            for deployment in model.deployments {
                let endpoint = UpstreamEndpoint(
                    baseURL: deployment.endpoint,
                    connectTimeout: deployment.connectTimeout,
                    readTimeout: deployment.readTimeout,
                    totalTimeout: deployment.totalTimeout,
                    retry: deployment.retry,
                    maxConnections: deployment.maxConnections
                )
                var deploymentLogger = logger
                deploymentLogger[metadataKey: "deployment"] = "\(deployment.id)"
                let secret = secrets[deployment.id] ?? nil
                switch deployment.provider {
                case .openAICompatible:
                    providers[deployment.id] = OpenAICompatibleProvider(endpoint: endpoint, secret: secret, logger: deploymentLogger)
                case .azureOpenAI:
                    let dialect = OpenAICompatibleProvider.Dialect.azure(
                        deployment: deployment.upstreamModel,
                        apiVersion: deployment.apiVersion ?? "2024-10-21",
                        entraToken: deployment.entraToken
                    )
                    providers[deployment.id] = OpenAICompatibleProvider(
                        endpoint: endpoint,
                        dialect: dialect,
                        secret: secret,
                        logger: deploymentLogger
                    )
                case .bedrock:
                    providers[deployment.id] = BedrockProvider(
                        endpoint: endpoint,
                        region: deployment.region,
                        credentials: deployment.awsCredentials ?? .chain,
                        environment: environment,
                        logger: deploymentLogger
                    )
                }
            }
        }
        self.providers = providers
    }

    func provider(for deployment: DeploymentConfig) -> (any ModelProvider)? { providers[deployment.id] }

    /// Waits for graceful shutdown, then closes every pool (after the HTTP server has drained).
    func run() async throws {
        try? await gracefulShutdown()
        await shutdown()
    }

    func shutdown() async {
        for provider in providers.values { try? await provider.shutdown() }
    }
}
