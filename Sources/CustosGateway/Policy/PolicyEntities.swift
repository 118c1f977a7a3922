// SPDX-License-Identifier: Apache-2.0

public import CustosLedger
public import CustosPolicy

/// The Cedar entities a gateway authorizes with, built once from its configuration in the shape
/// `policies/custos.cedarschema` declares:
///
/// - `Agency::"<tenant>"` with `models` (the tenant's models, `"*"` expanded) and
///   `allowedRegions` (`allowed_regions`, or every region a deployment is in);
/// - `User::"<tenant>/<principal>"`, child of its Agency and of `Role::"<role>"` for each role,
///   with `agency`, `clearance` (the classification rank), `compartments` and `models` (the
///   tenant's models narrowed by the principal's own list);
/// - `Model::"<name>"`, and `Deployment::"<id>"` (child of its Model) with `model`, `region`,
///   `jurisdiction`, `authorization` and `maxClassification`;
/// - `Ledger::"<origin>"`.
///
/// The same entities are kept in Cedar's entities JSON format (``json``), which the ledger's
/// `POLICY_SET` record carries so a decision can be replayed with any Cedar implementation.
public struct PolicyEntities: Sendable {
    public let entities: Entities
    /// The entities in Cedar's JSON format, in a stable order.
    public let json: LedgerValue
    /// Each tenant's `models` attribute, for users known only from a token.
    private let tenantModels: [String: Value]

    public init(config: GatewayConfig) throws(Entities.Failure) {
        var list: [Entity] = []
        var json: [LedgerValue] = []
        func add(_ uid: EntityUID, _ attributes: [(String, Value)], parents: [EntityUID] = []) {
            list.append(Entity(uid: uid, attributes: CedarRecord(Dictionary(attributes, uniquingKeysWith: { $1 })), parents: parents))
            json.append(
                .object([
                    "uid": Self.reference(uid),
                    "attrs": .object(Dictionary(attributes.map { ($0.0, Self.json($0.1)) }, uniquingKeysWith: { $1 })),
                    "parents": .array(parents.map(Self.reference)),
                ])
            )
        }
        let allModels = config.models.map(\.name)
        let allRegions = Set(config.models.flatMap(\.deployments).map(\.region))
        func models(_ access: ModelAccess) -> Value {
            .set(CedarSet(allModels.filter(access.allows).map { .entity(Self.model($0)) }))
        }
        for model in config.models {
            add(Self.model(model.name), [])
            for deployment in model.deployments {
                add(
                    Self.deployment(deployment.id),
                    [
                        ("model", .entity(Self.model(model.name))),
                        ("region", .string(deployment.region)),
                        ("jurisdiction", .string(deployment.jurisdiction)),
                        ("authorization", .string(deployment.authorization.rawValue)),
                        ("maxClassification", .long(Int64(deployment.maxClassification.rank))),
                    ],
                    parents: [Self.model(model.name)]
                )
            }
        }
        var tenantModels: [String: Value] = [:]
        for tenant in config.tenants { tenantModels[tenant.id] = models(tenant.models) }
        self.tenantModels = tenantModels
        let roles = Set(config.tenants.flatMap { $0.principals.flatMap(\.roles) })
        for role in roles.sorted() { add(Self.role(role), []) }
        for tenant in config.tenants {
            let regions = (tenant.allowedRegions ?? allRegions).sorted()
            add(Self.agency(tenant.id), [("models", models(tenant.models)), ("allowedRegions", .set(CedarSet(regions.map(Value.string))))])
            for principal in tenant.principals {
                add(
                    Self.user(tenant: tenant.id, principal: principal.id),
                    [
                        ("agency", .entity(Self.agency(tenant.id))),
                        ("clearance", .long(Int64(principal.clearance.rank))),
                        ("compartments", .set(CedarSet(principal.compartments.map(Value.string)))),
                        ("models", models(tenant.models.narrowed(by: principal.models))),
                    ],
                    parents: [Self.agency(tenant.id)] + principal.roles.map(Self.role)
                )
            }
        }
        add(Self.ledger(config.ledger.origin), [])
        self.entities = try Entities(list)
        self.json = .array(json)
    }

