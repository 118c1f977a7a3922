// SPDX-License-Identifier: Apache-2.0

/// One entity: its attributes, its ancestors (the transitive closure of `parents`), its tags.
public struct Entity: Sendable {
    public let uid: EntityUID
    public let attributes: CedarRecord
    /// Direct parents as given.
    public let parents: [EntityUID]
    public let tags: CedarRecord

    public init(uid: EntityUID, attributes: CedarRecord = CedarRecord([:]), parents: [EntityUID] = [], tags: CedarRecord = CedarRecord([:])) {
        self.uid = uid
        self.attributes = attributes
        self.parents = parents
        self.tags = tags
    }
}

/// The entity store a request is evaluated against. `in` is reflexive and transitive over
/// `parents`; the closure is computed once, here. A parent need not itself be in the store.
public struct Entities: Sendable {
    private let entities: [EntityUID: Entity]
    private let ancestors: [EntityUID: Set<EntityUID>]
    /// Each entity's attributes on their own, so reading one does not copy the whole entity.
    private let attributesByUID: [EntityUID: CedarRecord]
    /// One entity laid over the store for a single request (``adding(_:)``), with its ancestors.
    private var overlay: (entity: Entity, ancestors: Set<EntityUID>)? = nil

    public enum Failure: Error, Sendable, Equatable, CustomStringConvertible {
        case duplicate(EntityUID)
        case malformed(String)

        public var description: String {
            switch self {
            case .duplicate(let uid): "duplicate entity \(uid)"
            case .malformed(let detail): "entities JSON: \(detail)"
            }
        }
    }

    public init(_ list: [Entity]) throws(Failure) {
        var byUID: [EntityUID: Entity] = [:]
        for entity in list {
            guard byUID[entity.uid] == nil else { throw .duplicate(entity.uid) }
            byUID[entity.uid] = entity
        }
        var closure: [EntityUID: Set<EntityUID>] = [:]
        for uid in byUID.keys {
            var seen = Set<EntityUID>()
            var queue = byUID[uid]!.parents
            while let next = queue.popLast() {
                guard seen.insert(next).inserted else { continue }
                if let parent = byUID[next] { queue.append(contentsOf: parent.parents) }
            }
            closure[uid] = seen
        }
        entities = byUID
        ancestors = closure
        attributesByUID = byUID.mapValues(\.attributes)
    }

    public static let empty = try! Entities([])

    public subscript(uid: EntityUID) -> Entity? {
        if let overlay, overlay.entity.uid == uid { return overlay.entity }
        return entities[uid]
    }

    /// The attributes of the entity `uid`, or `nil` when it is not in the store.
    public func attributes(of uid: EntityUID) -> CedarRecord? {
        if let overlay, overlay.entity.uid == uid { return overlay.entity.attributes }
        return attributesByUID[uid]
    }

    /// Whether `descendant` is `ancestor` or one of its descendants.
    public func isDescendant(_ descendant: EntityUID, of ancestor: EntityUID) -> Bool {
        if descendant == ancestor { return true }
        if let overlay, overlay.entity.uid == descendant { return overlay.ancestors.contains(ancestor) }
        return ancestors[descendant]?.contains(ancestor) ?? false
    }

    /// This store with a leaf `entity` (one no stored entity names as a parent) laid over it,
    /// replacing a stored entity of the same uid, for one request: e.g. a user known only from a
    /// verified token. Costs the new entity's ancestor
    /// walk, not a copy of the store. An entity already overlaid is replaced.
    public func adding(_ entity: Entity) -> Entities {
        var seen = Set<EntityUID>()
        var queue = entity.parents
        while let next = queue.popLast() {
            guard seen.insert(next).inserted else { continue }
            if let parent = entities[next] { queue.append(contentsOf: parent.parents) }
        }
        var copy = self
        copy.overlay = (entity, seen)
        return copy
    }

    /// Parses the Cedar entities JSON format (explicit `__entity` / `__extn` escapes; no schema).
    public init(json text: String, schema: Schema? = nil) throws(Failure) {
        let root: PolicyJSON
        do { root = try PolicyJSON.parse(text) } catch { throw .malformed(error.message) }
        guard case .array(let items) = root else { throw .malformed("expected an array of entities") }
        try self.init(jsonValues: items, schema: schema)
    }

