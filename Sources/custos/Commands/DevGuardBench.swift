// SPDX-License-Identifier: Apache-2.0

import ArgumentParser
import CustosGuard
import Foundation

extension Dev {
    /// `custos dev guard-bench`: scan throughput of the guard on one core.
    struct GuardBench: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "guard-bench",
            abstract: "Time the guard's scanner over the texts of a JSONL corpus (one core, in process) and print MB/s (bench/guard.sh)."
        )

        @Argument(help: "A JSONL file whose lines have a \"text\" field.") var corpus: String
        @Option(help: "Seconds to keep scanning.") var seconds: Double = 3
        @Option(
            help: "Feed each text to a streaming redactor in pieces of this many bytes (a streamed answer's deltas) instead of scanning it whole."
        )
        var streamChunk: Int?
        @Flag(help: "With --stream-chunk: redact nothing (record only, the default actions), so the redactor only observes.")
        var observeOnly = false

        func run() throws {
            guard let data = FileManager.default.contents(atPath: corpus) else { throw ValidationError("cannot read \(corpus)") }
            let texts: [[UInt8]] = data.split(separator: UInt8(ascii: "\n")).compactMap { line in
                (try? JSONSerialization.jsonObject(with: Data(line)) as? [String: Any])?["text"].flatMap { $0 as? String }.map { Array($0.utf8) }
            }
            let scanner = SensitiveDataScanner()
            let bytesPerRound = texts.reduce(0) { $0 + $1.count }
            var rounds = 0
            var findings = 0
            let clock = ContinuousClock()
            let start = clock.now
            while clock.now - start < .seconds(seconds) {
                if let streamChunk {
                    for text in texts { findings += Self.stream(text, in: max(1, streamChunk), redacting: !observeOnly) }
                } else {
                    for text in texts { findings += scanner.scan(text).findings.count }
                }
                rounds += 1
            }
            let elapsed = clock.now - start
            let secondsElapsed = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
            let megabytes = Double(bytesPerRound * rounds) / 1e6
            print(
                String(
                    format: "guard scan: %.1f MB/s on one core (%d texts, %.2f MB per round, %d rounds in %.2f s, %d findings per round)",
                    megabytes / secondsElapsed,
                    texts.count,
                    Double(bytesPerRound) / 1e6,
                    rounds,
                    secondsElapsed,
                    findings / max(rounds, 1)
                )
            )
        }

        /// Feeds `text` to a redactor that redacts every kind (or none), `size` bytes at a time;
        /// returns the findings.
        static func stream(_ text: [UInt8], in size: Int, redacting: Bool) -> Int {
            var redactor = StreamingRedactor { _ in redacting }
            var start = 0
            while start < text.count {
                _ = redactor.feed(text[start..<min(start + size, text.count)])
                start += size
            }
            _ = redactor.finish()
            return redactor.findings.count
        }
    }
}
