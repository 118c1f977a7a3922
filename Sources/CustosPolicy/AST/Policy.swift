// SPDX-License-Identifier: Apache-2.0

/// One Cedar policy.
public struct Policy: Sendable {
    public enum Effect: String, Sendable { case permit, forbid }

    /// The id Cedar's parser gives it: `policy0`, `policy1`, … in source order.
    public let id: String
    public let effect: Effect
    /// Annotations in source order, e.g. `("id", "tenant-isolation")`.
    public let annotations: [(name: String, value: String)]
    public let principal: ScopeConstraint
    public let action: ScopeConstraint
    public let resource: ScopeConstraint
    /// The conditions in order, `unless { c }` already turned into `!c`.
    public let conditions: [Expr]
    public let location: SourceLocation

    /// The `@id("...")` annotation, if any.
    public var annotatedID: String? { annotations.first { $0.name == "id" }?.value }

    public func annotation(_ name: String) -> String? { annotations.first { $0.name == name }?.value }
}

/// A scope constraint on the principal, action or resource.
public enum ScopeConstraint: Sendable, Equatable {
    case any
    case equal(EntityUID)
    case `in`(EntityUID)
    /// `action in [A, B]`.
    case inAny([EntityUID])
    case isType(EntityType)
    case isTypeIn(EntityType, EntityUID)
}

/// Policies in source order, with the digest-free text they came from.
public struct PolicySet: Sendable {
    public let policies: [Policy]

    public init(policies: [Policy]) { self.policies = policies }

    /// Parses Cedar policy text; ids are `policy0`, `policy1`, … in order, starting at
    /// `policy<firstIndex>` (for a set read from several files: the next file starts where the
    /// previous one ended, so the ids are those of the files' concatenation).
    public init(parsing text: String, firstIndex: Int = 0) throws(ParseError) {
        var parser = Parser(text: text)
        policies = try parser.parsePolicies(firstIndex: firstIndex)
    }

    /// The policy with this id (`policy<N>`).
    public func policy(id: String) -> Policy? { policies.first { $0.id == id } }
}
