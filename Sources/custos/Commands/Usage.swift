// SPDX-License-Identifier: Apache-2.0

import ArgumentParser
import CustosGateway
import Foundation

/// `custos usage`: a tenant's usage and remaining quotas, read from the gateway's database (the
/// same report as `GET /admin/usage`, for an operator on the host).
struct UsageCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "usage", abstract: "Show a tenant's usage and remaining quotas (JSON).")

    @OptionGroup var options: ConfigOptions
    @Option(help: "The tenant (agency) id.") var tenant: String
    @Option(help: "Windows starting at or after this time (RFC 3339 or epoch seconds); default: this month.") var from: String?
    @Option(help: "Windows starting before this time; default: the end of this month.") var to: String?

    func run() async throws {
        let config = try options.load()
        guard config.tenant(tenant) != nil else {
            printError("custos: no tenant `\(tenant)` in \(config.sourceFile)")
            throw CustosExitCode.notFound
        }
        let report = try await QuotaUsageReport.make(config: config, tenant: tenant, from: try Self.time(from), to: try Self.time(to))
        print(String(decoding: report, as: UTF8.self))
    }

    static func time(_ text: String?) throws -> Int64? {
        guard let text else { return nil }
        if let seconds = Int64(text) { return seconds }
        guard let date = ISO8601DateFormatter().date(from: text) else {
            throw ValidationError("times are RFC 3339 (2026-11-01T00:00:00Z) or epoch seconds, got `\(text)`")
        }
        return Int64(date.timeIntervalSince1970)
    }
}
