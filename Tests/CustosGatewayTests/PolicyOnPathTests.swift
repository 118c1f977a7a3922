// SPDX-License-Identifier: Apache-2.0

import CustosLedger
import Foundation
import NIOHTTP1
import Testing

@testable import CustosGateway

/// Cedar on the request path, end to end over loopback with the shipped default policy set.
@Suite(.serialized, .timeLimit(.minutes(2)))
struct PolicyOnPathTests {
    /// Adds a model whose first deployment is authorized for unclassified data only and whose
    /// second (FedRAMP High) covers CUI, both served by the fake upstream under different names,
    /// plus a model in a region agency-a may not use; agency-a is held to region `local`.
    static func tiered(_ yaml: String) -> String {
        let fake = yaml.components(separatedBy: "endpoint: \"").dropFirst().first!.components(separatedBy: "\"").first!
        return
            yaml
            .replacingOccurrences(
                of: "models:\n  - name: fake-echo\n",
                with: """
                    models:
                      - name: tiered
                        deployments:
                          - {id: tier-low, provider: openai-compatible, endpoint: "\(fake)", upstream_model: low-answered,
                             region: local, jurisdiction: us, authorization: none}
                          - {id: tier-high, provider: openai-compatible, endpoint: "\(fake)", upstream_model: high-answered,
                             region: local, jurisdiction: us, authorization: fedramp-high}
                      - name: abroad
                        deployments:
                          - {id: abroad-1, provider: openai-compatible, endpoint: "\(fake)", region: eu-west-1, jurisdiction: eu,
                             authorization: fedramp-high}
                      - name: fake-echo

                    """
            )
            .replacingOccurrences(
                of: "  - id: agency-a\n    models: \"*\"\n",
                with: "  - id: agency-a\n    models: \"*\"\n    allowed_regions: [local]\n"
            )
    }

    @Test func deploymentsPolicyForbidsAreNeverTried() async throws {
        try await LiveGateway.run(configure: Self.tiered) { gateway in
            // Unclassified: both permitted, the first in priority order answers.
            let plain = try await gateway.chat("tiered")
            #expect(plain.status == 200)
            #expect(try plain.json()["model"] as? String == "low-answered")

            // CUI: the unclassified-only deployment is not permitted and is not tried, although it works.
            let before = try await gateway.fakeStats()["chat_requests"] as? Int
            let cui = try await gateway.request(
                .POST,
                "/v1/chat/completions",
                key: gateway.aliceKey,
                body: #"{"model":"tiered","messages":[{"role":"user","content":"x"}]}"#,
                headers: [("Custos-Classification", "CUI")]
            )
            #expect(cui.status == 200)
            #expect(try cui.json()["model"] as? String == "high-answered")
            #expect(try await gateway.fakeStats()["chat_requests"] as? Int == before.map { $0 + 1 })

            let records = try await LedgerOnPathTests.records(gateway)
            let request = try #require(records.last { $0["event"] as? String == "REQUEST" })
            let policy = try #require(request["policy"] as? [String: Any])
            #expect(policy["decision"] as? String == "allow")
            #expect(policy["action"] as? String == "invoke")
            #expect((policy["context"] as? [String: Any])?["classification"] as? Int == 1)
            let verdicts = try #require(policy["deployments"] as? [[String: Any]])
            #expect(verdicts.map { $0["id"] as? String } == ["tier-low", "tier-high"])
            #expect(verdicts[0]["decision"] as? String == "deny")
            #expect(verdicts[0]["determining"] as? [String] == ["authorization-covers-classification"])
            #expect(verdicts[1]["determining"] as? [String] == ["agency-users-may-call-models"])
            let response = try #require(records.last)
            #expect((response["policy"] as? [String: Any])?["determining"] as? [String] == ["agency-users-may-call-models"])
            #expect((response["deployment"] as? [String: Any])?["id"] as? String == "tier-high")

            // Every record names the set the POLICY_SET record holds.
            let all = try await LedgerOnPathTests.allRecords(gateway)
            let digest = try #require((all[0]["policy"] as? [String: Any])?["set"] as? String)
            #expect(digest.count == 64)
            #expect(all.dropFirst().allSatisfy { ($0["policy"] as? [String: Any])?["set"] as? String == digest })
        }
    }

