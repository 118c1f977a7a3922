// SPDX-License-Identifier: Apache-2.0

import CustosGuard
import CustosProviders
import Foundation
import Yams

/// Reads and checks a Custos configuration file.
///
/// ```swift
/// let config = try ConfigLoader.load(path: "examples/custos.yaml")
/// ```
///
/// Every problem is a ``ConfigError`` naming the file, line, column, key path and what is wrong;
/// the first one found stops loading. Unknown keys are errors, so a typo never becomes a default.
public enum ConfigLoader {
    /// Reads the file at `path`.
    public static func load(path: String) throws(ConfigError) -> GatewayConfig {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw ConfigError(file: path, line: nil, column: nil, keyPath: "", problem: "cannot read the file")
        }
        guard let text = String(data: data, encoding: .utf8) else {
            throw ConfigError(file: path, line: nil, column: nil, keyPath: "", problem: "the file is not UTF-8 text")
        }
        let directory = URL(fileURLWithPath: path).deletingLastPathComponent().path
        return try parse(yaml: text, file: path, baseDirectory: directory)
    }

    /// Reads configuration from YAML text; relative paths in it resolve against `baseDirectory`.
    public static func parse(yaml: String, file: String, baseDirectory: String) throws(ConfigError) -> GatewayConfig {
        let root: Node
        do {
            guard let node = try Yams.compose(yaml: yaml) else {
                throw ConfigError(file: file, line: nil, column: nil, keyPath: "", problem: "the file is empty")
            }
            root = node
        } catch let error as ConfigError {
            throw error
        } catch let error as YamlError {
            throw syntaxError(error, file: file)
        } catch {
            throw ConfigError(file: file, line: nil, column: nil, keyPath: "", problem: "cannot parse YAML: \(error)")
        }
        return try Reader(file: file, baseDirectory: baseDirectory).config(ConfigNode(node: root, path: "", file: file))
    }

    private static func syntaxError(_ error: YamlError, file: String) -> ConfigError {
        switch error {
        case .scanner(_, let problem, let mark, _), .parser(_, let problem, let mark, _), .composer(_, let problem, let mark, _):
            return ConfigError(file: file, line: mark.line, column: mark.column, keyPath: "", problem: "invalid YAML: \(problem)")
        default:
            return ConfigError(file: file, line: nil, column: nil, keyPath: "", problem: "invalid YAML: \(error)")
        }
    }
}

/// The schema of the file, written as code. `config.schema.json` mirrors it for editors and CI.
private struct Reader {
    let file: String
    let baseDirectory: String

