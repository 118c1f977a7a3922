// SPDX-License-Identifier: Apache-2.0

/// Driver's license numbers: state formats vary (letters then digits, digit groups with dashes or
/// spaces, `WDL` and nine characters), so the number is whatever license-shaped token follows a
/// license context word.
enum LicenseDetector {
    static func license(_ text: ScanText, _ index: Int) -> Finding? {
        guard text.startsWord(index) else { return nil }
        // Washington: `WDL` and nine letters or digits.
        if text.has(IdentifierDetectors.washington, at: index) {
            var end = index + 3
            while Bytes.isUpper(text[end]) || Bytes.isDigit(text[end]) { end += 1 }
            if end - index == 12, text.endsWord(end) { return Finding(kind: .usDriverLicense, range: index..<end) }
        }
        var position = index
        var digits = 0
        var letters = 0
        while Bytes.isUpper(text[position]) || Bytes.isDigit(text[position]) {
            if Bytes.isDigit(text[position]) { digits += 1 } else { letters += 1 }
            position += 1
        }
        // Groups after a dash, or after a space when the groups are digits (`123 456 789`).
        while true {
            let separator = text[position]
            guard separator == 0x2D || separator == 0x20 else { break }
            let run = text.digitRun(position + 1)
            guard run >= 1, separator == 0x2D || (letters == 0 && (2...4).contains(run)) else { break }
            guard NumberDetectors.endsCleanly(text, position + 1 + run) || text[position + 1 + run] == 0x2D || text[position + 1 + run] == 0x20
            else { break }
            digits += run
            position += 1 + run
        }
        guard digits >= 5, letters <= 3, position - index >= 7, position - index <= 24, text.endsWord(position) else { return nil }
        return Finding(kind: .usDriverLicense, range: index..<position)
    }
}

/// Detectors for identifiers written as words: e-mail addresses, AWS keys, API tokens, IPv6
/// addresses, and the letter-led forms of passports and driver's licenses.
enum IdentifierDetectors {
    /// At an `@`: the address around it, if it has a local part and a dotted domain with a
    /// letters-only top-level label, and is not an SSH remote (`git@github.com:org/repo`).
    static func email(_ text: ScanText, at: Int) -> Finding? {
        func isLocal(_ b: UInt8) -> Bool { Bytes.isAlnum(b) || b == 0x2E || b == 0x5F || b == 0x25 || b == 0x2B || b == 0x2D }
        var start = at
        while start > 0, isLocal(text[start - 1]) { start -= 1 }
        while start < at, text[start] == 0x2E { start += 1 }
        guard start < at else { return nil }
        var end = at + 1
        var lastDot = -1
        while Bytes.isAlnum(text[end]) || text[end] == 0x2D || (text[end] == 0x2E && Bytes.isAlnum(text[end + 1])) {
            if text[end] == 0x2E { lastDot = end }
            end += 1
        }
        guard lastDot > at + 1, end - lastDot - 1 >= 2 else { return nil }
        for position in (lastDot + 1)..<end where !Bytes.isLetter(text[position]) { return nil }
        // `git@github.com:org/repo.git`: an SSH remote's user and host, with its path after the `:`.
        if text[end] == 0x3A, Bytes.isAlnum(text[end + 1]) || text[end + 1] == 0x2F || text[end + 1] == 0x7E { return nil }
        return Finding(kind: .email, range: start..<end)
    }

    static let accessKeyPrefixes = ["AKIA", "ASIA", "AIDA", "AROA", "AIPA", "ANPA", "ANVA", "AGPA"].map { [UInt8]($0.utf8) }
    static let washington = [UInt8]("WDL".utf8)
    static let sendGrid = [UInt8]("SG.".utf8)

