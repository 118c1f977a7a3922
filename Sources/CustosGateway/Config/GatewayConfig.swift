// SPDX-License-Identifier: Apache-2.0

public import CustosGuard
public import CustosProviders
import Foundation

/// Everything `custos serve` runs on, read from one YAML file by ``ConfigLoader``.
///
/// Guarantees once loaded: names are unique where they must be (models, deployments, tenants,
/// principals within a tenant); every model a tenant or principal may use exists; every deployment
/// has an http(s) endpoint. Secrets are *references* (an environment variable or a file); their
/// values are read only by ``CredentialReference/resolve(environment:)`` when serving starts.
public struct GatewayConfig: Sendable {
    public var server: ServerConfig
    public var storage: StorageConfig
    public var ledger: LedgerConfig
    public var logging: LoggingConfig
    public var models: [ModelConfig]
    public var tenants: [TenantConfig]
    /// The Cedar policies every call is authorized with.
    public var policy: PolicyConfig
    /// What is done with sensitive data found in prompts.
    public var guardActions: GuardConfig = GuardConfig()
    /// Identity providers whose bearer tokens are accepted besides API keys.
    public var oidcIssuers: [OIDCIssuerConfig] = []
    /// The file it was read from, for messages.
    public var sourceFile: String

    /// The tenant with this id.
    public func tenant(_ id: String) -> TenantConfig? { tenants.first { $0.id == id } }

    /// The model with this public name.
    public func model(_ name: String) -> ModelConfig? { models.first { $0.name == name } }
}

/// Where and how the HTTP server listens.
public struct ServerConfig: Sendable {
    public var host: String = "127.0.0.1"
    /// 0 asks the system for a free port (tests use this).
    public var port: Int = 8080
    /// Request bodies larger than this get 413 before they are read further.
    public var maxBodyBytes: Int = 4 * 1024 * 1024
    /// Upstream answers larger than this (non-streaming) fail with 502 rather than fill memory.
    public var maxResponseBytes: Int = 64 * 1024 * 1024
    /// Names this gateway replica in logs and, later, in ledger records.
    public var instanceID: String = "custos-1"
    /// How long a key the database confirmed is trusted without asking again; a revocation made by
    /// another process takes effect within this time. Zero asks the database on every request.
    public var keyCacheLifetime: Duration = .seconds(1)
    /// Terminate TLS here (and, as configured, require client certificates); plain HTTP when `nil`.
    public var tls: TLSServerConfig? = nil
    /// When set, `GET /metrics` answers only `Authorization: Bearer <this secret>` (what a
    /// Prometheus scrape job's `authorization.credentials_file` sends); open when `.none`.
    public var metricsToken: CredentialReference = .none
}

/// `server.tls`: Custos terminates TLS itself.
public struct TLSServerConfig: Sendable, Equatable {
    public enum ClientCertificates: String, Sendable, CaseIterable {
        /// None asked for.
        case none
        /// Asked for; verified when given; callers without one use keys or tokens.
        case optional
        /// The handshake fails without a valid one.
        case required
    }

    /// PEM certificate chain, leaf first.
    public var certificatePath: String
    /// PEM private key of the leaf.
    public var privateKeyPath: String
    public var clientCertificates: ClientCertificates = .none
    /// PEM bundle of the CAs client certificates must chain to (e.g. the agency's PIV/CAC issuers).
    public var clientCAPath: String?
    /// `1.2` or `1.3`.
    public var minimumVersion: String = "1.2"
    /// TLS 1.2 cipher suites offered (OpenSSL names), from the forward-secret AES-GCM set.
    public var cipherSuites: [String] = TLSServerSetup.defaultSuites
    /// SHA-256 fingerprints (lower-case hex) of client certificates refused although valid.
    public var revokedFingerprints: Set<String> = []
}

/// How a client certificate names a principal (`principals[].certificates`).
public enum CertificateMatch: Sendable, Equatable {
    /// An `rfc822Name` subject alternative name.
    case email(String)
    /// A `dNSName` subject alternative name.
    case dns(String)
    /// The subject's common name.
    case commonName(String)
    /// The certificate's SHA-256 fingerprint (lower-case hex).
    case fingerprint(String)
}

/// Where Custos keeps its state. SQLite is the embedded default; its path is resolved against the
/// config file's folder when relative.
public struct StorageConfig: Sendable {
    public var sqlitePath: String
}

/// The audit ledger: where records go and who signs its checkpoints.
public struct LedgerConfig: Sendable {
    /// The log's identity, first line of every checkpoint, e.g. `custos.example/agency-a`.
    public var origin: String
    /// The SQLite file of the ledger (resolved against the config file's folder when relative).
    public var sqlitePath: String
    /// Where the Ed25519 signing key (`PRIVATE+KEY+...`, from `custos keys ledger-init`) is read from.
    public var signingKey: CredentialReference
    /// A new signed checkpoint is published at least this often while records arrive.
    public var checkpointInterval: Duration = .seconds(1)
    /// A durable commit that has not returned after this long (a stalled disk) fails its calls
    /// with 503 and refuses new ones until it returns.
    public var commitTimeout: Duration = .seconds(10)
    /// Who may read the log's checkpoint, tiles, proofs and records over HTTP.
    public var access: LedgerAccess = .auditor
    /// Where retained content goes, for tenants with `retain_content`; `nil`: nobody retains.
    public var content: ContentRetentionConfig?
}

