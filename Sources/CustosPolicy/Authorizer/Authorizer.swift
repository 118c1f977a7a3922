// SPDX-License-Identifier: Apache-2.0

/// The outcome of authorizing one request.
public struct Response: Sendable, Equatable {
    public enum Decision: String, Sendable { case allow, deny }

    public let decision: Decision
    /// Determining policies: the satisfied permits on allow, the satisfied forbids on deny (may be empty).
    public let reasons: [String]
    /// Policies that errored, with why; they were skipped.
    public let errors: [PolicyError]

    public struct PolicyError: Sendable, Equatable {
        public let policyID: String
        public let error: EvaluationError
    }
}

/// Cedar's authorization algorithm: default deny, forbid beats permit, a policy that errors is
/// skipped and reported. Pure: no I/O, no state.
public struct Authorizer: Sendable {
    public init() {}

    public func authorize(_ request: Request, policies: PolicySet, entities: Entities) -> Response {
        let evaluator = Evaluator(request: request, entities: entities)
        var permits: [String] = []
        var forbids: [String] = []
        var errors: [Response.PolicyError] = []
        for policy in policies.policies {
            do {
                guard try Self.satisfied(policy, evaluator) else { continue }
                if policy.effect == .permit { permits.append(policy.id) } else { forbids.append(policy.id) }
            } catch {
                errors.append(Response.PolicyError(policyID: policy.id, error: error))
            }
        }
        if !forbids.isEmpty { return Response(decision: .deny, reasons: forbids, errors: errors) }
        if !permits.isEmpty { return Response(decision: .allow, reasons: permits, errors: errors) }
        return Response(decision: .deny, reasons: [], errors: errors)
    }

    /// The scope first (it cannot error), then each condition in order, short-circuiting.
    static func satisfied(_ policy: Policy, _ evaluator: Evaluator) throws(EvaluationError) -> Bool {
        let request = evaluator.request
        let entities = evaluator.entities
        guard matches(policy.principal, request.principal, entities), matches(policy.action, request.action, entities),
            matches(policy.resource, request.resource, entities)
        else { return false }
        for condition in policy.conditions {
            guard case .bool(let flag) = try evaluator.evaluate(condition) else {
                throw .typeError("a policy condition must be a boolean")
            }
            if !flag { return false }
        }
        return true
    }

    static func matches(_ constraint: ScopeConstraint, _ uid: EntityUID, _ entities: Entities) -> Bool {
        switch constraint {
        case .any: true
        case .equal(let other): uid == other
        case .in(let ancestor): entities.isDescendant(uid, of: ancestor)
        case .inAny(let list): list.contains { entities.isDescendant(uid, of: $0) }
        case .isType(let type): uid.type == type
        case .isTypeIn(let type, let ancestor): uid.type == type && entities.isDescendant(uid, of: ancestor)
        }
    }
}