    /// `AKIA`/`ASIA` (and AWS's other key-id prefixes) and 16 base32 characters.
    static func awsAccessKey(_ text: ScanText, _ index: Int) -> Finding? {
        guard text[index] == 0x41, text.startsWord(index), accessKeyPrefixes.contains(where: { text.has($0, at: index) }) else { return nil }
        var position = index + 4
        while Bytes.isUpper(text[position]) || (text[position] >= 0x32 && text[position] <= 0x37) { position += 1 }
        guard position - index == 20, text.endsWord(position) else { return nil }
        return Finding(kind: .awsAccessKey, range: index..<position)
    }

    /// Forty characters of base64 (`A–Z a–z 0–9 / +`) standing alone, mixing cases with digits
    /// or with `/` and `+` (so a 40-hex git SHA is not one, and neither is a run of words). One
    /// in about four thousand keys has letters only: such a one counts when a name with
    /// `secret` in it is assigned it (`"secret_access_key": "…"`, `aws_secret_access_key=…`).
    static func awsSecretKey(_ text: ScanText, _ index: Int) -> Finding? {
        func isKey(_ b: UInt8) -> Bool { Bytes.isAlnum(b) || b == 0x2F || b == 0x2B }
        // Forty key characters exactly: check the ends and a few points between before walking.
        guard isKey(text[index + 39]), !isKey(text[index + 40]), !isKey(text[index - 1]), isKey(text[index + 8]), isKey(text[index + 16]),
            isKey(text[index + 24]), isKey(text[index + 32])
        else { return nil }
        var position = index
        var upper = 0
        var lower = 0
        var others = 0  // digits, `/` and `+`
        while isKey(text[position]) {
            let b = text[position]
            if Bytes.isUpper(b) { upper += 1 } else if Bytes.isLower(b) { lower += 1 } else { others += 1 }
            position += 1
        }
        guard position - index == 40, text[position] != 0x3D, upper >= 2, lower >= 2, others >= 1 || assignedToSecret(text, index) else {
            return nil
        }
        return Finding(kind: .awsSecretKey, range: index..<position)
    }

    static let secret = [UInt8]("secret".utf8)

    /// Whether the value at `index` is assigned to a name with `secret` in it: back past an
    /// opening quote, spaces, `=` or `:` and a closing quote, the identifier before holds it.
    static func assignedToSecret(_ text: ScanText, _ index: Int) -> Bool {
        var end = index
        if text[end - 1] == 0x22 || text[end - 1] == 0x27 { end -= 1 }
        while text[end - 1] == 0x20 { end -= 1 }
        guard text[end - 1] == 0x3D || text[end - 1] == 0x3A else { return false }
        end -= 1
        while text[end - 1] == 0x20 { end -= 1 }
        if text[end - 1] == 0x22 || text[end - 1] == 0x27 { end -= 1 }
        var start = end
        while start > max(0, end - 48), Bytes.isAlnum(text[start - 1]) || text[start - 1] == 0x5F || text[start - 1] == 0x2D { start -= 1 }
        return (start...max(start, end - secret.count)).contains { text.matches(secret, at: $0) }
    }

    /// Known token formats: OpenAI `sk-` / `sk-proj-`, Anthropic `sk-ant-`, GitHub `ghp_` /
    /// `gho_` / `ghs_` / `ghu_` / `ghr_` / `github_pat_`, Slack `xox?-` / `xapp-`, Google `AIza`,
    /// GitLab `glpat-` / `glptt-`, Stripe `sk_live_` / `rk_live_` / `sk_test_` / `rk_test_` /
    /// `whsec_`, Hugging Face `hf_`, npm `npm_`, PyPI `pypi-`, DigitalOcean `dop_v1_`, Shopify
    /// `shpat_`, Databricks `dapi`, SendGrid `SG.` (its one inner dot included); each with the
    /// least length its issuer's tokens have after the prefix.
    static let tokenPrefixes: [(prefix: [UInt8], minimum: Int)] =
        ([
            ("sk-proj-", 40), ("sk-ant-", 40), ("sk-", 32), ("ghp_", 36), ("gho_", 36), ("ghs_", 36), ("ghu_", 36), ("ghr_", 36),
            ("github_pat_", 60), ("xoxb-", 30), ("xoxp-", 30), ("xoxa-", 30), ("xoxs-", 30), ("xapp-", 30), ("AIza", 35), ("glpat-", 20),
            ("glptt-", 20), ("sk_live_", 24), ("rk_live_", 24), ("sk_test_", 24), ("rk_test_", 24), ("whsec_", 32), ("hf_", 30),
            ("npm_", 36), ("pypi-", 50), ("dop_v1_", 64), ("shpat_", 32), ("dapi", 32), ("SG.", 60),
        ] as [(String, Int)]).map { (Array($0.0.utf8), $0.1) }

