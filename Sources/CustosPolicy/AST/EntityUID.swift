// SPDX-License-Identifier: Apache-2.0

/// An entity type path such as `User` or `Agency::Team`.
///
/// Carries a fingerprint of its code points, computed once, so hashing is one word and most
/// unequal comparisons end without looking at the text.
public struct EntityType: Hashable, Sendable, CustomStringConvertible {
    /// The path components, e.g. `["Agency", "Team"]`.
    public let path: [String]
    private let fingerprint: Int

    public init(path: [String]) {
        self.path = path
        var hasher = Hasher()
        for component in path { CodePoints.hash(component, into: &hasher) }
        self.fingerprint = hasher.finalize()
    }

    /// Parses `A::B` (no validation of the identifiers beyond splitting).
    public init(_ text: String) { self.init(path: text.splitting(by: "::")) }

    public var description: String { path.joined(separator: "::") }

    /// Whether this is an action type (`Action` or `Namespace::Action`).
    public var isAction: Bool { path.last == "Action" }

    public static func == (lhs: EntityType, rhs: EntityType) -> Bool {
        lhs.fingerprint == rhs.fingerprint && lhs.path.count == rhs.path.count
            && zip(lhs.path, rhs.path).allSatisfy { CodePoints.equal($0, $1) }
    }

    public func hash(into hasher: inout Hasher) { hasher.combine(fingerprint) }
}

/// An entity reference: its type and id, e.g. `User::"alice"`. Ids compare by code point.
/// Fingerprinted like ``EntityType``: entity lookups hash one word.
public struct EntityUID: Hashable, Sendable, CustomStringConvertible {
    public let type: EntityType
    public let id: String
    private let fingerprint: Int

    public init(type: EntityType, id: String) {
        self.type = type
        self.id = id
        var hasher = Hasher()
        hasher.combine(type)
        CodePoints.hash(id, into: &hasher)
        self.fingerprint = hasher.finalize()
    }

    public var description: String { "\(type)::\(CedarText.quoted(id))" }

    /// Parses the policy-text form, e.g. `Agency::User::"alice"`.
    public init(parsing text: String) throws(ParseError) {
        var parser = Parser(text: text)
        self = try parser.parseEntityReference()
    }

    public static func == (lhs: EntityUID, rhs: EntityUID) -> Bool {
        lhs.fingerprint == rhs.fingerprint && CodePoints.equal(lhs.id, rhs.id) && lhs.type == rhs.type
    }

    public func hash(into hasher: inout Hasher) { hasher.combine(fingerprint) }
}

extension String {
    /// Splits at every occurrence of `separator` (Foundation-free `components(separatedBy:)`).
    func splitting(by separator: String) -> [String] {
        var parts: [String] = []
        var rest = Substring(self)
        while let range = rest.firstRange(of: separator) {
            parts.append(String(rest[..<range.lowerBound]))
            rest = rest[range.upperBound...]
        }
        parts.append(String(rest))
        return parts
    }
}

enum CedarText {
    /// `text` as a Cedar string literal.
    static func quoted(_ text: String) -> String {
        var out = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case "\0": out += "\\0"
            default:
                if scalar.value < 0x20 || scalar.value == 0x7F {
                    out += "\\u{\(String(scalar.value, radix: 16))}"
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out + "\""
    }
}
