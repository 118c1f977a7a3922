// SPDX-License-Identifier: Apache-2.0

/// A strict, allocation-light reader of one ledger record for the verifiers: checks that the
/// bytes are one JSON object (RFC 8259: grammar, string escapes, valid UTF-8, nesting at most
/// ``maximumDepth``) and picks out the top-level `event` and `request_id` strings.
///
/// Verifying a million records with `JSONSerialization` spent most of its time building
/// dictionaries nobody reads; this reads each byte once.
enum RecordScanner {
    /// What the verifiers need of a record.
    struct Fields: Equatable {
        var event: String?
        var requestID: String?
    }

    static let maximumDepth = 128

    /// The fields of `bytes`, or `nil` if it is not exactly one JSON object.
    static func scan(_ bytes: [UInt8]) -> Fields? {
        bytes.withUnsafeBufferPointer { buffer in
            var reader = Reader(bytes: buffer)
            reader.skipWhitespace()
            guard reader.peek == UInt8(ascii: "{"), let fields = reader.object(depth: 1, top: true) else { return nil }
            reader.skipWhitespace()
            return reader.index == buffer.count ? fields : nil
        }
    }

    private struct Reader {
        let bytes: UnsafeBufferPointer<UInt8>
        var index = 0

        init(bytes: UnsafeBufferPointer<UInt8>) { self.bytes = bytes }

        var peek: UInt8? { index < bytes.count ? bytes[index] : nil }

        mutating func skipWhitespace() {
            while index < bytes.count {
                switch bytes[index] {
                case 0x20, 0x09, 0x0A, 0x0D: index += 1
                default: return
                }
            }
        }

        /// An object at `index` (which holds `{`); at the top level, also the wanted members.
        mutating func object(depth: Int, top: Bool) -> Fields? {
            guard depth <= RecordScanner.maximumDepth else { return nil }
            index += 1
            var fields = Fields()
            skipWhitespace()
            if peek == UInt8(ascii: "}") {
                index += 1
                return fields
            }
            while true {
                skipWhitespace()
                guard peek == UInt8(ascii: "\""), let key = string() else { return nil }
                skipWhitespace()
                guard peek == UInt8(ascii: ":") else { return nil }
                index += 1
                skipWhitespace()
                let wanted = top && (equals(key, "event") || equals(key, "request_id"))
                if wanted, peek == UInt8(ascii: "\"") {
                    guard let value = string() else { return nil }
                    let text = decode(value)
                    if equals(key, "event") { fields.event = text } else { fields.requestID = text }
                } else {
                    guard self.value(depth: depth) else { return nil }
                }
                skipWhitespace()
                switch peek {
                case UInt8(ascii: ","): index += 1
                case UInt8(ascii: "}"):
                    index += 1
                    return fields
                default: return nil
                }
            }
        }

        mutating func value(depth: Int) -> Bool {
            guard let byte = peek else { return false }
            switch byte {
            case UInt8(ascii: "{"): return object(depth: depth + 1, top: false) != nil
            case UInt8(ascii: "["): return array(depth: depth + 1)
            case UInt8(ascii: "\""): return string() != nil
            case UInt8(ascii: "t"): return literal("true")
            case UInt8(ascii: "f"): return literal("false")
            case UInt8(ascii: "n"): return literal("null")
            default: return number()
            }
        }

        mutating func array(depth: Int) -> Bool {
            guard depth <= RecordScanner.maximumDepth else { return false }
            index += 1
            skipWhitespace()
            if peek == UInt8(ascii: "]") {
                index += 1
                return true
            }
            while true {
                skipWhitespace()
                guard value(depth: depth) else { return false }
                skipWhitespace()
                switch peek {
                case UInt8(ascii: ","): index += 1
                case UInt8(ascii: "]"):
                    index += 1
                    return true
                default: return false
                }
            }
        }

        mutating func literal(_ word: StaticString) -> Bool {
            let count = word.utf8CodeUnitCount
            guard index + count <= bytes.count else { return false }
            for offset in 0..<count where bytes[index + offset] != word.utf8Start[offset] { return false }
            index += count
            return true
        }

        mutating func number() -> Bool {
            if peek == UInt8(ascii: "-") { index += 1 }
            guard let first = peek, Self.isDigit(first) else { return false }
            index += 1
            if first != UInt8(ascii: "0") { digits() }
            if peek == UInt8(ascii: ".") {
                index += 1
                guard let next = peek, Self.isDigit(next) else { return false }
                digits()
            }
            if peek == UInt8(ascii: "e") || peek == UInt8(ascii: "E") {
                index += 1
                if peek == UInt8(ascii: "+") || peek == UInt8(ascii: "-") { index += 1 }
                guard let next = peek, Self.isDigit(next) else { return false }
                digits()
            }
            return true
        }

        mutating func digits() {
            while let byte = peek, Self.isDigit(byte) { index += 1 }
        }

