// SPDX-License-Identifier: Apache-2.0

/// A strict, allocation-light JSON reader that validates a whole document and remembers where
/// each value sits, without building a tree.
///
/// The gateway must forward a request body *unchanged* apart from the model name, so it never
/// re-encodes JSON: it validates the bytes, finds the byte range of the fields it needs, and splices.
///
/// Guarantees:
/// - Accepts exactly RFC 8259 JSON: no comments, no trailing commas, no leading zeros, no control
///   characters or invalid UTF-8 inside strings, no lone surrogate escapes.
/// - Nesting deeper than ``maximumDepth`` is an error, never a stack overflow.
/// - Value ranges it returns are byte ranges into the input, valid for the same bytes.
public struct JSONScanner: Sendable {
    /// Deepest nesting accepted. OpenAI request bodies nest a handful of levels (tool schemas a few
    /// more); 128 leaves room for real JSON Schemas while keeping recursion far from the stack limit.
    public static let maximumDepth = 128

    private let bytes: [UInt8]

    /// - Parameter bytes: the document; the scanner keeps a reference, not a copy.
    public init(_ bytes: [UInt8]) {
        self.bytes = bytes
    }

    /// Validates the whole document and returns the kind and byte range of its root value.
    public func validate() throws(JSONSyntaxError) -> (kind: JSONKind, range: Range<Int>) {
        var cursor = Cursor(bytes: bytes)
        cursor.skipWhitespace()
        let start = cursor.index
        let kind = try cursor.value(depth: 0)
        let end = cursor.index
        cursor.skipWhitespace()
        guard cursor.index == bytes.count else {
            throw JSONSyntaxError(offset: cursor.index, message: "unexpected data after the JSON value")
        }
        return (kind, start..<end)
    }

    /// Validates the document and requires its root to be an object; returns its members in order.
    public func rootObject() throws(JSONSyntaxError) -> JSONObject {
        let root = try validate()
        guard root.kind == .object else {
            throw JSONSyntaxError(offset: root.range.lowerBound, message: "expected a JSON object, found \(root.kind)")
        }
        return JSONObject(bytes: bytes, members: members(ofObjectAt: root.range))
    }

    /// Members of the already-validated object at `range`.
    func members(ofObjectAt range: Range<Int>) -> [JSONMember] {
        var cursor = Cursor(bytes: bytes, index: range.lowerBound + 1)
        var members: [JSONMember] = []
        cursor.skipWhitespace()
        if cursor.peek == UInt8(ascii: "}") { return members }
        while true {
            cursor.skipWhitespace()
            let keyStart = cursor.index
            // The document was validated, so these cannot fail; `try?` keeps the path total anyway.
            guard (try? cursor.string()) != nil else { return members }
            let keyRange = keyStart..<cursor.index
            cursor.skipWhitespace()
            cursor.index += 1  // ':'
            cursor.skipWhitespace()
            let valueStart = cursor.index
            guard let kind = try? cursor.value(depth: 0) else { return members }
            members.append(
                JSONMember(key: JSONScanner.decodeString(bytes, keyRange), valueRange: valueStart..<cursor.index, kind: kind)
            )
            cursor.skipWhitespace()
            if cursor.peek == UInt8(ascii: ",") {
                cursor.index += 1
                continue
            }
            return members
        }
    }

    /// Elements of the already-validated array at `range`.
    func elements(ofArrayAt range: Range<Int>) -> [(kind: JSONKind, range: Range<Int>)] {
        var cursor = Cursor(bytes: bytes, index: range.lowerBound + 1)
        var elements: [(kind: JSONKind, range: Range<Int>)] = []
        cursor.skipWhitespace()
        if cursor.peek == UInt8(ascii: "]") { return elements }
        while true {
            cursor.skipWhitespace()
            let start = cursor.index
            guard let kind = try? cursor.value(depth: 0) else { return elements }
            elements.append((kind, start..<cursor.index))
            cursor.skipWhitespace()
            if cursor.peek == UInt8(ascii: ",") {
                cursor.index += 1
                continue
            }
            return elements
        }
    }

