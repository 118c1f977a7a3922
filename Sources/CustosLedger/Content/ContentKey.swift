// SPDX-License-Identifier: Apache-2.0

import Crypto
import Foundation

/// A tenant's AES-256 content key: `CUSTOS-CONTENT-KEY+<tenant>+<key id>+<base64 of 32 bytes>`.
///
/// Retained prompts and answers of one tenant are sealed under its current key. Destroying every
/// copy of the key (``ContentStore/shred(tenant:)``) makes that content unreadable for good, while
/// the ledger, which holds only digests of the sealed bytes, keeps verifying. Its ``description``
/// never shows the secret.
public struct ContentKey: Sendable, CustomStringConvertible {
    public let tenant: String
    /// 16 hex digits, random; names the key in ledger records and in the content store.
    public let keyID: String
    let key: SymmetricKey

    /// A fresh key from the system's cryptographic random source.
    public static func generate(tenant: String) -> ContentKey {
        let id = SymmetricKey(size: .bits128).withUnsafeBytes { Array($0.prefix(8)) }.map { String(format: "%02x", $0) }.joined()
        return ContentKey(tenant: tenant, keyID: id, key: SymmetricKey(size: .bits256))
    }

    init(tenant: String, keyID: String, key: SymmetricKey) {
        self.tenant = tenant
        self.keyID = keyID
        self.key = key
    }

    /// Parses the text form (as `custos ledger export-key` writes it).
    public init(parsing text: String) throws(ContentError) {
        let parts = text.trimmingCharacters(in: .whitespacesAndNewlines).split(separator: "+", maxSplits: 3, omittingEmptySubsequences: false)
        guard parts.count == 4, parts[0] == "CUSTOS-CONTENT-KEY", !parts[1].isEmpty, parts[2].count == 16,
            let bytes = Data(base64Encoded: String(parts[3])), bytes.count == 32
        else {
            throw .invalidKey("expected `CUSTOS-CONTENT-KEY+tenant+keyid+base64`, as `custos ledger export-key` writes it")
        }
        self.init(tenant: String(parts[1]), keyID: String(parts[2]), key: SymmetricKey(data: bytes))
    }

    /// The secret in text form. Hand it only to auditors entitled to read this tenant's content.
    public var exportText: String {
        "CUSTOS-CONTENT-KEY+\(tenant)+\(keyID)+" + key.withUnsafeBytes { Data($0).base64EncodedString() }
    }

    public var description: String { "ContentKey(\(tenant), \(keyID), secret redacted)" }
}

/// The key that wraps (encrypts) every tenant content key at rest: `CUSTOS-CONTENT-MASTER-KEY+<base64>`,
/// read from a file or environment variable like the ledger's signing key. A stolen content
/// database is useless without it.
public struct ContentMasterKey: Sendable, CustomStringConvertible {
    let key: SymmetricKey

    public static func generate() -> ContentMasterKey { ContentMasterKey(key: SymmetricKey(size: .bits256)) }

    init(key: SymmetricKey) { self.key = key }

    public init(parsing text: String) throws(ContentError) {
        let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
        let prefix = "CUSTOS-CONTENT-MASTER-KEY+"
        guard trimmed.hasPrefix(prefix), let bytes = Data(base64Encoded: String(trimmed.dropFirst(prefix.count))), bytes.count == 32 else {
            throw .invalidKey("expected `CUSTOS-CONTENT-MASTER-KEY+base64`, as `custos keys content-init` writes it")
        }
        self.init(key: SymmetricKey(data: bytes))
    }

    public var privateText: String { "CUSTOS-CONTENT-MASTER-KEY+" + key.withUnsafeBytes { Data($0).base64EncodedString() } }

    public var description: String { "ContentMasterKey(secret redacted)" }

    /// Seals a tenant key for storage, bound to its tenant and id.
    func wrap(_ contentKey: ContentKey) throws -> [UInt8] {
        let raw = contentKey.key.withUnsafeBytes { Array($0) }
        return Array(try AES.GCM.seal(raw, using: key, authenticating: Self.context(contentKey.tenant, contentKey.keyID)).combined!)
    }

    /// Opens a stored tenant key.
    func unwrap(_ wrapped: [UInt8], tenant: String, keyID: String) throws(ContentError) -> ContentKey {
        do {
            let raw = try AES.GCM.open(try AES.GCM.SealedBox(combined: wrapped), using: key, authenticating: Self.context(tenant, keyID))
            return ContentKey(tenant: tenant, keyID: keyID, key: SymmetricKey(data: raw))
        } catch {
            throw .invalidKey("the content key \(keyID) of tenant \(tenant) does not open under this master key (wrong master key?)")
        }
    }

    private static func context(_ tenant: String, _ keyID: String) -> [UInt8] { Array("custos-content-key/v1\n\(tenant)\n\(keyID)".utf8) }
}
