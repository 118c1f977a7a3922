// SPDX-License-Identifier: Apache-2.0

/// Credentials that can be longer than ``SensitiveDataScanner/longestFinding``: PEM private keys,
/// JSON Web Tokens and bearer tokens in an `Authorization` header.
///
/// A whole text's answer needs nothing more. A stream's does: the redactor holds back only a
/// bounded tail, so a key still arriving must not look finished. When the scanned text is not
/// the end of its stream (``ScanText/continues``), a credential that runs to the text's end is
/// reported as a finding to the end, *open*, and the redactor holds it whole until it ends.
enum SecretDetectors {
    /// At a `-----BEGIN ` line whose label names a private key (`PRIVATE KEY`, `RSA PRIVATE KEY`,
    /// `OPENSSH PRIVATE KEY`, `ENCRYPTED PRIVATE KEY`, `PGP PRIVATE KEY BLOCK` ...): the block
    /// through its `-----END …-----` line; without one, through the last line of its body (a key
    /// cut short is still a key). The body is lines of base64, the `Proc-Type:`/`DEK-Info:` lines
    /// of an encrypted key, and the line breaks between them written as such, as `\n` inside a
    /// JSON string (a service account's `private_key`), or as single spaces (a key pasted into one
    /// line). Its first line must be at least 40 base64 characters, so a sentence that quotes a
    /// BEGIN line is not a key.
    static func privateKey(_ text: ScanText, _ index: Int) -> Finding? {
        guard text.has(begin, at: index) else { return nil }
        let limit = min(text.count, index + SensitiveDataScanner.longestSecret)
        // The label: capitals, digits and single spaces, then `-----`.
        var position = index + begin.count
        let labelStart = position
        while position < limit, isLabelByte(text[position]) { position += 1 }
        if position == text.count { return text.continues ? toTextEnd(.privateKey, index, text) : nil }
        guard text.has(dashes, at: position), contains(text, privateKeyLabel, in: labelStart..<position) else { return nil }
        position += dashes.count
        var end = position  // the end of the block so far: after its header, then after each body line
        var firstLine = true
        while position < limit {
            // Line breaks (real, or escaped inside a JSON string), or spaces between lines.
            let breakStart = position
            var brokeLine = false
            while position < limit {
                let byte = text[position]
                if byte == 0x0A || byte == 0x0D || byte == 0x09 || byte == 0x20 {
                    brokeLine = brokeLine || byte == 0x0A || byte == 0x0D
                    position += 1
                } else if byte == 0x5C, text[position + 1] == 0x6E || text[position + 1] == 0x72 {
                    brokeLine = true
                    position += 2
                } else {
                    break
                }
            }
            if position >= text.count { return text.continues ? toTextEnd(.privateKey, index, text) : firstLine ? nil : block(index, end) }
            guard position < limit else { break }
            if !firstLine, text.has(endMarker, at: position) {
                var close = position + endMarker.count
                while close < limit, isLabelByte(text[close]) { close += 1 }
                if close + dashes.count > text.count, text.continues { return toTextEnd(.privateKey, index, text) }
                if text.has(dashes, at: close) { end = close + dashes.count }
                break
            }
            if text.continues, endsWithPrefix(text, of: endMarker, at: position) { return toTextEnd(.privateKey, index, text) }
            guard position > breakStart || firstLine else { break }
            if firstLine, text.has(procType, at: position) || text.has(dekInfo, at: position) {
                // An encrypted key's header lines, before its first base64 line.
                while position < limit, text[position] != 0x0A, text[position] != 0x5C { position += 1 }
                if position == text.count { return text.continues ? toTextEnd(.privateKey, index, text) : nil }
                continue
            }
            let lineStart = position
            while position < limit, isBase64(text[position]) { position += 1 }
            let length = position - lineStart
            if position == text.count, text.continues { return toTextEnd(.privateKey, index, text) }
            // A line of base64 ends at a break or the END line: prose goes on with another word
            // (`and the rest`). In a key pasted into one line only the last part before its END
            // is short.
            guard length > 0, position >= limit || text.endsWord(position),
                firstLine
                    ? length >= 40
                    : length >= 16 || endFollows(text, position)
                        || (brokeLine && !wordFollows(text, position))
            else { break }
            end = position
            firstLine = false
        }
        if firstLine { return nil }
        // Still going at the longest secret: the rest of the text is taken with it.
        return position >= limit && limit < text.count ? toTextEnd(.privateKey, index, text) : block(index, end)
    }

