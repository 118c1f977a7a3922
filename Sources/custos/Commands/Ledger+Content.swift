// SPDX-License-Identifier: Apache-2.0

import ArgumentParser
import CustosLedger
import Foundation

extension Ledger {
    /// `custos ledger content`: an auditor fetches one record's retained content and opens it,
    /// checking on the way that the record is in the signed log and that the content is exactly
    /// what the record commits to.
    struct Content: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Fetch a record's retained content, check it against the signed ledger, and decrypt it with the tenant's key.",
            discussion: """
                Checks, in order: the checkpoint's signature (--vkey); that the record at --index is in the signed tree (an
                inclusion proof); that the sealed content hashes to the digest the record commits to; that it opens under the
                tenant's key (from `custos ledger export-key`) bound to this record. Exit 0 and the plaintext on success;
                5 when a check fails; 4 when the content key is not at hand (shredded, or not exported to you).
                """
        )

        @Option(help: "The ledger's base URL, e.g. https://custos.example/ledger") var url: String
        @Option(help: "The ledger's verifier key (name+hash+key).") var vkey: String
        @Option(help: "Environment variable holding an API key with the auditor role.") var apiKeyEnv = "CUSTOS_API_KEY"
        @Option(help: "The ledger index of a REQUEST (its request body) or RESPONSE (its answer) record.") var index: UInt64
        @Option(help: "A file of content keys, one per line, as `custos ledger export-key` writes them.") var keys: String
        @Option(help: "Write the plaintext here instead of standard output.") var out: String?

        func run() async throws {
            let key: NoteVerifierKey
            do { key = try NoteVerifierKey(parsing: vkey) } catch { throw ValidationError("--vkey: \(error)") }
            guard let keyText = FileManager.default.contents(atPath: keys) else { throw ValidationError("cannot read \(keys)") }
            let contentKeys = try String(decoding: keyText, as: UTF8.self).split(whereSeparator: \.isNewline).map { line in
                do { return try ContentKey(parsing: String(line)) } catch { throw ValidationError("\(keys): \(error)") }
            }
            let client = LedgerClient(url: url, apiKey: ProcessInfo.processInfo.environment[apiKeyEnv])
            let outcome = await Result { try await open(key: key, contentKeys: contentKeys, client: client) }
            await client.shutdown()
            switch outcome {
            case .success(let (plaintext, claim)):
                if let out {
                    try Data(plaintext).write(to: URL(fileURLWithPath: out))
                } else {
                    FileHandle.standardOutput.write(Data(plaintext))
                }
                printError(
                    "ok: the \(claim.part.rawValue) of \(claim.requestID) (tenant \(claim.tenant)) is in the signed ledger and matches its record"
                )
            case .failure(let error as ContentError):
                switch error {
                case .keyUnavailable, .notRetained:
                    printError("custos: \(error)")
                    throw CustosExitCode.notFound
                case .digestMismatch, .undecryptable:
                    printError("custos: VERIFICATION FAILED: \(error)")
                    throw CustosExitCode.verificationFailed
                default:
                    printError("custos: \(error)")
                    throw CustosExitCode.failure
                }
            case .failure(let error as LedgerEvidenceError):
                printError("custos: VERIFICATION FAILED: \(error.message)")
                throw CustosExitCode.verificationFailed
            case .failure(let error):
                printError("custos: cannot open the content: \(error)")
                throw CustosExitCode.failure
            }
        }

        private func open(key: NoteVerifierKey, contentKeys: [ContentKey], client: LedgerClient) async throws -> ([UInt8], ContentAudit.Claim) {
            guard let note = try await client.get("checkpoint") else { throw ValidationError("the ledger serves no checkpoint yet") }
            let checkpoint: Checkpoint
            do { checkpoint = try Checkpoint.open(note, trusting: [key]) } catch {
                throw LedgerEvidenceError(message: "checkpoint rejected: \(error)")
            }
            guard index < checkpoint.size else {
                throw ValidationError("record \(index) is not signed yet (the checkpoint covers \(checkpoint.size) records); try again in a moment")
            }
            guard let record = try await client.get("entries/\(index)") else { throw ValidationError("the ledger serves no record \(index)") }
            guard let proofBody = try await client.get("proof/inclusion?index=\(index)&size=\(checkpoint.size)"),
                let json = try? JSONSerialization.jsonObject(with: Data(proofBody)) as? [String: Any],
                let hashes = (json["hashes"] as? [String])?.compactMap(Digest.init(base64:))
            else { throw ValidationError("the ledger serves no inclusion proof for record \(index)") }
            do {
                try InclusionProof(leafIndex: index, treeSize: checkpoint.size, hashes: hashes)
                    .verify(leafHash: RFC6962Hasher.leafHash(record), root: checkpoint.rootHash)
            } catch {
                throw LedgerEvidenceError(message: "record \(index) is not in the signed tree of size \(checkpoint.size): \(error)")
            }
            let claim = try ContentAudit.claim(inRecord: record)
            guard let sealed = try await client.get("content/\(claim.requestID)/\(claim.part.rawValue)") else {
                throw ContentError.notRetained("the gateway serves no \(claim.part.rawValue) content for \(claim.requestID)")
            }
            return (try ContentAudit.open(sealed, claim: claim, keys: contentKeys), claim)
        }
    }
}

/// The ledger's own evidence contradicts it (a bad signature or proof).
struct LedgerEvidenceError: Error {
    let message: String
}
