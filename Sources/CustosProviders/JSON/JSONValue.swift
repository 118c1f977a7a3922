// SPDX-License-Identifier: Apache-2.0

/// A JSON document as a value, for translating between wire formats (OpenAI ↔ Bedrock).
///
/// Integers that fit `Int64` stay integers; other numbers are `Double`. Parsing uses the
/// validating ``JSONScanner``; encoding sorts object keys, so the same value always gives the same
/// bytes (and the same SigV4 payload hash).
public enum JSONValue: Sendable, Equatable {
    case null
    case bool(Bool)
    case integer(Int64)
    case number(Double)
    case string(String)
    case array([JSONValue])
    case object([String: JSONValue])

    /// Parses `bytes` (RFC 8259, validated by ``JSONScanner``); `nil` if they are not JSON. A key
    /// repeated in an object keeps its last value.
    public static func parse(_ bytes: [UInt8]) -> JSONValue? {
        let scanner = JSONScanner(bytes)
        guard let root = try? scanner.validate() else { return nil }
        return value(scanner, bytes, root.kind, root.range)
    }

    private static func value(_ scanner: JSONScanner, _ bytes: [UInt8], _ kind: JSONKind, _ range: Range<Int>) -> JSONValue {
        switch kind {
        case .object:
            var object: [String: JSONValue] = [:]
            for member in scanner.members(ofObjectAt: range) {
                object[member.key] = value(scanner, bytes, member.kind, member.valueRange)
            }
            return .object(object)
        case .array:
            return .array(scanner.elements(ofArrayAt: range).map { value(scanner, bytes, $0.kind, $0.range) })
        case .string:
            return .string(JSONScanner.decodeString(bytes, range))
        case .number:
            let text = String(decoding: bytes[range], as: UTF8.self)
            if !bytes[range].contains(where: { $0 == UInt8(ascii: ".") || $0 == UInt8(ascii: "e") || $0 == UInt8(ascii: "E") }),
                let integer = Int64(text)
            {
                return .integer(integer)
            }
            return .number(Double(text) ?? 0)
        case .bool:
            return .bool(bytes[range.lowerBound] == UInt8(ascii: "t"))
        case .null:
            return .null
        }
    }

    /// The value's JSON bytes: object keys sorted, `/` not escaped, no insignificant whitespace.
    public func encoded() -> [UInt8] {
        var out: [UInt8] = []
        write(into: &out)
        return out
    }

    private func write(into out: inout [UInt8]) {
        switch self {
        case .null: out += Array("null".utf8)
        case .bool(let flag): out += Array((flag ? "true" : "false").utf8)
        case .integer(let integer): out += Array(String(integer).utf8)
        case .number(let number): out += Array((number.isFinite ? "\(number)" : "null").utf8)
        case .string(let text): out += ModelSplice.jsonStringLiteral(text)
        case .array(let array):
            out.append(UInt8(ascii: "["))
            for (index, element) in array.enumerated() {
                if index > 0 { out.append(UInt8(ascii: ",")) }
                element.write(into: &out)
            }
            out.append(UInt8(ascii: "]"))
        case .object(let object):
            out.append(UInt8(ascii: "{"))
            for (index, key) in object.keys.sorted().enumerated() {
                if index > 0 { out.append(UInt8(ascii: ",")) }
                out += ModelSplice.jsonStringLiteral(key)
                out.append(UInt8(ascii: ":"))
                object[key]!.write(into: &out)
            }
            out.append(UInt8(ascii: "}"))
        }
    }

    public subscript(key: String) -> JSONValue? {
        if case .object(let object) = self { return object[key] }
        return nil
    }

    public var string: String? { if case .string(let text) = self { text } else { nil } }
    public var array: [JSONValue]? { if case .array(let array) = self { array } else { nil } }
    public var object: [String: JSONValue]? { if case .object(let object) = self { object } else { nil } }
    public var bool: Bool? { if case .bool(let flag) = self { flag } else { nil } }

    public var int: Int? {
        switch self {
        case .integer(let integer): Int(exactly: integer)
        case .number(let number): number.rounded() == number ? Int(exactly: number) : nil
        default: nil
        }
    }

    public var double: Double? {
        switch self {
        case .integer(let integer): Double(integer)
        case .number(let number): number
        default: nil
        }
    }
}
