// SPDX-License-Identifier: Apache-2.0

import CustosLedger
import CustosPolicy

/// What a caller asks to do, as the policy's `Action` entities name it.
public enum PolicyAction: String, Sendable, CaseIterable {
    /// Chat completions.
    case invoke
    /// Embeddings.
    case embed
    /// Seeing a model in `GET /v1/models` (and being told it exists at all).
    case listModels
    /// Reading the audit ledger over HTTP.
    case readLedger
    /// Managing an agency through the admin API: its keys, its usage.
    case administer

    var uid: EntityUID {
        switch self {
        case .invoke: Self.uids.invoke
        case .embed: Self.uids.embed
        case .listModels: Self.uids.listModels
        case .readLedger: Self.uids.readLedger
        case .administer: Self.uids.administer
        }
    }

    private static let uids = (
        invoke: EntityUID(type: PolicyEntities.Types.action, id: "invoke"),
        embed: EntityUID(type: PolicyEntities.Types.action, id: "embed"),
        listModels: EntityUID(type: PolicyEntities.Types.action, id: "listModels"),
        readLedger: EntityUID(type: PolicyEntities.Types.action, id: "readLedger"),
        administer: EntityUID(type: PolicyEntities.Types.action, id: "administer")
    )
}

/// One deployment's verdict for one call, in the names an operator wrote (`@id`).
public struct DeploymentDecision: Sendable {
    public let deployment: DeploymentConfig
    public let allowed: Bool
    /// The policies that decided: satisfied permits when allowed; satisfied forbids (or erroring
    /// forbids, when those deny) when denied; empty when nothing permitted.
    public let determining: [String]
    /// Policies that could not be evaluated, with Cedar's message; they were skipped, except that
    /// an erroring forbid denies when `policy.forbid_errors_deny` is on.
    public let erroring: [(policy: String, message: String)]
    /// What the permits that decided require of the guard when the call goes here (empty when
    /// denied, or when they state nothing).
    public var obligations = GuardObligations()
}

/// The verdicts for every deployment of a model: the deployments a call may be sent to, and why
/// the others may not.
public struct ModelDecision: Sendable {
    public let action: PolicyAction
    public let model: ModelConfig
    /// In the model's priority order.
    public let deployments: [DeploymentDecision]
    /// The guard obligations of every permitted deployment, the strictest per kind: a call
    /// may fall back from one deployment to the next, and what it sends is fixed before the
    /// first attempt, so it meets the conditions of all of them.
    public let obligations: GuardObligations

    public init(action: PolicyAction, model: ModelConfig, deployments: [DeploymentDecision]) {
        self.action = action
        self.model = model
        self.deployments = deployments
        self.obligations = deployments.filter(\.allowed).reduce(GuardObligations()) { $0.merging($1.obligations) }
    }

    /// The deployments the call may go to, in priority order; the others are never tried.
    public var permitted: [DeploymentConfig] { deployments.filter(\.allowed).map(\.deployment) }
    public var isAllowed: Bool { deployments.contains(where: \.allowed) }

    /// Why nothing was permitted, for the caller: each denying policy once, in order.
    public var denialReasons: [String] {
        var seen = Set<String>()
        var reasons: [String] = []
        for decision in deployments where !decision.allowed {
            let names = decision.determining.isEmpty ? [DecisionRecord.noPermit] : decision.determining
            for name in names where seen.insert(name).inserted { reasons.append(name) }
        }
        return reasons
    }
}

extension ModelDecision {
    /// The decision as ledger records carry it (canonical JSON), with the set's digest.
    public func ledgerJSON(context: CallContext, policySet: String) -> String {
        var object = DecisionRecord.value(self, context: context)
        object["set"] = .string(policySet)
        return (try? CanonicalJSON.encode(.object(object))).map { String(decoding: $0, as: UTF8.self) } ?? "{}"
    }
}

/// Decides, with the configured Cedar policy set, whether a principal may do an action on each
/// deployment of a model: the policy decision point of the request path.
///
/// Pure and immutable: the entities are built once from the configuration (``PolicyEntities``),
/// and each decision is a function of principal, action, deployment and ``CallContext``. Cedar's
/// rules apply (default deny, forbid beats permit, erroring policies skipped), and in addition an
/// erroring `forbid` denies while `policy.forbid_errors_deny` is on (the default): a rule meant
/// to stop data cannot be disabled by an input it did not expect.
public struct PolicyDecisionPoint: Sendable {
    public let policies: ActivePolicySet
    public let entities: PolicyEntities
    public let forbidErrorsDeny: Bool
    private let origin: String
    private let authorizer = Authorizer()

