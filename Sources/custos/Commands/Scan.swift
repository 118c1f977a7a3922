// SPDX-License-Identifier: Apache-2.0

import ArgumentParser
import CustosGateway
import CustosGuard
import Foundation

/// `custos scan`: run the guard's detectors over text, for operators tuning their configuration.
struct Scan: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Find sensitive data (PII, credentials, classification markings) in text and print the findings or the redacted text.",
        discussion: """
            Reads FILE (or standard input with `-` or no argument). With --jsonl each input line is a JSON object with a
            "text" field and each output line is {"id", "classification", "findings": [{"type", "start", "end"}]}, offsets
            in Unicode scalars (as Python counts characters). Findings never print the values they found.

            With --config, the configuration's `guard` actions for --direction apply: each finding carries its action,
            the summary says whether the gateway would block the text, and --redact replaces only the kinds it redacts
            or masks (masks, keyed per tenant, show as [KIND]). Policies' `@guard_…` obligations depend on who calls
            which deployment and are not applied; `custos policy explain` shows them.
            """
    )

    @Argument(help: "The file to scan; `-` or none for standard input.") var file: String?
    @Flag(help: "Read JSON lines with a \"text\" field; write one JSON line of findings per input line.") var jsonl = false
    @Flag(help: "Print the text with every finding replaced by [KIND] (with --config: the kinds it redacts or masks).") var redact = false
    @Option(help: "A Custos configuration file whose `guard` actions to apply.") var config: String?
    @Option(help: "With --config: the actions for prompts (request) or for answers (response).") var direction = "request"

    func validate() throws {
        guard GuardDirection(rawValue: direction) != nil else { throw ValidationError("--direction is `request` or `response`") }
    }

    func run() throws {
        let data: Data
        if let file, file != "-" {
            guard let contents = FileManager.default.contents(atPath: file) else {
                printError("custos: cannot read \(file)")
                throw CustosExitCode.notFound
            }
            data = contents
        } else {
            data = FileHandle.standardInput.readDataToEndOfFile()
        }
        let scanner = SensitiveDataScanner()
        var actions: GuardConfig?
        if let config {
            do {
                actions = try ConfigLoader.load(path: config).guardActions
            } catch {
                printError("custos: invalid configuration: \(error)")
                throw CustosExitCode.invalidConfig
            }
        }
        /// The configured action for a kind, when a configuration is given.
        let direction = GuardDirection(rawValue: direction) ?? .request
        func action(_ kind: SensitiveKind) -> GuardAction? { actions?.action(for: kind, in: direction) }
        /// What --redact replaces: every finding, or those the configuration redacts or masks.
        func replaced(_ findings: [Finding]) -> [Finding] {
            findings.filter { action($0.kind).map { $0 == .redact || $0 == .mask } ?? true }
        }
        /// The kinds the configuration blocks, among `findings`.
        func blocked(_ findings: [Finding]) -> [SensitiveKind] {
            Set(findings.map(\.kind).filter { action($0) == .block }).sorted()
        }
        if jsonl {
            var output = Data()
            for line in data.split(separator: UInt8(ascii: "\n")) where !line.isEmpty {
                guard let object = try? JSONSerialization.jsonObject(with: Data(line)) as? [String: Any], let text = object["text"] as? String else {
                    throw ValidationError("each line must be a JSON object with a \"text\" string")
                }
                let bytes = Array(text.utf8)
                let result = scanner.scan(bytes)
                let bounds = result.findings.flatMap { [$0.range.lowerBound, $0.range.upperBound] }
                let scalars = Dictionary(zip(bounds.sorted(), Redaction.scalarOffsets(bytes, bounds)), uniquingKeysWith: { a, _ in a })
                var reply: [String: Any] = [
                    "findings": result.findings.map { finding -> [String: Any] in
                        var entry: [String: Any] = [
                            "type": finding.kind.rawValue, "start": scalars[finding.range.lowerBound]!, "end": scalars[finding.range.upperBound]!,
                        ]
                        if let action = action(finding.kind) { entry["action"] = action.rawValue }
                        return entry
                    }
                ]
                if let id = object["id"] { reply["id"] = id }
                reply["classification"] = result.classification?.name ?? NSNull()
                if actions != nil { reply["blocked"] = blocked(result.findings).map(\.rawValue) }
                if redact { reply["redacted"] = String(decoding: Redaction.typed(bytes, replaced(result.findings)), as: UTF8.self) }
                output += try JSONSerialization.data(withJSONObject: reply, options: [.sortedKeys, .withoutEscapingSlashes])
                output.append(UInt8(ascii: "\n"))
            }
            FileHandle.standardOutput.write(output)
            return
        }
        let bytes = Array(data)
        let result = scanner.scan(bytes)
        if redact {
            FileHandle.standardOutput.write(Data(Redaction.typed(bytes, replaced(result.findings))))
            let refused = blocked(result.findings)
            if !refused.isEmpty { printError("custos: the gateway would refuse this text (403): \(refused.map(\.rawValue).joined(separator: ", "))") }
            return
        }
        let bounds = result.findings.flatMap { [$0.range.lowerBound, $0.range.upperBound] }
        let scalars = Dictionary(zip(bounds.sorted(), Redaction.scalarOffsets(bytes, bounds)), uniquingKeysWith: { a, _ in a })
        for finding in result.findings {
            let line = "\(finding.kind.rawValue)\t\(scalars[finding.range.lowerBound]!)..<\(scalars[finding.range.upperBound]!)"
            print(action(finding.kind).map { line + "\t" + $0.rawValue } ?? line)
        }
        let counts = result.counts.sorted { $0.key < $1.key }.map { "\($0.key.rawValue) \($0.value)" }.joined(separator: ", ")
        var summary =
            "\(result.findings.count) findings\(counts.isEmpty ? "" : ": " + counts); classification: \(result.classification?.name ?? "no marking")"
        if actions != nil {
            let refused = blocked(result.findings)
            let rewritten = Set(replaced(result.findings).map(\.kind)).sorted().map(\.rawValue)
            summary +=
                refused.isEmpty
                ? "; the gateway would forward it" + (rewritten.isEmpty ? "" : " with \(rewritten.joined(separator: ", ")) replaced")
                : "; the gateway would refuse it (403): \(refused.map(\.rawValue).joined(separator: ", "))"
        }
        printError(summary)
    }
}
