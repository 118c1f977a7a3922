// SPDX-License-Identifier: Apache-2.0

/// Parses Cedar policy text (the grammar of cedar-policy 4.x, language 4.5) into ``Policy``
/// values, desugaring as the reference parser does. Templates (`?principal`) are refused.
struct Parser {
    private var tokens: [Token] = []
    private var position = 0
    private var depth = 0
    private let text: String

    /// Deepest nesting of expressions accepted; deeper input is an error, not a stack overflow.
    static let maximumDepth = 200
    /// Tallest expression tree accepted (long operator chains count too); evaluation recurses this deep.
    static let maximumHeight = 1000

    static let reserved: Set<String> = ["true", "false", "if", "then", "else", "in", "like", "has", "is", "__cedar"]

    /// Methods and their argument counts.
    static let methods: [String: Int] = [
        "contains": 1, "containsAll": 1, "containsAny": 1, "isEmpty": 0, "hasTag": 1, "getTag": 1,
        "isIpv4": 0, "isIpv6": 0, "isLoopback": 0, "isMulticast": 0, "isInRange": 1,
        "lessThan": 1, "lessThanOrEqual": 1, "greaterThan": 1, "greaterThanOrEqual": 1,
        "offset": 1, "durationSince": 1, "toDate": 0, "toTime": 0, "toMilliseconds": 0, "toSeconds": 0, "toMinutes": 0,
        "toHours": 0, "toDays": 0,
    ]

    init(text: String) { self.text = text }

    /// - Parameter firstIndex: the number of the first policy's id (`policy<N>`), so several
    ///   files make one set with the ids their concatenation would have.
    mutating func parsePolicies(firstIndex: Int = 0) throws(ParseError) -> [Policy] {
        var lexer = Lexer(text)
        tokens = try lexer.tokens()
        var policies: [Policy] = []
        while !isEnd {
            policies.append(try parsePolicy(id: "policy\(firstIndex + policies.count)"))
        }
        return policies
    }

    /// One entity reference and nothing else (`Type::"id"`).
    mutating func parseEntityReference() throws(ParseError) -> EntityUID {
        var lexer = Lexer(text)
        tokens = try lexer.tokens()
        let uid = try parseEntityInScope()
        guard isEnd else { throw error("expected only an entity reference such as `User::\"alice\"`") }
        return uid
    }

    // MARK: policies

    private mutating func parsePolicy(id: String) throws(ParseError) -> Policy {
        var annotations: [(name: String, value: String)] = []
        let start = current.location
        while isSymbol("@") {
            advance()
            let nameToken = current
            guard case .identifier(let name) = nameToken.kind else { throw error("expected an annotation name after `@`") }
            advance()
            var value = ""
            if isSymbol("(") {
                advance()
                value = try parseStringLiteral()
                try expectSymbol(")")
            }
            guard !annotations.contains(where: { $0.name == name }) else {
                throw ParseError(location: nameToken.location, message: "duplicate annotation `@\(name)`")
            }
            annotations.append((name, value))
        }
        let effect: Policy.Effect
        switch current.kind {
        case .identifier("permit"): effect = .permit
        case .identifier("forbid"): effect = .forbid
        default: throw error("expected `permit` or `forbid`")
        }
        advance()
        try expectSymbol("(")
        let principal = try parseScope(.principal)
        try expectSymbol(",")
        let action = try parseScope(.action)
        try expectSymbol(",")
        let resource = try parseScope(.resource)
        try expectSymbol(")")
        var conditions: [Expr] = []
        while case .identifier(let keyword) = current.kind, keyword == "when" || keyword == "unless" {
            advance()
            try expectSymbol("{")
            guard !isSymbol("}") else { throw error("a `\(keyword)` condition needs an expression") }
            let conditionStart = current.location
            let condition = try parseExpr()
            guard condition.height <= Self.maximumHeight else {
                throw ParseError(location: conditionStart, message: "expression too deep (more than \(Self.maximumHeight) levels)")
            }
            try expectSymbol("}")
            conditions.append(keyword == "when" ? condition : .not(condition))
        }
        try expectSymbol(";")
        return Policy(
            id: id,
            effect: effect,
            annotations: annotations,
            principal: principal,
            action: action,
            resource: resource,
            conditions: conditions,
            location: start
        )
    }

