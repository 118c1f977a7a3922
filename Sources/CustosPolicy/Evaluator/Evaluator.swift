// SPDX-License-Identifier: Apache-2.0

/// A request to authorize: who, which action, on what, in which context.
public struct Request: Sendable {
    public let principal: EntityUID
    public let action: EntityUID
    public let resource: EntityUID
    public let context: CedarRecord

    public init(principal: EntityUID, action: EntityUID, resource: EntityUID, context: CedarRecord = CedarRecord([:])) {
        self.principal = principal
        self.action = action
        self.resource = resource
        self.context = context
    }
}

/// Evaluates expressions for one request against one entity store, with Cedar's semantics:
/// `&&`, `||` and `if` short-circuit; everything else evaluates all operands; Long arithmetic is
/// checked; comparisons between different types are `false`, not errors.
struct Evaluator {
    let request: Request
    let entities: Entities

    func evaluate(_ expr: Expr) throws(EvaluationError) -> Value {
        switch expr {
        case .literal(let value): return value
        case .variable(let variable):
            switch variable {
            case .principal: return .entity(request.principal)
            case .action: return .entity(request.action)
            case .resource: return .entity(request.resource)
            case .context: return .record(request.context)
            }
        case .not(let operand): return .bool(!(try bool(operand)))
        case .negate(let operand):
            let (value, overflow) = Int64(0).subtractingReportingOverflow(try long(operand))
            guard !overflow else { throw .overflow("negation") }
            return .long(value)
        case .and(let lhs, let rhs):
            guard try bool(lhs) else { return .bool(false) }
            return .bool(try bool(rhs))
        case .or(let lhs, let rhs):
            if try bool(lhs) { return .bool(true) }
            return .bool(try bool(rhs))
        case .ifThenElse(let condition, let then, let otherwise):
            return try bool(condition) ? try evaluate(then) : try evaluate(otherwise)
        case .binary(let op, let lhs, let rhs):
            return try binary(op, try evaluate(lhs), try evaluate(rhs))
        case .has(let operand, let name):
            switch try evaluate(operand) {
            case .record(let record): return .bool(record[key: name] != nil)
            case .entity(let uid): return .bool(entities.attributes(of: uid)?[key: name] != nil)
            case let other: throw .typeError("`has` needs an entity or a record, got \(other.typeName)")
            }
        case .getAttribute(let operand, let name):
            switch try evaluate(operand) {
            case .record(let record):
                guard let value = record[key: name] else { throw .attributeDoesNotExist(name.text, on: "record") }
                return value
            case .entity(let uid):
                guard let attributes = entities.attributes(of: uid) else { throw .entityDoesNotExist(uid) }
                guard let value = attributes[key: name] else { throw .attributeDoesNotExist(name.text, on: uid.description) }
                return value
            case let other: throw .typeError("attribute access needs an entity or a record, got \(other.typeName)")
            }
        case .like(let operand, let pattern):
            guard case .string(let text) = try evaluate(operand) else { throw .typeError("`like` needs a string") }
            return .bool(pattern.matches(text))
        case .isType(let operand, let type):
            guard case .entity(let uid) = try evaluate(operand) else { throw .typeError("`is` needs an entity") }
            return .bool(uid.type == type)
        case .set(let elements):
            var values: [Value] = []
            values.reserveCapacity(elements.count)
            for element in elements { values.append(try evaluate(element)) }
            return .set(CedarSet(values))
        case .record(let fields):
            var values: [ScalarKey: Value] = [:]
            for (name, field) in fields { values[ScalarKey(name)] = try evaluate(field) }
            return .record(CedarRecord(fields: values))
        case .call(let function, let arguments):
            var values: [Value] = []
            for argument in arguments { values.append(try evaluate(argument)) }
            return try Self.construct(function, values)
        case .method(let receiver, let name, let arguments):
            let target = try evaluate(receiver)
            var values: [Value] = []
            for argument in arguments { values.append(try evaluate(argument)) }
            return try method(name, target, values)
        }
    }