    /// Whether a token can start with these two bytes: every prefix begins with one of these
    /// pairs, so most words are out before any comparison.
    @inline(__always) static func mayStartToken(_ first: UInt8, _ second: UInt8) -> Bool {
        switch (first, second) {
        case (UInt8(ascii: "s"), UInt8(ascii: "k")), (UInt8(ascii: "g"), UInt8(ascii: "h")), (UInt8(ascii: "g"), UInt8(ascii: "i")),
            (UInt8(ascii: "g"), UInt8(ascii: "l")), (UInt8(ascii: "x"), UInt8(ascii: "o")), (UInt8(ascii: "A"), UInt8(ascii: "I")),
            (UInt8(ascii: "r"), UInt8(ascii: "k")), (UInt8(ascii: "x"), UInt8(ascii: "a")), (UInt8(ascii: "w"), UInt8(ascii: "h")),
            (UInt8(ascii: "h"), UInt8(ascii: "f")), (UInt8(ascii: "n"), UInt8(ascii: "p")), (UInt8(ascii: "p"), UInt8(ascii: "y")),
            (UInt8(ascii: "d"), UInt8(ascii: "o")), (UInt8(ascii: "s"), UInt8(ascii: "h")), (UInt8(ascii: "d"), UInt8(ascii: "a")),
            (UInt8(ascii: "S"), UInt8(ascii: "G")):
            true
        default: false
        }
    }

    static func apiToken(_ text: ScanText, _ index: Int) -> Finding? {
        guard mayStartToken(text[index], text[index + 1]), text.startsWord(index) else { return nil }
        for (prefix, minimum) in tokenPrefixes where text.has(prefix, at: index) {
            // Read up to the longest secret (``SecretDetectors/toTextEnd(_:_:_:)``).
            let limit = index + SensitiveDataScanner.longestSecret
            var position = index + prefix.count
            // SendGrid's keys are `SG.` and two parts joined by a dot.
            var dots = prefix == sendGrid ? 1 : 0
            while position < limit {
                let byte = text[position]
                if byte == 0x2E, dots > 0, Bytes.isAlnum(text[position + 1]) {
                    dots -= 1
                } else if !(Bytes.isAlnum(byte) || byte == 0x5F || byte == 0x2D) {
                    break
                }
                position += 1
            }
            guard position - index - prefix.count >= minimum else { return nil }
            // Still going at the longest secret: the rest of the text is taken with it.
            if position == limit, limit < text.count { return SecretDetectors.toTextEnd(.apiToken, index, text) }
            return Finding(kind: .apiToken, range: index..<position)
        }
        return nil
    }

