// SPDX-License-Identifier: Apache-2.0

import Testing

@testable import CustosPolicy

/// Schema-based reading of entity and context JSON.
struct SchemaTests {
    static let schema = try! Schema(
        parsing: """
            namespace Gov {
              type Address = { region: String, ip?: ipaddr };
              @doc("an agency user")
              entity User in [Agency] = { agency: Agency, clearance: Long, homes: Set<Address>, score: decimal } tags String;
              entity Agency;
              action "invoke", embed appliesTo { principal: [User], resource: [Model], context: { sourceIp: ipaddr, owner?: User } };
            }
            entity Model;
            """
    )

    @Test func declaredTypesDecideHowJSONIsRead() throws {
        let user = EntityType("Gov::User")
        guard case .record(let fields) = Self.schema.attributes[user] else {
            Issue.record("no attributes for Gov::User")
            return
        }
        #expect(fields["agency"]?.type == .entity(EntityType("Gov::Agency")))
        #expect(fields["homes"]?.type == .set(.record(["region": (.string, true), "ip": (.ext("ip"), false)])))
        #expect(Self.schema.tags[user] == .string)

        let entities = try Entities(
            json: """
                [{"uid": {"type": "Gov::User", "id": "alice"},
                  "attrs": {"agency": {"type": "Gov::Agency", "id": "dhs"}, "clearance": 3, "score": "1.5",
                            "homes": [{"region": "us", "ip": "10.0.0.1"}]},
                  "parents": [], "tags": {"team": "red"}}]
                """,
            schema: Self.schema
        )
        let alice = try #require(entities[EntityUID(type: user, id: "alice")])
        #expect(alice.attributes["agency"] == .entity(EntityUID(type: EntityType("Gov::Agency"), id: "dhs")))
        #expect(alice.attributes["score"] == .ext(.decimal(CedarDecimal(parsing: "1.5")!)))
        #expect(
            alice.attributes["homes"]
                == .set(CedarSet([.record(CedarRecord(["region": .string("us"), "ip": .ext(.ipaddr(IPAddress(parsing: "10.0.0.1")!))]))]))
        )
        // Without the schema the same object is just a record.
        let plain = try Entities(json: #"[{"uid": {"type": "Gov::User", "id": "a"}, "attrs": {"agency": {"type": "Gov::Agency", "id": "dhs"}}}]"#)
        guard case .record = plain[EntityUID(type: user, id: "a")]?.attributes["agency"] else {
            Issue.record("expected a record without a schema")
            return
        }

        let context = try Entities.context(
            json: #"{"sourceIp": "192.168.1.7", "owner": {"type": "Gov::User", "id": "alice"}}"#,
            schema: Self.schema,
            action: EntityUID(type: EntityType("Gov::Action"), id: "invoke")
        )
        #expect(context["sourceIp"] == .ext(.ipaddr(IPAddress(parsing: "192.168.1.7")!)))
        #expect(context["owner"] == .entity(EntityUID(type: user, id: "alice")))
        #expect(throws: Entities.Failure.self) {
            try Entities.context(
                json: #"{"sourceIp": "not an ip"}"#,
                schema: Self.schema,
                action: EntityUID(type: EntityType("Gov::Action"), id: "embed")
            )
        }
    }

    @Test func brokenSchemasNameTheirLine() {
        #expect {
            try Schema(parsing: "entity User = {\n  name: String\n  age: Long };")
        } throws: { error in
            (error as? ParseError)?.location.line == 3
        }
    }
}