    func config(_ root: ConfigNode) throws(ConfigError) -> GatewayConfig {
        try root.rejectUnknownKeys(allowed: ["server", "storage", "ledger", "logging", "models", "tenants", "policy", "guard", "identity"])
        let server = try root.optional("server").map { node throws(ConfigError) in try self.server(node) } ?? ServerConfig()
        let storage = try self.storage(try root.required("storage"))
        let ledger = try self.ledger(try root.required("ledger"))
        let logging = try root.optional("logging").map { node throws(ConfigError) in try self.logging(node) } ?? LoggingConfig()

        let modelsNode = try root.required("models")
        var models: [ModelConfig] = []
        var deploymentIDs = Set<String>()
        for node in try modelsNode.sequence() {
            let model = try self.model(node)
            guard !models.contains(where: { $0.name == model.name }) else {
                throw try node.required("name").error("model `\(model.name)` is declared twice")
            }
            for (index, deployment) in model.deployments.enumerated() where !deploymentIDs.insert(deployment.id).inserted {
                throw try node.required("deployments").sequence()[index].error("deployment id `\(deployment.id)` is used twice")
            }
            models.append(model)
        }
        guard !models.isEmpty else { throw modelsNode.error("declare at least one model") }

        var tenants: [TenantConfig] = []
        let modelNames = Set(models.map(\.name))
        for node in try root.required("tenants").sequence() {
            let tenant = try self.tenant(node, modelNames: modelNames)
            if tenant.retainContent, ledger.content == nil {
                throw try node.required("retain_content").error(
                    "tenant `\(tenant.id)` retains content, but `ledger.content` (where and under which master key) is not configured"
                )
            }
            guard !tenants.contains(where: { $0.id == tenant.id }) else {
                throw try node.required("id").error("tenant `\(tenant.id)` is declared twice")
            }
            tenants.append(tenant)
        }
        let policy = try self.policy(try root.required("policy"))
        let guardActions = try root.optional("guard").map { node throws(ConfigError) in try self.guardActions(node) } ?? GuardConfig()
        if policy.policies.obligationsMask, !guardActions.hasMaskKey {
            throw try root.required("policy").error(
                "a policy's obligation is `@guard_mask`: give `guard.mask_key` ({env: VAR} or {file: PATH}), the secret masks are keyed with"
            )
        }
        var config = GatewayConfig(
            server: server,
            storage: storage,
            ledger: ledger,
            logging: logging,
            models: models,
            tenants: tenants,
            policy: policy,
            guardActions: guardActions,
            sourceFile: file
        )
        if let identity = try root.optional("identity") {
            try identity.rejectUnknownKeys(allowed: ["oidc"])
            var issuers: [OIDCIssuerConfig] = []
            for node in try identity.optional("oidc")?.sequence() ?? [] {
                let issuer = try oidcIssuer(node, tenants: Set(tenants.map(\.id)))
                guard !issuers.contains(where: { $0.issuer == issuer.issuer }) else {
                    throw try node.required("issuer").error("issuer `\(issuer.issuer)` is listed twice")
                }
                issuers.append(issuer)
            }
            config.oidcIssuers = issuers
        }
        return config
    }

    /// One `identity.oidc[]` entry.
    func oidcIssuer(_ node: ConfigNode, tenants: Set<String>) throws(ConfigError) -> OIDCIssuerConfig {
        try node.rejectUnknownKeys(allowed: [
            "issuer", "audience", "algorithms", "jwks_uri", "clock_skew", "tenant", "tenant_claim", "principal_claim",
            "clearance_claim", "roles_claim", "compartments_claim",
        ])
        let issuerNode = try node.required("issuer")
        let issuer = try issuerNode.nonEmptyString()
        guard let url = URL(string: issuer), url.scheme == "https" || url.scheme == "http", url.host != nil else {
            throw issuerNode.error("must be the issuer's URL, exactly as its tokens' `iss`")
        }
        let audienceNode = try node.required("audience")
        var audiences: [String] = []
        if !audienceNode.isMapping {
            if let list = try? audienceNode.stringList() { audiences = list } else { audiences = [try audienceNode.nonEmptyString()] }
        }
        guard !audiences.isEmpty else { throw audienceNode.error("give the audience (a string or a list) tokens must name") }
        var config = OIDCIssuerConfig(issuer: issuer, audiences: audiences)
        if let node = try node.optional("algorithms") {
            let algorithms = try node.stringList()
            for algorithm in algorithms where !JWTVerifier.supportedAlgorithms.contains(algorithm) {
                throw node.error("algorithm `\(algorithm)` is not supported; choose from RS256, PS256, ES256, EdDSA (HMAC and none never are)")
            }
            guard !algorithms.isEmpty else { throw node.error("allow at least one algorithm") }
            config.algorithms = algorithms
        }
        if let value = try node.optional("jwks_uri") { config.jwksURI = try value.nonEmptyString() }
        if let value = try node.optional("clock_skew") { config.clockSkew = try value.duration() }
        let tenantNode = try node.optional("tenant")
        let tenantClaim = try node.optional("tenant_claim")
        switch (tenantNode, tenantClaim) {
        case (let fixed?, nil):
            let tenant = try fixed.nonEmptyString()
            guard tenants.contains(tenant) else { throw fixed.error("no tenant `\(tenant)` is configured") }
            config.tenant = tenant
        case (nil, let claim?):
            config.tenantClaim = try claim.nonEmptyString()
        default:
            throw node.error("give exactly one of `tenant` (every user of this issuer belongs to it) or `tenant_claim` (the claim naming it)")
        }
        if let value = try node.optional("principal_claim") { config.principalClaim = try value.nonEmptyString() }
        config.clearanceClaim = try node.optional("clearance_claim")?.nonEmptyString()
        config.rolesClaim = try node.optional("roles_claim")?.nonEmptyString()
        config.compartmentsClaim = try node.optional("compartments_claim")?.nonEmptyString()
        return config
    }

