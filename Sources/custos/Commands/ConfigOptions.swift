// SPDX-License-Identifier: Apache-2.0

import ArgumentParser
import CustosGateway
import Foundation

/// `--config FILE`, shared by every command that reads the configuration.
struct ConfigOptions: ParsableArguments {
    @Option(name: .long, help: "The Custos configuration file (YAML).")
    var config: String = "examples/custos.yaml"

    /// Loads the file or exits with ``CustosExitCode/invalidConfig`` after printing the problem.
    func load() throws -> GatewayConfig {
        do {
            return try ConfigLoader.load(path: config)
        } catch {
            printError("custos: invalid configuration: \(error)")
            throw CustosExitCode.invalidConfig
        }
    }
}

func printError(_ message: String) {
    FileHandle.standardError.write(Data((message + "\n").utf8))
}

/// Writes a line to standard output at once (unbuffered), for scripts waiting on it.
func printLine(_ message: String) {
    FileHandle.standardOutput.write(Data((message + "\n").utf8))
}