    /// - Throws: ``ConfigError`` when the configuration's entities clash (two principals of one
    ///   tenant mapping to the same entity cannot happen after loading; this guards the builder).
    public init(config: GatewayConfig) throws(ConfigError) {
        self.policies = config.policy.policies
        do {
            self.entities = try PolicyEntities(config: config)
        } catch {
            throw ConfigError(file: config.sourceFile, line: nil, column: nil, keyPath: "tenants", problem: "policy entities: \(error)")
        }
        self.forbidErrorsDeny = config.policy.forbidErrorsDeny
        self.origin = config.ledger.origin
    }

    /// The verdict for each deployment of `model`.
    public func decide(_ principal: Principal, _ action: PolicyAction, model: ModelConfig, context: CallContext) -> ModelDecision {
        let user = PolicyEntities.user(tenant: principal.tenant, principal: principal.id)
        let record = context.cedar
        let store = entities(for: principal)
        let decisions = model.deployments.map { deployment in
            decide(
                Request(principal: user, action: action.uid, resource: PolicyEntities.deployment(deployment.id), context: record),
                deployment,
                store
            )
        }
        return ModelDecision(action: action, model: model, deployments: decisions)
    }

    /// Whether `principal` may read the ledger.
    public func mayReadLedger(_ principal: Principal) -> Bool {
        let request = Request(
            principal: PolicyEntities.user(tenant: principal.tenant, principal: principal.id),
            action: PolicyAction.readLedger.uid,
            resource: PolicyEntities.ledger(origin)
        )
        return verdict(authorizer.authorize(request, policies: policies.policies, entities: entities(for: principal))).allowed
    }

    /// Whether `principal` may administer `tenant` (its keys, its usage).
    public func mayAdminister(_ principal: Principal, tenant: String) -> Bool {
        let request = Request(
            principal: PolicyEntities.user(tenant: principal.tenant, principal: principal.id),
            action: PolicyAction.administer.uid,
            resource: PolicyEntities.agency(tenant)
        )
        return verdict(authorizer.authorize(request, policies: policies.policies, entities: entities(for: principal))).allowed
    }

    /// The entities to decide `principal`'s requests with: the configuration's, plus the
    /// principal's own `User` entity when it is known only from a verified token.
    func entities(for principal: Principal) -> Entities {
        principal.isDeclared ? entities.entities : entities.entities.adding(entities.userEntity(principal))
    }

    private func decide(_ request: Request, _ deployment: DeploymentConfig, _ store: Entities) -> DeploymentDecision {
        let response = authorizer.authorize(request, policies: policies.policies, entities: store)
        let verdict = verdict(response)
        var decision = DeploymentDecision(
            deployment: deployment,
            allowed: verdict.allowed,
            determining: verdict.determining,
            erroring: verdict.erroring
        )
        if verdict.allowed {
            decision.obligations = response.reasons.reduce(GuardObligations()) { $0.merging(policies.obligations(of: $1)) }
        }
        return decision
    }

    private func verdict(_ response: Response) -> (allowed: Bool, determining: [String], erroring: [(policy: String, message: String)]) {
        let erroring = response.errors.map { (policies.name(of: $0.policyID), "\($0.error)") }
        if forbidErrorsDeny {
            let failedForbids = response.errors.filter { policies.policies.policy(id: $0.policyID)?.effect == .forbid }
            if !failedForbids.isEmpty {
                let forbids = response.decision == .deny ? response.reasons : []
                return (false, (forbids + failedForbids.map(\.policyID)).map(policies.name), erroring)
            }
        }
        return (response.decision == .allow, response.reasons.map(policies.name), erroring)
    }
}

/// How decisions appear in ledger records.
enum DecisionRecord {
    /// Named as a reason when no permit applied (Cedar's default deny).
    static let noPermit = "no-permit-applies"

    /// `{"action", "decision", "context", "deployments": [{"id", "decision", "determining", "erroring"}]}`.
    static func value(_ decision: ModelDecision, context: CallContext) -> [String: LedgerValue] {
        [
            "action": .string(decision.action.rawValue),
            "decision": .string(decision.isAllowed ? "allow" : "deny"),
            "context": context.json,
            "deployments": .array(
                decision.deployments.map { verdict in
                    .object(
                        [
                            "id": .string(verdict.deployment.id),
                            "decision": .string(verdict.allowed ? "allow" : "deny"),
                            "determining": .array(verdict.determining.map(LedgerValue.string)),
                            "erroring": .array(verdict.erroring.map { .string($0.policy) }),
                        ].merging(verdict.obligations.isEmpty ? [:] : ["obligations": verdict.obligations.ledgerValue]) { first, _ in first }
                    )
                }
            ),
        ]
    }
}
