// SPDX-License-Identifier: Apache-2.0

import CustosLedger
import CustosPolicy
import CustosProviders
import Foundation
import HTTPTypes
import Testing

@testable import CustosGateway

/// The decision point over the shipped default policy set and a configuration with two agencies,
/// deployments at several authorization levels and regions.
struct PolicyDecisionPointTests {
    static let config = try! ConfigLoader.parse(yaml: yaml(), file: "pdp.yaml", baseDirectory: "/tmp")

    /// The configuration's YAML, with `extraPolicies` after the default set.
    static func yaml(extraPolicies: [String] = []) -> String {
        """
        storage: {sqlite: {path: x.db}}
        models:
          - name: gpt
            deployments:
              - {id: gpt-commercial, provider: openai-compatible, endpoint: "https://a.example/v1", region: us-east-1, jurisdiction: us,
                 authorization: fedramp-moderate}
              - {id: gpt-gov, provider: openai-compatible, endpoint: "https://b.example/v1", region: us-gov-west-1, jurisdiction: us,
                 authorization: fedramp-high}
          - name: enclave
            deployments:
              - {id: enclave-1, provider: openai-compatible, endpoint: "https://c.example/v1", region: us-gov-east-1, jurisdiction: us,
                 authorization: il6}
        tenants:
          - id: dhs
            models: "*"
            allowed_regions: [us-gov-west-1, us-gov-east-1]
            principals:
              - {id: alice, clearance: secret, compartments: [ORCON]}
              - {id: ivan, clearance: top-secret, models: [gpt]}
              - {id: audra, roles: [auditor], models: []}
          - id: usda
            models: [gpt]
            principals: [{id: bob, clearance: cui}]
        ledger: {origin: custos.test/pdp, sqlite: {path: l.db}, signing_key: {file: ledger.key}}
        policy: {files: [\(([LiveGateway.policyFile] + extraPolicies).joined(separator: ", "))]}
        """
    }

    static let pdp = try! PolicyDecisionPoint(config: config)

    static func principal(_ tenant: String, _ id: String) -> Principal {
        let tenant = config.tenant(tenant)!
        return Principal(tenant: tenant, principal: tenant.principal(id)!, authMethod: .explain, credentialID: "test")
    }

    static func decide(_ tenant: String, _ id: String, _ model: String, _ context: CallContext, _ action: PolicyAction = .invoke) -> ModelDecision {
        pdp.decide(principal(tenant, id), action, model: config.model(model)!, context: context)
    }

    @Test func entitiesFollowTheSchemaAndTheConfiguration() throws {
        let entities = Self.pdp.entities.entities
        let alice = try #require(entities[PolicyEntities.user(tenant: "dhs", principal: "alice")])
        #expect(alice.attributes["clearance"] == .long(3))
        #expect(alice.attributes["compartments"] == .set(CedarSet([.string("ORCON")])))
        #expect(entities.isDescendant(PolicyEntities.user(tenant: "dhs", principal: "audra"), of: PolicyEntities.role("auditor")))
        #expect(entities.isDescendant(PolicyEntities.deployment("gpt-gov"), of: PolicyEntities.model("gpt")))
        let ivan = try #require(entities[PolicyEntities.user(tenant: "dhs", principal: "ivan")])
        #expect(ivan.attributes["models"] == .set(CedarSet([.entity(PolicyEntities.model("gpt"))])))
        // usda names no regions: every region a deployment is in.
        let usda = try #require(entities[PolicyEntities.agency("usda")])
        #expect(usda.attributes["allowedRegions"] == .set(CedarSet(["us-east-1", "us-gov-west-1", "us-gov-east-1"].map(Value.string))))
        // The authorization level sets the ceiling: Moderate and High cover CUI, IL6 SECRET.
        #expect(entities[PolicyEntities.deployment("gpt-commercial")]?.attributes["maxClassification"] == .long(1))
        #expect(entities[PolicyEntities.deployment("enclave-1")]?.attributes["maxClassification"] == .long(3))
    }

