// SPDX-License-Identifier: Apache-2.0

import ArgumentParser
import CustosGateway
import CustosPolicy
import Foundation

/// `custos config check`: validates a configuration file without starting anything.
struct ConfigCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "config",
        abstract: "Work with configuration files.",
        subcommands: [Check.self]
    )

    struct Check: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Validate a configuration file; exit 3 naming the problem if it is invalid.")

        @OptionGroup var options: ConfigOptions
        @Flag(help: "Also check that every credential reference resolves in this environment.") var resolveSecrets = false

        func run() throws {
            let config = try options.load()
            if resolveSecrets {
                for deployment in config.models.flatMap(\.deployments) {
                    do {
                        _ = try deployment.credentials.resolve(environment: ProcessInfo.processInfo.environment)
                    } catch {
                        printError("custos: invalid configuration: \(error)")
                        throw CustosExitCode.invalidConfig
                    }
                }
            }
            let deployments = config.models.reduce(0) { $0 + $1.deployments.count }
            print(
                "\(config.sourceFile): ok (\(config.models.count) models, \(deployments) deployments, \(config.tenants.count) tenants, "
                    + "\(config.policy.policies.policies.policies.count) policies, policy set \(config.policy.policies.digest.prefix(16))…)"
            )
        }
    }
}
