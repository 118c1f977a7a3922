// SPDX-License-Identifier: Apache-2.0

import CustosGuard
import Foundation
import Testing

@testable import CustosGateway

/// Guard obligations stated by permit policies: how they are read, and how they tighten the
/// configuration's actions.
struct GuardObligationsTests {
    @Test func annotationsNameTheActionTheDirectionAndTheKinds() throws {
        let obligations = try GuardObligations.of(annotations: [
            ("id", "commercial-models"),
            ("guard_redact", "US_SSN, PERSON"),
            ("guard_block_response", "EMAIL"),
            ("guard_mask_request", "PHONE_US CREDIT_CARD"),
            ("advice", "not ours"),
        ])
        #expect(obligations.request == [.usSSN: .redact, .person: .redact, .phoneUS: .mask, .creditCard: .mask])
        #expect(obligations.response == [.usSSN: .redact, .person: .redact, .email: .block])
        #expect(obligations.masks)
        #expect(try GuardObligations.of(annotations: [("id", "x")]).isEmpty)
    }

    @Test func aMisspeltOrEmptyObligationIsAnErrorNotIgnored() {
        for (name, value, says) in [
            ("guard_redcat", "US_SSN", "no guard obligation"),
            ("guard_allow", "US_SSN", "no guard obligation"),
            ("guard_redact_both", "US_SSN", "no guard obligation"),
            ("guard_redact", "SSN", "`SSN`, which is no kind"),
            ("guard_block", " , ", "names no kind"),
        ] {
            #expect(throws: GuardObligations.Problem.self, "@\(name)") { try GuardObligations.of(annotations: [(name, value)]) }
            do {
                _ = try GuardObligations.of(annotations: [(name, value)])
            } catch {
                #expect(error.description.contains(says), "\(error.description)")
            }
        }
    }

    @Test func theStricterActionWinsAndObligationsNeverLoosenTheConfiguration() throws {
        var config = GuardConfig()
        config.request = [.usSSN: .block, .email: .allow]
        config.responseDefault = .redact
        let obligations = try GuardObligations.of(annotations: [("guard_redact", "US_SSN EMAIL"), ("guard_record_response", "PERSON")])
        let tightened = config.strengthened(by: obligations)
        #expect(tightened.action(for: .usSSN) == .block, "the configuration's block stands")
        #expect(tightened.action(for: .email) == .redact)
        #expect(tightened.action(for: .person) == .record, "kinds no obligation names keep the default")
        #expect(tightened.responseAction(for: .person) == .redact, "a record obligation does not loosen a redacting default")
        #expect(tightened.responseAction(for: .email) == .redact)

        let merged = obligations.merging(try GuardObligations.of(annotations: [("guard_block_request", "EMAIL"), ("guard_mask", "US_SSN")]))
        #expect(merged.request == [.usSSN: .redact, .email: .block])
        #expect(merged.response == [.usSSN: .redact, .email: .redact, .person: .record])
    }

