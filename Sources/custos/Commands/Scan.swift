// SPDX-License-Identifier: Apache-2.0

import ArgumentParser
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
            """
    )

    @Argument(help: "The file to scan; `-` or none for standard input.") var file: String?
    @Flag(help: "Read JSON lines with a \"text\" field; write one JSON line of findings per input line.") var jsonl = false
    @Flag(help: "Print the text with every finding replaced by [KIND].") var redact = false

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
                    "findings": result.findings.map {
                        ["type": $0.kind.rawValue, "start": scalars[$0.range.lowerBound]!, "end": scalars[$0.range.upperBound]!]
                    }
                ]
                if let id = object["id"] { reply["id"] = id }
                reply["classification"] = result.classification?.name ?? NSNull()
                if redact { reply["redacted"] = String(decoding: Redaction.typed(bytes, result.findings), as: UTF8.self) }
                output += try JSONSerialization.data(withJSONObject: reply, options: [.sortedKeys, .withoutEscapingSlashes])
                output.append(UInt8(ascii: "\n"))
            }
            FileHandle.standardOutput.write(output)
            return
        }
        let bytes = Array(data)
        let result = scanner.scan(bytes)
        if redact {
            FileHandle.standardOutput.write(Data(Redaction.typed(bytes, result.findings)))
            return
        }
        let bounds = result.findings.flatMap { [$0.range.lowerBound, $0.range.upperBound] }
        let scalars = Dictionary(zip(bounds.sorted(), Redaction.scalarOffsets(bytes, bounds)), uniquingKeysWith: { a, _ in a })
        for finding in result.findings {
            print("\(finding.kind.rawValue)\t\(scalars[finding.range.lowerBound]!)..<\(scalars[finding.range.upperBound]!)")
        }
        let counts = result.counts.sorted { $0.key < $1.key }.map { "\($0.key.rawValue) \($0.value)" }.joined(separator: ", ")
        printError(
            "\(result.findings.count) findings\(counts.isEmpty ? "" : ": " + counts); classification: \(result.classification?.name ?? "no marking")"
        )
    }
}