    init(jsonValues items: [PolicyJSON], schema: Schema? = nil) throws(Failure) {
        var list: [Entity] = []
        for item in items {
            guard case .object(let members) = item else { throw .malformed("an entity must be an object") }
            for (key, _) in members where !["uid", "attrs", "parents", "tags"].contains(key) {
                throw .malformed("unknown entity field `\(key)`")
            }
            guard let uidJSON = item["uid"] else { throw .malformed("an entity needs a `uid`") }
            let uid = try Self.uid(uidJSON)
            var attributes = CedarRecord([:])
            if let attrs = item["attrs"] {
                guard case .record(let record) = try Self.value(attrs, expecting: schema?.attributes[uid.type]) else {
                    throw .malformed("`attrs` must be an object")
                }
                attributes = record
            }
            var parents: [EntityUID] = []
            if let parentsJSON = item["parents"] {
                guard case .array(let list) = parentsJSON else { throw .malformed("`parents` must be an array") }
                parents = try list.map { json throws(Failure) in try Self.uid(json) }
            }
            var tags = CedarRecord([:])
            if let tagsJSON = item["tags"] {
                guard case .object(let members) = tagsJSON else { throw .malformed("`tags` must be an object") }
                var fields: [ScalarKey: Value] = [:]
                for (key, member) in members { fields[ScalarKey(key)] = try Self.value(member, expecting: schema?.tags[uid.type]) }
                tags = CedarRecord(fields: fields)
            }
            list.append(Entity(uid: uid, attributes: attributes, parents: parents, tags: tags))
        }
        try self.init(list)
    }

    /// `{"type": T, "id": I}` or `{"__entity": {"type": T, "id": I}}`.
    static func uid(_ json: PolicyJSON) throws(Failure) -> EntityUID {
        let inner = json["__entity"] ?? json
        guard case .string(let type) = inner["type"], case .string(let id) = inner["id"] else {
            throw .malformed("an entity reference needs string `type` and `id`")
        }
        return EntityUID(type: EntityType(type), id: id)
    }

    /// A Cedar value from JSON. Explicit `__entity` / `__extn` escapes are always read as such.
    /// Without a declared `type` every other object is a record; with one (schema-based parsing),
    /// an object where an entity type is declared is an entity reference and a string where an
    /// extension type is declared is built with its constructor.
    static func value(_ json: PolicyJSON, expecting type: Schema.SchemaType? = nil) throws(Failure) -> Value {
        switch json {
        case .null: throw .malformed("null is not a Cedar value")
        case .bool(let flag): return .bool(flag)
        case .integer(let number): return .long(number)
        case .string(let text):
            guard case .ext(let function)? = type else { return .string(text) }
            guard let ext = ExtensionValue.construct(function, text) else { throw .malformed("`\(text)` is not a valid \(function)") }
            return .ext(ext)
        case .array(let elements):
            let element: Schema.SchemaType? = if case .set(let declared)? = type { declared } else { nil }
            return .set(CedarSet(try elements.map { json throws(Failure) in try value(json, expecting: element) }))
        case .object(let members):
            if members.count == 1, members[0].0 == "__entity" { return .entity(try uid(json)) }
            if members.count == 1, members[0].0 == "__extn" {
                let call = members[0].1
                guard case .string(let function) = call["fn"] else { throw .malformed("`__extn` needs `fn`") }
                var arguments: [Value] = []
                if let arg = call["arg"] {
                    arguments = [try value(arg)]
                } else if case .array(let args) = call["args"] {
                    arguments = try args.map { json throws(Failure) in try value(json) }
                } else {
                    throw .malformed("`__extn` needs `arg` or `args`")
                }
                do {
                    return try Evaluator.extensionCall(function, arguments)
                } catch {
                    throw .malformed("`__extn` \(function): \(error)")
                }
            }
            if case .entity? = type { return .entity(try uid(json)) }
            let declared: [String: (type: Schema.SchemaType, required: Bool)]? = if case .record(let fields)? = type { fields } else { nil }
            var fields: [ScalarKey: Value] = [:]
            for (key, member) in members {
                guard fields[ScalarKey(key)] == nil else { throw .malformed("duplicate key `\(key)`") }
                fields[ScalarKey(key)] = try value(member, expecting: declared?[key]?.type)
            }
            return .record(CedarRecord(fields: fields))
        }
    }

    /// A request context from JSON (an object); with a schema, read as the action's context type.
    public static func context(json text: String, schema: Schema? = nil, action: EntityUID? = nil) throws(Failure) -> CedarRecord {
        let root: PolicyJSON
        do { root = try PolicyJSON.parse(text) } catch { throw .malformed(error.message) }
        return try context(root, schema: schema, action: action)
    }

    static func context(_ root: PolicyJSON, schema: Schema?, action: EntityUID?) throws(Failure) -> CedarRecord {
        let declared = action.flatMap { schema?.contexts[$0] }
        guard case .record(let record) = try value(root, expecting: declared) else { throw .malformed("the context must be an object") }
        return record
    }
}

extension Request {
    /// A request as the JSON formats write it: `{"principal", "action", "resource", "context"}`,
    /// the context read as the action's declared context type when a schema is given.
    init(json: PolicyJSON, schema: Schema?) throws(Entities.Failure) {
        guard let principal = json["principal"], let action = json["action"], let resource = json["resource"] else {
            throw .malformed("a request needs principal, action and resource")
        }
        let actionUID = try Entities.uid(action)
        self.init(
            principal: try Entities.uid(principal),
            action: actionUID,
            resource: try Entities.uid(resource),
            context: try Entities.context(json["context"] ?? .object([]), schema: schema, action: actionUID)
        )
    }
}
