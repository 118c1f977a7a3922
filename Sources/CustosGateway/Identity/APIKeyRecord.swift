// SPDX-License-Identifier: Apache-2.0

public import Foundation

/// What Custos stores about an API key: never the key, only its SHA-256 and who it belongs to.
public struct APIKeyRecord: Sendable, Equatable {
    /// Public identifier, `key_` and 16 hex digits, unrelated to the secret; used to list and revoke.
    public var id: String
    public var tenant: String
    public var principal: String
    public var createdAt: Date
    public var expiresAt: Date?
    public var revokedAt: Date?
    /// An operator's note, e.g. what the key is for.
    public var label: String?

    /// Whether a request presenting this key at `now` may proceed.
    public func isUsable(at now: Date) -> Bool {
        if revokedAt != nil { return false }
        if let expiresAt, expiresAt <= now { return false }
        return true
    }

    /// `active`, `revoked` or `expired`, for listings.
    public func status(at now: Date) -> String {
        if revokedAt != nil { return "revoked" }
        if let expiresAt, expiresAt <= now { return "expired" }
        return "active"
    }
}
