// SPDX-License-Identifier: Apache-2.0

import ArgumentParser
import AsyncHTTPClient
import CustosLedger
import Foundation
import NIOCore
import NIOHTTP1

/// `custos verify`: an auditor's check of a Custos ledger over HTTP, trusting only its public key.
struct Verify: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Verify a Custos audit ledger: signature, every tile, optionally every record, and that it only appended since a saved checkpoint."
    )

    @Option(help: "The ledger's base URL, e.g. https://custos.example/ledger") var url: String
    @Option(help: "The ledger's verifier key (name+hash+key), as printed by `custos keys ledger-init`.") var vkey: String
    @Option(help: "Environment variable holding an API key with the auditor role.") var apiKeyEnv = "CUSTOS_API_KEY"
    @Option(help: "A checkpoint saved by an earlier run (see --save): prove the log is an extension of it.") var since: String?
    @Option(help: "Save the verified checkpoint here, for the next run's --since.") var save: String?
    @Flag(help: "Also fetch every record and check it against its leaf hash.") var entries = false

    func run() async throws {
        let key: NoteVerifierKey
        do { key = try NoteVerifierKey(parsing: vkey) } catch { throw ValidationError("--vkey: \(error)") }
        let apiKey = ProcessInfo.processInfo.environment[apiKeyEnv]
        var previousNote: String?
        if let since {
            guard let data = FileManager.default.contents(atPath: since) else { throw ValidationError("cannot read \(since)") }
            previousNote = String(decoding: data, as: UTF8.self)
        }
        let base = url.hasSuffix("/") ? String(url.dropLast()) : url
        let client = HTTPClient(eventLoopGroupProvider: .singleton)
        let outcome: Result<LogVerifier.Report, any Error>
        do {
            let verifier = LogVerifier(key: key) { path in
                var request = HTTPClientRequest(url: "\(base)/\(path)")
                if let apiKey { request.headers.add(name: "Authorization", value: "Bearer \(apiKey)") }
                let response = try await client.execute(request, timeout: .seconds(60))
                let body = try await response.body.collect(upTo: 64 * 1024 * 1024)
                if response.status == .notFound { return nil }
                guard response.status == .ok else {
                    throw ValidationError("GET \(path): HTTP \(response.status.code) \(String(buffer: body))")
                }
                return Array(body.readableBytesView)
            }
            outcome = .success(try await verifier.verify(previousCheckpoint: previousNote, checkEntries: entries))
        } catch {
            outcome = .failure(error)
        }
        try await client.shutdown()
        switch outcome {
        case .success(let report):
            var line = "ok: \(report.checkpoint.origin) size \(report.checkpoint.size) root \(report.checkpoint.rootHash.base64)"
            if entries {
                line += ", \(report.entriesChecked) records checked"
                if !report.unansweredRequests.isEmpty {
                    line += ", \(report.unansweredRequests.count) REQUEST without RESPONSE (in flight or unanswered): "
                    line += report.unansweredRequests.prefix(10).joined(separator: " ")
                }
            }
            if let size = report.consistentWithSize { line += ", extends the saved checkpoint of size \(size)" }
            print(line)
            if let save { try Data(report.note.utf8).write(to: URL(fileURLWithPath: save)) }
        case .failure(let error as LogVerifier.Failure):
            printError("custos: VERIFICATION FAILED: \(error)")
            throw CustosExitCode.verificationFailed
        case .failure(let error):
            printError("custos: cannot verify: \(error)")
            throw CustosExitCode.failure
        }
    }
}
