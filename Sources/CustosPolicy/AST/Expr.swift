// SPDX-License-Identifier: Apache-2.0

/// A position in policy text: 1-based line and column (in Unicode scalars).
public struct SourceLocation: Hashable, Sendable, CustomStringConvertible {
    public let line: Int
    public let column: Int

    public var description: String { "\(line):\(column)" }
}

/// A Cedar expression after parsing and desugaring (`a > b` is `b < a`, `a != b` is `!(a == b)`,
/// `e has a.b` is `e has a && e.a has b`, `x is T in E` is `x is T && x in E`).
public indirect enum Expr: Sendable, Equatable {
    case literal(Value)
    case variable(Variable)
    case not(Expr)
    case negate(Expr)
    case and(Expr, Expr)
    case or(Expr, Expr)
    case ifThenElse(Expr, Expr, Expr)
    case binary(BinaryOperator, Expr, Expr)
    case has(Expr, ScalarKey)
    case getAttribute(Expr, ScalarKey)
    case like(Expr, Pattern)
    case isType(Expr, EntityType)
    /// `[e1, e2]`: every element is evaluated (no short circuit).
    case set([Expr])
    case record([(String, Expr)])
    /// An extension constructor (`ip`, `decimal`, `datetime`, `duration`) call.
    case call(String, [Expr])
    /// A method call: `receiver.name(arguments)`.
    case method(Expr, String, [Expr])

    public static func == (lhs: Expr, rhs: Expr) -> Bool {
        switch (lhs, rhs) {
        case (.literal(let a), .literal(let b)): a == b
        case (.variable(let a), .variable(let b)): a == b
        case (.not(let a), .not(let b)), (.negate(let a), .negate(let b)): a == b
        case (.and(let a1, let a2), .and(let b1, let b2)), (.or(let a1, let a2), .or(let b1, let b2)): a1 == b1 && a2 == b2
        case (.ifThenElse(let a1, let a2, let a3), .ifThenElse(let b1, let b2, let b3)): a1 == b1 && a2 == b2 && a3 == b3
        case (.binary(let o1, let a1, let a2), .binary(let o2, let b1, let b2)): o1 == o2 && a1 == b1 && a2 == b2
        case (.has(let a, let n), .has(let b, let m)), (.getAttribute(let a, let n), .getAttribute(let b, let m)):
            a == b && n == m
        case (.like(let a, let p), .like(let b, let q)): a == b && p == q
        case (.isType(let a, let t), .isType(let b, let u)): a == b && t == u
        case (.set(let a), .set(let b)): a == b
        case (.record(let a), .record(let b)): a.count == b.count && zip(a, b).allSatisfy { $0.0 == $1.0 && $0.1 == $1.1 }
        case (.call(let f, let a), .call(let g, let b)): f == g && a == b
        case (.method(let r, let f, let a), .method(let s, let g, let b)): r == s && f == g && a == b
        default: false
        }
    }
}

/// `principal`, `action`, `resource`, `context`.
public enum Variable: String, Sendable, Equatable, CaseIterable {
    case principal, action, resource, context
}

public enum BinaryOperator: String, Sendable, Equatable {
    case equal = "=="
    case less = "<"
    case lessOrEqual = "<="
    case add = "+"
    case subtract = "-"
    case multiply = "*"
    /// `in`: entity hierarchy membership (an entity or a set of entities on the right).
    case `in`
}

/// A `like` pattern: literal runs and `*` wildcards, over Unicode scalars.
public struct Pattern: Sendable, Equatable {
    public enum Element: Sendable, Equatable {
        case wildcard
        case scalar(Unicode.Scalar)
    }

    public let elements: [Element]

    /// Whether `text` matches, scalar by scalar (`*` matches any run, including an empty one).
    public func matches(_ text: String) -> Bool {
        let scalars = Array(text.unicodeScalars)
        var p = 0
        var s = 0
        var starPattern = -1
        var starText = 0
        while s < scalars.count {
            if p < elements.count, case .scalar(let c) = elements[p], c == scalars[s] {
                p += 1
                s += 1
            } else if p < elements.count, elements[p] == .wildcard {
                starPattern = p
                starText = s
                p += 1
            } else if starPattern >= 0 {
                p = starPattern + 1
                starText += 1
                s = starText
            } else {
                return false
            }
        }
        while p < elements.count, elements[p] == .wildcard { p += 1 }
        return p == elements.count
    }
}

extension Expr {
    /// The children of this node, in evaluation order.
    var children: [Expr] {
        switch self {
        case .literal, .variable: []
        case .not(let e), .negate(let e), .has(let e, _), .getAttribute(let e, _), .like(let e, _), .isType(let e, _): [e]
        case .and(let a, let b), .or(let a, let b), .binary(_, let a, let b): [a, b]
        case .ifThenElse(let a, let b, let c): [a, b, c]
        case .set(let elements): elements
        case .record(let fields): fields.map(\.1)
        case .call(_, let arguments): arguments
        case .method(let receiver, _, let arguments): [receiver] + arguments
        }
    }

    /// The height of the tree, computed without recursion (so hostile input cannot exhaust the stack).
    var height: Int {
        var deepest = 0
        var stack: [(Expr, Int)] = [(self, 1)]
        while let (expr, level) = stack.popLast() {
            deepest = max(deepest, level)
            for child in expr.children { stack.append((child, level + 1)) }
        }
        return deepest
    }
}