    /// An extension constructor applied to evaluated arguments.
    static func construct(_ function: String, _ arguments: [Value]) throws(EvaluationError) -> Value {
        guard arguments.count == 1 else { throw .typeError("`\(function)` takes 1 argument, got \(arguments.count)") }
        guard case .string(let text) = arguments[0] else { throw .typeError("`\(function)` needs a string") }
        guard let value = ExtensionValue.construct(function, text) else {
            throw .extensionError("`\(function)(\(CedarText.quoted(text)))` is not a valid \(function) literal")
        }
        return .ext(value)
    }

    /// An extension function or method applied to evaluated values (as the `__extn` escape of the
    /// JSON formats writes them: `{"fn": "offset", "args": [datetime, duration]}`).
    static func extensionCall(_ function: String, _ arguments: [Value]) throws(EvaluationError) -> Value {
        if ExtensionValue.constructors.contains(function) { return try construct(function, arguments) }
        guard let first = arguments.first else { throw .typeError("`\(function)` needs a receiver") }
        let detached = Evaluator(request: Request(principal: Self.nobody, action: Self.nobody, resource: Self.nobody), entities: .empty)
        return try detached.method(function, first, Array(arguments.dropFirst()))
    }

    private static let nobody = EntityUID(type: EntityType(path: ["__cedar"]), id: "")

    private func bool(_ expr: Expr) throws(EvaluationError) -> Bool {
        guard case .bool(let flag) = try evaluate(expr) else { throw .typeError("expected a boolean") }
        return flag
    }

    private func long(_ expr: Expr) throws(EvaluationError) -> Int64 {
        guard case .long(let number) = try evaluate(expr) else { throw .typeError("expected a long") }
        return number
    }

    private func binary(_ op: BinaryOperator, _ lhs: Value, _ rhs: Value) throws(EvaluationError) -> Value {
        switch op {
        case .equal: return .bool(lhs == rhs)
        case .less, .lessOrEqual:
            let strict = op == .less
            switch (lhs, rhs) {
            case (.long(let a), .long(let b)): return .bool(strict ? a < b : a <= b)
            case (.ext(.datetime(let a)), .ext(.datetime(let b))): return .bool(strict ? a < b : a <= b)
            case (.ext(.duration(let a)), .ext(.duration(let b))): return .bool(strict ? a < b : a <= b)
            default: throw .typeError("`<` and `<=` compare longs, datetimes or durations, got \(lhs.typeName) and \(rhs.typeName)")
            }
        case .add, .subtract, .multiply:
            guard case .long(let a) = lhs, case .long(let b) = rhs else { throw .typeError("arithmetic needs longs") }
            let (result, overflow) =
                switch op {
                case .add: a.addingReportingOverflow(b)
                case .subtract: a.subtractingReportingOverflow(b)
                default: a.multipliedReportingOverflow(by: b)
                }
            guard !overflow else { throw .overflow("\(a) \(op.rawValue) \(b)") }
            return .long(result)
        case .in:
            guard case .entity(let uid) = lhs else { throw .typeError("`in` needs an entity on the left, got \(lhs.typeName)") }
            switch rhs {
            case .entity(let ancestor): return .bool(entities.isDescendant(uid, of: ancestor))
            case .set(let set):
                var found = false
                for element in set.elements {
                    guard case .entity(let ancestor) = element else { throw .typeError("`in` needs a set of entities") }
                    if !found, entities.isDescendant(uid, of: ancestor) { found = true }
                }
                return .bool(found)
            default: throw .typeError("`in` needs an entity or a set of entities on the right, got \(rhs.typeName)")
            }
        }
    }

