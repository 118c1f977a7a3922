// SPDX-License-Identifier: Apache-2.0

import ArgumentParser
import CustosGateway
import CustosPolicy
import Foundation
import Yams

extension PolicyCommand {
    /// `custos policy test CASES.yaml`: operators' own expected decisions, checked.
    struct Test: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Check expected decisions written in a YAML file against Cedar policies; exit 1 on any mismatch.",
            discussion: """
                The file names the policies (paths relative to it), optionally an entities JSON file and a schema, and the
                cases:

                  policies: [default.cedar]
                  entities: entities.json            # Cedar entities JSON (optional)
                  schema: gateway.cedarschema        # optional: reads entity and context JSON by declared types
                  cases:
                    - name: an analyst may invoke a permitted deployment
                      principal: User::"alice"
                      action: Action::"invoke"
                      resource: Deployment::"gov-west"
                      context: {classification: 2}
                      expect: allow                  # allow | deny
                      reasons: [invoke]              # optional: determining policies, by @id (or policyN)
                      errors: []                     # optional: erroring policies
                      obligations:                   # optional: the permits' guard obligations (@guard_…)
                        request: {US_SSN: redact}
                        response: {EMAIL: block}
                """
        )

        @Argument(help: "The YAML file of cases.") var file: String

        struct Failure: Error, CustomStringConvertible {
            let description: String
        }

        func run() throws {
            let folder = URL(fileURLWithPath: file).deletingLastPathComponent()
            let document: [String: Any]
            do {
                guard let text = FileManager.default.contents(atPath: file).map({ String(decoding: $0, as: UTF8.self) }),
                    let loaded = try Yams.load(yaml: text) as? [String: Any]
                else { throw Failure(description: "\(file): not a YAML mapping (or unreadable)") }
                document = loaded
            } catch let error as Failure {
                printError("custos: \(error)")
                throw CustosExitCode.failure
            }
            func read(_ relative: String) throws -> String {
                let path = relative.hasPrefix("/") ? relative : folder.appendingPathComponent(relative).path
                guard let data = FileManager.default.contents(atPath: path) else { throw Failure(description: "cannot read \(path)") }
                return String(decoding: data, as: UTF8.self)
            }
            let outcome: (passed: Int, failures: [String])
            do {
                let policyFiles = document["policies"] as? [String] ?? (document["policies"] as? String).map { [$0] } ?? []
                guard !policyFiles.isEmpty else { throw Failure(description: "\(file): `policies` names no policy file") }
                // Read as the gateway reads them: one set, unique @ids, guard obligations checked.
                let files = try policyFiles.map { ActivePolicySet.File(path: $0, text: try read($0)) }
                let policies: ActivePolicySet
                do { policies = try ActivePolicySet(files: files) } catch { throw Failure(description: error.description) }
                let schema = try (document["schema"] as? String).map { try Schema(parsing: try read($0)) }
                let entities = try (document["entities"] as? String).map { try Entities(json: try read($0), schema: schema) } ?? .empty
                guard let cases = document["cases"] as? [[String: Any]], !cases.isEmpty else { throw Failure(description: "\(file): no `cases`") }
                outcome = try Self.check(cases, policies: policies, entities: entities, schema: schema)
            } catch let error as Failure {
                printError("custos: \(error)")
                throw CustosExitCode.failure
            } catch {
                printError("custos: \(file): \(error)")
                throw CustosExitCode.failure
            }
            for failure in outcome.failures { printError("FAIL \(failure)") }
            print("\(outcome.passed) passed, \(outcome.failures.count) failed")
            if !outcome.failures.isEmpty { throw CustosExitCode.failure }
        }

        static func check(_ cases: [[String: Any]], policies active: ActivePolicySet, entities: Entities, schema: Schema?) throws -> (Int, [String]) {
            var passed = 0
            var failures: [String] = []
            let policies = active.policies
            // A policy is named by its @id where it has one, else by its position id.
            let names = Dictionary(uniqueKeysWithValues: policies.policies.map { ($0.id, active.name(of: $0.id)) })
            for (index, item) in cases.enumerated() {
                let name = item["name"] as? String ?? "case \(index + 1)"
                guard let principal = item["principal"] as? String, let action = item["action"] as? String,
                    let resource = item["resource"] as? String, let expect = item["expect"] as? String, ["allow", "deny"].contains(expect)
                else {
                    failures.append("\(name): needs principal, action, resource and `expect: allow|deny`")
                    continue
                }
                let actionUID = try EntityUID(parsing: action)
                let contextJSON = String(decoding: try JSONSerialization.data(withJSONObject: item["context"] ?? [String: Any]()), as: UTF8.self)
                let request = Request(
                    principal: try EntityUID(parsing: principal),
                    action: actionUID,
                    resource: try EntityUID(parsing: resource),
                    context: try Entities.context(json: contextJSON, schema: schema, action: actionUID)
                )
                let response = Authorizer().authorize(request, policies: policies, entities: entities)
                let reasons = Set(response.reasons.map { names[$0] ?? $0 })
                let errors = Set(response.errors.map { names[$0.policyID] ?? $0.policyID })
                var problems: [String] = []
                if response.decision.rawValue != expect { problems.append("expected \(expect), got \(response.decision.rawValue)") }
                if let expected = item["reasons"] as? [String], Set(expected) != reasons {
                    problems.append("expected reasons \(expected.sorted()), got \(reasons.sorted())")
                }
                if let expected = item["errors"] as? [String], Set(expected) != errors {
                    problems.append("expected errors \(expected.sorted()), got \(errors.sorted())")
                }
                if let expected = item["obligations"] {
                    let stated =
                        response.decision == .allow
                        ? response.reasons.reduce(GuardObligations()) { $0.merging(active.obligations(of: $1)) } : GuardObligations()
                    let got = stated.named
                    let want = (expected as? [String: [String: String]] ?? [:]).filter { !$0.value.isEmpty }
                    if want != got { problems.append("expected obligations \(want), got \(got)") }
                }
                if problems.isEmpty {
                    passed += 1
                } else {
                    let detail = response.errors.map { "\(names[$0.policyID] ?? $0.policyID): \($0.error)" }
                    failures.append(
                        "\(name): " + problems.joined(separator: "; ") + (detail.isEmpty ? "" : " (errors: \(detail.joined(separator: "; ")))")
                    )
                }
            }
            return (passed, failures)
        }
    }
}
