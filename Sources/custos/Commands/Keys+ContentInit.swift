// SPDX-License-Identifier: Apache-2.0

import ArgumentParser
import CustosLedger

extension Keys {
    /// `custos keys content-init`: the master key that wraps every tenant's content key.
    struct ContentInit: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "content-init",
            abstract: "Create the master key that wraps the tenants' content keys (for `ledger.content.master_key`)."
        )

        @Option(help: "Write the key to this file (created with mode 0600; never overwritten).") var out: String

        func run() throws {
            try writeSecretFile(ContentMasterKey.generate().privateText, to: out, what: "a content master key")
            print("wrote \(out); give it as `ledger.content.master_key: {file: \(out)}` and keep it as secret as the data it protects")
        }
    }
}