    func method(_ name: String, _ target: Value, _ arguments: [Value]) throws(EvaluationError) -> Value {
        if let arity = Parser.methods[name], arguments.count != arity {
            throw .typeError("`\(name)` takes \(arity) argument(s), got \(arguments.count)")
        }
        switch (name, target) {
        case ("contains", .set(let set)): return .bool(set.contains(arguments[0]))
        case ("containsAll", .set(let set)):
            guard case .set(let other) = arguments[0] else { throw .typeError("`containsAll` needs a set argument") }
            return .bool(set.isSuperset(of: other))
        case ("containsAny", .set(let set)):
            guard case .set(let other) = arguments[0] else { throw .typeError("`containsAny` needs a set argument") }
            return .bool(set.intersects(other))
        case ("isEmpty", .set(let set)): return .bool(set.isEmpty)
        case ("hasTag", .entity(let uid)):
            guard case .string(let tag) = arguments[0] else { throw .typeError("`hasTag` needs a string") }
            return .bool(entities[uid]?.tags[tag] != nil)
        case ("getTag", .entity(let uid)):
            guard case .string(let tag) = arguments[0] else { throw .typeError("`getTag` needs a string") }
            guard let entity = entities[uid] else { throw .entityDoesNotExist(uid) }
            guard let value = entity.tags[tag] else { throw .tagDoesNotExist(tag, on: uid) }
            return value
        case ("isIpv4", .ext(.ipaddr(let ip))): return .bool(ip.isV4)
        case ("isIpv6", .ext(.ipaddr(let ip))): return .bool(!ip.isV4)
        case ("isLoopback", .ext(.ipaddr(let ip))): return .bool(ip.isLoopback)
        case ("isMulticast", .ext(.ipaddr(let ip))): return .bool(ip.isMulticast)
        case ("isInRange", .ext(.ipaddr(let ip))):
            guard case .ext(.ipaddr(let range)) = arguments[0] else { throw .typeError("`isInRange` needs an ipaddr") }
            return .bool(ip.isInRange(range))
        case ("lessThan", .ext(.decimal(let a))), ("lessThanOrEqual", .ext(.decimal(let a))), ("greaterThan", .ext(.decimal(let a))),
            ("greaterThanOrEqual", .ext(.decimal(let a))):
            guard case .ext(.decimal(let b)) = arguments[0] else { throw .typeError("`\(name)` needs a decimal") }
            switch name {
            case "lessThan": return .bool(a < b)
            case "lessThanOrEqual": return .bool(a <= b)
            case "greaterThan": return .bool(a > b)
            default: return .bool(a >= b)
            }
        case ("offset", .ext(.datetime(let time))):
            guard case .ext(.duration(let duration)) = arguments[0] else { throw .typeError("`offset` needs a duration") }
            let (sum, overflow) = time.millisecondsSinceEpoch.addingReportingOverflow(duration.milliseconds)
            guard !overflow else { throw .overflow("datetime offset") }
            return .ext(.datetime(CedarDatetime(millisecondsSinceEpoch: sum)))
        case ("durationSince", .ext(.datetime(let time))):
            guard case .ext(.datetime(let other)) = arguments[0] else { throw .typeError("`durationSince` needs a datetime") }
            let (difference, overflow) = time.millisecondsSinceEpoch.subtractingReportingOverflow(other.millisecondsSinceEpoch)
            guard !overflow else { throw .overflow("durationSince") }
            return .ext(.duration(CedarDuration(milliseconds: difference)))
        case ("toDate", .ext(.datetime(let time))):
            let ms = time.millisecondsSinceEpoch
            let day: Int64 = 86_400_000
            let remainder = ((ms % day) + day) % day
            // Toward negative infinity: the start of the UTC day.
            let (start, overflow) = ms.subtractingReportingOverflow(remainder)
            guard !overflow else { throw .overflow("toDate") }
            return .ext(.datetime(CedarDatetime(millisecondsSinceEpoch: start)))
        case ("toTime", .ext(.datetime(let time))):
            let day: Int64 = 86_400_000
            return .ext(.duration(CedarDuration(milliseconds: ((time.millisecondsSinceEpoch % day) + day) % day)))
        case ("toMilliseconds", .ext(.duration(let d))): return .long(d.milliseconds)
        case ("toSeconds", .ext(.duration(let d))): return .long(d.milliseconds / 1000)
        case ("toMinutes", .ext(.duration(let d))): return .long(d.milliseconds / 60_000)
        case ("toHours", .ext(.duration(let d))): return .long(d.milliseconds / 3_600_000)
        case ("toDays", .ext(.duration(let d))): return .long(d.milliseconds / 86_400_000)
        default: throw .typeError("`\(name)` does not apply to \(target.typeName)")
        }
    }
}
