// SPDX-License-Identifier: Apache-2.0

import Testing

@testable import CustosPolicy

/// Semantics the corpus does not reach (one policy per test there): policy combination, `unless`,
/// `!=`, and the pitfalls NOTES.md lists for Swift (code-point strings, overflow, equality of sets
/// and extension values).
struct AuthorizerTests {
    static let alice = EntityUID(type: EntityType("User"), id: "alice")
    static let invoke = EntityUID(type: EntityType("Action"), id: "invoke")
    static let model = EntityUID(type: EntityType("Model"), id: "m")

    static let entities = try! Entities(
        json: """
            [
              {"uid": {"type": "User", "id": "alice"}, "attrs": {"clearance": 3, "agency": {"__entity": {"type": "Agency", "id": "dhs"}},
               "ip": {"__extn": {"fn": "ip", "arg": "10.1.2.3"}}}, "parents": [{"type": "Team", "id": "analysts"}], "tags": {"project": "x"}},
              {"uid": {"type": "Team", "id": "analysts"}, "attrs": {}, "parents": [{"type": "Agency", "id": "dhs"}]},
              {"uid": {"type": "Model", "id": "m"}, "attrs": {"impact": 2, "region": "us-gov-west-1"}, "parents": []}
            ]
            """
    )

    static func decide(_ policies: String, context: CedarRecord = CedarRecord([:])) throws -> Response {
        Authorizer().authorize(
            Request(principal: alice, action: invoke, resource: model, context: context),
            policies: try PolicySet(parsing: policies),
            entities: entities
        )
    }

    static func evaluate(_ expression: String) throws -> Result<Value, EvaluationError> {
        let policy = try #require(try PolicySet(parsing: "permit(principal, action, resource) when { \(expression) };").policies.first)
        let evaluator = Evaluator(request: Request(principal: alice, action: invoke, resource: model), entities: entities)
        do { return .success(try evaluator.evaluate(policy.conditions[0])) } catch { return .failure(error) }
    }

