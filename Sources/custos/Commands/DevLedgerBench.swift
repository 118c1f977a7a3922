// SPDX-License-Identifier: Apache-2.0

import ArgumentParser
import CustosLedger
import Foundation

extension Dev {
    /// `custos dev ledger-bench`: the ledger figures of BENCHMARKS.md (run by `bench/ledger.sh`).
    struct LedgerBench: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "ledger-bench",
            abstract: "Measure durable appends/s, inclusion-proof latency and verification time of the ledger."
        )

        @Option(help: "Entries appended through the sequencer (SQLite, synchronous=FULL).") var appends = 100_000
        @Option(help: "Concurrent writers for the append measurement.") var writers = 512
        @Option(help: "Appends by a single writer, one at a time, for the latency measurement.") var latencyAppends = 2_000
        @Flag(help: "Only measure single-writer append latency.") var latencyOnly = false
        @Option(help: "Tree size for the proof and verification measurements.") var treeSize = 1_000_000
        @Option(help: "Inclusion proofs to time.") var proofs = 20_000
        @Option(help: "Entries between signed checkpoints in the ledger file verified with --db.") var checkpointEvery = 2_000
        @Option(
            help:
                "Scratch folder, kept afterwards with the signing key (ledger.key) and verifier key (ledger.pub) of verify.db; a temporary one when omitted."
        )
        var directory: String?

        func run() async throws {
            let folder = directory ?? FileManager.default.temporaryDirectory.appendingPathComponent("custos-ledger-bench-\(UUID().uuidString)").path
            defer { if directory == nil { try? FileManager.default.removeItem(atPath: folder) } }
            let signer = try NoteSignerKey.generate(name: "custos.bench/ledger")
            if directory != nil {
                try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
                try Data((signer.privateText + "\n").utf8).write(to: URL(fileURLWithPath: folder + "/ledger.key"))
                try Data((signer.verifierKey.text + "\n").utf8).write(to: URL(fileURLWithPath: folder + "/ledger.pub"))
            }

            // 1. Durable appends per second, many concurrent writers, group commit.
            let sequencer = try await Sequencer(
                storage: try SQLiteLedgerStorage(path: folder + "/ledger.db"),
                signer: signer,
                origin: signer.name
            )
            let record = Array(
                #"{"event":"REQUEST","endpoint":"/v1/chat/completions","request":{"bytes":412,"sha256":"0f1e2d3c4b5a69788796a5b4c3d2e1f00f1e2d3c4b5a69788796a5b4c3d2e1f0"},"v":1}"#
                    .utf8
            )
            // 0. One writer, one append at a time: what a lone request waits for; and the floor,
            //    the same commit made straight on this thread, no sequencer.
            Self.printLatencies("durable append, one writer", try await Self.timings(latencyAppends) { _ in _ = try await sequencer.append(record) })
            let bare = try SQLiteLedgerStorage(path: folder + "/bare.db")
            Self.printLatencies(
                "bare SQLite commit on the calling thread",
                try await Self.timings(latencyAppends) { index in try bare.append([StoredEntry(data: record)], startingAt: UInt64(index)) }
            )
            if latencyOnly { return }

            let appendStart = ContinuousClock.now
            let perWriter = max(1, appends / writers)
            try await withThrowingTaskGroup(of: Void.self) { group in
                for _ in 0..<writers {
                    group.addTask { for _ in 0..<perWriter { _ = try await sequencer.append(record) } }
                }
                try await group.waitForAll()
            }
            let appendSeconds = Self.seconds(.now - appendStart)
            let appended = perWriter * writers
            print(
                String(
                    format: "durable appends: %d entries, %d writers, %.2f s, %.0f appends/s",
                    appended,
                    writers,
                    appendSeconds,
                    Double(appended) / appendSeconds
                )
            )

            // 2. Inclusion proofs at `treeSize` entries.
            var tree = MerkleTree()
            var entries: [[UInt8]] = []
            entries.reserveCapacity(treeSize)
            let buildStart = ContinuousClock.now
            for index in 0..<treeSize {
                let entry = Array(#"{"event":"REQUEST","n":\#(index),"v":1}"#.utf8)
                entries.append(entry)
                tree.append(leafHash: RFC6962Hasher.leafHash(entry))
            }
            print(String(format: "tree build: %d leaves in %.2f s", treeSize, Self.seconds(.now - buildStart)))
            let size = tree.size
            let root = try tree.rootHash(treeSize: size)
            var generator = SystemRandomNumberGenerator()
            var latencies: [Double] = []
            latencies.reserveCapacity(proofs)
            for _ in 0..<proofs {
                let index = UInt64.random(in: 0..<size, using: &generator)
                let start = ContinuousClock.now
                let proof = try tree.inclusionProof(leafIndex: index, treeSize: size)
                latencies.append(Self.seconds(.now - start) * 1_000_000)
                try proof.verify(leafHash: tree.perfectSubtreeHash(level: 0, index: index)!, root: root)
            }
            latencies.sort()
            print(
                String(
                    format: "inclusion proof at %d entries: p50 %.1f us, p99 %.1f us (%d proofs, generation only; each also verified)",
                    treeSize,
                    latencies[latencies.count / 2],
                    latencies[latencies.count * 99 / 100],
                    proofs
                )
            )

            // 3. Verifying a log of `treeSize` entries from its tiles and bundles, as `custos verify` does.
            var files: [String: [UInt8]] = [:]
            for tile in TileID.tiles(forTreeSize: size) where tile.level == 0 { files[tile.path] = tree.tileBytes(tile) }
            var index = 0
            while index < treeSize {
                let bundle = EntryBundleID.containing(logIndex: UInt64(index), logSize: size)!
                files[bundle.path] = try EntryBundle.encode(Array(entries[index..<(index + bundle.width)]))
                index += bundle.width
            }
            let note = try signer.signedNote(try Checkpoint(origin: signer.name, size: size, rootHash: root).text).serialized
            files["checkpoint"] = Array(note.utf8)
            let served = files
            let verifyStart = ContinuousClock.now
            let report = try await LogVerifier(key: signer.verifierKey) { served[$0] }.verify(checkEntries: true)
            print(
                String(
                    format: "verify (tiles and every entry, in memory, no network): %llu entries in %.2f s",
                    report.entriesChecked,
                    Self.seconds(.now - verifyStart)
                )
            )

            // 4. Verifying the same log from its SQLite file, as `custos verify --db` does: every row,
            //    and a signed checkpoint every `checkpointEvery` entries (one a second at that rate).
            let file = folder + "/verify.db"
            let storage = try SQLiteLedgerStorage(path: file)
            var written: UInt64 = 0
            var fileTree = MerkleTree()
            while written < size {
                let end = min(size, written + UInt64(checkpointEvery))
                let batch = entries[Int(written)..<Int(end)].map { StoredEntry(data: $0) }
                try storage.append(batch, startingAt: written)
                for entry in batch { fileTree.append(leafHash: entry.leafHash) }
                let checkpoint = try Checkpoint(origin: signer.name, size: end, rootHash: try fileTree.rootHash(treeSize: end))
                try await storage.storeCheckpoint(try signer.signedNote(checkpoint.text).serialized, treeSize: end)
                written = end
            }
            let rowsStart = ContinuousClock.now
            _ = try await StoredLedgerVerifier(key: signer.verifierKey, storage: try SQLiteLedgerStorage(auditing: file)).verify()
            print(String(format: "verify --db without --entries (rows, leaf hashes, checkpoints): %.2f s", Self.seconds(.now - rowsStart)))
            let fileStart = ContinuousClock.now
            let fileReport = try await StoredLedgerVerifier(key: signer.verifierKey, storage: try SQLiteLedgerStorage(auditing: file))
                .verify(checkEntries: true)
            print(
                String(
                    format: "verify --db (every row and record, %d signed checkpoints): %llu entries in %.2f s",
                    fileReport.checkpointsChecked,
                    fileReport.entriesChecked,
                    Self.seconds(.now - fileStart)
                )
            )
        }

        /// Microseconds each of `count` runs of `body` took, sorted.
        static func timings(_ count: Int, _ body: (Int) async throws -> Void) async rethrows -> [Double] {
            var waits: [Double] = []
            waits.reserveCapacity(count)
            for index in 0..<count {
                let start = ContinuousClock.now
                try await body(index)
                waits.append(seconds(.now - start) * 1_000_000)
            }
            return waits.sorted()
        }

        static func printLatencies(_ name: String, _ sorted: [Double]) {
            print(
                String(
                    format: "%@: p50 %.0f us, p90 %.0f us, p99 %.0f us (%d)",
                    name as NSString,
                    sorted[sorted.count / 2],
                    sorted[sorted.count * 9 / 10],
                    sorted[sorted.count * 99 / 100],
                    sorted.count
                )
            )
        }

        static func seconds(_ duration: Duration) -> Double {
            Double(duration.components.seconds) + Double(duration.components.attoseconds) / 1e18
        }
    }
}