    @Test func obligationsGoOnPermitsAndAreFoundByPolicy() throws {
        let text = """
            @id("commercial")
            @guard_redact("US_SSN")
            permit (principal, action, resource);

            @id("no-bob")
            @guard_block("EMAIL")
            forbid (principal, action, resource);
            """
        #expect {
            try ActivePolicySet(files: [.init(path: "p.cedar", text: text)])
        } throws: { error in
            let error = try #require(error as? ActivePolicySet.LoadError)
            return error.line == 5 && error.message.contains("go on a `permit`") && error.message.contains("no-bob")
        }
        let permits = try ActivePolicySet(files: [.init(path: "p.cedar", text: String(text.prefix(while: { $0 != ";" })) + ";")])
        #expect(permits.obligations(of: "policy0").request == [.usSSN: .redact])
        #expect(permits.obligations(of: "policy9").isEmpty)
    }

    @Test func aDecisionCarriesTheObligationsOfThePermitsThatDecidedIt() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("custos-obligations-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let extra = directory.appendingPathComponent("commercial.cedar").path
        try """
        @id("commercial-needs-redaction")
        @guard_redact("US_SSN")
        @guard_block_response("EMAIL")
        permit (principal is User, action == Action::"invoke", resource is Deployment)
        when { resource.authorization == "fedramp-moderate" };
        """.write(toFile: extra, atomically: true, encoding: .utf8)
        let yaml = """
            storage: {sqlite: {path: x.db}}
            models:
              - name: gpt
                deployments:
                  - {id: gpt-commercial, provider: openai-compatible, endpoint: "https://a.example/v1", region: us-east-1, jurisdiction: us,
                     authorization: fedramp-moderate}
                  - {id: gpt-gov, provider: openai-compatible, endpoint: "https://b.example/v1", region: us-gov-west-1, jurisdiction: us,
                     authorization: fedramp-high}
            tenants:
              - {id: usda, models: [gpt], principals: [{id: bob, clearance: cui}]}
              - {id: dhs, models: [gpt], allowed_regions: [us-gov-west-1], principals: [{id: alice, clearance: cui}]}
            ledger: {origin: custos.test/pdp, sqlite: {path: l.db}, signing_key: {file: ledger.key}}
            policy: {files: [\(LiveGateway.policyFile), \(extra)]}
            """
        let config = try ConfigLoader.parse(yaml: yaml, file: "obligations.yaml", baseDirectory: "/tmp")
        let pdp = try PolicyDecisionPoint(config: config)
        func decide(_ tenant: String, _ id: String, _ action: PolicyAction = .invoke) -> ModelDecision {
            let tenant = config.tenant(tenant)!
            let principal = Principal(tenant: tenant, principal: tenant.principal(id)!, authMethod: .explain, credentialID: "test")
            return pdp.decide(principal, action, model: config.model("gpt")!, context: CallContext())
        }
        let bob = decide("usda", "bob")
        let commercial = try #require(bob.deployments.first { $0.deployment.id == "gpt-commercial" })
        #expect(commercial.allowed && commercial.determining.contains("commercial-needs-redaction"))
        #expect(commercial.obligations.request == [.usSSN: .redact])
        #expect(commercial.obligations.response == [.usSSN: .redact, .email: .block])
        #expect(bob.deployments.first { $0.deployment.id == "gpt-gov" }?.obligations.isEmpty == true)
        // The call may fall back to either deployment: it meets the conditions of both.
        #expect(bob.obligations == commercial.obligations)
        // Alice's agency keeps to GovCloud: the commercial deployment is denied, so its
        // conditions do not bind her calls.
        let alice = decide("dhs", "alice")
        #expect(alice.permitted.map(\.id) == ["gpt-gov"])
        #expect(alice.obligations.isEmpty)
        // Embeddings are not what the permit names: no obligation.
        #expect(decide("usda", "bob", .embed).obligations.isEmpty)
    }

    @Test func aMaskObligationNeedsTheMaskKey() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("custos-obligations-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let extra = directory.appendingPathComponent("mask.cedar").path
        try "@guard_mask(\"PERSON\")\npermit (principal, action, resource);\n".write(toFile: extra, atomically: true, encoding: .utf8)
        let yaml = """
            storage: {sqlite: {path: x.db}}
            models: [{name: m, deployments: [{id: d, provider: openai-compatible, endpoint: "https://a.example/v1", region: us-east-1, jurisdiction: us, authorization: fedramp-moderate}]}]
            tenants: [{id: t, models: "*", principals: [{id: p}]}]
            ledger: {origin: custos.test/pdp, sqlite: {path: l.db}, signing_key: {file: ledger.key}}
            policy: {files: [\(extra)]}
            """
        #expect {
            try ConfigLoader.parse(yaml: yaml, file: "mask.yaml", baseDirectory: "/tmp")
        } throws: { error in
            (error as? ConfigError)?.problem.contains("guard.mask_key") == true
        }
        let withKey = yaml + "\nguard: {mask_key: {env: CUSTOS_TEST_MASK_KEY}}\n"
        #expect(try ConfigLoader.parse(yaml: withKey, file: "mask.yaml", baseDirectory: "/tmp").policy.policies.obligationsMask)
    }
}