    private mutating func parseScope(_ variable: Variable) throws(ParseError) -> ScopeConstraint {
        guard case .identifier(let name) = current.kind, name == variable.rawValue else {
            throw error("expected `\(variable.rawValue)` in the policy scope")
        }
        advance()
        if isSymbol("==") {
            advance()
            return .equal(try parseEntityInScope())
        }
        if isIdentifier("in") {
            advance()
            if variable == .action, isSymbol("[") {
                advance()
                var list: [EntityUID] = []
                if !isSymbol("]") {
                    repeat {
                        if isSymbol(",") { advance() }
                        list.append(try parseEntityInScope())
                    } while isSymbol(",")
                }
                try expectSymbol("]")
                return .inAny(list)
            }
            return .in(try parseEntityInScope())
        }
        if isIdentifier("is") {
            guard variable != .action else { throw error("`is` is not allowed on `action` in the scope") }
            advance()
            let type = try parsePath()
            if isIdentifier("in") {
                advance()
                return .isTypeIn(type, try parseEntityInScope())
            }
            return .isType(type)
        }
        return .any
    }

    private mutating func parseEntityInScope() throws(ParseError) -> EntityUID {
        if case .slot = current.kind { throw error("policy templates (`?principal`, `?resource`) are not supported") }
        let type = try parsePath()
        try expectSymbol("::")
        return EntityUID(type: type, id: try parseStringLiteral())
    }

    /// `A::B::C`, stopping before a `::` that is followed by a string (the entity id).
    private mutating func parsePath() throws(ParseError) -> EntityType {
        var path: [String] = []
        repeat {
            if !path.isEmpty { advance() }
            guard case .identifier(let name) = current.kind else { throw error("expected a type name") }
            guard !Self.reserved.contains(name) else { throw error("`\(name)` is a reserved word") }
            path.append(name)
            advance()
        } while isSymbol("::") && isIdentifierAhead(1)
        return EntityType(path: path)
    }

    // MARK: expressions

    mutating func parseExpr() throws(ParseError) -> Expr {
        depth += 1
        defer { depth -= 1 }
        guard depth <= Self.maximumDepth else { throw error("expression nested too deeply (more than \(Self.maximumDepth) levels)") }
        if isIdentifier("if") {
            advance()
            let condition = try parseExpr()
            guard isIdentifier("then") else { throw error("expected `then`") }
            advance()
            let then = try parseExpr()
            guard isIdentifier("else") else { throw error("expected `else`") }
            advance()
            return .ifThenElse(condition, then, try parseExpr())
        }
        return try parseOr()
    }

    private mutating func parseOr() throws(ParseError) -> Expr {
        var lhs = try parseAnd()
        var count = 0
        while isSymbol("||") {
            try checkChain(&count)
            advance()
            lhs = .or(lhs, try parseAnd())
        }
        return lhs
    }

    private mutating func parseAnd() throws(ParseError) -> Expr {
        var lhs = try parseRelation()
        var count = 0
        while isSymbol("&&") {
            try checkChain(&count)
            advance()
            lhs = .and(lhs, try parseRelation())
        }
        return lhs
    }

    private var isRelationAhead: Bool {
        if case .symbol(let s) = current.kind, ["<", "<=", ">", ">=", "==", "!="].contains(s) { return true }
        return isIdentifier("in") || isIdentifier("has") || isIdentifier("like") || isIdentifier("is")
    }

    private mutating func parseRelation() throws(ParseError) -> Expr {
        let lhs = try parseAdd()
        guard isRelationAhead else { return lhs }
        let result: Expr
        switch current.kind {
        case .symbol(let op):
            advance()
            let rhs = try parseAdd()
            switch op {
            case "<": result = .binary(.less, lhs, rhs)
            case "<=": result = .binary(.lessOrEqual, lhs, rhs)
            case ">": result = .binary(.less, rhs, lhs)
            case ">=": result = .binary(.lessOrEqual, rhs, lhs)
            case "==": result = .binary(.equal, lhs, rhs)
            default: result = .not(.binary(.equal, lhs, rhs))
            }
        case .identifier("in"):
            advance()
            result = .binary(.in, lhs, try parseAdd())
        case .identifier("has"):
            advance()
            if case .string(let raw) = current.kind {
                guard let name = StringEscapes.string(raw) else { throw error("invalid escape in string") }
                advance()
                result = .has(lhs, ScalarKey(name))
            } else {
                var names: [String] = []
                repeat {
                    if !names.isEmpty { advance() }
                    guard case .identifier(let name) = current.kind else { throw error("expected an attribute name after `has`") }
                    guard !Self.reserved.contains(name) else { throw error("`\(name)` is a reserved word") }
                    names.append(name)
                    advance()
                } while isSymbol(".")
                // `e has a.b.c` is `e has a && e.a has b && e.a.b has c`.
                var accessed = lhs
                var combined: Expr?
                for name in names {
                    let key = ScalarKey(name)
                    let test = Expr.has(accessed, key)
                    combined = combined.map { .and($0, test) } ?? test
                    accessed = .getAttribute(accessed, key)
                }
                result = combined!
            }
        case .identifier("like"):
            advance()
            guard case .string(let raw) = current.kind, let pieces = StringEscapes.unescape(raw, pattern: true) else {
                throw error("expected a pattern string after `like`")
            }
            advance()
            let elements: [Pattern.Element] = pieces.map { piece in
                switch piece {
                case .literalStar: .scalar("*")
                case .scalar(let s): s == "*" ? .wildcard : .scalar(s)
                }
            }
            result = .like(lhs, Pattern(elements: elements))
        default:  // `is`
            advance()
            let type = try parsePath()
            if isIdentifier("in") {
                advance()
                result = .and(.isType(lhs, type), .binary(.in, lhs, try parseAdd()))
            } else {
                result = .isType(lhs, type)
            }
        }
        guard !isRelationAhead else { throw error("multiple relational operators must be used with parentheses") }
        return result
    }

