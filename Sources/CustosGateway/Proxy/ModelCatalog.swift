// SPDX-License-Identifier: Apache-2.0

import CustosProviders
import Foundation

/// The models a gateway serves and who may use them, frozen from the configuration at start.
///
/// Until the Cedar policy engine sits on the request path, access is the configuration's model
/// lists (tenant, narrowed by principal). A model the caller may not use is reported exactly like
/// one that does not exist, so model names do not leak across tenants.
struct ModelCatalog: Sendable {
    let models: [ModelConfig]
    /// Reported as `created` in model objects: when this configuration was loaded.
    let created: Int

    init(config: GatewayConfig, now: Date = Date()) {
        self.models = config.models
        self.created = Int(now.timeIntervalSince1970)
    }

    /// The model `name` if `principal` may use it.
    func resolve(_ name: String, for principal: Principal) throws(GatewayError) -> ModelConfig {
        guard principal.mayUse(model: name), let model = models.first(where: { $0.name == name }) else {
            throw .modelNotFound(name)
        }
        return model
    }

    /// The models `principal` may use, in configuration order.
    func visibleModels(for principal: Principal) -> [ModelObject] {
        models.filter { principal.mayUse(model: $0.name) }.map { ModelObject(id: $0.name, created: created, ownedBy: $0.ownedBy) }
    }
}
