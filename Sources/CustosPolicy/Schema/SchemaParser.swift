// SPDX-License-Identifier: Apache-2.0

/// Parses the human-readable Cedar schema format: `namespace`, `entity` (with `in`, attributes and
/// `tags`), `action` (with `in` and `appliesTo`), `type` aliases, annotations and comments.
struct SchemaParser {
    private var tokens: [Token] = []
    private var position = 0
    private let text: String
    private var schema = Schema()
    /// `type` declarations, resolved after the whole text is read.
    private var aliases: [String: UnresolvedType] = [:]
    private var pendingAttributes: [(EntityType, UnresolvedType)] = []
    private var pendingTags: [(EntityType, UnresolvedType)] = []
    private var pendingContexts: [(EntityUID, UnresolvedType)] = []
    private var entityTypes = Set<EntityType>()

    indirect enum UnresolvedType {
        case name([String], namespace: [String])
        case set(UnresolvedType)
        case record([(String, UnresolvedType, Bool)])
    }

    init(text: String) { self.text = text }

    mutating func parse() throws(ParseError) -> Schema {
        var lexer = Lexer(text)
        tokens = try lexer.tokens()
        while !isEnd { try declaration(namespace: []) }
        for (type, unresolved) in pendingAttributes { schema.attributes[type] = try resolve(unresolved) }
        for (type, unresolved) in pendingTags { schema.tags[type] = try resolve(unresolved) }
        for (action, unresolved) in pendingContexts { schema.contexts[action] = try resolve(unresolved) }
        return schema
    }

    private mutating func declaration(namespace: [String]) throws(ParseError) {
        skipAnnotations()
        guard case .identifier(let keyword) = current.kind else { throw error("expected a declaration") }
        switch keyword {
        case "namespace":
            advance()
            let name = try path()
            try expect("{")
            while !isSymbol("}") { try declaration(namespace: name) }
            advance()
        case "entity":
            advance()
            var names: [String] = []
            repeat {
                if !names.isEmpty { advance() }
                names.append(try identifier())
            } while isSymbol(",")
            if isIdentifier("in") {
                advance()
                _ = try typeList()
            }
            var attributes = UnresolvedType.record([])
            if isIdentifier("enum") {
                // `entity Color enum ["red", "green"];`: no attributes.
                advance()
                try skipBracketed("[", "]")
            } else {
                if isSymbol("=") { advance() }
                if isSymbol("{") { attributes = try type(namespace: namespace) }
            }
            var tags: UnresolvedType?
            if isIdentifier("tags") {
                advance()
                tags = try type(namespace: namespace)
            }
            try expect(";")
            for name in names {
                let entityType = EntityType(path: namespace + [name])
                entityTypes.insert(entityType)
                pendingAttributes.append((entityType, attributes))
                if let tags { pendingTags.append((entityType, tags)) }
            }
        case "action":
            advance()
            var names: [String] = []
            repeat {
                if !names.isEmpty { advance() }
                names.append(try nameOrString())
            } while isSymbol(",")
            if isIdentifier("in") {
                advance()
                if isSymbol("[") { try skipBracketed("[", "]") } else { _ = try nameOrString() }
            }
            var context: UnresolvedType?
            if isIdentifier("appliesTo") {
                advance()
                try expect("{")
                while !isSymbol("}") {
                    let field = try identifier()
                    try expect(":")
                    if field == "context" {
                        context = try type(namespace: namespace)
                    } else if isSymbol("[") {
                        try skipBracketed("[", "]")
                    } else {
                        _ = try path()
                    }
                    if isSymbol(",") { advance() }
                }
                advance()
            }
            if isIdentifier("attributes") {
                advance()
                try skipBracketed("{", "}")
            }
            try expect(";")
            for name in names {
                let action = EntityUID(type: EntityType(path: namespace + ["Action"]), id: name)
                pendingContexts.append((action, context ?? .record([])))
            }
        case "type":
            advance()
            let name = try identifier()
            try expect("=")
            let declared = try type(namespace: namespace)
            try expect(";")
            aliases[(namespace + [name]).joined(separator: "::")] = declared
        default:
            throw error("expected `namespace`, `entity`, `action` or `type`")
        }
    }

