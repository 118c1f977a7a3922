// SPDX-License-Identifier: Apache-2.0

/// Who is making a request, once authenticated: the subject of every decision and audit record.
public struct Principal: Sendable, Equatable {
    /// How the caller proved who they are.
    public enum AuthMethod: String, Sendable {
        case apiKey = "api-key"
    }

    public let id: String
    /// The tenant (agency) the principal acts for.
    public let tenant: String
    public let clearance: Clearance
    public let roles: [String]
    public let compartments: [String]
    public let authMethod: AuthMethod
    /// The credential used, e.g. the API key's public id (never the secret).
    public let credentialID: String
    /// The models this principal may call: the tenant's list narrowed by the principal's own.
    public let models: ModelAccess

    public func mayUse(model: String) -> Bool { models.allows(model) }
}