/// Who may read the ledger's public parts (`/ledger/checkpoint`, tiles, proofs, records).
/// Retained content is never public: it needs the `auditor` role either way.
public enum LedgerAccess: String, Sendable, CaseIterable {
    /// Principals with the `auditor` role only.
    case auditor
    /// Anyone who can reach the gateway: witnesses and monitors without an API key. Records hold
    /// digests and metadata only (who called which model when), which the operator must judge
    /// fit to publish.
    case `public`
}

/// The content side store: request and response bodies sealed per tenant (AES-256-GCM), with the
/// tenant keys wrapped under a master key.
public struct ContentRetentionConfig: Sendable {
    /// The SQLite file of sealed content and wrapped tenant keys.
    public var sqlitePath: String
    /// Where the master key (`CUSTOS-CONTENT-MASTER-KEY+...`, from `custos keys content-init`) is read from.
    public var masterKey: CredentialReference
}

/// The policy set and how its errors are treated.
public struct PolicyConfig: Sendable {
    public var policies: ActivePolicySet
    /// A `forbid` whose condition errors denies the request (fail closed) instead of being skipped
    /// as Cedar itself does. On by default.
    public var forbidErrorsDeny: Bool = true
}

/// What the gateway does when a prompt holds a kind of sensitive data.
public enum GuardAction: String, Sendable, CaseIterable {
    /// Forwarded, not recorded.
    case allow
    /// Forwarded, and the kind and count recorded (the default).
    case record
    /// Each value replaced by `[KIND]` before forwarding; recorded.
    case redact
    /// Each value replaced by a keyed format-preserving mask (digits for digits, letters for
    /// letters): the same value gives the same mask within a tenant, so answers stay coherent.
    /// Needs `guard.mask_key`. Recorded.
    case mask
    /// The call refused (403) before authorization; recorded.
    case block
}

/// Actions per kind for prompts (`guard.request`) and answers (`guard.response`).
public struct GuardConfig: Sendable {
    public var request: [SensitiveKind: GuardAction] = [:]
    /// For kinds `request` does not name.
    public var requestDefault: GuardAction = .record
    public var response: [SensitiveKind: GuardAction] = [:]
    /// For kinds `response` does not name.
    public var responseDefault: GuardAction = .record
    /// The secret masks are keyed with (per tenant), when any action is `mask`.
    public var maskKey: CredentialReference?

    /// Whether a secret to key masks with is configured (`mask_key` naming a source).
    public var hasMaskKey: Bool { maskKey.map { $0.source != CredentialReference.Source.none } ?? false }

    /// Whether any kind, in either direction, is masked.
    public var masks: Bool {
        ([requestDefault, responseDefault] + Array(request.values) + Array(response.values)).contains(.mask)
    }

    public init() {}

    public func action(for kind: SensitiveKind) -> GuardAction { request[kind] ?? requestDefault }
    public func responseAction(for kind: SensitiveKind) -> GuardAction { response[kind] ?? responseDefault }

    /// The action for `kind` in prompts or in answers.
    public func action(for kind: SensitiveKind, in direction: GuardDirection) -> GuardAction {
        direction == .request ? action(for: kind) : responseAction(for: kind)
    }
}

/// Which way text goes: prompts to the model, or answers back to the caller.
public enum GuardDirection: String, Sendable {
    case request, response
}

/// Operational logging (not the audit ledger).
public struct LoggingConfig: Sendable {
    public var level: String = "info"
}

/// A public model name and the deployments that can serve it, in priority order.
public struct ModelConfig: Sendable {
    public var name: String
    public var ownedBy: String
    public var deployments: [DeploymentConfig]
}

/// One place a model runs: provider, endpoint, credentials reference and its compliance facts.
public struct DeploymentConfig: Sendable {
    public var id: String
    public var provider: ProviderKind
    public var endpoint: String
    /// The model name the upstream expects (the request's `model` is replaced with it).
    public var upstreamModel: String
    public var credentials: CredentialReference
    /// Cloud region, e.g. `us-gov-west-1`.
    public var region: String
    /// Legal jurisdiction, e.g. `us`.
    public var jurisdiction: String
    public var authorization: AuthorizationLevel
    /// The highest classification of data this deployment may receive (policy attribute
    /// `maxClassification`); by default what its authorization level covers.
    public var maxClassification: Classification
    public var connectTimeout: Duration = .seconds(5)
    public var readTimeout: Duration = .seconds(60)
    public var totalTimeout: Duration = .seconds(600)
    public var retry: RetryPolicy = RetryPolicy()
    public var maxConnections: Int = 64
    /// When the deployment is taken out of rotation after failing.
    public var circuitBreaker = CircuitBreakerConfig()
    /// Bedrock: where the AWS credentials come from (`credentials: {aws: …}`).
    public var awsCredentials: AWSCredentialSource? = nil
    /// Azure OpenAI: the `api-version` query parameter.
    public var apiVersion: String? = nil
    /// Azure OpenAI: the credential is a Microsoft Entra token (`Authorization: Bearer`) rather
    /// than an `api-key`.
    public var entraToken = false
}

