// SPDX-License-Identifier: Apache-2.0

/// The parts of a Cedar schema (human-readable `.cedarschema` format) that decide how entity and
/// context JSON is read: attribute types of each entity type, tag types, and each action's
/// context type. With them, `{"type": "User", "id": "alice"}` in an attribute declared `User` is an
/// entity reference and `"10.0.0.1"` in one declared `ipaddr` is an IP address, as in the
/// reference implementation. Validation of policies against the schema is not done here.
public struct Schema: Sendable {
    /// A declared type.
    public indirect enum SchemaType: Sendable, Equatable {
        case bool, long, string
        case set(SchemaType)
        case record([String: (type: SchemaType, required: Bool)])
        case entity(EntityType)
        case ext(String)

        public static func == (lhs: SchemaType, rhs: SchemaType) -> Bool {
            switch (lhs, rhs) {
            case (.bool, .bool), (.long, .long), (.string, .string): true
            case (.set(let a), .set(let b)): a == b
            case (.entity(let a), .entity(let b)): a == b
            case (.ext(let a), .ext(let b)): a == b
            case (.record(let a), .record(let b)):
                a.count == b.count && a.allSatisfy { key, value in b[key].map { $0.type == value.type && $0.required == value.required } ?? false }
            default: false
            }
        }
    }

    /// Attributes (a record type) of each entity type.
    public internal(set) var attributes: [EntityType: SchemaType] = [:]
    /// Tag value type of each entity type that has tags.
    public internal(set) var tags: [EntityType: SchemaType] = [:]
    /// Context type of each action.
    public internal(set) var contexts: [EntityUID: SchemaType] = [:]

    public init(parsing text: String) throws(ParseError) {
        var parser = SchemaParser(text: text)
        self = try parser.parse()
    }

    init() {}
}
