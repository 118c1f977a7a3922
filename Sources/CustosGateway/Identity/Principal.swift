// SPDX-License-Identifier: Apache-2.0

/// Who is making a request, once authenticated: the subject of every decision and audit record.
///
/// What it may do is decided by policy over the entity `User::"<tenant>/<id>"`
/// (``PolicyEntities``), whose attributes come from the same configuration.
public struct Principal: Sendable, Equatable {
    /// How the caller proved who they are.
    public enum AuthMethod: String, Sendable {
        case apiKey = "api-key"
        /// An OpenID Connect / JWT bearer token from a configured issuer.
        case oidc
        /// A TLS client certificate (PIV/CAC, service certificates) chained to a configured CA.
        case mtls
        /// Not a request: `custos policy explain` asking on the principal's behalf.
        case explain
    }

    public let id: String
    /// The tenant (agency) the principal acts for.
    public let tenant: String
    public let clearance: Classification
    public let roles: [String]
    public let compartments: [String]
    public let authMethod: AuthMethod
    /// The credential used, e.g. the API key's public id (never the secret).
    public let credentialID: String

    /// Whether the configuration declares this principal (its policy entity exists at start);
    /// `false` for one known only from a verified token's claims.
    public let isDeclared: Bool

    /// The principal `principal` of `tenant` as configured, having authenticated with `method`.
    public init(tenant: TenantConfig, principal: PrincipalConfig, authMethod: AuthMethod, credentialID: String) {
        self.id = principal.id
        self.tenant = tenant.id
        self.clearance = principal.clearance
        self.roles = principal.roles
        self.compartments = principal.compartments
        self.authMethod = authMethod
        self.credentialID = credentialID
        self.isDeclared = true
    }

    /// A principal known from a verified token: its attributes come from the token's claims.
    init(tokenSubject id: String, tenant: String, clearance: Classification, roles: [String], compartments: [String], issuer: String) {
        self.id = id
        self.tenant = tenant
        self.clearance = clearance
        self.roles = roles
        self.compartments = compartments
        self.authMethod = .oidc
        self.credentialID = issuer
        self.isDeclared = false
    }
}