    /// Decodes the JSON string literal (quotes included) at `range` of a validated document.
    static func decodeString(_ bytes: [UInt8], _ range: Range<Int>) -> String {
        let inner = (range.lowerBound + 1)..<(range.upperBound - 1)
        if !bytes[inner].contains(UInt8(ascii: "\\")) {
            return String(decoding: bytes[inner], as: UTF8.self)
        }
        var out: [UInt8] = []
        out.reserveCapacity(inner.count)
        var i = inner.lowerBound
        while i < inner.upperBound {
            let byte = bytes[i]
            guard byte == UInt8(ascii: "\\") else {
                out.append(byte)
                i += 1
                continue
            }
            let escape = bytes[i + 1]
            i += 2
            switch escape {
            case UInt8(ascii: "b"): out.append(0x08)
            case UInt8(ascii: "f"): out.append(0x0C)
            case UInt8(ascii: "n"): out.append(0x0A)
            case UInt8(ascii: "r"): out.append(0x0D)
            case UInt8(ascii: "t"): out.append(0x09)
            case UInt8(ascii: "u"):
                var scalar = hex4(bytes, i)
                i += 4
                if (0xD800..<0xDC00).contains(scalar), i + 6 <= inner.upperBound, bytes[i] == UInt8(ascii: "\\") {
                    let low = hex4(bytes, i + 2)
                    scalar = 0x10000 + ((scalar - 0xD800) << 10) + (low - 0xDC00)
                    i += 6
                }
                out.append(contentsOf: Array(String(Unicode.Scalar(scalar) ?? "\u{FFFD}").utf8))
            default: out.append(escape)  // '"', '\\', '/'
            }
        }
        return String(decoding: out, as: UTF8.self)
    }

    private static func hex4(_ bytes: [UInt8], _ at: Int) -> UInt32 {
        var value: UInt32 = 0
        for byte in bytes[at..<(at + 4)] {
            value = value << 4 + UInt32(hexValue(byte) ?? 0)
        }
        return value
    }

    /// The value of a hexadecimal digit (either case).
    static func hexValue(_ byte: UInt8) -> UInt8? {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): byte - UInt8(ascii: "0")
        case UInt8(ascii: "a")...UInt8(ascii: "f"): byte - UInt8(ascii: "a") + 10
        case UInt8(ascii: "A")...UInt8(ascii: "F"): byte - UInt8(ascii: "A") + 10
        default: nil
        }
    }
}

/// One `"key": value` pair of an object, with the value's byte range in the document.
public struct JSONMember: Sendable {
    /// The decoded key.
    public let key: String
    /// Byte range of the value (for a string, including its quotes).
    public let valueRange: Range<Int>
    /// What kind of value it is.
    public let kind: JSONKind
}

/// A validated JSON object: its members in document order, and typed accessors over their values.
public struct JSONObject: Sendable {
    /// The whole document the object lives in.
    public let bytes: [UInt8]
    /// Members in document order; duplicates are kept as they appear.
    public let members: [JSONMember]

    /// The first member named `key`.
    public func member(_ key: String) -> JSONMember? {
        members.first { $0.key == key }
    }

    /// The decoded string value of a string member.
    public func string(_ member: JSONMember) -> String? {
        member.kind == .string ? JSONScanner.decodeString(bytes, member.valueRange) : nil
    }

    /// The boolean value of a boolean member.
    public func bool(_ member: JSONMember) -> Bool? {
        member.kind == .bool ? bytes[member.valueRange.lowerBound] == UInt8(ascii: "t") : nil
    }

    /// The value of a number member written as an integer (no fraction, no exponent) that fits in `Int`.
    public func integer(_ member: JSONMember) -> Int? {
        guard member.kind == .number else { return nil }
        return Int(String(decoding: bytes[member.valueRange], as: UTF8.self))
    }

    /// The value of a number member as a `Double`.
    public func double(_ member: JSONMember) -> Double? {
        guard member.kind == .number else { return nil }
        return Double(String(decoding: bytes[member.valueRange], as: UTF8.self))
    }

    /// The nested object held by an object member.
    public func object(_ member: JSONMember) -> JSONObject? {
        guard member.kind == .object else { return nil }
        return JSONObject(bytes: bytes, members: JSONScanner(bytes).members(ofObjectAt: member.valueRange))
    }