/// How many consecutive failures open a deployment's circuit, and for how long.
///
/// An open circuit takes the deployment out of rotation for ``coolDown``; then one call is let
/// through to probe it (half-open): success closes the circuit, failure opens it again.
public struct CircuitBreakerConfig: Sendable, Equatable {
    /// Consecutive failed calls (after their retries) that open the circuit.
    public var failures: Int = 5
    public var coolDown: Duration = .seconds(30)
}

/// The upstream wire formats Custos speaks.
public enum ProviderKind: String, Sendable, CaseIterable {
    /// OpenAI's `/v1` API: OpenAI, vLLM, Ollama, llama.cpp server and the fake upstream.
    case openAICompatible = "openai-compatible"
    /// Azure OpenAI (commercial `*.openai.azure.com` and Government `*.openai.azure.us`).
    case azureOpenAI = "azure-openai"
    /// Amazon Bedrock's Converse API and InvokeModel (embeddings), SigV4-signed.
    case bedrock
}

/// The authorization a deployment holds: FedRAMP baselines and DoD impact levels, or `none` for
/// an unauthorized (development) deployment such as the fake upstream.
public enum AuthorizationLevel: String, Sendable, CaseIterable {
    case none
    case fedrampLow = "fedramp-low"
    case fedrampModerate = "fedramp-moderate"
    case fedrampHigh = "fedramp-high"
    case il2, il4, il5, il6

    /// The highest classification an authorization of this level covers, the default of a
    /// deployment's `max_classification`: FedRAMP Moderate and High, IL4 and IL5 are authorized
    /// for controlled unclassified information; IL6 for classified information up to SECRET;
    /// lower levels (and none) for public, unclassified data only.
    public var defaultMaxClassification: Classification {
        switch self {
        case .none, .fedrampLow, .il2: .unclassified
        case .fedrampModerate, .fedrampHigh, .il4, .il5: .cui
        case .il6: .secret
        }
    }
}

/// The classification scale, ordered: UNCLASSIFIED < CUI < CONFIDENTIAL < SECRET < TOP SECRET.
/// A principal's clearance, a deployment's ceiling and a request's data are all measured on it;
/// policies see it as a Long, its ``rank``.
public enum Classification: String, Sendable, CaseIterable, Comparable {
    case unclassified, cui, confidential, secret
    case topSecret = "top-secret"

    /// Position in the order, 0 for unclassified (the Long policies compare).
    public var rank: Int { Self.allCases.firstIndex(of: self) ?? 0 }

    /// Reads `secret`, `SECRET`, `top secret`, `TOP-SECRET`, `TS`, `S`, `C`, `U`, `CUI`.
    public init?(marking text: String) {
        let normalized = text.trimmingCharacters(in: .whitespaces).lowercased().replacingOccurrences(of: " ", with: "-")
        switch normalized {
        case "u", "unclassified": self = .unclassified
        case "cui": self = .cui
        case "c", "confidential": self = .confidential
        case "s", "secret": self = .secret
        case "ts", "top-secret": self = .topSecret
        default: return nil
        }
    }

    public static func < (lhs: Classification, rhs: Classification) -> Bool { lhs.rank < rhs.rank }
}

/// Which models a tenant or principal may call.
public enum ModelAccess: Sendable, Equatable {
    case all
    case only(Set<String>)

    public func allows(_ model: String) -> Bool {
        switch self {
        case .all: true
        case .only(let names): names.contains(model)
        }
    }
}

/// An agency (or a contractor serving one) and the people and services acting for it.
public struct TenantConfig: Sendable {
    public var id: String
    public var name: String
    public var models: ModelAccess
    public var principals: [PrincipalConfig]
    /// Whether this tenant's prompts and answers are retained (sealed) beside the ledger.
    public var retainContent: Bool = false
    /// The regions this tenant's data may be processed in (policy attribute `allowedRegions`);
    /// `nil`: every region a configured deployment is in.
    public var allowedRegions: Set<String>? = nil
    /// Limits on the whole tenant's calls (all its principals together).
    public var quotas = QuotaLimits()

    public func principal(_ id: String) -> PrincipalConfig? { principals.first { $0.id == id } }
}

/// A person or service account. API keys are issued to principals.
public struct PrincipalConfig: Sendable {
    public var id: String
    public var clearance: Classification
    public var roles: [String]
    public var compartments: [String]
    /// Narrows the tenant's models for this principal; `nil` means the tenant's list.
    public var models: ModelAccess?
    /// Limits on this principal's calls (on top of the tenant's).
    public var quotas = QuotaLimits()
    /// Client certificates that identify this principal (with `server.tls`).
    public var certificates: [CertificateMatch] = []
}
