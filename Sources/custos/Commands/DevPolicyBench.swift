// SPDX-License-Identifier: Apache-2.0

import ArgumentParser
import CustosPolicy
import Foundation

extension Dev {
    /// `custos dev policy-bench`: authorization latency for a gateway-shaped policy set.
    struct PolicyBench: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "policy-bench",
            abstract: "Time Cedar authorization decisions of a policy file (the default set) over many principals and deployments (bench/policy.sh)."
        )

        @Option(help: "Principals (spread over agencies).") var principals = 1000
        @Option(help: "Deployments (resources).") var deployments = 50
        @Option(help: "Decisions to time.") var decisions = 200_000

        @Option(help: "The policy file to time (the shipped default set by default).") var policies = "policies/default.cedar"

        func run() throws {
            // Entities shaped by policies/custos.cedarschema: agencies with granted models and
            // regions, users with clearance and compartments, deployments of those models.
            let agencies = 10
            let models = 8
            let regions = ["us-gov-west-1", "us-gov-east-1", "us-east-1", "eu-west-1"]
            var generator = SystemRandomNumberGenerator()
            var json: [String] = []
            for agency in 0..<agencies {
                let granted = (0..<models).filter { ($0 + agency) % 3 != 0 }.map { #"{"__entity":{"type":"Model","id":"m\#($0)"}}"# }.joined(
                    separator: ","
                )
                let allowed = regions.prefix(1 + agency % regions.count).map { "\"\($0)\"" }.joined(separator: ",")
                json.append(
                    #"{"uid":{"type":"Agency","id":"a\#(agency)"},"attrs":{"models":[\#(granted)],"allowedRegions":[\#(allowed)]},"parents":[]}"#
                )
            }
            for index in 0..<principals {
                let agency = index % agencies
                // Most principals keep the agency's models; every fourth is narrowed to two.
                let own = (0..<models).filter { ($0 + agency) % 3 != 0 && (index % 4 != 0 || $0 < 3) }.map {
                    #"{"__entity":{"type":"Model","id":"m\#($0)"}}"#
                }.joined(separator: ",")
                json.append(
                    #"{"uid":{"type":"User","id":"a\#(agency)/u\#(index)"},"attrs":{"agency":{"__entity":{"type":"Agency","id":"a\#(agency)"}},"#
                        + #""clearance":\#(index % 5),"compartments":["c\#(index % 3)"],"models":[\#(own)]},"#
                        + #""parents":[{"type":"Agency","id":"a\#(agency)"}]}"#
                )
            }
            for index in 0..<deployments {
                let model = index % models
                json.append(
                    #"{"uid":{"type":"Deployment","id":"d\#(index)"},"attrs":{"model":{"__entity":{"type":"Model","id":"m\#(model)"}},"#
                        + #""region":"\#(regions[index % regions.count])","jurisdiction":"us","authorization":"fedramp-high","#
                        + #""maxClassification":\#(index % 5)},"parents":[{"type":"Model","id":"m\#(model)"}]}"#
                )
            }
            let entities = try Entities(json: "[" + json.joined(separator: ",") + "]")
            guard let text = FileManager.default.contents(atPath: policies).map({ String(decoding: $0, as: UTF8.self) }) else {
                throw ValidationError("cannot read \(policies)")
            }
            let policySet = try PolicySet(parsing: text)
            let authorizer = Authorizer()
            let invoke = EntityUID(type: EntityType("Action"), id: "invoke")
            let sourceIP = IPAddress(parsing: "10.1.2.3")!
            var errors = 0
            var latencies: [Double] = []
            latencies.reserveCapacity(decisions)
            var allowed = 0
            for _ in 0..<decisions {
                let user = Int.random(in: 0..<principals, using: &generator)
                let request = Request(
                    principal: EntityUID(type: EntityType("User"), id: "a\(user % agencies)/u\(user)"),
                    action: invoke,
                    resource: EntityUID(type: EntityType("Deployment"), id: "d\(Int.random(in: 0..<deployments, using: &generator))"),
                    context: CedarRecord([
                        "classification": .long(Int64.random(in: 0..<5, using: &generator)),
                        "compartments": .set(CedarSet(Int.random(in: 0..<4, using: &generator) == 0 ? [.string("c1")] : [])),
                        "findings": .set(CedarSet([])),
                        "sourceIp": .ext(.ipaddr(sourceIP)),
                        "time": .ext(.datetime(CedarDatetime(millisecondsSinceEpoch: 1_795_000_000_000))),
                    ])
                )
                let start = ContinuousClock.now
                let response = authorizer.authorize(request, policies: policySet, entities: entities)
                latencies.append(Self.microseconds(.now - start))
                if response.decision == .allow { allowed += 1 }
                if !response.errors.isEmpty { errors += 1 }

            }
            latencies.sort()
            print(
                String(
                    format:
                        "authorization, %d policies, %d principals, %d deployments: p50 %.2f us, p99 %.2f us, max %.1f us (%d decisions, %d allowed, %d with policy errors)",
                    policySet.policies.count,
                    principals,
                    deployments,
                    latencies[latencies.count / 2],
                    latencies[latencies.count * 99 / 100],
                    latencies[latencies.count - 1],
                    decisions,
                    allowed,
                    errors
                )
            )
        }

        static func microseconds(_ duration: Duration) -> Double {
            Double(duration.components.seconds) * 1e6 + Double(duration.components.attoseconds) / 1e12
        }
    }
}
