// SPDX-License-Identifier: Apache-2.0

/// A JSON value as ledger entries hold it: no floating point.
///
/// Entries are canonical JSON (RFC 8785) so an auditor can re-hash a leaf with public tools. RFC
/// 8785 serialises numbers as ECMAScript does for IEEE doubles; keeping the ledger to integers
/// within ±(2^53 − 1) makes every number exact and its canonical text plain decimal. Durations are
/// recorded as integer milliseconds, for that reason.
public enum LedgerValue: Sendable, Equatable, ExpressibleByStringLiteral, ExpressibleByIntegerLiteral, ExpressibleByBooleanLiteral {
    case null
    case bool(Bool)
    case integer(Int64)
    case string(String)
    case array([LedgerValue])
    case object([String: LedgerValue])

    /// Largest magnitude an IEEE double holds exactly (RFC 8785 § 3.2.2.3 serialises doubles).
    public static let maximumSafeInteger: Int64 = (1 << 53) - 1

    public init(stringLiteral value: String) { self = .string(value) }
    public init(integerLiteral value: Int64) { self = .integer(value) }
    public init(booleanLiteral value: Bool) { self = .bool(value) }

    /// `value`, or `.null` when it is `nil`.
    public static func optional(_ value: String?) -> LedgerValue { value.map(LedgerValue.string) ?? .null }
    public static func optional(_ value: Int?) -> LedgerValue { value.map { .integer(Int64($0)) } ?? .null }
}