    /// An IPv6 address (full, or compressed with `::`), validated by parsing; an optional
    /// `%zone` is not included.
    static func ipv6(_ text: ScanText, _ index: Int) -> Finding? {
        guard Bytes.isHex(text[index]) || text[index] == 0x3A, !Bytes.isAlnum(text[index - 1]), text[index - 1] != 0x3A else { return nil }
        // A group has at most four hex digits: a colon comes within the first five bytes.
        guard text[index] == 0x3A || text[index + 1] == 0x3A || text[index + 2] == 0x3A || text[index + 3] == 0x3A || text[index + 4] == 0x3A
        else { return nil }
        var position = index
        while Bytes.isHex(text[position]) || text[position] == 0x3A || (text[position] == 0x2E && Bytes.isDigit(text[position + 1])) {
            position += 1
        }
        // Trailing `:` belongs to the sentence ("address fe80::1:").
        var end = position
        while end > index, text[end - 1] == 0x3A, !(end - 2 >= index && text[end - 2] == 0x3A) { end -= 1 }
        guard end - index >= 3, !Bytes.isAlnum(text[end]), (index..<end).contains(where: { text[$0] == 0x3A }), parseIPv6(text, index..<end) else {
            return nil
        }
        return Finding(kind: .ipAddress, range: index..<end)
    }

    /// Validates IPv6 text at the byte level: hex groups of 1–4 digits separated by `:`, at most
    /// one `::`, an optional trailing dotted IPv4 (counting as two groups); exactly eight groups
    /// without `::`, fewer with it.
    static func parseIPv6(_ text: ScanText, _ range: Range<Int>) -> Bool {
        var groups = 0
        var compressed = false
        var letters = false
        var position = range.lowerBound
        let end = range.upperBound
        if position + 1 < end, text[position] == 0x3A, text[position + 1] == 0x3A {
            compressed = true
            position += 2
            if position == end { return false }
        }
        while position < end {
            var length = 0
            let groupStart = position
            while position < end, Bytes.isHex(text[position]) {
                if !Bytes.isDigit(text[position]) { letters = true }
                length += 1
                position += 1
            }
            if position < end, text[position] == 0x2E {
                // A dotted IPv4 tail: four decimal octets to the end.
                var octets = 0
                var cursor = groupStart
                while cursor < end {
                    var value = 0
                    var digits = 0
                    while cursor < end, Bytes.isDigit(text[cursor]) {
                        value = value * 10 + Int(text[cursor] - 0x30)
                        digits += 1
                        cursor += 1
                    }
                    guard (1...3).contains(digits), value <= 255 else { return false }
                    octets += 1
                    if cursor < end {
                        guard text[cursor] == 0x2E else { return false }
                        cursor += 1
                    }
                }
                guard octets == 4 else { return false }
                groups += 2
                position = end
                break
            }
            guard (1...4).contains(length) else { return false }
            groups += 1
            guard position < end else { break }
            guard text[position] == 0x3A else { return false }
            position += 1
            if position < end, text[position] == 0x3A {
                guard !compressed else { return false }
                compressed = true
                position += 1
            } else if position == end {
                return false
            }
        }
        if !compressed { return groups == 8 }
        // With `::`: fewer than eight groups, and not a bare clock time (`12:30` has no `::` anyway).
        return groups <= 7 && (groups >= 2 || letters)
    }

    /// A passport number written with its leading letter (`A32102591`) that a passport context
    /// word names: before it, after it, or as its table column.
    static func letterPassport(_ text: ScanText, _ index: Int) -> Finding? {
        guard text.startsWord(index), Bytes.isUpper(text[index]), text.digitRun(index + 1) == 8, text.endsWord(index + 9) else { return nil }
        // Named as a number is: by its table's column (`PASSPORT`), a label after it, the
        // nearest context word before it, or the question its line answers.
        let column = TravelDocuments.field(text, index..<(index + 9)) ?? TableHeaders.cellColumn(text, index..<(index + 9))?.kind
        let named =
            column ?? NumberDetectors.labelOrContext(text, index, end: index + 9) ?? NumberDetectors.askedBefore(text, index)
            ?? NumberDetectors.possessiveTakesKind(text, index)
        guard named == .usPassport else { return nil }
        text.lastNamedNumber = (index..<(index + 9), .usPassport)
        return Finding(kind: .usPassport, range: index..<(index + 9))
    }
}
