// SPDX-License-Identifier: Apache-2.0

import ArgumentParser
import CustosLedger
import Foundation

/// `custos verify`: an auditor's check of a Custos ledger, over HTTP or from its database file,
/// trusting only its public key. Exit 0: everything holds; 5: the ledger fails verification
/// (the message names the first bad index where the evidence locates one); 1: it could not be
/// checked (unreachable, unreadable).
struct Verify: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract:
            "Verify a Custos audit ledger: signatures, every tile or row, optionally every record, and that it only appended since a saved checkpoint.",
        discussion: """
            Give the ledger either as --url (a running gateway's /ledger endpoints, as C2SP tlog-tiles) or as --db (its
            SQLite file, read-only; a copy is best). With --db every stored checkpoint is checked and a tampered row is
            named by its index.
            """
    )

    @Option(help: "The ledger's base URL, e.g. https://custos.example/ledger") var url: String?
    @Option(help: "The ledger's SQLite file (opened read-only).") var db: String?
    @Option(help: "The ledger's verifier key (name+hash+key), as printed by `custos keys ledger-init`.") var vkey: String
    @Option(help: "The log's origin (first checkpoint line); defaults to the verifier key's name.") var origin: String?
    @Option(help: "Environment variable holding an API key with the auditor role (for --url).") var apiKeyEnv = "CUSTOS_API_KEY"
    @Option(help: "A checkpoint saved by an earlier run (see --save): prove the log is an extension of it.") var since: String?
    @Option(help: "Save the verified checkpoint here, for the next run's --since.") var save: String?
    @Flag(help: "Also check that every record is a JSON object, and report REQUESTs without a RESPONSE.") var entries = false
    @Flag(inversion: .prefixedNo, help: "Show a progress bar on standard error (default: when it is a terminal).") var progress: Bool?

    func validate() throws {
        guard (url == nil) != (db == nil) else { throw ValidationError("give the ledger as exactly one of --url and --db") }
    }

    func run() async throws {
        let key: NoteVerifierKey
        do { key = try NoteVerifierKey(parsing: vkey) } catch { throw ValidationError("--vkey: \(error)") }
        var previousNote: String?
        if let since {
            guard let data = FileManager.default.contents(atPath: since) else { throw ValidationError("cannot read \(since)") }
            previousNote = String(decoding: data, as: UTF8.self)
        }
        let bar = ProgressBar(enabled: progress ?? (isatty(STDERR_FILENO) == 1))
        let outcome: Result<LogVerifier.Report, any Error>
        if let db {
            outcome = await Result {
                let storage = try SQLiteLedgerStorage(auditing: db)
                return try await StoredLedgerVerifier(key: key, origin: origin, storage: storage).verify(
                    previousCheckpoint: previousNote,
                    checkEntries: entries,
                    progress: bar.update
                )
            }
        } else {
            outcome = await verifyOverHTTP(key: key, previousNote: previousNote, progress: bar.update)
        }
        bar.finish()
        switch outcome {
        case .success(let report):
            print(summary(report))
            if let save { try Data(report.note.utf8).write(to: URL(fileURLWithPath: save)) }
        case .failure(let error as LogVerifier.Failure):
            var message = "custos: VERIFICATION FAILED: \(error)"
            if let index = error.firstBadIndex { message += " [first bad index: \(index)]" }
            printError(message)
            throw CustosExitCode.verificationFailed
        case .failure(let error):
            printError("custos: cannot verify: \(error)")
            throw CustosExitCode.failure
        }
    }

    private func verifyOverHTTP(key: NoteVerifierKey, previousNote: String?, progress: @escaping LogVerifier.Progress) async -> Result<
        LogVerifier.Report, any Error
    > {
        let client = LedgerClient(url: url ?? "", apiKey: ProcessInfo.processInfo.environment[apiKeyEnv])
        let outcome = await Result {
            try await LogVerifier(key: key, origin: origin) { path in try await client.get(path) }
                .verify(previousCheckpoint: previousNote, checkEntries: entries, progress: progress)
        }
        await client.shutdown()
        return outcome
    }

    private func summary(_ report: LogVerifier.Report) -> String {
        var line = "ok: \(report.checkpoint.origin) size \(report.checkpoint.size) root \(report.checkpoint.rootHash.base64)"
        if db != nil {
            line += ", \(report.checkpointsChecked) stored checkpoint(s) hold"
            if report.unsignedEntries > 0 { line += ", \(report.unsignedEntries) newer entries intact but not signed yet" }
        }
        if entries {
            line += ", \(report.entriesChecked) records checked"
            if !report.unansweredRequests.isEmpty {
                line += ", \(report.unansweredRequests.count) REQUEST without RESPONSE (in flight or unanswered): "
                line += report.unansweredRequests.prefix(10).joined(separator: " ")
            }
        }
        if let size = report.consistentWithSize { line += ", extends the saved checkpoint of size \(size)" }
        return line
    }
}

extension Result where Failure == any Error {
    init(catching body: () async throws -> Success) async {
        do { self = .success(try await body()) } catch { self = .failure(error) }
    }
}
