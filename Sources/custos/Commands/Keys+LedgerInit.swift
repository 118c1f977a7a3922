// SPDX-License-Identifier: Apache-2.0

import ArgumentParser
import CustosLedger
import Foundation

extension Keys {
    /// `custos keys ledger-init`: the Ed25519 key that signs the ledger's checkpoints.
    struct LedgerInit: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "ledger-init",
            abstract: "Create the Ed25519 key that signs the ledger's checkpoints; prints the public verifier key."
        )

        @Option(help: "The ledger origin (and key name), e.g. custos.example/agency-a; must match `ledger.origin`.")
        var origin: String
        @Option(help: "Write the private key to this file (created with mode 0600; never overwritten).")
        var out: String

        func run() throws {
            let key: NoteSignerKey
            do {
                key = try NoteSignerKey.generate(name: origin)
            } catch {
                throw ValidationError("\(error)")
            }
            try writeSecretFile(key.privateText, to: out, what: "a ledger key")
            // The verifier key is public: auditors use it to check checkpoints offline.
            print(key.verifierKey.text)
        }
    }
}

/// Writes a secret to a new file with mode 0600; never overwrites (a lost key cannot be undone).
func writeSecretFile(_ text: String, to path: String, what: String) throws {
    guard !FileManager.default.fileExists(atPath: path) else {
        printError("custos: \(path) exists; refusing to overwrite \(what)")
        throw CustosExitCode.failure
    }
    let directory = URL(fileURLWithPath: path).deletingLastPathComponent()
    try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    guard FileManager.default.createFile(atPath: path, contents: Data((text + "\n").utf8), attributes: [.posixPermissions: 0o600]) else {
        printError("custos: cannot write \(path)")
        throw CustosExitCode.failure
    }
}
