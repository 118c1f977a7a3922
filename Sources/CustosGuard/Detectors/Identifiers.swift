// SPDX-License-Identifier: Apache-2.0

/// Driver's license numbers: state formats vary (letters then digits, digit groups with dashes or
/// spaces, `WDL` and nine characters), so the number is whatever license-shaped token follows a
/// license context word.
enum LicenseDetector {
    static func license(_ text: ScanText, _ index: Int) -> Finding? {
        guard text.startsWord(index) else { return nil }
        // Washington: `WDL` and nine letters or digits.
        if text.has(Array("WDL".utf8), at: index) {
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
    /// letters-only top-level label.
    static func email(_ text: ScanText, at at: Int) -> Finding? {
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
        return Finding(kind: .email, range: start..<end)
    }

    /// `AKIA`/`ASIA` (and AWS's other key-id prefixes) and 16 base32 characters.
    static func awsAccessKey(_ text: ScanText, _ index: Int) -> Finding? {
        guard text.startsWord(index) else { return nil }
        let prefixes = ["AKIA", "ASIA", "AIDA", "AROA", "AIPA", "ANPA", "ANVA", "AGPA"].map { Array($0.utf8) }
        guard prefixes.contains(where: { text.has($0, at: index) }) else { return nil }
        var position = index + 4
        while Bytes.isUpper(text[position]) || (text[position] >= 0x32 && text[position] <= 0x37) { position += 1 }
        guard position - index == 20, text.endsWord(position) else { return nil }
        return Finding(kind: .awsAccessKey, range: index..<position)
    }

    /// Forty characters of base64 (`A–Z a–z 0–9 / +`) standing alone, mixing cases and digits
    /// (so a 40-hex git SHA is not one), or any such run after an AWS secret context word.
    static func awsSecretKey(_ text: ScanText, _ index: Int) -> Finding? {
        func isKey(_ b: UInt8) -> Bool { Bytes.isAlnum(b) || b == 0x2F || b == 0x2B }
        guard !isKey(text[index - 1]), text[index - 1] != 0x3D || text[index - 2] != 0x3D else { return nil }
        var position = index
        var upper = 0
        var lower = 0
        var digits = 0
        while isKey(text[position]) {
            let b = text[position]
            if Bytes.isUpper(b) { upper += 1 } else if Bytes.isLower(b) { lower += 1 } else if Bytes.isDigit(b) { digits += 1 }
            position += 1
        }
        guard position - index == 40, text[position] != 0x3D, upper >= 2, lower >= 2, digits >= 1 else { return nil }
        return Finding(kind: .awsSecretKey, range: index..<position)
    }

    /// Known token formats: OpenAI `sk-` / `sk-proj-`, GitHub `ghp_` / `gho_` / `github_pat_`,
    /// Slack `xox?-`, Google `AIza`, GitLab `glpat-`, Stripe `sk_live_` / `rk_live_`.
    static let tokenPrefixes: [(prefix: [UInt8], minimum: Int)] =
        ([
            ("sk-proj-", 40), ("sk-ant-", 40), ("sk-", 32), ("ghp_", 36), ("gho_", 36), ("ghs_", 36), ("ghu_", 36), ("github_pat_", 60),
            ("xoxb-", 30), ("xoxp-", 30), ("xoxa-", 30), ("xoxs-", 30), ("AIza", 35), ("glpat-", 20), ("sk_live_", 24), ("rk_live_", 24),
            ("sk_test_", 24),
        ] as [(String, Int)]).map { (Array($0.0.utf8), $0.1) }

    static func apiToken(_ text: ScanText, _ index: Int) -> Finding? {
        guard text.startsWord(index) else { return nil }
        for (prefix, minimum) in tokenPrefixes where text.has(prefix, at: index) {
            var position = index + prefix.count
            while Bytes.isAlnum(text[position]) || text[position] == 0x5F || text[position] == 0x2D { position += 1 }
            guard position - index - prefix.count >= minimum else { return nil }
            return Finding(kind: .apiToken, range: index..<position)
        }
        return nil
    }

    /// An IPv6 address (full, or compressed with `::`), validated by parsing; an optional
    /// `%zone` is not included.
    static func ipv6(_ text: ScanText, _ index: Int) -> Finding? {
        guard Bytes.isHex(text[index]) || text[index] == 0x3A, !Bytes.isAlnum(text[index - 1]), text[index - 1] != 0x3A else { return nil }
        var position = index
        while Bytes.isHex(text[position]) || text[position] == 0x3A || (text[position] == 0x2E && Bytes.isDigit(text[position + 1])) {
            position += 1
        }
        // Trailing `:` belongs to the sentence ("address fe80::1:").
        var end = position
        while end > index, text[end - 1] == 0x3A, !(end - 2 >= index && text[end - 2] == 0x3A) { end -= 1 }
        guard end - index >= 3, !Bytes.isAlnum(text[end]), parseIPv6(Array(text.bytes[index..<end])) else { return nil }
        return Finding(kind: .ipAddress, range: index..<end)
    }

    static func parseIPv6(_ bytes: [UInt8]) -> Bool {
        let text = String(decoding: bytes, as: UTF8.self)
        let halves = text.split(separator: "::", omittingEmptySubsequences: false)
        guard halves.count <= 2 else { return false }
        func groups(_ part: Substring) -> [Substring]? {
            part.isEmpty ? [] : part.split(separator: ":", omittingEmptySubsequences: false)
        }
        guard let head = groups(halves[0]), let tail = halves.count == 2 ? groups(halves[1]) : [] else { return false }
        var count = 0
        let all = head + tail
        for (offset, group) in all.enumerated() {
            if group.contains("."), offset == all.count - 1 {
                let octets = group.split(separator: ".", omittingEmptySubsequences: false)
                guard octets.count == 4, octets.allSatisfy({ Int($0).map { $0 <= 255 } ?? false }) else { return false }
                count += 2
            } else {
                guard (1...4).contains(group.count), group.utf8.allSatisfy(Bytes.isHex) else { return false }
                count += 1
            }
        }
        // Without `::` exactly eight groups; with it fewer, and at least one colon-separated group
        // besides (so `a::` alone, or a clock time, is not an address).
        if halves.count == 1 { return count == 8 }
        return count <= 7 && count >= 1 && (all.contains { $0.utf8.contains { !Bytes.isDigit($0) } } || count >= 2)
    }

    /// A passport number written with its leading letter (`A32102591`) after a passport context word.
    static func letterPassport(_ text: ScanText, _ index: Int) -> Finding? {
        guard text.startsWord(index), Bytes.isUpper(text[index]), text.digitRun(index + 1) == 8, text.endsWord(index + 9) else { return nil }
        guard NumberDetectors.nearestContext(text, index) == .usPassport else { return nil }
        return Finding(kind: .usPassport, range: index..<(index + 9))
    }
}
