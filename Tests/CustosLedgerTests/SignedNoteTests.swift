// SPDX-License-Identifier: Apache-2.0

import Foundation
import Testing

@testable import CustosLedger

struct SignedNoteTests {
    struct SumDBNote: Decodable {
        struct BadMessage: Decodable {
            let desc: String
            let msg_b64: String
        }
        let peter_vkey: String
        let enoch_vkey: String
        let peter_skey: String
        let text: String
        let peter_sig_line: String
        let enoch_sig_line: String
        let peter_signed_note: String
        let bad_vkeys: [String]
        let bad_messages: [BadMessage]
    }

    struct C2SPExamples: Decodable {
        let signed_note_vkey: String
        let signed_note: String
        let quasimodo_note_no_key: String
        let checkpoint_example_no_key: String
    }

    static func sumdb() throws -> SumDBNote { try MerkleVectorTests.load("sumdb_note", as: SumDBNote.self) }

    @Test func parsesAndVerifiesTheGoNote() throws {
        let vectors = try Self.sumdb()
        let note = try SignedNote(parsing: Array(vectors.peter_signed_note.utf8))
        #expect(note.text == vectors.text)
        #expect(note.serialized == vectors.peter_signed_note)
        let peter = try NoteVerifierKey(parsing: vectors.peter_vkey)
        #expect(peter.text == vectors.peter_vkey)
        #expect(try note.verify(trusting: [peter]) == ["PeterNeumann"])
        // Only an unknown key signed it, as far as Enoch's verifier is concerned.
        let enoch = try NoteVerifierKey(parsing: vectors.enoch_vkey)
        #expect(throws: NoteError.noTrustedSignature) { try note.verify(trusting: [enoch]) }
    }

    @Test func tamperedTextFailsWithAKnownKey() throws {
        let vectors = try Self.sumdb()
        let forged = vectors.peter_signed_note.replacingOccurrences(of: "cryptography", with: "blockchains")
        let note = try SignedNote(parsing: Array(forged.utf8))
        #expect(throws: NoteError.invalidSignature(keyName: "PeterNeumann")) {
            try note.verify(trusting: [try NoteVerifierKey(parsing: vectors.peter_vkey)])
        }
    }

    @Test func signsLikeTheReference() throws {
        let vectors = try Self.sumdb()
        let signer = try NoteSignerKey(parsing: vectors.peter_skey)
        #expect(signer.verifierKey.text == vectors.peter_vkey)
        #expect(signer.privateText == vectors.peter_skey)
        #expect(!signer.description.contains(vectors.peter_skey))
        let note = try signer.signedNote(vectors.text)
        // Ed25519 (RFC 8032) is deterministic: the same key and text give the reference's bytes.
        #expect(note.signatures.first?.line == String(vectors.peter_sig_line.dropLast()))
        #expect(note.serialized == vectors.peter_signed_note)
        let both = SignedNote(
            text: vectors.text,
            signatures: note.signatures + (try SignedNote(parsing: Array((vectors.text + "\n" + vectors.enoch_sig_line).utf8))).signatures
        )
        let verified = try both.verify(trusting: [try NoteVerifierKey(parsing: vectors.peter_vkey), try NoteVerifierKey(parsing: vectors.enoch_vkey)])
        #expect(verified == ["PeterNeumann", "EnochRoot"])
    }

    @Test func refusesBadKeys() throws {
        for key in try Self.sumdb().bad_vkeys {
            #expect(throws: NoteError.self) { try NoteVerifierKey(parsing: key) }
        }
        #expect(throws: NoteError.self) { try NoteVerifierKey(parsing: "no-plus-signs") }
        #expect(throws: NoteError.self) { try NoteSignerKey(parsing: "PRIVATE+KEY+x+00000000+AAAA") }
    }

    @Test func refusesMalformedNotes() throws {
        let vectors = try Self.sumdb()
        #expect(vectors.bad_messages.count >= 6)
        for bad in vectors.bad_messages {
            let bytes = Array(try #require(Data(base64Encoded: bad.msg_b64)))
            #expect(throws: NoteError.self, "\(bad.desc)") {
                let note = try SignedNote(parsing: bytes)
                // Some refusals come at verification (e.g. a signature line that parses but does not verify).
                _ = try note.verify(trusting: [try NoteVerifierKey(parsing: vectors.peter_vkey)])
            }
        }
    }

    @Test func c2spExamples() throws {
        let examples = try MerkleVectorTests.load("c2sp_examples", as: C2SPExamples.self)
        let key = try NoteVerifierKey(parsing: examples.signed_note_vkey)
        let note = try SignedNote(parsing: Array(examples.signed_note.utf8))
        #expect(try note.verify(trusting: [key]) == ["example.com/foo"])
        // No published key: they parse and round-trip, and are refused for lack of a trusted signature.
        for text in [examples.quasimodo_note_no_key, examples.checkpoint_example_no_key] {
            let parsed = try SignedNote(parsing: Array(text.utf8))
            #expect(parsed.serialized == text)
            #expect(throws: NoteError.noTrustedSignature) { try parsed.verify(trusting: [key]) }
        }
        let checkpoint = try Checkpoint(text: try SignedNote(parsing: Array(examples.checkpoint_example_no_key.utf8)).text)
        #expect(checkpoint.origin == "example.com/behind-the-sofa")
        #expect(checkpoint.size == 20_852_163)
    }

    @Test func generatedKeysRoundTrip() throws {
        let signer = try NoteSignerKey.generate(name: "custos.example/agency-a")
        let again = try NoteSignerKey(parsing: signer.privateText)
        #expect(again.verifierKey == signer.verifierKey)
        let note = try again.signedNote("hello\n")
        #expect(
            try SignedNote(parsing: Array(note.serialized.utf8)).verify(trusting: [try NoteVerifierKey(parsing: signer.verifierKey.text)]) == [
                "custos.example/agency-a"
            ]
        )
        #expect(throws: NoteError.self) { try NoteSignerKey.generate(name: "has space") }
    }
}

