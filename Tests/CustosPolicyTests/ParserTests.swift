// SPDX-License-Identifier: Apache-2.0

import Testing

@testable import CustosPolicy

/// The grammar, its desugaring, and every kind of parse error with its line and column.
struct ParserTests {
    static func policy(_ text: String) throws -> Policy { try #require(try PolicySet(parsing: text).policies.first) }

    static func condition(_ expression: String) throws -> Expr {
        try #require(try policy("permit(principal, action, resource) when { \(expression) };").conditions.first)
    }

    @Test func scopesAnnotationsAndIDs() throws {
        let set = try PolicySet(
            parsing: """
                @id("tenant-isolation")
                @nist("AC-3")
                forbid(principal is Agency::User in Agency::Tenant::"a", action in [Action::"invoke", Action::"embed"], resource == Model::"m");
                // a comment
                permit(principal in Team::"t", action == Action::"invoke", resource is Deployment) unless { false };
                permit(principal, action, resource);
                """
        )
        #expect(set.policies.map(\.id) == ["policy0", "policy1", "policy2"])
        let first = set.policies[0]
        #expect(first.effect == .forbid)
        #expect(first.annotatedID == "tenant-isolation" && first.annotation("nist") == "AC-3")
        #expect(first.principal == .isTypeIn(EntityType(path: ["Agency", "User"]), EntityUID(type: EntityType("Agency::Tenant"), id: "a")))
        #expect(first.action == .inAny([EntityUID(type: EntityType("Action"), id: "invoke"), EntityUID(type: EntityType("Action"), id: "embed")]))
        #expect(first.resource == .equal(EntityUID(type: EntityType("Model"), id: "m")))
        #expect(set.policies[1].principal == .in(EntityUID(type: EntityType("Team"), id: "t")))
        #expect(set.policies[1].resource == .isType(EntityType("Deployment")))
        #expect(set.policies[1].conditions == [.not(.literal(.bool(false)))])
        #expect(set.policies[2].principal == .any && set.policies[2].conditions.isEmpty)
        #expect(first.location == SourceLocation(line: 1, column: 1))
        #expect(set.policies[1].location == SourceLocation(line: 5, column: 1))
    }

    @Test func precedenceAndDesugaring() throws {
        let one = Expr.literal(.long(1))
        let two = Expr.literal(.long(2))
        let three = Expr.literal(.long(3))
        #expect(try Self.condition("1 + 2 * 3 == 3") == .binary(.equal, .binary(.add, one, .binary(.multiply, two, three)), three))
        #expect(try Self.condition("1 > 2") == .binary(.less, two, one))
        #expect(try Self.condition("1 >= 2") == .binary(.lessOrEqual, two, one))
        #expect(try Self.condition("1 != 2") == .not(.binary(.equal, one, two)))
        #expect(try Self.condition("true || false && false") == .or(.literal(.bool(true)), .and(.literal(.bool(false)), .literal(.bool(false)))))
        let context = Expr.variable(.context)
        #expect(
            try Self.condition("context has a.b")
                == .and(.has(context, "a"), .has(.getAttribute(context, "a"), "b"))
        )
        #expect(try Self.condition("context[\"a b\"] == 1") == .binary(.equal, .getAttribute(context, "a b"), one))
        let principal = Expr.variable(.principal)
        #expect(
            try Self.condition("principal is User in Team::\"t\"")
                == .and(
                    .isType(principal, EntityType("User")),
                    .binary(.in, principal, .literal(.entity(EntityUID(type: EntityType("Team"), id: "t"))))
                )
        )
        #expect(try Self.condition("if true then 1 else 2") == .ifThenElse(.literal(.bool(true)), one, two))
        #expect(try Self.condition("-9223372036854775808 < 0") == .binary(.less, .literal(.long(.min)), .literal(.long(0))))
        #expect(try Self.condition("--1 == 1") == .binary(.equal, .negate(.literal(.long(-1))), one))
        #expect(try Self.condition("!!true") == .not(.not(.literal(.bool(true)))))
        #expect(
            try Self.condition("ip(\"10.0.0.1\").isInRange(ip(\"10.0.0.0/8\"))")
                == .method(.call("ip", [.literal(.string("10.0.0.1"))]), "isInRange", [.call("ip", [.literal(.string("10.0.0.0/8"))])])
        )
    }

    @Test func stringEscapesAndPatterns() throws {
        #expect(
            try Self.condition(#""a\n\t\\\"\'\0\x41\u{1F600}" == """#) == .binary(.equal, .literal(.string("a\n\t\\\"'\0A😀")), .literal(.string("")))
        )
        guard case .like(_, let pattern) = try Self.condition(#""x" like "a*b\*c""#) else {
            Issue.record("not a like")
            return
        }
        #expect(pattern.elements == [.scalar("a"), .wildcard, .scalar("b"), .scalar("*"), .scalar("c")])
    }

    /// Each broken policy fails with a message naming what is wrong, at the right place.
    @Test(arguments: [
        ("permit(principal, action, resource) when { 1 < 2 < 3 };", 1, 50, "multiple relational operators"),
        ("permit(principal, action, resource)", 1, 36, "expected `;`"),
        ("allow(principal, action, resource);", 1, 1, "expected `permit` or `forbid`"),
        ("permit(principal, action, resource) when { 9223372036854775808 == 1 };", 1, 44, "integer literal is too large"),
        ("permit(principal, action, resource) when { 1 / 2 == 0 };", 1, 46, "division"),
        ("permit(principal, action, resource) when { !!!!!true };", 1, 44, "too many occurrences"),
        ("permit(principal, action, resource) when { context.foo() };", 1, 52, "not a Cedar method"),
        ("permit(principal, action, resource) when { frobnicate(\"x\") };", 1, 44, "not a Cedar function"),
        ("permit(principal, action, resource) when { \"\\q\" == \"\" };", 1, 44, "invalid escape"),
        ("permit(principal, action, resource) when { {a: 1, a: 2} == {} };", 1, 51, "duplicate key"),
        ("@id(\"a\") @id(\"b\") permit(principal, action, resource);", 1, 11, "duplicate annotation"),
        ("permit(principal == ?principal, action, resource);", 1, 21, "templates"),
        ("permit(principal, action is Action, resource);", 1, 26, "`is` is not allowed on `action`"),
        ("permit(principal, action, resource) when { };", 1, 44, "needs an expression"),
        ("permit(principal, action, resource) when { \"open };", 1, 44, "not closed"),
        ("permit(principal, action, resource)\n  when { context.if };", 2, 18, "reserved word"),
        ("permit(principal, action, resource) when { # };", 1, 44, "unexpected character"),
    ])
    func brokenPoliciesNameLineColumnAndProblem(_ text: String, _ line: Int, _ column: Int, _ problem: String) {
        #expect {
            try PolicySet(parsing: text)
        } throws: { error in
            guard let error = error as? ParseError else { return false }
            let matches = error.location == SourceLocation(line: line, column: column) && error.message.contains(problem)
            if !matches { Issue.record("got \(error)") }
            return matches
        }
    }

    /// Hostile input gets an error, never a stack overflow.
    @Test func nestingAndChainsAreBounded() {
        let nested = String(repeating: "(", count: 5_000) + "1" + String(repeating: ")", count: 5_000)
        #expect(throws: ParseError.self) { try PolicySet(parsing: "permit(principal, action, resource) when { \(nested) == 1 };") }
        let chain = Array(repeating: "1", count: 50_000).joined(separator: " + ")
        #expect(throws: ParseError.self) { try PolicySet(parsing: "permit(principal, action, resource) when { \(chain) == 1 };") }
        let deepSets = String(repeating: "[", count: 5_000) + String(repeating: "]", count: 5_000)
        #expect(throws: ParseError.self) { try PolicySet(parsing: "permit(principal, action, resource) when { \(deepSets) == [] };") }
        let acceptable = Array(repeating: "1", count: 500).joined(separator: " + ")
        #expect(throws: Never.self) { try PolicySet(parsing: "permit(principal, action, resource) when { \(acceptable) == 500 };") }
    }

    @Test func entityReferencesParseAlone() throws {
        #expect(try EntityUID(parsing: #"Agency::User::"al\"ice""#) == EntityUID(type: EntityType("Agency::User"), id: "al\"ice"))
        #expect(throws: ParseError.self) { try EntityUID(parsing: #"User::"a" extra"#) }
        #expect(throws: ParseError.self) { try EntityUID(parsing: "User") }
    }
}