    private static func block(_ start: Int, _ end: Int) -> Finding { Finding(kind: .privateKey, range: start..<end) }

    /// Whether the text ends at `index` with the first bytes of `literal`.
    private static func endsWithPrefix(_ text: ScanText, of literal: [UInt8], at index: Int) -> Bool {
        text.count - index < literal.count && (index..<text.count).allSatisfy { text[$0] == literal[$0 - index] }
    }

    /// Whether spaces and then a word on the same line follow `index`.
    private static func wordFollows(_ text: ScanText, _ index: Int) -> Bool {
        var position = index
        while text[position] == 0x20 || text[position] == 0x09 { position += 1 }
        return Bytes.isWord(text[position]) && position < text.count
    }

    /// Whether spaces and then an END line follow `index`.
    private static func endFollows(_ text: ScanText, _ index: Int) -> Bool {
        var position = index
        while text[position] == 0x20 { position += 1 }
        return text.has(endMarker, at: position)
    }

    /// At `eyJ` (base64url of `{"`): a JSON Web Token, the signed form's three base64url
    /// segments or the encrypted form's five, joined by dots, whose first segment decodes to a
    /// JSON object (printable ASCII in braces). The signature may be empty only for an unsigned
    /// token (`"alg":"none"`).
    static func jsonWebToken(_ text: ScanText, _ index: Int) -> Finding? {
        guard text[index] == 0x65, text[index + 1] == 0x79, text[index + 2] == 0x4A, text.startsWord(index) else { return nil }
        let limit = min(text.count, index + SensitiveDataScanner.longestSecret)
        var segments: [Range<Int>] = []
        var position = index
        while segments.count < 5 {
            let start = position
            if segments.isEmpty {
                // A JOSE header is short: a first segment longer than its decoding allows is no
                // header. A word can start inside a long base64url run (after a `-`); what an
                // earlier start read of the run is not read again.
                let segmentLimit = min(limit, start + headerLimit + 1)
                let known = text.base64URLRun
                if known.contains(start) { position = min(known.upperBound, segmentLimit) }
                while position < segmentLimit, isBase64URL(text[position]) { position += 1 }
                text.base64URLRun = (known.contains(start) ? known.lowerBound : start)..<max(position, known.upperBound)
            } else {
                while position < limit, isBase64URL(text[position]) { position += 1 }
            }
            segments.append(start..<position)
            // Another segment follows a dot only when something of it does (a sentence's last
            // dot is not one), except after an unsigned token's empty signature.
            guard text[position] == 0x2E, position + 1 < limit, isBase64URL(text[position + 1]) || segments.count == 2 else { break }
            position += 1
        }
        let end = segments.last!.upperBound
        // Cut off by the end of a text that goes on, perhaps just after a dot: still arriving.
        if text.continues, end == text.count || (end + 1 == text.count && text[end] == 0x2E), end - index >= 16 {
            return toTextEnd(.apiToken, index, text)
        }
        // Still going at the longest secret: the rest of the text is taken with it.
        let capped = end == limit && limit < text.count
        guard segments.count == 3 || segments.count == 5 || (capped && segments.count > 1), segments[0].count >= 16,
            segments[1].count >= 4 || capped,
            let header = decodedBase64URL(text, segments[0]), header.first == 0x7B, header.last == 0x7D,
            header.allSatisfy({ $0 >= 0x20 && $0 < 0x7F })
        else { return nil }
        if capped { return toTextEnd(.apiToken, index, text) }
        if segments.count == 3 {
            if segments[2].isEmpty {
                guard contains(header, none) else { return nil }
                return Finding(kind: .apiToken, range: index..<end)
            }
            guard segments[2].count >= 16 else { return nil }
        }
        guard text.endsWord(end) else { return nil }
        return Finding(kind: .apiToken, range: index..<end)
    }