    /// The elements of an array member: their kinds and byte ranges.
    public func elements(_ member: JSONMember) -> [(kind: JSONKind, range: Range<Int>)] {
        guard member.kind == .array else { return [] }
        return JSONScanner(bytes).elements(ofArrayAt: member.valueRange)
    }

    /// The object at a byte range of this document (an array element, say).
    public func object(at range: Range<Int>) -> JSONObject {
        JSONObject(bytes: bytes, members: JSONScanner(bytes).members(ofObjectAt: range))
    }

    /// The decoded string at a byte range of this document.
    public func string(at range: Range<Int>) -> String {
        JSONScanner.decodeString(bytes, range)
    }
}

/// The validating state machine. A struct with an index so it stays on the stack.
private struct Cursor {
    let bytes: [UInt8]
    var index: Int

    init(bytes: [UInt8], index: Int = 0) {
        self.bytes = bytes
        self.index = index
    }

    var peek: UInt8? { index < bytes.count ? bytes[index] : nil }

    mutating func skipWhitespace() {
        while index < bytes.count {
            switch bytes[index] {
            case 0x20, 0x09, 0x0A, 0x0D: index += 1
            default: return
            }
        }
    }

    func fail(_ message: String) -> JSONSyntaxError {
        JSONSyntaxError(offset: index, message: message)
    }

    mutating func value(depth: Int) throws(JSONSyntaxError) -> JSONKind {
        guard let byte = peek else { throw fail("unexpected end of JSON input") }
        switch byte {
        case UInt8(ascii: "{"):
            try object(depth: depth + 1)
            return .object
        case UInt8(ascii: "["):
            try array(depth: depth + 1)
            return .array
        case UInt8(ascii: "\""):
            try string()
            return .string
        case UInt8(ascii: "t"):
            try literal("true")
            return .bool
        case UInt8(ascii: "f"):
            try literal("false")
            return .bool
        case UInt8(ascii: "n"):
            try literal("null")
            return .null
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"):
            try number()
            return .number
        default:
            throw fail("unexpected character '\(Character(Unicode.Scalar(byte)))'")
        }
    }

    mutating func object(depth: Int) throws(JSONSyntaxError) {
        guard depth <= JSONScanner.maximumDepth else { throw fail("JSON nested deeper than \(JSONScanner.maximumDepth) levels") }
        index += 1
        skipWhitespace()
        if peek == UInt8(ascii: "}") {
            index += 1
            return
        }
        while true {
            skipWhitespace()
            guard peek == UInt8(ascii: "\"") else { throw fail("expected a string key") }
            try string()
            skipWhitespace()
            guard peek == UInt8(ascii: ":") else { throw fail("expected ':' after object key") }
            index += 1
            skipWhitespace()
            _ = try value(depth: depth)
            skipWhitespace()
            switch peek {
            case UInt8(ascii: ","): index += 1
            case UInt8(ascii: "}"):
                index += 1
                return
            default: throw fail("expected ',' or '}' in object")
            }
        }
    }

    mutating func array(depth: Int) throws(JSONSyntaxError) {
        guard depth <= JSONScanner.maximumDepth else { throw fail("JSON nested deeper than \(JSONScanner.maximumDepth) levels") }
        index += 1
        skipWhitespace()
        if peek == UInt8(ascii: "]") {
            index += 1
            return
        }
        while true {
            skipWhitespace()
            _ = try value(depth: depth)
            skipWhitespace()
            switch peek {
            case UInt8(ascii: ","): index += 1
            case UInt8(ascii: "]"):
                index += 1
                return
            default: throw fail("expected ',' or ']' in array")
            }
        }
    }

    mutating func literal(_ word: StaticString) throws(JSONSyntaxError) {
        let count = word.utf8CodeUnitCount
        guard index + count <= bytes.count else { throw fail("unexpected end of JSON input") }
        let matches = word.withUTF8Buffer { expected in
            bytes[index..<(index + count)].elementsEqual(expected)
        }
        guard matches else { throw fail("invalid literal") }
        index += count
    }

    mutating func digits() -> Int {
        let start = index
        while let byte = peek, byte >= UInt8(ascii: "0"), byte <= UInt8(ascii: "9") { index += 1 }
        return index - start
    }

