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

    @Test func aDecisionCarriesTheObligationsOfThePermitsThatDecidedIt() async throws {
        let commercial = """
            @id("commercial-needs-redaction")
            @guard_redact("US_SSN")
            @guard_block_response("EMAIL")
            permit (principal is User, action == Action::"invoke", resource is Deployment)
            when { resource.authorization == "fedramp-moderate" };
            """
        try await LiveGateway.withPolicyFile(commercial) { extra in
            // The decision point's tests' configuration: gpt has a commercial and a GovCloud
            // deployment; usda may use every region, dhs only GovCloud.
            let config = try ConfigLoader.parse(
                yaml: PolicyDecisionPointTests.yaml(extraPolicies: [extra]),
                file: "obligations.yaml",
                baseDirectory: "/tmp"
            )
            let pdp = try PolicyDecisionPoint(config: config)
            func decide(_ tenant: String, _ id: String, _ action: PolicyAction = .invoke) -> ModelDecision {
                let tenant = config.tenant(tenant)!
                let principal = Principal(tenant: tenant, principal: tenant.principal(id)!, authMethod: .explain, credentialID: "test")
                return pdp.decide(principal, action, model: config.model("gpt")!, context: CallContext())
            }
            let bob = decide("usda", "bob")
            let permittedCommercial = try #require(bob.deployments.first { $0.deployment.id == "gpt-commercial" })
            #expect(permittedCommercial.allowed && permittedCommercial.determining.contains("commercial-needs-redaction"))
            #expect(permittedCommercial.obligations.request == [.usSSN: .redact])
            #expect(permittedCommercial.obligations.response == [.usSSN: .redact, .email: .block])
            #expect(bob.deployments.first { $0.deployment.id == "gpt-gov" }?.obligations.isEmpty == true)
            // The call may fall back to either deployment: it meets the conditions of both.
            #expect(bob.obligations == permittedCommercial.obligations)
            // Alice's agency keeps to GovCloud: the commercial deployment is denied, so its
            // conditions do not bind her calls.
            let alice = decide("dhs", "alice")
            #expect(alice.permitted.map(\.id) == ["gpt-gov"])
            #expect(alice.obligations.isEmpty)
            // Embeddings are not what the permit names: no obligation.
            #expect(decide("usda", "bob", .embed).obligations.isEmpty)
        }
    }

    @Test func aMaskObligationNeedsTheMaskKey() async throws {
        try await LiveGateway.withPolicyFile("@guard_mask(\"PERSON\")\npermit (principal, action, resource);\n") { extra in
            let yaml = PolicyDecisionPointTests.yaml(extraPolicies: [extra])
            #expect {
                try ConfigLoader.parse(yaml: yaml, file: "mask.yaml", baseDirectory: "/tmp")
            } throws: { error in
                (error as? ConfigError)?.problem.contains("guard.mask_key") == true
            }
            let withKey = yaml + "\nguard: {mask_key: {env: CUSTOS_TEST_MASK_KEY}}\n"
            let parsed = try ConfigLoader.parse(yaml: withKey, file: "mask.yaml", baseDirectory: "/tmp")
            #expect(parsed.policy.policies.obligationsMask)
        }
    }
}
