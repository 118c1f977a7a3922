// SPDX-License-Identifier: Apache-2.0

import ArgumentParser
import CustosGateway
import CustosPolicy
import Foundation

/// `custos policy`: work with Cedar policy files.
struct PolicyCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "policy",
        abstract: "Work with Cedar policy files.",
        subcommands: [Check.self, Explain.self, Test.self]
    )

    struct Check: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Parse Cedar policy files and report errors as FILE:LINE:COLUMN; exit 1 if any file does not parse."
        )

        @Argument(help: "Cedar policy files (.cedar).") var files: [String]

        func run() throws {
            var failed = false
            for file in files {
                guard let data = FileManager.default.contents(atPath: file), let text = String(data: data, encoding: .utf8) else {
                    printError("\(file): cannot read the file (missing, or not UTF-8)")
                    failed = true
                    continue
                }
                do {
                    // As the gateway loads it: a misspelt `@guard_…` obligation is an error too.
                    let set = try ActivePolicySet(files: [ActivePolicySet.File(path: file, text: text)]).policies
                    let unnamed = set.policies.filter { $0.annotatedID == nil }
                    var line = "\(file): ok, \(set.policies.count) policies"
                    let named = set.policies.compactMap(\.annotatedID)
                    if !named.isEmpty { line += " (\(named.joined(separator: ", ")))" }
                    print(line)
                    for policy in unnamed {
                        printError(
                            "\(file):\(policy.location.line):\(policy.location.column): warning: \(policy.id) has no @id annotation; decisions will name it only by position"
                        )
                    }
                } catch {
                    printError("\(file):\(error.line):\(error.column): error: \(error.message)")
                    failed = true
                }
            }
            if failed { throw CustosExitCode.failure }
        }
    }
}
