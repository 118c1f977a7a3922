// SPDX-License-Identifier: Apache-2.0

import CustosProviders
import Foundation

/// The models a gateway serves, frozen from the configuration at start, and which of them a
/// caller is shown.
///
/// A model is visible to a principal when the policy permits `Action::"listModels"` on at least
/// one of its deployments. A model the caller may not see is reported exactly like one that does
/// not exist, so model names do not leak across tenants.
struct ModelCatalog: Sendable {
    let models: [ModelConfig]
    let policy: PolicyDecisionPoint
    /// Reported as `created` in model objects: when this configuration was loaded.
    let created: Int

    init(config: GatewayConfig, policy: PolicyDecisionPoint, now: Date = Date()) {
        self.models = config.models
        self.policy = policy
        self.created = Int(now.timeIntervalSince1970)
    }

    /// The model named `name`, whoever asks (`nil` when none is configured).
    func model(named name: String) -> ModelConfig? { models.first { $0.name == name } }

    /// The models `principal` may see, in configuration order.
    func visibleModels(for principal: Principal, context: CallContext) -> [ModelObject] {
        models.filter { policy.decide(principal, .listModels, model: $0, context: context).isAllowed }.map {
            ModelObject(id: $0.name, created: created, ownedBy: $0.ownedBy)
        }
    }
}