    func server(_ node: ConfigNode) throws(ConfigError) -> ServerConfig {
        try node.rejectUnknownKeys(allowed: [
            "host", "port", "max_body_size", "max_response_size", "instance_id", "key_cache", "tls", "metrics_token",
        ])
        var server = ServerConfig()
        if let host = try node.optional("host") { server.host = try host.nonEmptyString() }
        if let port = try node.optional("port") { server.port = try port.integer(in: 0...65535) }
        if let size = try node.optional("max_body_size") { server.maxBodyBytes = try size.byteSize() }
        if let size = try node.optional("max_response_size") { server.maxResponseBytes = try size.byteSize() }
        if let id = try node.optional("instance_id") { server.instanceID = try id.nonEmptyString() }
        if let lifetime = try node.optional("key_cache") {
            server.keyCacheLifetime = try lifetime.string() == "0" ? .zero : try lifetime.duration()
        }
        if let tls = try node.optional("tls") { server.tls = try self.tls(tls) }
        server.metricsToken = try credentials(try node.optional("metrics_token"))
        return server
    }

    /// `server.tls: {certificate, private_key, client_certificates, client_ca, min_version, revoked}`.
    func tls(_ node: ConfigNode) throws(ConfigError) -> TLSServerConfig {
        try node.rejectUnknownKeys(allowed: [
            "certificate", "private_key", "client_certificates", "client_ca", "min_version", "cipher_suites", "revoked",
        ])
        func readable(_ key: String) throws(ConfigError) -> String? {
            guard let value = try node.optional(key) else { return nil }
            let path = resolvePath(try value.nonEmptyString())
            guard FileManager.default.isReadableFile(atPath: path) else { throw value.error("cannot read `\(path)`") }
            return path
        }
        guard let certificate = try readable("certificate") else { throw node.error("give `certificate` (a PEM chain, leaf first)") }
        guard let key = try readable("private_key") else { throw node.error("give `private_key` (the PEM key of the certificate)") }
        var config = TLSServerConfig(certificatePath: certificate, privateKeyPath: key)
        if let mode = try node.optional("client_certificates") {
            config.clientCertificates = TLSServerConfig.ClientCertificates(
                rawValue: try mode.oneOf(TLSServerConfig.ClientCertificates.allCases.map(\.rawValue))
            )!
        }
        config.clientCAPath = try readable("client_ca")
        if config.clientCertificates != .none, config.clientCAPath == nil {
            throw node.error("client certificates need `client_ca` (the PEM bundle of the CAs they must chain to)")
        }
        if let version = try node.optional("min_version") { config.minimumVersion = try version.oneOf(["1.2", "1.3"]) }
        if let suites = try node.optional("cipher_suites") {
            let names = try suites.stringList()
            for name in names where TLSServerSetup.allowedSuites[name] == nil {
                throw suites.error(
                    "cipher suite `\(name)` is not allowed; choose from \(TLSServerSetup.defaultSuites.joined(separator: ", ")) (forward-secret AES-GCM, NIST SP 800-52)"
                )
            }
            guard !names.isEmpty else { throw suites.error("name at least one cipher suite") }
            config.cipherSuites = names
        }
        if let revoked = try node.optional("revoked") {
            config.revokedFingerprints = Set(try revoked.stringList().map { $0.lowercased().filter(\.isHexDigit) })
        }
        return config
    }