struct CheckpointTests {
    struct SumDBTlog: Decodable {
        struct Record: Decodable {
            let data_utf8: String
            let hash_b64: String
        }
        let tree_note: String
        let tree_size: UInt64
        let record_hash: Record
        let bad_tree_notes: [String]
    }

    struct TesseraLog: Decodable {
        let vkey: String
        let origin: String
        let entries_ascii: [String]
        let checkpoints: [String: String]
    }

    @Test func sumdbTreeNote() throws {
        let vectors = try MerkleVectorTests.load("sumdb_tlog", as: SumDBTlog.self)
        let checkpoint = try Checkpoint(text: vectors.tree_note)
        #expect(checkpoint.origin == "go.sum database tree")
        #expect(checkpoint.size == vectors.tree_size)
        #expect(checkpoint.rootHash == RFC6962Hasher.leafHash(Array(vectors.record_hash.data_utf8.utf8)))
        #expect(checkpoint.rootHash.base64 == vectors.record_hash.hash_b64)
        #expect(checkpoint.text == vectors.tree_note)
        for bad in vectors.bad_tree_notes {
            #expect(throws: NoteError.self) { try Checkpoint(text: bad) }
        }
    }

    @Test(arguments: [
        "origin\n", "o\n1\n", "o\n01\nAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=\n", "o\n-1\nAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=\n",
        "o\n1\nAAAA\n", "\n1\nAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=\n", "o\n1\nAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=\n\n",
        "o\n1\nAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=",
    ])
    func malformedCheckpoints(_ text: String) {
        #expect(throws: NoteError.self) { try Checkpoint(text: text) }
    }

    /// A real log written by tessera: every signed checkpoint verifies with the log's key, and its
    /// root equals the root our tree computes over the same entries.
    @Test func tesseraLogCheckpointsMatchOurTree() throws {
        let log = try MerkleVectorTests.load("tessera_testdata_log", as: TesseraLog.self)
        let key = try NoteVerifierKey(parsing: log.vkey)
        var tree = MerkleTree()
        for entry in log.entries_ascii { tree.append(leafHash: RFC6962Hasher.leafHash(Array(entry.utf8))) }
        var checked = 0
        for (name, note) in log.checkpoints {
            let checkpoint = try Checkpoint.open(Array(note.utf8), trusting: [key])
            #expect(checkpoint.origin == log.origin)
            if name != "checkpoint" { #expect(name == "checkpoint.\(checkpoint.size)") }
            #expect(try tree.rootHash(treeSize: checkpoint.size) == checkpoint.rootHash, "\(name)")
            checked += 1
        }
        #expect(checked == 17)
    }

    @Test func signAndOpenOurOwnCheckpoint() throws {
        let signer = try NoteSignerKey.generate(name: "custos.example/ledger")
        var tree = MerkleTree()
        for index in 0..<10 { tree.append(leafHash: RFC6962Hasher.leafHash(Array("record \(index)".utf8))) }
        let checkpoint = try Checkpoint(origin: "custos.example/ledger", size: 10, rootHash: try tree.rootHash(treeSize: 10))
        let note = try signer.signedNote(checkpoint.text).serialized
        #expect(try Checkpoint.open(Array(note.utf8), trusting: [signer.verifierKey]) == checkpoint)
        let other = try NoteSignerKey.generate(name: "custos.example/ledger")
        #expect(throws: NoteError.self) { try Checkpoint.open(Array(note.utf8), trusting: [other.verifierKey]) }
    }
}