    /// The `User` entity of a principal the configuration does not declare (one known from a
    /// verified token): the same attributes as a declared one, from the token's claims, with the
    /// tenant's models.
    func userEntity(_ principal: Principal) -> Entity {
        Entity(
            uid: Self.user(tenant: principal.tenant, principal: principal.id),
            attributes: CedarRecord([
                "agency": .entity(Self.agency(principal.tenant)),
                "clearance": .long(Int64(principal.clearance.rank)),
                "compartments": .set(CedarSet(principal.compartments.map(Value.string))),
                "models": tenantModels[principal.tenant] ?? .set(CedarSet([])),
            ]),
            parents: [Self.agency(principal.tenant)] + principal.roles.map(Self.role)
        )
    }

    public static func user(tenant: String, principal: String) -> EntityUID { EntityUID(type: Types.user, id: "\(tenant)/\(principal)") }
    public static func agency(_ tenant: String) -> EntityUID { EntityUID(type: Types.agency, id: tenant) }
    public static func role(_ name: String) -> EntityUID { EntityUID(type: Types.role, id: name) }
    public static func model(_ name: String) -> EntityUID { EntityUID(type: Types.model, id: name) }
    public static func deployment(_ id: String) -> EntityUID { EntityUID(type: Types.deployment, id: id) }
    public static func ledger(_ origin: String) -> EntityUID { EntityUID(type: Types.ledger, id: origin) }

    /// The entity types of the schema, made once (every decision names several).
    enum Types {
        static let user = EntityType(path: ["User"])
        static let agency = EntityType(path: ["Agency"])
        static let role = EntityType(path: ["Role"])
        static let model = EntityType(path: ["Model"])
        static let deployment = EntityType(path: ["Deployment"])
        static let ledger = EntityType(path: ["Ledger"])
        static let action = EntityType(path: ["Action"])
    }

    /// `{"type": ..., "id": ...}`, Cedar JSON's entity reference.
    static func reference(_ uid: EntityUID) -> LedgerValue { .object(["type": .string(uid.type.description), "id": .string(uid.id)]) }

    /// A value of the kinds these entities hold, in Cedar's JSON format (entity references escaped
    /// with `__entity`; sets sorted for a stable record).
    static func json(_ value: Value) -> LedgerValue {
        switch value {
        case .bool(let flag): .bool(flag)
        case .long(let number): .integer(number)
        case .string(let text): .string(text)
        case .entity(let uid): .object(["__entity": reference(uid)])
        case .set(let set): .array(set.elements.sorted { $0.description < $1.description }.map(json))
        case .record(let record): .object(Dictionary(record.names.map { ($0, json(record[$0]!)) }, uniquingKeysWith: { $1 }))
        case .ext(let value):
            switch value {
            case .ipaddr(let address): extensionCall("ip", hostOrRange(address))
            case .decimal(let number): extensionCall("decimal", "\(number)")
            case .datetime(let time):
                extensionCall("datetime", CallFacts.format(millisecondsSinceEpoch: time.millisecondsSinceEpoch))
            case .duration(let duration): extensionCall("duration", "\(duration.milliseconds)ms")
            }
        }
    }

    /// A single host as an address (`10.1.2.3`), a range with its prefix (`10.0.0.0/8`).
    private static func hostOrRange(_ address: IPAddress) -> String {
        let text = address.description
        return address.prefixLength == (address.isV4 ? 32 : 128) ? String(text.prefix { $0 != "/" }) : text
    }

    private static func extensionCall(_ function: String, _ argument: String) -> LedgerValue {
        .object(["__extn": .object(["fn": .string(function), "arg": .string(argument)])])
    }
}

extension ModelAccess {
    /// This list narrowed by `other` (`nil`: not narrowed).
    func narrowed(by other: ModelAccess?) -> ModelAccess {
        switch (self, other) {
        case (_, nil): self
        case (.all, let own?): own
        case (.only(let names), .all?): .only(names)
        case (.only(let names), .only(let own)?): .only(names.intersection(own))
        }
    }
}