    @Test func eachDeploymentGetsItsOwnVerdict() {
        // DHS data stays in government regions; CUI fits FedRAMP High.
        let cui = Self.decide("dhs", "alice", "gpt", CallContext(classification: .cui))
        #expect(cui.permitted.map(\.id) == ["gpt-gov"])
        #expect(cui.deployments[0].determining == ["data-residency"])
        // SECRET only to the IL6 enclave, and only with the compartments the user holds.
        #expect(!Self.decide("dhs", "alice", "gpt", CallContext(classification: .secret)).isAllowed)
        #expect(Self.decide("dhs", "alice", "enclave", CallContext(classification: .secret, compartments: ["ORCON"])).isAllowed)
        let extra = Self.decide("dhs", "alice", "enclave", CallContext(classification: .secret, compartments: ["ORCON", "HCS"]))
        #expect(extra.denialReasons == ["need-to-know"])
        // USDA may use both gpt deployments for CUI, never the enclave, which it cannot even see.
        #expect(Self.decide("usda", "bob", "gpt", CallContext(classification: .cui)).permitted.count == 2)
        let enclave = Self.decide("usda", "bob", "enclave", CallContext(), .listModels)
        #expect(!enclave.isAllowed && enclave.denialReasons.contains("tenant-isolation"))
        // Clearance dominates.
        #expect(Self.decide("usda", "bob", "gpt", CallContext(classification: .confidential)).denialReasons.contains("clearance-dominates"))
        // A principal narrowed to one model.
        #expect(Self.decide("dhs", "ivan", "enclave", CallContext(), .listModels).denialReasons == ["principal-model-grants"])
    }

    @Test func onlyAuditorsReadTheLedger() {
        #expect(Self.pdp.mayReadLedger(Self.principal("dhs", "audra")))
        #expect(!Self.pdp.mayReadLedger(Self.principal("dhs", "alice")))
    }

    @Test func declaredClassificationAndCompartmentsComeFromHeaders() throws {
        var headers = HTTPFields()
        headers[CallContext.classificationHeader] = "Top Secret"
        headers[CallContext.compartmentsHeader] = "SI, TK,,"
        let alice = Self.principal("dhs", "alice")
        let context = try CallContext.of(headers: headers, sourceAddress: "10.1.2.3", principal: alice)
        #expect(context.classification == .topSecret)
        #expect(context.compartments == ["SI", "TK"])
        #expect(context.sourceIP == IPAddress(parsing: "10.1.2.3"))
        #expect(context.cedar["authMethod"] == .string("explain"))
        #expect(try CallContext.of(headers: [:], sourceAddress: nil, principal: alice).classification == .unclassified)
        #expect(try CallContext.of(headers: [:], sourceAddress: nil, principal: alice).cedar["sourceIp"] == nil)
        for marking in ["U", "cui", "C", "S", "TS", "top-secret"] { #expect(Classification(marking: marking) != nil, "\(marking)") }
        #expect(Classification(marking: "restricted") == nil)
    }

    @Test func theContextRecordIsCedarJSON() throws {
        let context = CallContext(
            classification: .cui,
            compartments: ["B", "A"],
            sourceIP: IPAddress(parsing: "10.0.0.9"),
            millisecondsSinceEpoch: 1_795_000_000_123
        )
        let json = String(decoding: try CanonicalJSON.encode(context.json), as: UTF8.self)
        #expect(json.contains(#""compartments":["A","B"]"#))
        #expect(json.contains(#""sourceIp":{"__extn":{"arg":"10.0.0.9","fn":"ip"}}"#))
        #expect(json.contains(#""time":{"__extn":{"arg":"2026-11-18T11:06:40.123Z","fn":"datetime"}}"#))
    }

    @Test func compartmentsInMarkingsAreNeedToKnow() {
        let text = "SECRET//HCS//NOFORN\n(S//HCS) The source reported."
        let inspection = PromptInspection.of([PromptString(range: 0..<1, text: text)], config: GuardConfig())
        let context = CallContext().inspected(inspection)
        #expect(context.classification == .secret && context.compartments == ["HCS"])
        // alice holds ORCON only: the enclave (IL6, up to SECRET) is refused by need-to-know.
        #expect(Self.decide("dhs", "alice", "enclave", context).denialReasons == ["need-to-know"])
        let orcon = CallContext().inspected(PromptInspection.of([PromptString(range: 0..<1, text: "SECRET//ORCON")], config: GuardConfig()))
        #expect(Self.decide("dhs", "alice", "enclave", orcon).isAllowed)
    }
}