    mutating func number() throws(JSONSyntaxError) {
        if peek == UInt8(ascii: "-") { index += 1 }
        if peek == UInt8(ascii: "0") {
            index += 1
            if let byte = peek, byte >= UInt8(ascii: "0"), byte <= UInt8(ascii: "9") { throw fail("leading zero in number") }
        } else if digits() == 0 {
            throw fail("expected a digit")
        }
        if peek == UInt8(ascii: ".") {
            index += 1
            guard digits() > 0 else { throw fail("expected a digit after '.'") }
        }
        if peek == UInt8(ascii: "e") || peek == UInt8(ascii: "E") {
            index += 1
            if peek == UInt8(ascii: "+") || peek == UInt8(ascii: "-") { index += 1 }
            guard digits() > 0 else { throw fail("expected a digit in exponent") }
        }
    }

    /// Validates a string literal: escapes, no raw control characters, well-formed UTF-8.
    mutating func string() throws(JSONSyntaxError) {
        index += 1  // opening quote
        while true {
            guard index < bytes.count else { throw fail("unterminated string") }
            let byte = bytes[index]
            switch byte {
            case UInt8(ascii: "\""):
                index += 1
                return
            case UInt8(ascii: "\\"):
                try escape()
            case 0x00..<0x20:
                throw fail("control character in string")
            case 0x20..<0x80:
                index += 1
            default:
                try utf8Sequence(lead: byte)
            }
        }
    }

    mutating func escape() throws(JSONSyntaxError) {
        guard index + 1 < bytes.count else { throw fail("unterminated string") }
        switch bytes[index + 1] {
        case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"), UInt8(ascii: "b"), UInt8(ascii: "f"),
            UInt8(ascii: "n"), UInt8(ascii: "r"), UInt8(ascii: "t"):
            index += 2
        case UInt8(ascii: "u"):
            let unit = try hexEscape(at: index + 2)
            index += 6
            if (0xD800..<0xDC00).contains(unit) {
                guard index + 1 < bytes.count, bytes[index] == UInt8(ascii: "\\"), bytes[index + 1] == UInt8(ascii: "u"),
                    (0xDC00..<0xE000).contains(try hexEscape(at: index + 2))
                else { throw fail("unpaired surrogate in \\u escape") }
                index += 6
            } else if (0xDC00..<0xE000).contains(unit) {
                throw fail("unpaired surrogate in \\u escape")
            }
        default:
            throw fail("invalid escape in string")
        }
    }

    func hexEscape(at position: Int) throws(JSONSyntaxError) -> UInt32 {
        guard position + 4 <= bytes.count else { throw fail("truncated \\u escape") }
        var value: UInt32 = 0
        for byte in bytes[position..<(position + 4)] {
            guard let digit = JSONScanner.hexValue(byte) else { throw fail("invalid \\u escape") }
            value = value << 4 + UInt32(digit)
        }
        return value
    }

    /// Checks one multi-byte UTF-8 sequence (RFC 3629 § 4), rejecting overlongs and surrogates.
    mutating func utf8Sequence(lead: UInt8) throws(JSONSyntaxError) {
        let length: Int
        var lowest: UInt8 = 0x80
        var highest: UInt8 = 0xBF
        switch lead {
        case 0xC2...0xDF: length = 2
        case 0xE0:
            length = 3
            lowest = 0xA0
        case 0xE1...0xEC, 0xEE...0xEF: length = 3
        case 0xED:
            length = 3
            highest = 0x9F
        case 0xF0:
            length = 4
            lowest = 0x90
        case 0xF1...0xF3: length = 4
        case 0xF4:
            length = 4
            highest = 0x8F
        default: throw fail("invalid UTF-8 in string")
        }
        guard index + length <= bytes.count else { throw fail("invalid UTF-8 in string") }
        let second = bytes[index + 1]
        guard second >= lowest, second <= highest else { throw fail("invalid UTF-8 in string") }
        for offset in 2..<length where bytes[index + offset] & 0xC0 != 0x80 {
            throw fail("invalid UTF-8 in string")
        }
        index += length
    }
}
