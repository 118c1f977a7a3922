// SPDX-License-Identifier: Apache-2.0

import ArgumentParser
import CustosGateway
import Foundation
import Hummingbird
import Logging

/// `custos serve`: runs the gateway until SIGTERM or SIGINT, then drains in-flight calls.
struct Serve: AsyncParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Run the gateway.")

    @OptionGroup var options: ConfigOptions

    @Option(help: "Override the listening port from the configuration (0 picks a free port).")
    var port: Int?

    @Option(help: "Override the log level from the configuration (trace, debug, info, notice, warning, error).")
    var logLevel: String?

    func run() async throws {
        var config = try options.load()
        if let port { config.server.port = port }
        let level = Logger.Level(rawValue: logLevel ?? config.logging.level) ?? .info
        LoggingSystem.bootstrap { label in LineLogHandler(label: label, level: level) }
        let logger = Logger(label: "custos")
        let host = config.server.host
        let scheme = config.server.tls == nil ? "http" : "https"
        let gatewayOptions = GatewayOptions(config: config, environment: ProcessInfo.processInfo.environment) { port in
            // One line on stdout that scripts and tests wait for.
            printLine("custos: listening on \(scheme)://\(host):\(port)")
        }
        let app: any ApplicationProtocol
        do {
            app = try await buildApplication(gatewayOptions, logger: logger)
        } catch let error as ConfigError {
            printError("custos: invalid configuration: \(error)")
            throw CustosExitCode.invalidConfig
        } catch {
            printError("custos: cannot start: \(error)")
            throw CustosExitCode.failure
        }
        logger.info(
            "starting",
            metadata: ["config": "\(config.sourceFile)", "models": "\(config.models.count)", "tenants": "\(config.tenants.count)"]
        )
        try await app.runService()
        logger.info("stopped")
    }
}
