// SPDX-License-Identifier: Apache-2.0

import ArgumentParser
import CustosGateway
import CustosLedger
import Foundation

/// `custos ledger`: operate on the ledger's retained content (shred a tenant, export its keys for
/// an auditor) and, for auditors, fetch and open one record's content.
struct Ledger: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Retained content: crypto-shred a tenant, export its keys to an auditor, open a record's content.",
        subcommands: [Shred.self, ExportKey.self, Content.self]
    )

    /// Opens the content store the configuration names, or explains why there is none.
    static func contentStore(_ options: ConfigOptions) throws -> (GatewayConfig, ContentStore) {
        let config = try options.load()
        guard let retention = config.ledger.content else {
            printError("custos: \(config.sourceFile) configures no `ledger.content`: this gateway retains no content")
            throw CustosExitCode.notFound
        }
        do {
            return (config, try retention.openStore(environment: ProcessInfo.processInfo.environment))
        } catch let error as ConfigError {
            printError("custos: invalid configuration: \(error)")
            throw CustosExitCode.invalidConfig
        }
    }

    struct Shred: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Destroy every content key of a tenant: its retained content becomes unreadable; every ledger proof still verifies.",
            discussion: """
                Irreversible. Safe while the gateway runs: content it seals afterwards goes under a fresh key. Copies of the
                keys made earlier (backups of the content database and its master key, keys exported to auditors) are outside
                its reach.
                """
        )

        @OptionGroup var options: ConfigOptions
        @Option(help: "The tenant (agency) id.") var tenant: String
        @Flag(help: "Confirm: this cannot be undone.") var yes = false

        func run() async throws {
            guard yes else { throw ValidationError("shredding cannot be undone; add --yes to confirm") }
            let (_, store) = try Ledger.contentStore(options)
            let report = try await store.shred(tenant: tenant)
            guard !report.keyIDs.isEmpty else {
                let earlier = try await store.shreddedKeyIDs(tenant: tenant)
                printError(
                    earlier.isEmpty
                        ? "custos: tenant `\(tenant)` has no content keys: nothing retained, nothing to shred"
                        : "custos: tenant `\(tenant)` has no live content keys (already shredded: \(earlier.joined(separator: " ")))"
                )
                throw CustosExitCode.notFound
            }
            print(
                "shredded tenant \(tenant): keys \(report.keyIDs.joined(separator: " ")) destroyed; "
                    + "\(report.unreadableItems) retained bodies are now unreadable; the ledger and its proofs are unchanged"
            )
        }
    }

    struct ExportKey: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "export-key",
            abstract: "Write a tenant's live content keys to a file, for an auditor entitled to read its content."
        )

        @OptionGroup var options: ConfigOptions
        @Option(help: "The tenant (agency) id.") var tenant: String
        @Option(help: "Write the keys here (created with mode 0600; never overwritten).") var out: String

        func run() async throws {
            let (_, store) = try Ledger.contentStore(options)
            let keys = try await store.keys(tenant: tenant)
            guard !keys.isEmpty else {
                printError("custos: tenant `\(tenant)` has no live content keys")
                throw CustosExitCode.notFound
            }
            try writeSecretFile(keys.map(\.exportText).joined(separator: "\n"), to: out, what: "exported content keys")
            print("wrote \(keys.count) key(s) of tenant \(tenant) to \(out): \(keys.map(\.keyID).joined(separator: " "))")
        }
    }
}
