// SPDX-License-Identifier: Apache-2.0

import ArgumentParser
import CustosGateway
import CustosGuard
import CustosPolicy
import Foundation

extension PolicyCommand {
    /// `custos policy explain`: the decision the gateway would make, per deployment, and why.
    struct Explain: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Show the decision the gateway would make for a principal and a model, per deployment, with the policies that decided.",
            discussion: """
                Uses the configuration's policy files and the entities the gateway builds from it, exactly as `custos serve`
                decides. Exit 0 when at least one deployment is permitted, 1 when none is, 4 when the principal or model is
                unknown.

                  custos policy explain --config examples/custos.yaml --principal demo-agency/alice --model fake-echo \\
                      --classification secret --source-ip 10.1.2.3
                """
        )

        @OptionGroup var options: ConfigOptions
        @Option(help: "The principal as TENANT/PRINCIPAL.") var principal: String
        @Option(help: "The public model name.") var model: String
        @Option(help: "invoke (chat), embed, or listModels.") var action: String = "invoke"
        @Option(help: "The data's classification: unclassified, cui, confidential, secret, top-secret (or U, C, S, TS).")
        var classification: String = "unclassified"
        @Option(help: "Compartments the data is marked with, comma-separated.") var compartments: String = ""
        @Option(help: "Kinds of sensitive data found, comma-separated (e.g. US_SSN).") var findings: String = ""
        @Option(name: .customLong("source-ip"), help: "The client's address (left out of the context when not given).")
        var sourceIP: String?
        @Option(help: "How the caller authenticated, as policies see it: api-key, oidc or mtls.") var authMethod: String = "api-key"
        @Flag(help: "Print the decision as the JSON a ledger record carries.") var json = false

        func run() throws {
            let config = try options.load()
            let parts = principal.split(separator: "/", maxSplits: 1).map(String.init)
            guard parts.count == 2, let tenant = config.tenant(parts[0]), let configured = tenant.principal(parts[1]) else {
                printError("custos: no principal `\(principal)` in \(options.config) (give it as TENANT/PRINCIPAL)")
                throw CustosExitCode.notFound
            }
            guard let model = config.model(model) else {
                printError("custos: no model `\(self.model)` in \(options.config)")
                throw CustosExitCode.notFound
            }
            guard let action = PolicyAction(rawValue: action), action != .readLedger, action != .administer else {
                throw ValidationError("--action must be invoke, embed or listModels")
            }
            guard let level = Classification(marking: classification) else {
                throw ValidationError("--classification must be unclassified, cui, confidential, secret or top-secret")
            }
            var context = CallContext(
                classification: level,
                compartments: Set(Self.list(compartments)),
                findings: Set(Self.list(findings))
            )
            guard ["api-key", "oidc", "mtls"].contains(authMethod) else { throw ValidationError("--auth-method must be api-key, oidc or mtls") }
            context.authMethod = authMethod
            if let sourceIP {
                guard let address = IPAddress(parsing: sourceIP) else { throw ValidationError("--source-ip is not an IP address") }
                context.sourceIP = address
            }
            let decisionPoint = try PolicyDecisionPoint(config: config)
            let who = Principal(tenant: tenant, principal: configured, authMethod: .explain, credentialID: "explain")
            let decision = decisionPoint.decide(who, action, model: model, context: context)
            if json {
                print(decision.ledgerJSON(context: context, policySet: decisionPoint.policies.digest))
            } else {
                print(Self.describe(decision, context: context, policies: decisionPoint.policies, principal: principal))
            }
            if !decision.isAllowed { throw CustosExitCode.failure }
        }

        static func list(_ text: String) -> [String] {
            text.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        }

        static func describe(_ decision: ModelDecision, context: CallContext, policies: ActivePolicySet, principal: String) -> String {
            var lines: [String] = []
            let files = policies.files.map(\.path).joined(separator: ", ")
            lines.append("policy set \(policies.digest.prefix(16))… (\(policies.policies.policies.count) policies: \(files))")
            var facts = ["classification \(context.classification.rawValue)"]
            if !context.compartments.isEmpty { facts.append("compartments \(context.compartments.sorted().joined(separator: ","))") }
            if !context.findings.isEmpty { facts.append("findings \(context.findings.sorted().joined(separator: ","))") }
            if let address = context.sourceIP {
                let text = address.description
                facts.append("source " + (address.prefixLength == (address.isV4 ? 32 : 128) ? String(text.prefix { $0 != "/" }) : text))
            }
            lines.append("\(principal) \(decision.action.rawValue) \(decision.model.name) (\(facts.joined(separator: ", ")))")
            let width = decision.deployments.map(\.deployment.id.count).max() ?? 0
            for verdict in decision.deployments {
                let deployment = verdict.deployment
                let id = deployment.id.padding(toLength: width, withPad: " ", startingAt: 0)
                let facts = "\(deployment.region), \(deployment.authorization.rawValue), up to \(deployment.maxClassification.rawValue)"
                let why = verdict.determining.isEmpty ? "no permit applies" : verdict.determining.joined(separator: ", ")
                lines.append("  \(id)  \(verdict.allowed ? "ALLOW" : "DENY ")  by \(why)   [\(facts)]")
                for (policy, message) in verdict.erroring { lines.append("      error in \(policy): \(message)") }
                for (direction, actions) in [("prompts", verdict.obligations.request), ("answers", verdict.obligations.response)]
                where !actions.isEmpty {
                    let required = actions.sorted { $0.key < $1.key }.map { "\($0.key.rawValue) \($0.value.rawValue)" }
                    lines.append("      guard obligation in \(direction): \(required.joined(separator: ", "))")
                }
            }
            lines.append(
                decision.isAllowed
                    ? "decision: ALLOW (would try \(decision.permitted.map(\.id).joined(separator: ", ")) in that order)"
                    : "decision: DENY (403; denied by \(decision.denialReasons.joined(separator: ", ")))"
            )
            return lines.joined(separator: "\n")
        }
    }
}