    func storage(_ node: ConfigNode) throws(ConfigError) -> StorageConfig {
        try node.rejectUnknownKeys(allowed: ["sqlite"])
        let sqlite = try node.required("sqlite")
        try sqlite.rejectUnknownKeys(allowed: ["path"])
        return StorageConfig(sqlitePath: resolvePath(try sqlite.required("path").nonEmptyString()))
    }

    func ledger(_ node: ConfigNode) throws(ConfigError) -> LedgerConfig {
        try node.rejectUnknownKeys(allowed: ["origin", "sqlite", "signing_key", "checkpoint_interval", "commit_timeout", "access", "content"])
        let originNode = try node.required("origin")
        let origin = try originNode.nonEmptyString()
        guard !origin.contains(where: { $0 == "+" || $0.isWhitespace }) else {
            throw originNode.error("must be a name without spaces or `+`, such as `custos.example/agency-a`")
        }
        let sqlite = try node.required("sqlite")
        try sqlite.rejectUnknownKeys(allowed: ["path"])
        let keyNode = try node.required("signing_key")
        let key = try credentials(keyNode)
        guard key.source != .none else {
            throw keyNode.error(
                "the ledger needs a signing key: create one with `custos keys ledger-init --origin \(origin) --out FILE` and give `{file: FILE}`"
            )
        }
        var ledger = LedgerConfig(origin: origin, sqlitePath: resolvePath(try sqlite.required("path").nonEmptyString()), signingKey: key)
        if let interval = try node.optional("checkpoint_interval") { ledger.checkpointInterval = try interval.duration() }
        if let timeout = try node.optional("commit_timeout") { ledger.commitTimeout = try timeout.duration() }
        if let access = try node.optional("access") {
            ledger.access = LedgerAccess(rawValue: try access.oneOf(LedgerAccess.allCases.map(\.rawValue)))!
        }
        if let content = try node.optional("content") {
            try content.rejectUnknownKeys(allowed: ["sqlite", "master_key"])
            let sqlite = try content.required("sqlite")
            try sqlite.rejectUnknownKeys(allowed: ["path"])
            let keyNode = try content.required("master_key")
            let masterKey = try credentials(keyNode)
            guard masterKey.source != .none else {
                throw keyNode.error(
                    "content retention needs a master key: create one with `custos keys content-init --out FILE` and give `{file: FILE}`"
                )
            }
            ledger.content = ContentRetentionConfig(sqlitePath: resolvePath(try sqlite.required("path").nonEmptyString()), masterKey: masterKey)
        }
        return ledger
    }

