// SPDX-License-Identifier: Apache-2.0

import ArgumentParser
import CustosGateway
import Foundation

/// `custos keys`: issue, list and revoke API keys. The key itself is printed once, at creation.
struct Keys: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Manage API keys.",
        subcommands: [Create.self, List.self, Revoke.self, LedgerInit.self, ContentInit.self]
    )

    struct Create: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Issue a key for a principal and print it once.")

        @OptionGroup var options: ConfigOptions
        @Option(help: "The tenant (agency) id, as in the configuration.") var tenant: String
        @Option(help: "The principal id within the tenant.") var principal: String
        @Option(help: "Lifetime, e.g. 90d, 12h; no expiry when omitted.") var expires: String?
        @Option(help: "A note on what the key is for.") var label: String?
        @Flag(help: "Print the result as JSON.") var json = false

        func run() throws {
            let config = try options.load()
            guard let tenantConfig = config.tenant(tenant) else {
                printError("custos: no tenant `\(tenant)` in \(config.sourceFile)")
                throw CustosExitCode.notFound
            }
            guard tenantConfig.principal(principal) != nil else {
                printError("custos: no principal `\(principal)` in tenant `\(tenant)` in \(config.sourceFile)")
                throw CustosExitCode.notFound
            }
            var expiresAt: Date?
            if let expires {
                guard let duration = DurationParser.parse(expires) else {
                    throw ValidationError("--expires must be a duration such as 90d, 12h or 30m, got `\(expires)`")
                }
                expiresAt = Date().addingTimeInterval(Double(duration.components.seconds))
            }
            let store = try openStore(config)
            let (key, record) = try store.create(tenant: tenant, principal: principal, expiresAt: expiresAt, label: label)
            if json {
                let object: [String: String] = [
                    "id": record.id, "key": key.secret, "tenant": tenant, "principal": principal,
                    "expires_at": expiresAt.map { ISO8601DateFormatter().string(from: $0) } ?? "",
                ]
                let data = try JSONSerialization.data(withJSONObject: object, options: [.sortedKeys])
                print(String(decoding: data, as: UTF8.self))
            } else {
                print(key.secret)
                printError("custos: created \(record.id) for \(tenant)/\(principal); the key above is shown only once")
            }
        }
    }

    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "List keys (never their secrets).")

        @OptionGroup var options: ConfigOptions
        @Flag(help: "Print the result as JSON lines.") var json = false

        func run() throws {
            let store = try openStore(try options.load())
            let now = Date()
            let format = ISO8601DateFormatter()
            let records = try store.list()
            if json {
                for record in records {
                    let object: [String: String] = [
                        "id": record.id, "tenant": record.tenant, "principal": record.principal,
                        "status": record.status(at: now), "created_at": format.string(from: record.createdAt),
                        "expires_at": record.expiresAt.map(format.string(from:)) ?? "", "label": record.label ?? "",
                    ]
                    let data = try JSONSerialization.data(withJSONObject: object, options: [.sortedKeys])
                    print(String(decoding: data, as: UTF8.self))
                }
                return
            }
            print("ID                    TENANT        PRINCIPAL         STATUS   CREATED               EXPIRES")
            for record in records {
                let columns = [
                    record.id.padding(toLength: 22, withPad: " ", startingAt: 0),
                    record.tenant.padding(toLength: 14, withPad: " ", startingAt: 0),
                    record.principal.padding(toLength: 18, withPad: " ", startingAt: 0),
                    record.status(at: now).padding(toLength: 9, withPad: " ", startingAt: 0),
                    format.string(from: record.createdAt).padding(toLength: 22, withPad: " ", startingAt: 0),
                    record.expiresAt.map(format.string(from:)) ?? "never",
                ]
                print(columns.joined())
            }
        }
    }

    struct Revoke: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Revoke a key by its id (key_...); it stops working at once.")

        @OptionGroup var options: ConfigOptions
        @Argument(help: "The key id shown by `custos keys list`.") var id: String

        func run() throws {
            let store = try openStore(try options.load())
            guard try store.revoke(id: id) else {
                printError("custos: no key with id `\(id)`")
                throw CustosExitCode.notFound
            }
            print("revoked \(id)")
        }
    }
}

private func openStore(_ config: GatewayConfig) throws -> APIKeyStore {
    do {
        return try APIKeyStore(path: config.storage.sqlitePath)
    } catch {
        printError("custos: cannot open the database at \(config.storage.sqlitePath): \(error)")
        throw CustosExitCode.failure
    }
}
