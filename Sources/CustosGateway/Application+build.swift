// SPDX-License-Identifier: Apache-2.0

import AsyncHTTPClient
public import Foundation
public import Hummingbird
import HummingbirdCore
import HummingbirdTLS
public import Logging
import NIOCore

/// What `custos serve` needs to start: the loaded configuration and the process environment
/// (where credential references are resolved).
public struct GatewayOptions: Sendable {
    public var config: GatewayConfig
    public var environment: [String: String]
    /// Called with the bound port once the server listens (port 0 in the config asks for any port).
    public var onListening: @Sendable (Int) async -> Void
    /// The clock quota windows are counted by (tests fix it so a window cannot roll over mid-test).
    public var quotaClock: @Sendable () -> Date = Date.init

    public init(config: GatewayConfig, environment: [String: String], onListening: @escaping @Sendable (Int) async -> Void = { _ in }) {
        self.config = config
        self.environment = environment
        self.onListening = onListening
    }
}

/// Builds the gateway application exactly as production runs it; tests use the same function.
///
/// ```swift
/// let config = try ConfigLoader.load(path: "examples/custos.yaml")
/// let app = try await buildApplication(GatewayOptions(config: config, environment: ProcessInfo.processInfo.environment), logger: logger)
/// try await app.runService()   // graceful shutdown on SIGTERM / SIGINT
/// ```
///
/// - Throws: ``ConfigError`` when a credential reference or the ledger key cannot be resolved;
///   storage errors when a SQLite database cannot be opened. Either way nothing is listening yet.
public func buildApplication(_ options: GatewayOptions, logger: Logger) async throws -> some ApplicationProtocol {
    let config = options.config
    // Configuration problems first (they name the file and line); then storage and the ledger lock.
    for deployment in config.models.flatMap(\.deployments) {
        _ = try deployment.credentials.resolve(environment: options.environment)
    }
    let policy = try PolicyDecisionPoint(config: config)
    let masker = try config.guardActions.maskKey?.resolve(environment: options.environment).map(ValueMasker.init(secret:))
    let metricsTokenDigest = try config.server.metricsToken.resolve(environment: options.environment).map(OperationsRoutes.digest)
    let keys = try APIKeyStore(path: config.storage.sqlitePath)
    let quotas = QuotaGate(
        config: config,
        store: QuotaGate.isConfigured(config) ? try QuotaStore(path: config.storage.sqlitePath) : nil,
        clock: options.quotaClock
    )
    let metrics = GatewayMetrics()
    let ledger = try await AuditLedger(
        config: config.ledger,
        retainingTenants: Set(config.tenants.filter(\.retainContent).map(\.id)),
        environment: options.environment,
        metrics: metrics,
        logger: logger
    )
    // Every decision names this set's digest; the set and its entities go in first, for replay.
    try await ledger.record(AuditRecord.policySet(policy, instance: config.server.instanceID))
    // Created last: once it exists, its HTTP clients must be shut down on every path.
    let pool = try UpstreamPool(config: config, environment: options.environment, logger: logger)

    let router = Router(context: GatewayRequestContext.self)
    router.add(middleware: MetricsMiddleware(metrics: metrics))
    router.add(middleware: ErrorMiddleware(metrics: metrics, maxBodyBytes: config.server.maxBodyBytes))
    var authenticator = Authenticator(keys: keys, config: config, cache: VerifiedKeyCache(lifetime: config.server.keyCacheLifetime))
    for issuer in config.oidcIssuers { authenticator.issuers[issuer.issuer] = OIDCIssuer(config: issuer, client: .shared) }
    OpenAIRoutes(
        authenticator: authenticator,
        catalog: ModelCatalog(config: config, policy: policy),
        dispatcher: UpstreamDispatcher(pool: pool, metrics: metrics, health: DeploymentHealth()),
        metrics: metrics,
        server: config.server,
        ledger: ledger,
        guardActions: config.guardActions,
        masker: masker,
        quotas: quotas
    ).register(on: router)
    OperationsRoutes(keys: keys, metrics: metrics, ledger: ledger, metricsTokenDigest: metricsTokenDigest).register(on: router)
    LedgerRoutes(authenticator: authenticator, policy: policy, ledger: ledger, instanceID: config.server.instanceID).register(on: router)
    AdminRoutes(authenticator: authenticator, policy: policy, keys: keys, quotas: quotas, config: config, ledger: ledger).register(on: router)

    let onListening = options.onListening
    let server: HTTPServerBuilder =
        if let tls = config.server.tls {
            try .tls(.http1(), configuration: TLSServerSetup.channelConfiguration(tls, file: config.sourceFile))
        } else {
            .http1()
        }
    return Application(
        router: router,
        server: server,
        configuration: .init(address: .hostname(config.server.host, port: config.server.port), serverName: nil),
        // Stopped in reverse order after the server drains: the ledger signs its last checkpoint
        // once no call can still append, then the upstream pools close.
        services: [pool, ledger],
        onServerRunning: { channel in await onListening(channel.localAddress?.port ?? config.server.port) },
        logger: logger
    )
}
