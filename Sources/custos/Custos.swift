// SPDX-License-Identifier: Apache-2.0

import ArgumentParser

/// The `custos` command line: a thin shell over the Custos libraries.
struct Custos: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "custos",
        abstract: "Custos: an auditable OpenAI-compatible AI gateway.",
        subcommands: [
            Serve.self, Keys.self, UsageCommand.self, Verify.self, Ledger.self, PolicyCommand.self, Scan.self, ConfigCommand.self, Dev.self,
        ]
    )
}
