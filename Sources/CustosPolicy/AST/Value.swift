// SPDX-License-Identifier: Apache-2.0

/// A Cedar value.
///
/// Equality is Cedar's: strings and record keys by code point, sets and records by content
/// (order and duplicates do not matter), extension values by meaning (`decimal("1.0") ==
/// decimal("1.0000")`), and values of different types are simply unequal.
public enum Value: Hashable, Sendable, CustomStringConvertible {
    case bool(Bool)
    case long(Int64)
    case string(String)
    case entity(EntityUID)
    case set(CedarSet)
    case record(CedarRecord)
    case ext(ExtensionValue)

    public static func == (lhs: Value, rhs: Value) -> Bool {
        switch (lhs, rhs) {
        case (.bool(let a), .bool(let b)): a == b
        case (.long(let a), .long(let b)): a == b
        case (.string(let a), .string(let b)): CodePoints.equal(a, b)
        case (.entity(let a), .entity(let b)): a == b
        case (.set(let a), .set(let b)): a == b
        case (.record(let a), .record(let b)): a == b
        case (.ext(let a), .ext(let b)): a == b
        default: false
        }
    }

    public func hash(into hasher: inout Hasher) {
        switch self {
        case .bool(let flag):
            hasher.combine(0 as UInt8)
            hasher.combine(flag)
        case .long(let number):
            hasher.combine(1 as UInt8)
            hasher.combine(number)
        case .string(let text):
            hasher.combine(2 as UInt8)
            hasher.combine(ScalarKey(text))
        case .entity(let uid):
            hasher.combine(3 as UInt8)
            hasher.combine(uid)
        case .set(let set):
            hasher.combine(4 as UInt8)
            hasher.combine(set)
        case .record(let record):
            hasher.combine(5 as UInt8)
            hasher.combine(record)
        case .ext(let value):
            hasher.combine(6 as UInt8)
            hasher.combine(value)
        }
    }

    /// The type's name, for error messages.
    public var typeName: String {
        switch self {
        case .bool: "bool"
        case .long: "long"
        case .string: "string"
        case .entity(let uid): "(entity of type `\(uid.type)`)"
        case .set: "set"
        case .record: "record"
        case .ext(let value): value.typeName
        }
    }

    public var description: String {
        switch self {
        case .bool(let flag): "\(flag)"
        case .long(let number): "\(number)"
        case .string(let text): CedarText.quoted(text)
        case .entity(let uid): uid.description
        case .set(let set): "[" + set.elements.map(\.description).joined(separator: ", ") + "]"
        case .record(let record):
            "{" + record.fields.sorted { $0.key < $1.key }.map { "\(CedarText.quoted($0.key.text)): \($0.value)" }.joined(separator: ", ") + "}"
        case .ext(let value): value.description
        }
    }
}

/// A Cedar set: unordered, without duplicates.
public struct CedarSet: Hashable, Sendable {
    let storage: Set<Value>

    public init(_ elements: some Sequence<Value>) { storage = Set(elements) }

    public var elements: [Value] { Array(storage) }
    public var count: Int { storage.count }
    public var isEmpty: Bool { storage.isEmpty }
    public func contains(_ value: Value) -> Bool { storage.contains(value) }
    public func isSuperset(of other: CedarSet) -> Bool { storage.isSuperset(of: other.storage) }
    public func intersects(_ other: CedarSet) -> Bool { !storage.isDisjoint(with: other.storage) }
}

/// A Cedar record: named fields, names compared by code point.
public struct CedarRecord: Hashable, Sendable {
    let fields: [ScalarKey: Value]

    init(fields: [ScalarKey: Value]) { self.fields = fields }

    public init(_ fields: [String: Value]) {
        var keyed: [ScalarKey: Value] = [:]
        for (key, value) in fields { keyed[ScalarKey(key)] = value }
        self.fields = keyed
    }

    public subscript(name: String) -> Value? { fields[ScalarKey(name)] }
    public subscript(key key: ScalarKey) -> Value? { fields[key] }
    public var names: [String] { fields.keys.map(\.text) }
}
