// SPDX-License-Identifier: Apache-2.0

/// The type a known top-level request field must have; unknown fields pass through unchecked.
///
/// These are the checks OpenAI itself makes before a model runs, so a wrong type fails at the
/// gateway with the same 400 the caller would get from OpenAI, without a round trip upstream.
enum FieldRule: Sendable {
    case string
    case bool
    case integer(minimum: Int?)
    case number
    case object
    case array
    case stringOrArray
    case stringOrObject

    var expectation: String {
        switch self {
        case .string: "a string"
        case .bool: "a boolean"
        case .integer: "an integer"
        case .number: "a number"
        case .object: "an object"
        case .array: "an array"
        case .stringOrArray: "a string or an array"
        case .stringOrObject: "a string or an object"
        }
    }

    /// Checks `member` (null is always accepted: OpenAI treats it as "not given").
    func check(_ member: JSONMember, in object: JSONObject, param: String) throws(RequestValidationError) {
        let kind = member.kind
        if kind == .null { return }
        let ok: Bool
        switch self {
        case .string: ok = kind == .string
        case .bool: ok = kind == .bool
        case .number: ok = kind == .number
        case .object: ok = kind == .object
        case .array: ok = kind == .array
        case .stringOrArray: ok = kind == .string || kind == .array
        case .stringOrObject: ok = kind == .string || kind == .object
        case .integer(let minimum):
            guard let value = object.integer(member) else {
                throw .wrongType(param, expected: expectation, found: kind)
            }
            if let minimum, value < minimum {
                throw RequestValidationError(param: param, message: "invalid value for '\(param)': must be at least \(minimum), got \(value)")
            }
            ok = true
        }
        guard ok else { throw .wrongType(param, expected: expectation, found: kind) }
    }

    /// Rejects a second occurrence of any top-level key.
    ///
    /// JSON parsers disagree on duplicates (first wins, last wins, error). If the gateway read one
    /// `model` and the upstream another, policy would be decided on a value that is not the one
    /// used; refusing duplicates closes that gap.
    static func rejectDuplicateKeys(_ object: JSONObject) throws(RequestValidationError) {
        var seen = Set<String>()
        for member in object.members where !seen.insert(member.key).inserted {
            throw RequestValidationError(param: member.key, message: "duplicate key '\(member.key)' in request body")
        }
    }
}