    @Test func aCallNoDeploymentMayReceiveIsRefusedWithTheReasonsAndRecorded() async throws {
        try await LiveGateway.run(configure: Self.tiered) { gateway in
            let before = try await gateway.fakeStats()["chat_requests"] as? Int
            let secret = try await gateway.request(
                .POST,
                "/v1/chat/completions",
                key: gateway.bobKey,
                body: #"{"model":"fake-echo","messages":[{"role":"user","content":"x"}]}"#,
                headers: [("Custos-Classification", "secret"), ("Custos-Compartments", "SI, TK")]
            )
            #expect(secret.status == 403)
            let error = try secret.error()
            #expect(error["type"] as? String == "permission_error")
            #expect(error["code"] as? String == "policy_denied")
            let message = try #require(error["message"] as? String)
            for reason in ["clearance-dominates", "authorization-covers-classification", "need-to-know"] {
                #expect(message.contains(reason), "\(message)")
            }
            #expect(try await gateway.fakeStats()["chat_requests"] as? Int == before)

            let rejected = try #require(try await LedgerOnPathTests.records(gateway).last)
            #expect(rejected["event"] as? String == "REJECTED")
            #expect(rejected["status"] as? Int == 403)
            let policy = try #require(rejected["policy"] as? [String: Any])
            #expect(policy["decision"] as? String == "deny")
            let context = try #require(policy["context"] as? [String: Any])
            #expect(context["classification"] as? Int == 3)
            #expect(Set(context["compartments"] as? [String] ?? []) == ["SI", "TK"])
            #expect(((context["sourceIp"] as? [String: Any])?["__extn"] as? [String: Any])?["arg"] as? String == "127.0.0.1")
        }
    }

    @Test func modelsOutsideTheCallersRegionsOrGrantsAreInvisible() async throws {
        try await LiveGateway.run(configure: Self.tiered) { gateway in
            let listed = try await gateway.request(.GET, "/v1/models", key: gateway.aliceKey)
            let names = try #require(try listed.json()["data"] as? [[String: Any]]).compactMap { $0["id"] as? String }
            #expect(names.contains("tiered") && names.contains("fake-echo"))
            #expect(!names.contains("abroad"), "data-residency hides a model with no deployment in an allowed region")
            #expect(try await gateway.request(.GET, "/v1/models/abroad", key: gateway.aliceKey).status == 404)
            let abroad = try await gateway.chat("abroad")
            #expect(abroad.status == 404)
            let rejected = try #require(try await LedgerOnPathTests.records(gateway).last)
            let policy = try #require(rejected["policy"] as? [String: Any])
            #expect(policy["action"] as? String == "listModels")
            #expect((policy["deployments"] as? [[String: Any]])?.first?["determining"] as? [String] == ["data-residency"])

            let bobs = try await gateway.request(.GET, "/v1/models", key: gateway.bobKey)
            let bobNames = try #require(try bobs.json()["data"] as? [[String: Any]]).compactMap { $0["id"] as? String }
            #expect(bobNames == ["fake-echo"])
        }
    }

    @Test func unreadableDeclarationsAreRefusedNamingTheHeader() async throws {
        try await LiveGateway.run { gateway in
            for (name, value) in [("Custos-Classification", "ultra"), ("Custos-Compartments", "a b; c")] {
                let reply = try await gateway.request(
                    .POST,
                    "/v1/chat/completions",
                    key: gateway.aliceKey,
                    body: #"{"model":"fake-echo","messages":[{"role":"user","content":"x"}]}"#,
                    headers: [(name, value)]
                )
                #expect(reply.status == 400)
                #expect(try reply.error()["param"] as? String == name)
            }
        }
    }