    @Test func defaultDenyForbidBeatsPermitAndErrorsAreSkipped() throws {
        #expect(try Self.decide("").decision == .deny)
        let permitOnly = try Self.decide(#"permit(principal in Agency::"dhs", action, resource) when { principal.clearance >= resource.impact };"#)
        #expect(permitOnly == Response(decision: .allow, reasons: ["policy0"], errors: []))
        let both = try Self.decide(
            """
            permit(principal, action, resource);
            permit(principal in Team::"analysts", action == Action::"invoke", resource);
            forbid(principal, action, resource) unless { resource.region like "us-*" };
            forbid(principal, action, resource) when { resource.impact != 2 };
            """
        )
        #expect(both == Response(decision: .allow, reasons: ["policy0", "policy1"], errors: []))
        let forbidden = try Self.decide(
            """
            permit(principal, action, resource);
            forbid(principal, action, resource) when { principal.clearance < 5 };
            """
        )
        #expect(forbidden == Response(decision: .deny, reasons: ["policy1"], errors: []))
        // An erroring forbid is skipped (Cedar's semantics; the gateway adds its own fail-closed rule).
        let erroring = try Self.decide(
            """
            permit(principal, action, resource);
            forbid(principal, action, resource) when { context.classification > 2 };
            """
        )
        #expect(erroring.decision == .allow && erroring.reasons == ["policy0"] && erroring.errors.map(\.policyID) == ["policy1"])
        #expect(erroring.errors.first?.error == .attributeDoesNotExist("classification", on: "record"))
    }

    @Test func stringsCompareByCodePointAndLikeWorksOnScalars() throws {
        #expect(try Self.evaluate(#""\u{e9}" == "e\u{301}""#).get() == .bool(false))
        #expect(try Self.evaluate(#""e\u{301}" like "*\u{301}""#).get() == .bool(true))
        #expect(try Self.evaluate(#"{"\u{e9}": 1} == {"e\u{301}": 1}"#).get() == .bool(false))
        #expect(try Self.evaluate(#""a*b" like "a\*b""#).get() == .bool(true))
        #expect(try Self.evaluate(#""axxb" like "a\*b""#).get() == .bool(false))
        #expect(try Self.evaluate(#""" like "*""#).get() == .bool(true))
    }

    @Test func arithmeticOverflowIsAnError() throws {
        #expect(try Self.evaluate("9223372036854775807 + 1 == 0") == .failure(.overflow("9223372036854775807 + 1")))
        #expect(throws: EvaluationError.self) { try Self.evaluate("-(-9223372036854775808) == 0").get() }
        #expect(throws: EvaluationError.self) { try Self.evaluate("-9223372036854775808 * -1 == 0").get() }
        #expect(try Self.evaluate("-9223372036854775808 + 9223372036854775807 == -1").get() == .bool(true))
    }

    @Test func equalityIsStructuralAndNeverATypeError() throws {
        #expect(try Self.evaluate("[1, 2, 2] == [2, 1]").get() == .bool(true))
        #expect(try Self.evaluate("{a: [1], b: {c: true}} == {b: {c: true}, a: [1]}").get() == .bool(true))
        #expect(try Self.evaluate(#"decimal("1.23") == decimal("1.2300")"#).get() == .bool(true))
        #expect(try Self.evaluate(#"ip("10.0.0.1") == ip("10.0.0.1/32")"#).get() == .bool(true))
        #expect(try Self.evaluate(#"1 == "1""#).get() == .bool(false))
        #expect(try Self.evaluate(#"[ip("10.0.0.1")].contains(ip("10.0.0.1/32"))"#).get() == .bool(true))
        #expect(throws: EvaluationError.self) { try Self.evaluate(#""a" < "b""#).get() }
    }

    @Test func shortCircuitsAndTheirTypeErrors() throws {
        #expect(try Self.evaluate("false && 1").get() == .bool(false))
        #expect(try Self.evaluate("true || 1").get() == .bool(true))
        #expect(throws: EvaluationError.self) { try Self.evaluate("true && 1").get() }
        #expect(throws: EvaluationError.self) { try Self.evaluate("1 && true").get() }
        #expect(try Self.evaluate("if false then context.missing else 7").get() == .long(7))
        // Sets evaluate every element: no short circuit.
        #expect(throws: EvaluationError.self) { try Self.evaluate("[true, context.missing].contains(true)").get() }
    }

    @Test func hierarchyAttributesAndTags() throws {
        #expect(try Self.evaluate(#"principal in Agency::"dhs""#).get() == .bool(true))
        #expect(try Self.evaluate(#"principal in [Team::"x", Team::"analysts"]"#).get() == .bool(true))
        #expect(try Self.evaluate(#"User::"ghost" in User::"ghost""#).get() == .bool(true))
        #expect(throws: EvaluationError.self) { try Self.evaluate(#"principal in [Team::"x", 1]"#).get() }
        #expect(try Self.evaluate("principal has clearance && !(principal has nope)").get() == .bool(true))
        #expect(try Self.evaluate(#"User::"ghost" has anything"#).get() == .bool(false))
        #expect(try Self.evaluate(#"User::"ghost".clearance"#) == .failure(.entityDoesNotExist(EntityUID(type: EntityType("User"), id: "ghost"))))
        #expect(try Self.evaluate(#"principal.agency == Agency::"dhs""#).get() == .bool(true))
        #expect(try Self.evaluate(#"principal.hasTag("project") && principal.getTag("project") == "x""#).get() == .bool(true))
        #expect(throws: EvaluationError.self) { try Self.evaluate(#"principal.getTag("nope")"#).get() }
        #expect(try Self.evaluate(#"principal is User && !(resource is User)"#).get() == .bool(true))
    }

    @Test func extensionFunctions() throws {
        #expect(try Self.evaluate(#"principal.ip.isInRange(ip("10.0.0.0/8")) && !principal.ip.isLoopback()"#).get() == .bool(true))
        #expect(try Self.evaluate(#"ip("::1").isLoopback() && ip("ff02::1").isMulticast() && ip("224.0.0.1").isIpv4()"#).get() == .bool(true))
        #expect(try Self.evaluate(#"ip("10.0.0.0/8").isInRange(ip("10.1.0.0/16"))"#).get() == .bool(false))
        #expect(throws: EvaluationError.self) { try Self.evaluate(#"ip("10.0.0.256") == ip("10.0.0.1")"#).get() }
        #expect(try Self.evaluate(#"decimal("-1.5").lessThan(decimal("0.0001"))"#).get() == .bool(true))
        #expect(throws: EvaluationError.self) { try Self.evaluate(#"decimal("1.23456") == decimal("1.0")"#).get() }
        #expect(try Self.evaluate(#"datetime("2024-10-15T11:35:00+0100") == datetime("2024-10-15T10:35:00Z")"#).get() == .bool(true))
        #expect(try Self.evaluate(#"datetime("2024-10-15").offset(duration("1d2h")) > datetime("2024-10-16T01:59:59.999Z")"#).get() == .bool(true))
        #expect(try Self.evaluate(#"datetime("1969-12-31T23:00:00Z").toDate() == datetime("1969-12-31")"#).get() == .bool(true))
        #expect(try Self.evaluate(#"datetime("1969-12-31T23:00:00Z").toTime() == duration("23h")"#).get() == .bool(true))
        #expect(try Self.evaluate(#"duration("-1d1ms").toMilliseconds() == -86400001 && duration("90m").toHours() == 1"#).get() == .bool(true))
        #expect(throws: EvaluationError.self) { try Self.evaluate(#"duration("1h1d") == duration("0ms")"#).get() }
        #expect(throws: EvaluationError.self) { try Self.evaluate(#"datetime("2023-02-29") == datetime("2023-03-01")"#).get() }
    }
}
