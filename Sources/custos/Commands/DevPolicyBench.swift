// SPDX-License-Identifier: Apache-2.0

import ArgumentParser
import CustosPolicy
import Foundation

extension Dev {
    /// `custos dev policy-bench`: authorization latency for a gateway-shaped policy set.
    struct PolicyBench: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "policy-bench",
            abstract: "Time Cedar authorization decisions: gateway-shaped policies, many principals and deployments (bench/policy.sh)."
        )

        @Option(help: "Principals (spread over agencies).") var principals = 1000
        @Option(help: "Deployments (resources).") var deployments = 50
        @Option(help: "Decisions to time.") var decisions = 200_000

        /// The shape of the default policy set the gateway will ship (issue 4): tenant isolation,
        /// clearance dominates classification, authorization covers it, region allowed, need-to-know.
        static let policies = """
            @id("tenant-isolation") // AC-3, AC-4
            forbid(principal, action, resource) unless { resource.tenants.contains(principal.agency) };
            @id("clearance-dominates") // AC-3, AC-16
            forbid(principal, action, resource) when { context.classification > principal.clearance };
            @id("authorization-covers") // AC-4
            forbid(principal, action, resource) when { context.classification > resource.maxClassification };
            @id("residency") // AC-4, SC-7
            forbid(principal, action, resource) unless { principal.allowedRegions.contains(resource.region) };
            @id("need-to-know") // AC-6
            forbid(principal, action, resource) when { resource has compartments && !principal.compartments.containsAll(resource.compartments) };
            @id("invoke") // AC-3
            permit(principal is User, action in [Action::"invoke", Action::"embed"], resource is Deployment) when { principal.active };
            """

        func run() throws {
            let agencies = 10
            let regions = ["us-gov-west-1", "us-gov-east-1", "us-east-1", "eu-west-1"]
            var generator = SystemRandomNumberGenerator()
            var json: [String] = []
            for index in 0..<principals {
                let agency = index % agencies
                let allowed = regions.prefix(1 + index % regions.count).map { "\"\($0)\"" }.joined(separator: ",")
                json.append(
                    #"{"uid":{"type":"User","id":"u\#(index)"},"attrs":{"agency":"a\#(agency)","clearance":\#(index % 5),"active":true,"#
                        + #""allowedRegions":[\#(allowed)],"compartments":["c\#(index % 3)"]},"parents":[{"type":"Agency","id":"a\#(agency)"}]}"#
                )
            }
            for index in 0..<deployments {
                let tenants = (0..<3).map { "\"a\((index + $0) % agencies)\"" }.joined(separator: ",")
                let compartments = index % 4 == 0 ? #","compartments":["c\#(index % 3)"]"# : ""
                json.append(
                    #"{"uid":{"type":"Deployment","id":"d\#(index)"},"attrs":{"region":"\#(regions[index % regions.count])","#
                        + #""maxClassification":\#(index % 5),"tenants":[\#(tenants)]\#(compartments)},"parents":[]}"#
                )
            }
            let entities = try Entities(json: "[" + json.joined(separator: ",") + "]")
            let policySet = try PolicySet(parsing: Self.policies)
            let authorizer = Authorizer()
            let invoke = EntityUID(type: EntityType("Action"), id: "invoke")
            var latencies: [Double] = []
            latencies.reserveCapacity(decisions)
            var allowed = 0
            for _ in 0..<decisions {
                let request = Request(
                    principal: EntityUID(type: EntityType("User"), id: "u\(Int.random(in: 0..<principals, using: &generator))"),
                    action: invoke,
                    resource: EntityUID(type: EntityType("Deployment"), id: "d\(Int.random(in: 0..<deployments, using: &generator))"),
                    context: CedarRecord(["classification": .long(Int64.random(in: 0..<5, using: &generator))])
                )
                let start = ContinuousClock.now
                let response = authorizer.authorize(request, policies: policySet, entities: entities)
                latencies.append(Self.microseconds(.now - start))
                if response.decision == .allow { allowed += 1 }
            }
            latencies.sort()
            print(
                String(
                    format:
                        "authorization, %d policies, %d principals, %d deployments: p50 %.2f us, p99 %.2f us, max %.1f us (%d decisions, %d allowed)",
                    policySet.policies.count,
                    principals,
                    deployments,
                    latencies[latencies.count / 2],
                    latencies[latencies.count * 99 / 100],
                    latencies[latencies.count - 1],
                    decisions,
                    allowed
                )
            )
        }

        static func microseconds(_ duration: Duration) -> Double {
            Double(duration.components.seconds) * 1e6 + Double(duration.components.attoseconds) / 1e12
        }
    }
}