    private mutating func parseAdd() throws(ParseError) -> Expr {
        var lhs = try parseMultiply()
        var count = 0
        while isSymbol("+") || isSymbol("-") {
            try checkChain(&count)
            let op: BinaryOperator = isSymbol("+") ? .add : .subtract
            advance()
            lhs = .binary(op, lhs, try parseMultiply())
        }
        return lhs
    }

    private mutating func parseMultiply() throws(ParseError) -> Expr {
        var lhs = try parseUnary()
        var count = 0
        while isSymbol("*") || isSymbol("/") || isSymbol("%") {
            try checkChain(&count)
            guard isSymbol("*") else { throw error("division and remainder are not supported in Cedar") }
            advance()
            lhs = .binary(.multiply, lhs, try parseUnary())
        }
        return lhs
    }

    private mutating func parseUnary() throws(ParseError) -> Expr {
        guard isSymbol("!") || isSymbol("-") else { return try parseMember() }
        let op = isSymbol("!") ? "!" : "-"
        let start = current.location
        var count = 0
        while isSymbol(op) {
            count += 1
            advance()
        }
        guard count <= 4 else { throw ParseError(location: start, message: "too many occurrences of `\(op)` (at most 4)") }
        if op == "-", case .integer(let magnitude) = current.kind, !isMemberAccessAhead(1) {
            // `-9223372036854775808` is a literal; the other signs apply to it.
            advance()
            var expr: Expr = .literal(.long(magnitude == UInt64(Int64.max) + 1 ? .min : -Int64(magnitude)))
            for _ in 1..<count { expr = .negate(expr) }
            return expr
        }
        var expr = try parseMember()
        for _ in 0..<count { expr = op == "!" ? .not(expr) : .negate(expr) }
        return expr
    }

    private func isMemberAccessAhead(_ offset: Int) -> Bool {
        let index = min(position + offset, tokens.count - 1)
        if case .symbol(let s) = tokens[index].kind { return s == "." || s == "[" }
        return false
    }

    private mutating func parseMember() throws(ParseError) -> Expr {
        var expr = try parsePrimary()
        var count = 0
        while true {
            try checkChain(&count)
            if isSymbol(".") {
                advance()
                guard case .identifier(let name) = current.kind else { throw error("expected an attribute or method name after `.`") }
                let nameLocation = current.location
                advance()
                if isSymbol("(") {
                    let arguments = try parseArguments()
                    // A known method with the wrong number of arguments parses (the reference
                    // reports it when evaluating); an unknown one does not.
                    guard Self.methods[name] != nil else {
                        throw ParseError(location: nameLocation, message: "`\(name)` is not a Cedar method")
                    }
                    expr = .method(expr, name, arguments)
                } else {
                    guard !Self.reserved.contains(name) else { throw ParseError(location: nameLocation, message: "`\(name)` is a reserved word") }
                    expr = .getAttribute(expr, ScalarKey(name))
                }
            } else if isSymbol("[") {
                advance()
                let name = try parseStringLiteral()
                try expectSymbol("]")
                expr = .getAttribute(expr, ScalarKey(name))
            } else {
                return expr
            }
        }
    }

    private mutating func parseArguments() throws(ParseError) -> [Expr] {
        try expectSymbol("(")
        var arguments: [Expr] = []
        if !isSymbol(")") {
            repeat {
                if !arguments.isEmpty { advance() }
                arguments.append(try parseExpr())
            } while isSymbol(",")
        }
        try expectSymbol(")")
        return arguments
    }