    /// `policy: {files: [...], forbid_errors_deny: true}`. A file entry may be a folder: its
    /// `.cedar` files in name order. A file that does not parse is reported at its own line and
    /// column.
    func policy(_ node: ConfigNode) throws(ConfigError) -> PolicyConfig {
        try node.rejectUnknownKeys(allowed: ["files", "forbid_errors_deny"])
        let filesNode = try node.required("files")
        var files: [ActivePolicySet.File] = []
        for entry in try filesNode.sequence() {
            let path = resolvePath(try entry.nonEmptyString())
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
                throw entry.error("no policy file or folder at `\(path)`")
            }
            var paths = [path]
            if isDirectory.boolValue {
                let names = (try? FileManager.default.contentsOfDirectory(atPath: path)) ?? []
                paths = names.filter { $0.hasSuffix(".cedar") }.sorted().map { path + "/" + $0 }
                guard !paths.isEmpty else { throw entry.error("the folder `\(path)` holds no `.cedar` file") }
            }
            for path in paths {
                guard let data = FileManager.default.contents(atPath: path), let text = String(data: data, encoding: .utf8) else {
                    throw entry.error("cannot read `\(path)` as UTF-8 text")
                }
                files.append(ActivePolicySet.File(path: path, text: text))
            }
        }
        guard !files.isEmpty else {
            throw filesNode.error("name at least one Cedar policy file (the shipped default set is `policies/default.cedar`)")
        }
        let policies: ActivePolicySet
        do {
            policies = try ActivePolicySet(files: files)
        } catch {
            throw ConfigError(
                file: error.file,
                line: error.line,
                column: error.column,
                keyPath: "",
                problem: "\(error.message) (in `policy.files` of \(file))"
            )
        }
        var config = PolicyConfig(policies: policies)
        if let flag = try node.optional("forbid_errors_deny") { config.forbidErrorsDeny = try flag.bool() }
        return config
    }

    /// `guard: {request: {default: record, US_SSN: redact, AWS_SECRET_KEY: block}, response: {...}}`.
    func guardActions(_ node: ConfigNode) throws(ConfigError) -> GuardConfig {
        try node.rejectUnknownKeys(allowed: ["request", "response", "mask_key"])
        var config = GuardConfig()
        if let request = try node.optional("request") {
            (config.request, config.requestDefault) = try actions(request)
        }
        if let response = try node.optional("response") {
            (config.response, config.responseDefault) = try actions(response)
        }
        if let key = try node.optional("mask_key") { config.maskKey = try credentials(key) }
        if config.masks, !config.hasMaskKey {
            throw node.error("an action is `mask`: give `mask_key` ({env: VAR} or {file: PATH}), the secret masks are keyed with")
        }
        return config
    }

    func actions(_ node: ConfigNode) throws(ConfigError) -> ([SensitiveKind: GuardAction], GuardAction) {
        try node.rejectUnknownKeys(allowed: Set(["default"] + SensitiveKind.allCases.map(\.rawValue)))
        var actions: [SensitiveKind: GuardAction] = [:]
        for kind in SensitiveKind.allCases {
            if let action = try node.optional(kind.rawValue) {
                actions[kind] = GuardAction(rawValue: try action.oneOf(GuardAction.allCases.map(\.rawValue)))!
            }
        }
        var fallback = GuardAction.record
        if let value = try node.optional("default") {
            fallback = GuardAction(rawValue: try value.oneOf(GuardAction.allCases.map(\.rawValue)))!
        }
        return (actions, fallback)
    }

    func logging(_ node: ConfigNode) throws(ConfigError) -> LoggingConfig {
        try node.rejectUnknownKeys(allowed: ["level"])
        var logging = LoggingConfig()
        if let level = try node.optional("level") {
            logging.level = try level.oneOf(["trace", "debug", "info", "notice", "warning", "error", "critical"])
        }
        return logging
    }

    func model(_ node: ConfigNode) throws(ConfigError) -> ModelConfig {
        try node.rejectUnknownKeys(allowed: ["name", "owned_by", "deployments"])
        let name = try node.required("name").nonEmptyString()
        let ownedBy = try node.optional("owned_by")?.nonEmptyString() ?? "custos"
        let deploymentsNode = try node.required("deployments")
        var deployments: [DeploymentConfig] = []
        for deploymentNode in try deploymentsNode.sequence() {
            deployments.append(try deployment(deploymentNode, modelName: name))
        }
        guard !deployments.isEmpty else { throw deploymentsNode.error("a model needs at least one deployment") }
        return ModelConfig(name: name, ownedBy: ownedBy, deployments: deployments)
    }

    func deployment(_ node: ConfigNode, modelName: String) throws(ConfigError) -> DeploymentConfig {
        try node.rejectUnknownKeys(allowed: [
            "id", "provider", "endpoint", "upstream_model", "credentials", "region", "jurisdiction", "authorization",
            "max_classification", "timeouts", "retry", "max_connections", "circuit_breaker", "fips", "api_version", "azure_auth",
        ])
        let providerNode = try node.required("provider")
        guard let provider = ProviderKind(rawValue: try providerNode.string()) else {
            throw providerNode.error(
                "unsupported provider `\(try providerNode.string())`; supported: \(ProviderKind.allCases.map(\.rawValue).joined(separator: ", "))"
            )
        }
        let regionNode = try node.required("region")
        let region = try regionNode.nonEmptyString()
        for key in ["fips"] where provider != .bedrock {
            if let extra = try node.optional(key) { throw extra.error("`\(key)` applies to `provider: bedrock` deployments only") }
        }
        for key in ["api_version", "azure_auth"] where provider != .azureOpenAI {
            if let extra = try node.optional(key) { throw extra.error("`\(key)` applies to `provider: azure-openai` deployments only") }
        }
        let fips = try node.optional("fips")?.bool() ?? false
        let endpoint: String
        if provider == .bedrock, try node.optional("endpoint") == nil {
            endpoint = AWSEndpoints.bedrockRuntime(region: region, fips: fips)
        } else {
            let endpointNode = try node.required("endpoint")
            endpoint = try endpointNode.nonEmptyString()
            guard let url = URL(string: endpoint), let scheme = url.scheme?.lowercased(), scheme == "http" || scheme == "https",
                url.host?.isEmpty == false
            else {
                throw endpointNode.error("must be an http or https URL such as `https://api.openai.com/v1`, found `\(endpoint)`")
            }
        }
        let authorizationNode = try node.required("authorization")
        let authorization = AuthorizationLevel(
            rawValue: try authorizationNode.oneOf(AuthorizationLevel.allCases.map(\.rawValue))
        )!
        let credentialsNode = try node.optional("credentials")
        var awsCredentials: AWSCredentialSource?
        var credentialReference = CredentialReference.none
        if provider == .bedrock {
            awsCredentials = try awsCredentialSource(credentialsNode)
        } else {
            if let credentialsNode, credentialsNode.isMapping, try credentialsNode.optional("aws") != nil {
                throw credentialsNode.error("`aws` credentials apply to `provider: bedrock` deployments only")
            }
            credentialReference = try credentials(credentialsNode)
            if provider == .azureOpenAI, credentialReference == .none {
                throw (credentialsNode ?? node).error(
                    "an azure-openai deployment needs `credentials: {env: VAR}` or `{file: PATH}` (its api-key or Entra token)"
                )
            }
        }
        var deployment = DeploymentConfig(
            id: try node.required("id").nonEmptyString(),
            provider: provider,
            endpoint: endpoint,
            upstreamModel: try node.optional("upstream_model")?.nonEmptyString() ?? modelName,
            credentials: credentialReference,
            region: region,
            jurisdiction: try node.required("jurisdiction").nonEmptyString(),
            authorization: authorization,
            maxClassification: try node.optional("max_classification").map { node throws(ConfigError) in try classification(node) }
                ?? authorization.defaultMaxClassification
        )
        deployment.awsCredentials = awsCredentials
        if provider == .azureOpenAI {
            deployment.apiVersion = try node.optional("api_version")?.nonEmptyString() ?? "2024-10-21"
            deployment.entraToken = try node.optional("azure_auth")?.oneOf(["api-key", "entra"]) == "entra"
        }
        if let timeouts = try node.optional("timeouts") {
            try timeouts.rejectUnknownKeys(allowed: ["connect", "read", "total"])
            if let value = try timeouts.optional("connect") { deployment.connectTimeout = try value.duration() }
            if let value = try timeouts.optional("read") { deployment.readTimeout = try value.duration() }
            if let value = try timeouts.optional("total") { deployment.totalTimeout = try value.duration() }
        }
        if let retry = try node.optional("retry") {
            try retry.rejectUnknownKeys(allowed: ["max_attempts", "base_delay", "max_delay"])
            var policy = RetryPolicy()
            if let value = try retry.optional("max_attempts") { policy.maxAttempts = try value.integer(in: 1...10) }
            if let value = try retry.optional("base_delay") { policy.baseDelay = try value.duration() }
            if let value = try retry.optional("max_delay") { policy.maximumDelay = try value.duration() }
            deployment.retry = policy
        }
        if let value = try node.optional("max_connections") { deployment.maxConnections = try value.integer(in: 1...4096) }
        if let breaker = try node.optional("circuit_breaker") {
            try breaker.rejectUnknownKeys(allowed: ["failures", "cool_down"])
            if let value = try breaker.optional("failures") { deployment.circuitBreaker.failures = try value.integer(in: 1...1000) }
            if let value = try breaker.optional("cool_down") { deployment.circuitBreaker.coolDown = try value.duration() }
        }
        return deployment
    }

    /// `credentials: {aws: chain | environment | {profile: P, file: F} | {web_identity: {...}}}`
    /// of a Bedrock deployment; absent means the default chain.
    func awsCredentialSource(_ node: ConfigNode?) throws(ConfigError) -> AWSCredentialSource {
        guard let node else { return .chain }
        guard node.isMapping, let aws = try node.optional("aws") else {
            throw node.error(
                "a bedrock deployment takes `credentials: {aws: chain}`, `{aws: environment}`, `{aws: {profile: NAME}}` or `{aws: {web_identity: {...}}}`"
            )
        }
        try node.rejectUnknownKeys(allowed: ["aws"])
        if !aws.isMapping {
            switch try aws.oneOf(["chain", "environment"]) {
            case "environment": return .environment
            default: return .chain
            }
        }
        try aws.rejectUnknownKeys(allowed: ["profile", "file", "web_identity"])
        if let web = try aws.optional("web_identity") {
            let profile = try aws.optional("profile")
            let file = try aws.optional("file")
            if profile != nil || file != nil {
                throw web.error("give either `web_identity` or `profile`/`file`, not both")
            }
            try web.rejectUnknownKeys(allowed: ["role_arn", "token_file", "session_name", "sts_endpoint"])
            return .webIdentity(
                roleARN: try web.optional("role_arn")?.nonEmptyString(),
                tokenFile: (try web.optional("token_file")?.nonEmptyString()).map(resolvePath),
                sessionName: try web.optional("session_name")?.nonEmptyString(),
                stsEndpoint: try web.optional("sts_endpoint")?.nonEmptyString()
            )
        }
        return .sharedFile(
            profile: try aws.optional("profile")?.nonEmptyString() ?? "default",
            path: (try aws.optional("file")?.nonEmptyString()).map(resolvePath)
        )
    }

    func credentials(_ node: ConfigNode?) throws(ConfigError) -> CredentialReference {
        // Used for upstream API keys and the ledger's signing key alike.
        guard let node else { return .none }
        if !node.isMapping, try node.string() == "none" { return .none }
        try node.rejectUnknownKeys(allowed: ["env", "file"])
        let env = try node.optional("env")
        let file = try node.optional("file")
        switch (env, file) {
        case (let env?, nil):
            return CredentialReference(source: .environment(try env.nonEmptyString()), location: env.error(""))
        case (nil, let file?):
            return CredentialReference(source: .file(resolvePath(try file.nonEmptyString())), location: file.error(""))
        default:
            throw node.error("give exactly one of `env` (an environment variable name) or `file` (a path); secrets never go in this file")
        }
    }

    func tenant(_ node: ConfigNode, modelNames: Set<String>) throws(ConfigError) -> TenantConfig {
        try node.rejectUnknownKeys(allowed: ["id", "name", "models", "principals", "retain_content", "allowed_regions", "quotas"])
        let id = try node.required("id").nonEmptyString()
        let models = try access(try node.required("models"), modelNames: modelNames)
        var principals: [PrincipalConfig] = []
        for principalNode in try node.optional("principals")?.sequence() ?? [] {
            let principal = try self.principal(principalNode, modelNames: modelNames)
            guard !principals.contains(where: { $0.id == principal.id }) else {
                throw try principalNode.required("id").error("principal `\(principal.id)` is declared twice in tenant `\(id)`")
            }
            principals.append(principal)
        }
        var tenant = TenantConfig(
            id: id,
            name: try node.optional("name")?.nonEmptyString() ?? id,
            models: models,
            principals: principals,
            retainContent: try node.optional("retain_content")?.bool() ?? false,
            allowedRegions: try node.optional("allowed_regions").map { node throws(ConfigError) in try regions(node) } ?? nil
        )
        tenant.quotas = try quotas(try node.optional("quotas"))
        return tenant
    }

    /// `quotas: {requests_per_minute, tokens_per_minute, tokens_per_day, tokens_per_month}`.
    func quotas(_ node: ConfigNode?) throws(ConfigError) -> QuotaLimits {
        guard let node else { return QuotaLimits() }
        try node.rejectUnknownKeys(allowed: ["requests_per_minute", "tokens_per_minute", "tokens_per_day", "tokens_per_month"])
        let range = 1...Int(Int32.max)
        return QuotaLimits(
            requestsPerMinute: try node.optional("requests_per_minute")?.integer(in: range),
            tokensPerMinute: try node.optional("tokens_per_minute")?.integer(in: range),
            tokensPerDay: try node.optional("tokens_per_day")?.integer(in: range),
            tokensPerMonth: try node.optional("tokens_per_month")?.integer(in: range)
        )
    }

    func principal(_ node: ConfigNode, modelNames: Set<String>) throws(ConfigError) -> PrincipalConfig {
        try node.rejectUnknownKeys(allowed: ["id", "clearance", "roles", "compartments", "models", "quotas", "certificates"])
        let clearance = try node.optional("clearance").map { node throws(ConfigError) in try classification(node) }
        var principal = PrincipalConfig(
            id: try node.required("id").nonEmptyString(),
            clearance: clearance ?? .unclassified,
            roles: try node.optional("roles")?.stringList() ?? [],
            compartments: try node.optional("compartments")?.stringList() ?? [],
            models: try node.optional("models").map { node throws(ConfigError) in try access(node, modelNames: modelNames) }
        )
        principal.quotas = try quotas(try node.optional("quotas"))
        for match in try node.optional("certificates")?.sequence() ?? [] {
            try match.rejectUnknownKeys(allowed: ["email", "dns", "common_name", "fingerprint"])
            if let value = try match.optional("email") { principal.certificates.append(.email(try value.nonEmptyString().lowercased())) }
            if let value = try match.optional("dns") { principal.certificates.append(.dns(try value.nonEmptyString().lowercased())) }
            if let value = try match.optional("common_name") { principal.certificates.append(.commonName(try value.nonEmptyString())) }
            if let value = try match.optional("fingerprint") {
                principal.certificates.append(.fingerprint(try value.nonEmptyString().lowercased().filter(\.isHexDigit)))
            }
        }
        return principal
    }

    func classification(_ node: ConfigNode) throws(ConfigError) -> Classification {
        Classification(rawValue: try node.oneOf(Classification.allCases.map(\.rawValue)))!
    }

    /// `"*"` (every region a deployment is in: `nil`) or a list of region names.
    func regions(_ node: ConfigNode) throws(ConfigError) -> Set<String>? {
        if !node.isMapping, node.node.sequence == nil {
            guard try node.string() == "*" else { throw node.error("expected `\"*\"` or a list of region names") }
            return nil
        }
        return Set(try node.stringList())
    }

    /// `"*"` for every model, or a list of declared model names.
    func access(_ node: ConfigNode, modelNames: Set<String>) throws(ConfigError) -> ModelAccess {
        if !node.isMapping, node.node.sequence == nil {
            guard try node.string() == "*" else { throw node.error("expected `\"*\"` or a list of model names") }
            return .all
        }
        var names = Set<String>()
        for element in try node.sequence() {
            let name = try element.nonEmptyString()
            guard modelNames.contains(name) else { throw element.error("no model named `\(name)` is declared under `models`") }
            names.insert(name)
        }
        return .only(names)
    }

    func resolvePath(_ path: String) -> String {
        if path.hasPrefix("/") { return path }
        return URL(fileURLWithPath: baseDirectory).appendingPathComponent(path).standardizedFileURL.path
    }
}
