// SPDX-License-Identifier: Apache-2.0

public import CustosGuard
import CustosLedger

/// What the guard must do, beyond the configuration's `guard` actions, because the policy that
/// permits a call says so: a `permit` annotated `@guard_redact("US_SSN, PERSON")` lets the call
/// through on the condition that those kinds are redacted.
///
/// Annotations are `@guard_<action>("KIND, KIND ...")` for prompts and answers alike, or
/// `@guard_<action>_request(...)` / `@guard_<action>_response(...)` for one direction, where
/// the action is `record`, `mask`, `redact` or `block` and the kinds are the guard's names.
/// Obligations only tighten: a kind's action becomes the stricter of the configuration's and
/// every obligation's (allow < record < mask < redact < block), so no policy can loosen what the
/// configuration enforces, and two policies that both apply both hold.
public struct GuardObligations: Sendable, Equatable {
    public private(set) var request: [SensitiveKind: GuardAction] = [:]
    public private(set) var response: [SensitiveKind: GuardAction] = [:]

    public init() {}

    /// Whether nothing is required beyond the configuration.
    public var isEmpty: Bool { request.isEmpty && response.isEmpty }

    /// Whether some obligation masks (and so needs `guard.mask_key`).
    public var masks: Bool { request.values.contains(.mask) || response.values.contains(.mask) }

    /// The obligations a policy's annotations state; other annotations (`@id`, `@advice` ...)
    /// are left alone.
    ///
    /// - Throws: ``Problem`` for an annotation named `guard_…` that is not one of the forms
    ///   above, or that names no kind or an unknown one: a misspelt obligation must not be
    ///   silently ignored.
    public static func of(annotations: [(name: String, value: String)]) throws(Problem) -> GuardObligations {
        var obligations = GuardObligations()
        for (name, value) in annotations where name.hasPrefix(prefix) {
            let (action, directions) = try form(of: name)
            let kinds = try kinds(in: value, annotation: name)
            for kind in kinds {
                for direction in directions { obligations.require(action, for: kind, in: direction) }
            }
        }
        return obligations
    }

    /// Requires at least `action` for `kind` in `direction`.
    public mutating func require(_ action: GuardAction, for kind: SensitiveKind, in direction: GuardDirection) {
        switch direction {
        case .request: request[kind] = Self.stricter(request[kind], action)
        case .response: response[kind] = Self.stricter(response[kind], action)
        }
    }

    /// Both sets of obligations at once.
    public func merging(_ other: GuardObligations) -> GuardObligations {
        var merged = self
        for (kind, action) in other.request { merged.require(action, for: kind, in: .request) }
        for (kind, action) in other.response { merged.require(action, for: kind, in: .response) }
        return merged
    }

    /// `{"request": {"US_SSN": "redact"}, "response": {...}}` by kind and action names; a
    /// direction with no obligation is left out.
    public var named: [String: [String: String]] {
        var named: [String: [String: String]] = [:]
        for (direction, actions) in [(GuardDirection.request, request), (.response, response)] where !actions.isEmpty {
            named[direction.rawValue] = Dictionary(uniqueKeysWithValues: actions.map { ($0.key.rawValue, $0.value.rawValue) })
        }
        return named
    }

    /// ``named`` for ledger records, both directions always present.
    var ledgerValue: LedgerValue {
        let named = self.named
        return .object(
            Dictionary(
                uniqueKeysWithValues: [GuardDirection.request, .response].map {
                    ($0.rawValue, LedgerValue.object((named[$0.rawValue] ?? [:]).mapValues(LedgerValue.string)))
                }
            )
        )
    }

    /// Why an annotation is not an obligation the gateway understands.
    public struct Problem: Error, Sendable, CustomStringConvertible {
        public let description: String
    }

    static let prefix = "guard_"

    static func stricter(_ current: GuardAction?, _ required: GuardAction) -> GuardAction {
        guard let current else { return required }
        return current.strictness >= required.strictness ? current : required
    }

    /// The action and directions an annotation's name states.
    static func form(of name: String) throws(Problem) -> (GuardAction, [GuardDirection]) {
        var rest = name.dropFirst(prefix.count)
        var directions: [GuardDirection] = [.request, .response]
        for direction in [GuardDirection.request, .response] where rest.hasSuffix("_" + direction.rawValue) {
            rest = rest.dropLast(direction.rawValue.count + 1)
            directions = [direction]
        }
        guard let action = GuardAction(rawValue: String(rest)), action != .allow else {
            throw Problem(
                description:
                    "annotation `@\(name)` is no guard obligation: write `@guard_<action>` or `@guard_<action>_request` / `_response`, with record, mask, redact or block"
            )
        }
        return (action, directions)
    }

    /// The kinds an annotation's value lists, separated by commas or spaces.
    static func kinds(in value: String, annotation name: String) throws(Problem) -> [SensitiveKind] {
        let names = value.split(whereSeparator: { $0 == "," || $0 == " " }).map(String.init)
        guard !names.isEmpty else { throw Problem(description: "annotation `@\(name)` names no kind (such as \"US_SSN, PERSON\")") }
        var kinds: [SensitiveKind] = []
        for kindName in names {
            guard let kind = SensitiveKind(rawValue: kindName) else {
                throw Problem(
                    description:
                        "annotation `@\(name)` names `\(kindName)`, which is no kind the guard finds (\(SensitiveKind.allCases.map(\.rawValue).joined(separator: ", ")))"
                )
            }
            kinds.append(kind)
        }
        return kinds
    }
}

extension GuardAction {
    /// How much an action withholds from the other side: allow < record < mask < redact < block.
    /// A mask keeps a value's shape (and its equality within a tenant); a placeholder keeps
    /// nothing.
    var strictness: Int {
        switch self {
        case .allow: 0
        case .record: 1
        case .mask: 2
        case .redact: 3
        case .block: 4
        }
    }
}

extension GuardConfig {
    /// The configuration with `obligations` applied: each kind they name gets the stricter of
    /// its configured action and theirs.
    public func strengthened(by obligations: GuardObligations) -> GuardConfig {
        var config = self
        for (kind, action) in obligations.request { config.request[kind] = GuardObligations.stricter(self.action(for: kind), action) }
        for (kind, action) in obligations.response {
            config.response[kind] = GuardObligations.stricter(self.responseAction(for: kind), action)
        }
        return config
    }
}