    private mutating func parsePrimary() throws(ParseError) -> Expr {
        let token = current
        switch token.kind {
        case .integer(let value):
            guard value <= UInt64(Int64.max) else { throw error("integer literal is too large") }
            advance()
            return .literal(.long(Int64(value)))
        case .string:
            return .literal(.string(try parseStringLiteral()))
        case .symbol("("):
            advance()
            let inner = try parseExpr()
            try expectSymbol(")")
            return inner
        case .symbol("["):
            advance()
            depth += 1
            defer { depth -= 1 }
            var elements: [Expr] = []
            if !isSymbol("]") {
                repeat {
                    if !elements.isEmpty { advance() }
                    elements.append(try parseExpr())
                } while isSymbol(",")
            }
            try expectSymbol("]")
            return .set(elements)
        case .symbol("{"):
            advance()
            depth += 1
            defer { depth -= 1 }
            var fields: [(String, Expr)] = []
            if !isSymbol("}") {
                repeat {
                    if !fields.isEmpty { advance() }
                    let keyLocation = current.location
                    let key: String
                    switch current.kind {
                    case .identifier(let name):
                        guard !Self.reserved.contains(name) else { throw error("`\(name)` is a reserved word") }
                        key = name
                        advance()
                    case .string: key = try parseStringLiteral()
                    default: throw error("expected a record key")
                    }
                    try expectSymbol(":")
                    guard !fields.contains(where: { $0.0.utf8.elementsEqual(key.utf8) }) else {
                        throw ParseError(location: keyLocation, message: "duplicate key `\(key)` in record literal")
                    }
                    fields.append((key, try parseExpr()))
                } while isSymbol(",")
            }
            try expectSymbol("}")
            return .record(fields)
        case .identifier(let name):
            if name == "true" || name == "false" {
                advance()
                return .literal(.bool(name == "true"))
            }
            if let variable = Variable(rawValue: name), !isSymbolAhead(1, "::") {
                advance()
                return .variable(variable)
            }
            guard !Self.reserved.contains(name) else { throw error("`\(name)` is a reserved word") }
            let path = try parsePath()
            if isSymbol("::") {
                advance()
                guard case .string = current.kind else { throw error("expected an entity id string after `::`") }
                return .literal(.entity(EntityUID(type: path, id: try parseStringLiteral())))
            }
            if isSymbol("(") {
                let function = path.description
                guard path.path.count == 1, ExtensionValue.constructors.contains(function) else {
                    throw ParseError(location: token.location, message: "`\(function)` is not a Cedar function")
                }
                return .call(function, try parseArguments())
            }
            throw ParseError(location: token.location, message: "unexpected identifier `\(path)`")
        case .slot: throw error("policy templates (`?principal`, `?resource`) are not supported")
        case .end: throw error("unexpected end of policy text")
        default: throw error("unexpected token")
        }
    }

    /// Long operator chains build deep trees too; they are bounded like nesting.
    private func checkChain(_ count: inout Int) throws(ParseError) {
        count += 1
        guard count <= Self.maximumHeight else { throw error("expression too long (more than \(Self.maximumHeight) chained operations)") }
    }

    private mutating func parseStringLiteral() throws(ParseError) -> String {
        guard case .string(let raw) = current.kind else { throw error("expected a string") }
        guard let value = StringEscapes.string(raw) else { throw error("invalid escape sequence in string") }
        advance()
        return value
    }

    // MARK: tokens

    private var current: Token { tokens[position] }
    private var isEnd: Bool { current.kind == .end }

    private mutating func advance() {
        if position < tokens.count - 1 { position += 1 }
    }

    private func isSymbol(_ symbol: String) -> Bool { current.kind == .symbol(symbol) }
    private func isIdentifier(_ name: String) -> Bool { current.kind == .identifier(name) }

    private func isSymbolAhead(_ offset: Int, _ symbol: String) -> Bool {
        tokens[min(position + offset, tokens.count - 1)].kind == .symbol(symbol)
    }

    private func isIdentifierAhead(_ offset: Int) -> Bool {
        if case .identifier = tokens[min(position + offset, tokens.count - 1)].kind { return true }
        return false
    }

    private mutating func expectSymbol(_ symbol: String) throws(ParseError) {
        guard isSymbol(symbol) else { throw error("expected `\(symbol)`") }
        advance()
    }

    private func error(_ message: String) -> ParseError {
        ParseError(location: current.location, message: message + Self.found(current.kind))
    }

    private static func found(_ kind: Token.Kind) -> String {
        switch kind {
        case .identifier(let name): ", found `\(name)`"
        case .integer(let value): ", found `\(value)`"
        case .string: ", found a string"
        case .symbol(let s): ", found `\(s)`"
        case .slot(let s): ", found `?\(s)`"
        case .end: ", found the end of the text"
        }
    }
}
