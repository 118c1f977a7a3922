// SPDX-License-Identifier: Apache-2.0

import Crypto
import Foundation

/// Which body of a call: the request the client sent, or the answer it got.
public enum ContentPart: String, Sendable, CaseIterable {
    case request, response
}

/// What a ledger record says about retained content: the key it is sealed under and the SHA-256
/// and length of the sealed bytes (`nonce || ciphertext || tag`), never the content itself.
public struct ContentCommitment: Sendable, Equatable {
    public let keyID: String
    public let sha256: String
    public let bytes: Int

    public init(keyID: String, sha256: String, bytes: Int) {
        self.keyID = keyID
        self.sha256 = sha256
        self.bytes = bytes
    }

    /// The `content` member of a ledger record.
    public var ledgerValue: LedgerValue {
        .object(["alg": "A256GCM", "key_id": .string(keyID), "sha256": .string(sha256), "bytes": .integer(Int64(bytes))])
    }
}

/// AES-256-GCM sealing of one body, bound to the record it belongs to: the associated data names
/// tenant, key, request id and part, so sealed bytes cannot be passed off as another call's.
public enum SealedContent {
    public static func seal(_ plaintext: [UInt8], key: ContentKey, requestID: String, part: ContentPart) throws -> (
        sealed: [UInt8], commitment: ContentCommitment
    ) {
        let box = try AES.GCM.seal(plaintext, using: key.key, authenticating: associatedData(key.tenant, key.keyID, requestID, part))
        let sealed = Array(box.combined!)
        return (sealed, ContentCommitment(keyID: key.keyID, sha256: hex(SHA256.hash(data: sealed)), bytes: sealed.count))
    }

    public static func open(_ sealed: [UInt8], key: ContentKey, requestID: String, part: ContentPart) throws(ContentError) -> [UInt8] {
        do {
            let box = try AES.GCM.SealedBox(combined: sealed)
            return Array(try AES.GCM.open(box, using: key.key, authenticating: associatedData(key.tenant, key.keyID, requestID, part)))
        } catch {
            throw .undecryptable("the \(part.rawValue) of \(requestID) does not open under key \(key.keyID) of tenant \(key.tenant)")
        }
    }

    static func hex(_ digest: SHA256.Digest) -> String { digest.map { String(format: "%02x", $0) }.joined() }

    private static func associatedData(_ tenant: String, _ keyID: String, _ requestID: String, _ part: ContentPart) -> [UInt8] {
        Array("custos-content/v1\n\(tenant)\n\(keyID)\n\(requestID)\n\(part.rawValue)".utf8)
    }
}

/// An auditor's check of retained content against its ledger record: the sealed bytes must be
/// the ones the record commits to, and open under the tenant's key for that record.
public enum ContentAudit {
    /// What a record says about the content it retained.
    public struct Claim: Sendable, Equatable {
        public let requestID: String
        public let tenant: String
        public let part: ContentPart
        public let commitment: ContentCommitment
    }

    /// Reads the claim in a REQUEST (request body) or RESPONSE (answer) record.
    public static func claim(inRecord record: [UInt8]) throws(ContentError) -> Claim {
        guard let object = try? JSONSerialization.jsonObject(with: Data(record)) as? [String: Any] else {
            throw .malformedRecord("the entry is not a JSON object")
        }
        let part: ContentPart
        switch object["event"] as? String {
        case "REQUEST": part = .request
        case "RESPONSE": part = .response
        default: throw .malformedRecord("only REQUEST and RESPONSE records retain content")
        }
        guard let requestID = object["request_id"] as? String, let tenant = (object["source"] as? [String: Any])?["tenant"] as? String else {
            throw .malformedRecord("the record names no request id or tenant")
        }
        guard let content = (object[part.rawValue] as? [String: Any])?["content"] as? [String: Any], let keyID = content["key_id"] as? String,
            let sha256 = content["sha256"] as? String, let bytes = content["bytes"] as? Int
        else {
            throw .notRetained("the record of \(requestID) retains no \(part.rawValue) content")
        }
        return Claim(requestID: requestID, tenant: tenant, part: part, commitment: ContentCommitment(keyID: keyID, sha256: sha256, bytes: bytes))
    }

    /// Checks `sealed` against the claim and opens it with the matching key among `keys`.
    public static func open(_ sealed: [UInt8], claim: Claim, keys: [ContentKey]) throws(ContentError) -> [UInt8] {
        let digest = SealedContent.hex(SHA256.hash(data: sealed))
        guard digest == claim.commitment.sha256, sealed.count == claim.commitment.bytes else {
            throw .digestMismatch("the record commits to \(claim.commitment.sha256), the store holds \(digest)")
        }
        guard let key = keys.first(where: { $0.keyID == claim.commitment.keyID && $0.tenant == claim.tenant }) else {
            throw .keyUnavailable(
                "key \(claim.commitment.keyID) of tenant \(claim.tenant) is not among the keys given (shredded, or not exported to you)"
            )
        }
        return try SealedContent.open(sealed, key: key, requestID: claim.requestID, part: claim.part)
    }
}