    /// After `Bearer ` (an `Authorization` header's scheme, or a token named as one): the token,
    /// RFC 6750's characters, at least 20 of them with a digit among them (so "bearer tokens
    /// expire" is prose, not a header).
    static func bearerToken(_ text: ScanText, _ index: Int) -> Finding? {
        guard text.matches(bearer, at: index), text.startsWord(index), text[index + bearer.count] == 0x20 else { return nil }
        let start = index + bearer.count + 1
        let limit = min(text.count, start + SensitiveDataScanner.longestSecret)
        var position = start
        var digits = 0
        while position < limit, isBearerCharacter(text[position]) {
            if Bytes.isDigit(text[position]) { digits += 1 }
            position += 1
        }
        while position < limit, text[position] == 0x3D { position += 1 }
        if position == text.count, text.continues, position - start >= 16 { return toTextEnd(.apiToken, start, text) }
        guard position - start >= 20, digits > 0, position == limit || text.endsWord(position) else { return nil }
        // Still going at the longest secret: the rest of the text is taken with it.
        return position == limit && limit < text.count ? toTextEnd(.apiToken, start, text) : Finding(kind: .apiToken, range: start..<position)
    }

    /// A credential from `start` to the text's end: one cut off by the end of a text that goes on
    /// (the rest of it has not arrived), or one still going after
    /// ``SensitiveDataScanner/longestSecret`` bytes, whose end is not looked for: the rest of the
    /// text is taken as part of it, so that nothing of a credential is ever let through (fail
    /// closed; what else the rest held is redacted with it).
    static func toTextEnd(_ kind: SensitiveKind, _ start: Int, _ text: ScanText) -> Finding {
        Finding(kind: kind, range: start..<text.count)
    }

    static let begin = [UInt8]("-----BEGIN ".utf8)
    static let endMarker = [UInt8]("-----END ".utf8)
    static let dashes = [UInt8]("-----".utf8)
    static let privateKeyLabel = [UInt8]("PRIVATE KEY".utf8)
    static let procType = [UInt8]("Proc-Type:".utf8)
    static let dekInfo = [UInt8]("DEK-Info:".utf8)
    static let bearer = [UInt8]("bearer".utf8)
    static let none = [UInt8]("\"none\"".utf8)

    @inline(__always) static func isLabelByte(_ byte: UInt8) -> Bool { Bytes.isUpper(byte) || Bytes.isDigit(byte) || byte == 0x20 }
    @inline(__always) static func isBase64(_ byte: UInt8) -> Bool { Bytes.isAlnum(byte) || byte == 0x2B || byte == 0x2F || byte == 0x3D }
    @inline(__always) static func isBase64URL(_ byte: UInt8) -> Bool { Bytes.isAlnum(byte) || byte == 0x2D || byte == 0x5F }
    /// RFC 6750's `b64token`: letters, digits, `-._~+/`.
    @inline(__always) static func isBearerCharacter(_ byte: UInt8) -> Bool {
        Bytes.isAlnum(byte) || byte == 0x2D || byte == 0x2E || byte == 0x5F || byte == 0x7E || byte == 0x2B || byte == 0x2F
    }

    /// Whether the exact bytes `needle` occur within `range` of the text.
    static func contains(_ text: ScanText, _ needle: [UInt8], in range: Range<Int>) -> Bool {
        guard range.count >= needle.count else { return false }
        return (range.lowerBound...(range.upperBound - needle.count)).contains { text.has(needle, at: $0) }
    }

    static func contains(_ bytes: [UInt8], _ needle: [UInt8]) -> Bool {
        guard bytes.count >= needle.count else { return false }
        return (0...(bytes.count - needle.count)).contains { bytes[$0..<($0 + needle.count)].elementsEqual(needle) }
    }

    /// The longest JOSE header read, in base64url characters.
    static let headerLimit = 1024

    /// The bytes a base64url segment (without padding) encodes; `nil` if it is not one or is
    /// longer than ``headerLimit``.
    static func decodedBase64URL(_ text: ScanText, _ range: Range<Int>) -> [UInt8]? {
        guard range.count % 4 != 1, range.count <= headerLimit else { return nil }
        var output: [UInt8] = []
        output.reserveCapacity(range.count * 3 / 4)
        var buffer: UInt32 = 0
        var bits = 0
        for position in range {
            let byte = text[position]
            let value: UInt8
            switch byte {
            case 0x41...0x5A: value = byte - 0x41
            case 0x61...0x7A: value = byte - 0x61 + 26
            case 0x30...0x39: value = byte - 0x30 + 52
            case 0x2D: value = 62
            case 0x5F: value = 63
            default: return nil
            }
            buffer = buffer << 6 | UInt32(value)
            bits += 6
            if bits >= 8 {
                bits -= 8
                output.append(UInt8(truncatingIfNeeded: buffer >> UInt32(bits)))
            }
        }
        return output
    }
}