    @Test func aForbidThatErrorsDeniesUnlessConfiguredOtherwise() async throws {
        // `principal.shift` does not exist: the condition errors on every call.
        let night = """
            @id("night-shift-only")
            forbid (principal, action == Action::"invoke", resource) when { principal.shift != "night" };
            """
        try await LiveGateway.withPolicyFile(night) { extra in
            try await LiveGateway.run(configure: LiveGateway.addingPolicy(extra, forbidErrorsDeny: true)) { gateway in
                let denied = try await gateway.chat()
                #expect(denied.status == 403)
                #expect((try denied.error()["message"] as? String)?.contains("night-shift-only") == true)
                let rejected = try #require(try await LedgerOnPathTests.records(gateway).first)
                let verdict = try #require(((rejected["policy"] as? [String: Any])?["deployments"] as? [[String: Any]])?.first)
                #expect(verdict["decision"] as? String == "deny")
                #expect(verdict["determining"] as? [String] == ["night-shift-only"])
                #expect(verdict["erroring"] as? [String] == ["night-shift-only"])
            }
            try await LiveGateway.run(configure: LiveGateway.addingPolicy(extra, forbidErrorsDeny: false)) { gateway in
                #expect(try await gateway.chat().status == 200)
                let request = try #require(try await LedgerOnPathTests.records(gateway).first)
                let verdict = try #require(((request["policy"] as? [String: Any])?["deployments"] as? [[String: Any]])?.first)
                #expect(verdict["erroring"] as? [String] == ["night-shift-only"])
                #expect(verdict["decision"] as? String == "allow")
            }
        }
    }

    @Test func whatThePromptHoldsDecides() async throws {
        try await LiveGateway.run { gateway in
            let before = try await gateway.fakeStats()["chat_requests"] as? Int
            // A SECRET banner and portion mark: alice is cleared, the fake deployment is not authorized.
            let marked = try await gateway.chat(content: #"SECRET//NOFORN\n\n(S//NF) The source reported a meeting."#)
            #expect(marked.status == 403)
            #expect((try marked.error()["message"] as? String)?.contains("authorization-covers-classification") == true)
            // An AWS secret key never leaves, whatever the deployment.
            let leaked = try await gateway.chat(content: "aws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY please debug")
            #expect(leaked.status == 403)
            #expect((try leaked.error()["message"] as? String)?.contains("no-credentials-to-models") == true)
            // Nor does a private key or a password a pasted configuration gives.
            for credential in [
                "-----BEGIN PRIVATE KEY-----\\n" + SecretsFixture.body + "\\n-----END PRIVATE KEY-----",
                "DB_HOST=10.0.0.5\\nDB_PASSWORD=Sup3r-S3cret!",
            ] {
                let refused = try await gateway.chat(content: "why does this fail? " + credential)
                #expect(refused.status == 403)
                #expect((try refused.error()["message"] as? String)?.contains("no-credentials-to-models") == true)
            }
            #expect(try await gateway.fakeStats()["chat_requests"] as? Int == before)
            // Personal data is recorded (kinds and counts, never values) and, by the default set, allowed.
            let ssn = "391-88-3549"
            #expect(try await gateway.chat(content: "My SSN is \(ssn), call me at (202) 555-0143").status == 200)

            let records = try await LedgerOnPathTests.records(gateway)
            let markedRecord = try #require(records.first { $0["event"] as? String == "REJECTED" })
            let findings = try #require(markedRecord["findings"] as? [String: Any])
            #expect(findings["marking"] as? String == "secret")
            #expect((findings["kinds"] as? [String: Int]) == ["CLASSIFICATION_MARKING": 1, "PORTION_MARKING": 1])
            let context = try #require((markedRecord["policy"] as? [String: Any])?["context"] as? [String: Any])
            #expect(context["classification"] as? Int == 3)
            #expect(Set(context["findings"] as? [String] ?? []) == ["CLASSIFICATION_MARKING", "PORTION_MARKING"])

            let request = try #require(records.last { $0["event"] as? String == "REQUEST" })
            #expect(((request["findings"] as? [String: Any])?["kinds"] as? [String: Int]) == ["US_SSN": 1, "PHONE_US": 1])
            let size = try await gateway.ledger.size()
            for entry in try await gateway.ledger.entries(in: 0..<size) {
                #expect(!String(decoding: entry.data, as: UTF8.self).contains(ssn))
                #expect(!String(decoding: entry.data, as: UTF8.self).contains("wJalrXUtnFEMI"))
            }
        }
    }
}

/// A private key's body shaped as one (base64 lines; no real key: the guard reads the framing).
enum SecretsFixture {
    static let body = (0..<8).map { line in String(repeating: "MIIEvQIBADANBgkqhkiG9w0BAQEFAASC" + String(line), count: 2) }.joined(separator: "\\n")
}
