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
            guard !FileManager.default.fileExists(atPath: out) else {
                printError("custos: \(out) exists; refusing to overwrite a ledger key")
                throw CustosExitCode.failure
            }
            let directory = URL(fileURLWithPath: out).deletingLastPathComponent()
            try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
            guard FileManager.default.createFile(atPath: out, contents: Data((key.privateText + "\n").utf8), attributes: [.posixPermissions: 0o600])
            else {
                printError("custos: cannot write \(out)")
                throw CustosExitCode.failure
            }
            // The verifier key is public: auditors use it to check checkpoints offline.
            print(key.verifierKey.text)
        }
    }
}
