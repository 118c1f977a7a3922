// SPDX-License-Identifier: Apache-2.0

/// Why content could not be sealed, stored, found or opened.
public enum ContentError: Error, Sendable, Equatable, CustomStringConvertible {
    case invalidKey(String)
    /// The store could not make the content durable; the call must not go ahead.
    case notDurable(String)
    /// No retained content for this record (retention off, or never stored).
    case notRetained(String)
    /// The record commits to other bytes than those found: the content store was altered.
    case digestMismatch(String)
    /// The key for this content is not at hand (shredded, or not given to the auditor).
    case keyUnavailable(String)
    /// The sealed bytes do not open under the key and record they claim.
    case undecryptable(String)
    case malformedRecord(String)

    public var description: String {
        switch self {
        case .invalidKey(let detail): "invalid content key: \(detail)"
        case .notDurable(let detail): "content not durable: \(detail)"
        case .notRetained(let detail): "no retained content: \(detail)"
        case .digestMismatch(let detail): "content does not match its ledger record: \(detail)"
        case .keyUnavailable(let detail): "content key unavailable: \(detail)"
        case .undecryptable(let detail): "content does not decrypt: \(detail)"
        case .malformedRecord(let detail): "not a record with retained content: \(detail)"
        }
    }
}