        /// A string at `index` (which holds `"`): the range of its raw content, and whether it has escapes.
        mutating func string() -> (range: Range<Int>, escaped: Bool)? {
            index += 1
            let start = index
            var escaped = false
            while index < bytes.count {
                let byte = bytes[index]
                switch byte {
                case UInt8(ascii: "\""):
                    index += 1
                    return (start..<(index - 1), escaped)
                case UInt8(ascii: "\\"):
                    escaped = true
                    index += 1
                    guard let next = peek else { return nil }
                    switch next {
                    case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"), UInt8(ascii: "b"), UInt8(ascii: "f"), UInt8(ascii: "n"),
                        UInt8(ascii: "r"), UInt8(ascii: "t"):
                        index += 1
                    case UInt8(ascii: "u"):
                        guard index + 4 < bytes.count else { return nil }
                        for offset in 1...4 where Self.hexValue(bytes[index + offset]) == nil { return nil }
                        index += 5
                    default: return nil
                    }
                case 0x00..<0x20: return nil
                case 0x80...: guard utf8Sequence() else { return nil }
                default: index += 1
                }
            }
            return nil
        }

        /// One multi-byte UTF-8 sequence at `index`: well formed, shortest form, no surrogates.
        mutating func utf8Sequence() -> Bool {
            let lead = bytes[index]
            let length: Int
            var low: UInt8 = 0x80
            var high: UInt8 = 0xBF
            switch lead {
            case 0xC2...0xDF: length = 2
            case 0xE0:
                length = 3
                low = 0xA0
            case 0xE1...0xEC, 0xEE...0xEF: length = 3
            case 0xED:
                length = 3
                high = 0x9F
            case 0xF0:
                length = 4
                low = 0x90
            case 0xF1...0xF3: length = 4
            case 0xF4:
                length = 4
                high = 0x8F
            default: return false
            }
            guard index + length <= bytes.count else { return false }
            let second = bytes[index + 1]
            guard second >= low, second <= high else { return false }
            for offset in 2..<max(2, length) where bytes[index + offset] & 0xC0 != 0x80 { return false }
            index += length
            return true
        }

        func decode(_ string: (range: Range<Int>, escaped: Bool)) -> String {
            let raw = UnsafeBufferPointer(rebasing: bytes[string.range])
            guard string.escaped else { return String(decoding: raw, as: UTF8.self) }
            var scalars = String.UnicodeScalarView()
            var utf8: [UInt8] = []
            var position = 0
            func flush() {
                scalars.append(contentsOf: String(decoding: utf8, as: UTF8.self).unicodeScalars)
                utf8.removeAll(keepingCapacity: true)
            }
            func unit(at offset: Int) -> UInt32 {
                (0..<4).reduce(0) { $0 << 4 | UInt32(Self.hexValue(raw[offset + $1])!) }
            }
            while position < raw.count {
                guard raw[position] == UInt8(ascii: "\\") else {
                    utf8.append(raw[position])
                    position += 1
                    continue
                }
                flush()
                let kind = raw[position + 1]
                position += 2
                switch kind {
                case UInt8(ascii: "b"): scalars.append("\u{08}")
                case UInt8(ascii: "f"): scalars.append("\u{0C}")
                case UInt8(ascii: "n"): scalars.append("\n")
                case UInt8(ascii: "r"): scalars.append("\r")
                case UInt8(ascii: "t"): scalars.append("\t")
                case UInt8(ascii: "u"):
                    var value = unit(at: position)
                    position += 4
                    if (0xD800..<0xDC00).contains(value), position + 6 <= raw.count, raw[position] == UInt8(ascii: "\\"),
                        raw[position + 1] == UInt8(ascii: "u")
                    {
                        let low = unit(at: position + 2)
                        if (0xDC00..<0xE000).contains(low) {
                            value = 0x10000 + ((value - 0xD800) << 10) + (low - 0xDC00)
                            position += 6
                        }
                    }
                    scalars.append(Unicode.Scalar(value) ?? "\u{FFFD}")
                default: scalars.append(Unicode.Scalar(kind))
                }
            }
            flush()
            return String(scalars)
        }

        /// Whether a key equals `word` (comparing the decoded text when the key has escapes).
        func equals(_ key: (range: Range<Int>, escaped: Bool), _ word: StaticString) -> Bool {
            if key.escaped { return decode(key) == word.description }
            guard key.range.count == word.utf8CodeUnitCount else { return false }
            for offset in 0..<key.range.count where bytes[key.range.lowerBound + offset] != word.utf8Start[offset] { return false }
            return true
        }

        static func isDigit(_ byte: UInt8) -> Bool { byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") }

        static func hexValue(_ byte: UInt8) -> UInt8? {
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): byte - UInt8(ascii: "0")
            case UInt8(ascii: "a")...UInt8(ascii: "f"): byte - UInt8(ascii: "a") + 10
            case UInt8(ascii: "A")...UInt8(ascii: "F"): byte - UInt8(ascii: "A") + 10
            default: nil
            }
        }
    }
}
