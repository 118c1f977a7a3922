// SPDX-License-Identifier: Apache-2.0

import ArgumentParser
import CustosFakeUpstream
import CustosProviders
import Foundation
import Hummingbird
import Logging

/// `custos dev`: tools for development, tests and benchmarks. Not for production traffic.
struct Dev: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Development tools (not for production).",
        subcommands: [
            FakeUpstreamCommand.self, LedgerBench.self, PolicyBench.self, GuardBench.self, SigV4Command.self, ConverseRequestCommand.self,
            StreamBench.self,
        ]
    )

    struct FakeUpstreamCommand: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "fake-upstream",
            abstract: "Run a FAKE OpenAI-compatible model that echoes deterministically and injects faults on request."
        )

        @Option(help: "Address to listen on.") var host = "127.0.0.1"
        @Option(help: "Port to listen on (0 picks a free port).") var port = 9099
        @Option(help: "Require this environment variable's value as the bearer key.") var apiKeyEnv: String?
        @Option(help: "Accept Bedrock requests signed with the AWS key pair in this environment variable (`ACCESS_KEY_ID:SECRET`).")
        var awsKeyEnv: String?
        @Option(help: "Seconds the temporary credentials from the fake STS last.") var stsLifetime: Double = 3600
        @Option(help: "Log level.") var logLevel = "warning"

        func run() async throws {
            let level = Logger.Level(rawValue: logLevel) ?? .warning
            LoggingSystem.bootstrap { label in LineLogHandler(label: label, level: level) }
            var apiKey: String?
            if let apiKeyEnv {
                guard let value = ProcessInfo.processInfo.environment[apiKeyEnv], !value.isEmpty else {
                    throw ValidationError("environment variable \(apiKeyEnv) is not set")
                }
                apiKey = value
            }
            var awsCredentials: AWSCredentials?
            if let awsKeyEnv {
                let value = ProcessInfo.processInfo.environment[awsKeyEnv] ?? ""
                let parts = value.split(separator: ":", maxSplits: 1).map(String.init)
                guard parts.count == 2 else { throw ValidationError("environment variable \(awsKeyEnv) must hold ACCESS_KEY_ID:SECRET") }
                awsCredentials = AWSCredentials(accessKeyID: parts[0], secretAccessKey: parts[1])
            }
            let host = self.host
            let app = FakeUpstream.makeApplication(
                host: host,
                port: port,
                apiKey: apiKey,
                awsCredentials: awsCredentials,
                stsLifetime: stsLifetime,
                logger: Logger(label: "custos.fake-upstream")
            ) {
                port in
                printLine("fake-upstream: listening on http://\(host):\(port) (FAKE model: deterministic echo, not a real LLM)")
            }
            try await app.runService()
        }
    }
}