    private mutating func type(namespace: [String]) throws(ParseError) -> UnresolvedType {
        if isSymbol("{") {
            advance()
            var fields: [(String, UnresolvedType, Bool)] = []
            while !isSymbol("}") {
                skipAnnotations()
                let name = try nameOrString()
                var required = true
                if case .slot("") = current.kind {
                    required = false
                    advance()
                }
                try expect(":")
                fields.append((name, try type(namespace: namespace), required))
                if isSymbol(",") {
                    advance()
                } else if !isSymbol("}") {
                    throw error("expected `,` or `}` after a record field")
                }
            }
            advance()
            return .record(fields)
        }
        let name = try path()
        if name == ["Set"] {
            try expect("<")
            let element = try type(namespace: namespace)
            try expect(">")
            return .set(element)
        }
        return .name(name, namespace: namespace)
    }

    private func resolve(_ unresolved: UnresolvedType, depth: Int = 0) throws(ParseError) -> Schema.SchemaType {
        guard depth < 64 else { throw ParseError(location: SourceLocation(line: 1, column: 1), message: "type aliases nest too deeply") }
        switch unresolved {
        case .set(let element): return .set(try resolve(element, depth: depth + 1))
        case .record(let fields):
            var resolved: [String: (type: Schema.SchemaType, required: Bool)] = [:]
            for (name, type, required) in fields { resolved[name] = (try resolve(type, depth: depth + 1), required) }
            return .record(resolved)
        case .name(let path, let namespace):
            let joined = path.joined(separator: "::")
            // Names resolve in the declaring namespace first, then globally, then as built-ins.
            for candidate in [(namespace + path).joined(separator: "::"), joined] {
                if let alias = aliases[candidate] { return try resolve(alias, depth: depth + 1) }
                if entityTypes.contains(EntityType(candidate)) { return .entity(EntityType(candidate)) }
            }
            switch joined {
            case "Bool", "Boolean", "__cedar::Bool", "__cedar::Boolean": return .bool
            case "Long", "__cedar::Long": return .long
            case "String", "__cedar::String": return .string
            case "ipaddr", "decimal", "datetime", "duration", "__cedar::ipaddr", "__cedar::decimal", "__cedar::datetime", "__cedar::duration":
                return .ext(path.last == "ipaddr" ? "ip" : path.last!)
            default: return .entity(EntityType(joined))
            }
        }
    }

    // MARK: tokens

    private mutating func skipAnnotations() {
        while isSymbol("@") {
            advance()
            advance()  // the name
            if isSymbol("(") {
                advance()
                advance()  // the string
                if isSymbol(")") { advance() }
            }
        }
    }

    private mutating func skipBracketed(_ open: String, _ close: String) throws(ParseError) {
        try expect(open)
        var depth = 1
        while depth > 0 {
            guard !isEnd else { throw error("unbalanced `\(open)`") }
            if isSymbol(open) { depth += 1 }
            if isSymbol(close) { depth -= 1 }
            advance()
        }
    }

    private mutating func typeList() throws(ParseError) -> [[String]] {
        if isSymbol("[") {
            advance()
            var list: [[String]] = []
            while !isSymbol("]") {
                list.append(try path())
                if isSymbol(",") { advance() }
            }
            advance()
            return list
        }
        return [try path()]
    }

    private mutating func path() throws(ParseError) -> [String] {
        var names = [try identifier()]
        while isSymbol("::") {
            advance()
            names.append(try identifier())
        }
        return names
    }

    private mutating func identifier() throws(ParseError) -> String {
        guard case .identifier(let name) = current.kind else { throw error("expected a name") }
        advance()
        return name
    }

    private mutating func nameOrString() throws(ParseError) -> String {
        if case .string(let raw) = current.kind {
            advance()
            guard let value = StringEscapes.string(raw) else { throw error("invalid escape in string") }
            return value
        }
        return try identifier()
    }

    private var current: Token { tokens[position] }
    private var isEnd: Bool { current.kind == .end }
    private mutating func advance() { if position < tokens.count - 1 { position += 1 } }
    private func isSymbol(_ symbol: String) -> Bool { current.kind == .symbol(symbol) }
    private func isIdentifier(_ name: String) -> Bool { current.kind == .identifier(name) }

    private mutating func expect(_ symbol: String) throws(ParseError) {
        guard isSymbol(symbol) else { throw error("expected `\(symbol)`") }
        advance()
    }

    private func error(_ message: String) -> ParseError { ParseError(location: current.location, message: "schema: " + message) }
}
