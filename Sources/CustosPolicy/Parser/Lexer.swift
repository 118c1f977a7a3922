// SPDX-License-Identifier: Apache-2.0

/// One token of Cedar policy text.
struct Token: Sendable, Equatable {
    enum Kind: Sendable, Equatable {
        case identifier(String)
        /// An unsigned integer literal (up to 2^63, so that `-9223372036854775808` can be built).
        case integer(UInt64)
        /// A string literal's raw text between the quotes (escapes not yet processed).
        case string(String)
        case symbol(String)
        /// `?principal` / `?resource`.
        case slot(String)
        case end
    }

    let kind: Kind
    let location: SourceLocation
}

/// Splits policy text into tokens; `//` comments and whitespace are skipped.
struct Lexer {
    private let scalars: [Unicode.Scalar]
    private var index = 0
    private var line = 1
    private var column = 1

    init(_ text: String) { scalars = Array(text.unicodeScalars) }

    static let symbols: [String] = [
        "::", "==", "!=", "<=", ">=", "&&", "||", "(", ")", "[", "]", "{", "}", ",", ";", ":", ".", "<", ">", "!", "+", "-", "*", "/", "%",
        "@", "=",
    ]

    mutating func tokens() throws(ParseError) -> [Token] {
        var result: [Token] = []
        while true {
            skipTrivia()
            let location = SourceLocation(line: line, column: column)
            guard index < scalars.count else {
                result.append(Token(kind: .end, location: location))
                return result
            }
            let c = scalars[index]
            if Self.isIdentifierStart(c) {
                var name = String.UnicodeScalarView()
                while index < scalars.count, Self.isIdentifierContinue(scalars[index]) { name.append(advance()) }
                result.append(Token(kind: .identifier(String(name)), location: location))
            } else if c.properties.numericType != nil, c.isASCII {
                var value: UInt64 = 0
                var overflow = false
                while index < scalars.count, scalars[index].isASCII, ("0"..."9").contains(scalars[index]) {
                    let digit = UInt64(scalars[index].value - 48)
                    let (times, o1) = value.multipliedReportingOverflow(by: 10)
                    let (sum, o2) = times.addingReportingOverflow(digit)
                    overflow = overflow || o1 || o2
                    value = sum
                    _ = advance()
                }
                guard !overflow, value <= UInt64(Int64.max) + 1 else {
                    throw ParseError(location: location, message: "integer literal is too large")
                }
                result.append(Token(kind: .integer(value), location: location))
            } else if c == "\"" {
                _ = advance()
                var raw = String.UnicodeScalarView()
                var closed = false
                while index < scalars.count {
                    let s = advance()
                    if s == "\"" {
                        closed = true
                        break
                    }
                    raw.append(s)
                    if s == "\\", index < scalars.count { raw.append(advance()) }
                }
                guard closed else { throw ParseError(location: location, message: "string literal is not closed") }
                result.append(Token(kind: .string(String(raw)), location: location))
            } else if c == "?" {
                _ = advance()
                var name = String.UnicodeScalarView()
                while index < scalars.count, Self.isIdentifierContinue(scalars[index]) { name.append(advance()) }
                result.append(Token(kind: .slot(String(name)), location: location))
            } else if let symbol = Self.symbols.first(where: matches) {
                for _ in symbol.unicodeScalars { _ = advance() }
                result.append(Token(kind: .symbol(symbol), location: location))
            } else {
                throw ParseError(location: location, message: "unexpected character `\(c)`")
            }
        }
    }

    private func matches(_ symbol: String) -> Bool {
        var offset = index
        for s in symbol.unicodeScalars {
            guard offset < scalars.count, scalars[offset] == s else { return false }
            offset += 1
        }
        return true
    }

    private mutating func advance() -> Unicode.Scalar {
        let s = scalars[index]
        index += 1
        if s == "\n" {
            line += 1
            column = 1
        } else {
            column += 1
        }
        return s
    }

    private mutating func skipTrivia() {
        while index < scalars.count {
            let c = scalars[index]
            if c == " " || c == "\t" || c == "\n" || c == "\r" {
                _ = advance()
            } else if c == "/", index + 1 < scalars.count, scalars[index + 1] == "/" {
                while index < scalars.count, scalars[index] != "\n" { _ = advance() }
            } else {
                return
            }
        }
    }

    static func isIdentifierStart(_ c: Unicode.Scalar) -> Bool {
        c == "_" || ("a"..."z").contains(c) || ("A"..."Z").contains(c)
    }

    static func isIdentifierContinue(_ c: Unicode.Scalar) -> Bool {
        isIdentifierStart(c) || ("0"..."9").contains(c)
    }
}

/// Cedar string escapes (Rust-style): `\n \r \t \\ \0 \' \" \xHH` (HH ≤ 7F) and `\u{1-6 hex}`;
/// in `like` patterns `\*` is a literal star.
enum StringEscapes {
    enum Piece: Equatable {
        case scalar(Unicode.Scalar)
        case literalStar
    }

    static func unescape(_ raw: String, pattern: Bool) -> [Piece]? {
        let s = Array(raw.unicodeScalars)
        var out: [Piece] = []
        var i = 0
        while i < s.count {
            guard s[i] == "\\" else {
                out.append(.scalar(s[i]))
                i += 1
                continue
            }
            guard i + 1 < s.count else { return nil }
            let e = s[i + 1]
            i += 2
            switch e {
            case "n": out.append(.scalar("\n"))
            case "r": out.append(.scalar("\r"))
            case "t": out.append(.scalar("\t"))
            case "\\": out.append(.scalar("\\"))
            case "0": out.append(.scalar("\0"))
            case "'": out.append(.scalar("'"))
            case "\"": out.append(.scalar("\""))
            case "*" where pattern: out.append(.literalStar)
            case "x":
                guard i + 2 <= s.count, let value = UInt32(String(String.UnicodeScalarView(s[i..<(i + 2)])), radix: 16), value <= 0x7F else {
                    return nil
                }
                out.append(.scalar(Unicode.Scalar(value)!))
                i += 2
            case "u":
                guard i < s.count, s[i] == "{", let close = s[i...].firstIndex(of: "}") else { return nil }
                let digits = String(String.UnicodeScalarView(s[(i + 1)..<close]))
                guard (1...6).contains(digits.count), let value = UInt32(digits, radix: 16), let scalar = Unicode.Scalar(value) else { return nil }
                out.append(.scalar(scalar))
                i = close + 1
            default: return nil
            }
        }
        return out
    }

    static func string(_ raw: String) -> String? {
        guard let pieces = unescape(raw, pattern: false) else { return nil }
        var view = String.UnicodeScalarView()
        for case .scalar(let s) in pieces { view.append(s) }
        return String(view)
    }
}
