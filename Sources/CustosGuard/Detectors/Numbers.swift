// SPDX-License-Identifier: Apache-2.0

/// Detectors for numbers: SSNs, phone numbers, payment cards, routing and account numbers,
/// passports, driver's licenses, dates of birth and IPv4 addresses. Each validates what it can
/// (SSN area/group/serial, NANP, Luhn and issuer prefixes, the ABA checksum, octet ranges) and
/// decides ambiguous digit strings by the nearest context word before them ("routing", "acct",
/// "passport", "DOB" ...). The context words are in ContextWords.swift, dates of birth in
/// BirthDates.swift.
enum NumberDetectors {
    // MARK: shapes

    /// Digit groups joined by one separator byte each (the same one throughout), from `index`.
    /// Allocation-free: up to six group lengths in place; the digits are read from the text only
    /// by a detector whose shape matched (``digits(_:)``).
    struct Groups {
        private(set) var count = 0
        private var storage: (Int, Int, Int, Int, Int, Int) = (0, 0, 0, 0, 0, 0)
        var separator: UInt8? = nil
        var start = 0
        var end = 0
        /// Digits in all the groups.
        private(set) var digitCount = 0

        subscript(_ group: Int) -> Int {
            switch group {
            case 0: storage.0
            case 1: storage.1
            case 2: storage.2
            case 3: storage.3
            case 4: storage.4
            default: storage.5
            }
        }

        mutating func append(_ length: Int) {
            switch count {
            case 0: storage.0 = length
            case 1: storage.1 = length
            case 2: storage.2 = length
            case 3: storage.3 = length
            case 4: storage.4 = length
            default: storage.5 = length
            }
            count += 1
            digitCount += length
        }

        /// Whether the groups have exactly these lengths.
        func isShape(_ a: Int) -> Bool { count == 1 && storage.0 == a }
        func isShape(_ a: Int, _ b: Int, _ c: Int) -> Bool { count == 3 && storage.0 == a && storage.1 == b && storage.2 == c }

        /// The digit values, in order (separators left out).
        func digits(_ text: ScanText) -> DigitString { DigitString(text, start..<end) }
    }

    static func groups(_ text: ScanText, _ index: Int, separators: (UInt8, UInt8, UInt8), maxGroups: Int = 6) -> Groups {
        var result = Groups()
        result.start = index
        var position = index
        while result.count < min(maxGroups, 6) {
            let run = text.digitRun(position)
            guard run > 0 else { break }
            result.append(run)
            position += run
            result.end = position
            let next = text[position]
            guard next == separators.0 || next == separators.1 || next == separators.2, Bytes.isDigit(text[position + 1]),
                result.separator == nil || result.separator == next
            else { break }
            result.separator = next
            position += 1
        }
        return result
    }

    /// Whether the number ending at `end` really ends there (not followed by more digits, or by
    /// a separator and digits, or a letter).
    static func endsCleanly(_ text: ScanText, _ end: Int) -> Bool {
        let next = text[end]
        if Bytes.isAlnum(next) || next == 0x5F { return false }
        if next == 0x2F, isIdentifierPair(text, slash: end) { return true }
        if (next == 0x2D || next == 0x2E || next == 0x2F) && Bytes.isDigit(text[end + 1]) { return false }
        return true
    }

    /// Whether a number starting at `index` really starts there.
    static func startsCleanly(_ text: ScanText, _ index: Int) -> Bool {
        let previous = text[index - 1]
        if index == 0 { return true }
        if Bytes.isAlnum(previous) || previous == 0x5F { return false }
        if previous == 0x2F, isIdentifierPair(text, slash: index - 1) { return true }
        if (previous == 0x2D || previous == 0x2E || previous == 0x2F) && Bytes.isDigit(text[index - 2]) { return false }
        return true
    }

    /// Whether the `/` at `slash` joins two identifiers of six digits or more
    /// (`019112426/33342471005`, a routing and an account number), not a date's or a fraction's
    /// parts: each side is a number of its own. `gap`: spaces on either side of the joiner
    /// (` & `, the `&` at `slash`).
    static func isIdentifierPair(_ text: ScanText, slash: Int, gap: Int = 0) -> Bool {
        (1...6).allSatisfy { Bytes.isDigit(text[slash - gap - $0]) && Bytes.isDigit(text[slash + gap + $0]) }
    }

    /// ` & `, which joins two labels and their two values as `/` does.
    static let ampersand = [UInt8](" & ".utf8)

    /// The kind of one of two identifiers joined by `/` (or ` & `) under two labels joined the
    /// same way (`Routing/account: 019112426/33342471005`): the first value takes the first label's
    /// kind, the second the second's. `nil` when the value is not one of such a pair.
    static func pairedLabel(_ text: ScanText, _ index: Int, end: Int) -> SensitiveKind? {
        let first: Bool
        var pairStart = index
        if text[end] == 0x2F, isIdentifierPair(text, slash: end) {
            first = true
        } else if text[index - 1] == 0x2F, isIdentifierPair(text, slash: index - 1) {
            first = false
            pairStart = index - 1
            while Bytes.isDigit(text[pairStart - 1]) { pairStart -= 1 }
        } else if text.has(ampersand, at: end), isIdentifierPair(text, slash: end + 1, gap: 1) {
            first = true  // `Routing & account: 122068645 & 000411641332`
        } else if text.has(ampersand, at: index - 3), isIdentifierPair(text, slash: index - 2, gap: 1) {
            first = false
            pairStart = index - 3
            while Bytes.isDigit(text[pairStart - 1]) { pairStart -= 1 }
        } else {
            return nil
        }
        // The context word nearest before the pair, and the one right before it across a `/`.
        let hits = text.contextHits
        guard let second = hits.lastIndex(where: { $0.end <= pairStart }), second > 0,
            hits[second].end >= max(pairStart - 40, text.sentenceStart(holding: pairStart))
        else { return nil }
        let label = hits[second - 1]
        guard
            (label.end + 1 == hits[second].start && text[label.end] == 0x2F)
                || (label.end + 3 == hits[second].start && text.has(ampersand, at: label.end))
        else { return nil }
        return first ? label.kind : hits[second].kind
    }

    // MARK: validation

    static func validSSN(_ d: DigitString) -> Bool {
        guard d.count == 9 else { return false }
        let area = Int(d[0]) * 100 + Int(d[1]) * 10 + Int(d[2])
        let group = Int(d[3]) * 10 + Int(d[4])
        let serial = Int(d[5]) * 1000 + Int(d[6]) * 100 + Int(d[7]) * 10 + Int(d[8])
        guard area != 0, area != 666, area < 900, group != 0, serial != 0 else { return false }
        // Well-known published samples (the Woolworth wallet card, advertising numbers) and repdigits.
        let all = d.prefixValue(9)
        if all == 123_456_789 || all == 78_051_120 || all == 219_099_999 { return false }
        return !d.isRepdigit
    }

    static func luhn(_ d: DigitString) -> Bool {
        var total = 0
        for offset in 0..<d.count {
            var value = Int(d[d.count - 1 - offset])
            if offset % 2 == 1 {
                value *= 2
                if value > 9 { value -= 9 }
            }
            total += value
        }
        return total % 10 == 0
    }

    /// Issuer prefixes and lengths of the major card networks.
    static func cardPrefix(_ d: DigitString) -> Bool {
        func prefix(_ n: Int) -> Int { d.prefixValue(n) }
        switch d.count {
        case 15: return prefix(2) == 34 || prefix(2) == 37
        case 14: return prefix(2) == 36 || (300...305).contains(prefix(3)) || prefix(2) == 38
        case 16, 19:
            if d[0] == 4 { return true }
            if (51...55).contains(prefix(2)) || (2221...2720).contains(prefix(4)) { return d.count == 16 }
            if prefix(4) == 6011 || prefix(2) == 65 || (644...649).contains(prefix(3)) { return true }
            return (3528...3589).contains(prefix(4))
        case 13: return d[0] == 4
        default: return false
        }
    }

    static func validABA(_ d: DigitString) -> Bool {
        guard d.count == 9 else { return false }
        let first = Int(d[0]) * 10 + Int(d[1])
        guard (0...12).contains(first) || (21...32).contains(first) || (61...72).contains(first) || first == 80 else { return false }
        let sum = 3 * (Int(d[0]) + Int(d[3]) + Int(d[6])) + 7 * (Int(d[1]) + Int(d[4]) + Int(d[7])) + Int(d[2]) + Int(d[5]) + Int(d[8])
        return sum % 10 == 0
    }

    static func validNANP(_ d: DigitString) -> Bool {
        guard d.count == 10, d[0] >= 2, d[3] >= 2 else { return false }
        // N11 service codes are not area codes or exchanges.
        if d[1] == 1 && d[2] == 1 { return false }
        if d[4] == 1 && d[5] == 1 { return false }
        return true
    }

    // MARK: detectors

    /// Every number-shaped finding starting at `index` (a digit, `(` or `+`).
    static func detect(_ text: ScanText, at index: Int, into findings: inout [Finding]) {
        let byte = text[index]
        if byte == 0x28 || byte == 0x2B {
            if let phone = phone(text, index) { findings.append(phone) }
            return
        }
        guard Bytes.isDigit(byte), startsCleanly(text, index) else { return }
        // Every number-shaped value has at least four digits within its first 24 bytes, except a
        // date written `5 Jan 1969`: short numbers (years, amounts, list numbers) stop here.
        var digitsAhead = 0
        var probe = index
        while probe < index + 24, digitsAhead < 4 {
            let next = text[probe]
            if Bytes.isDigit(next) {
                digitsAhead += 1
            } else if Bytes.isLetter(next) || next == 0x0A || next == 0x2C || next == 0 {
                break
            }
            probe += 1
        }
        if digitsAhead < 4 {
            if let date = dateOfBirth(text, index) { findings.append(date) }
            return
        }
        if let phone = phone(text, index) { findings.append(phone) }
        if let ip = ipv4(text, index) {
            findings.append(ip)
            return
        }
        if let card = creditCard(text, index) { findings.append(card) }
        if let date = dateOfBirth(text, index) { findings.append(date) }
        digitsByContext(text, index, into: &findings)
    }

    static func phone(_ text: ScanText, _ index: Int) -> Finding? {
        guard startsCleanly(text, index) || text[index] == 0x28 || text[index] == 0x2B else { return nil }
        var position = index
        // Optional country code: "+1", "1", then a space or dash (or directly "(").
        if text[position] == 0x2B {
            guard text[position + 1] == 0x31 else { return nil }
            position += 2
            if text[position] == 0x20 || text[position] == 0x2D { position += 1 }
        } else if text[position] == 0x31, text[position + 1] == 0x20 || text[position + 1] == 0x2D,
            text[position + 2] == 0x28 || Bytes.isDigit(text[position + 2])
        {
            position += 2
        }
        var digits = DigitString()
        if text[position] == 0x28 {
            guard text.digitRun(position + 1) == 3, text[position + 4] == 0x29 else { return nil }
            for offset in 1...3 { digits.append(text[position + offset] - 0x30) }
            position += 5
            if text[position] == 0x20 || text[position] == 0x2D { position += 1 }
            guard text.digitRun(position) == 3 else { return nil }
            for offset in 0..<3 { digits.append(text[position + offset] - 0x30) }
            position += 3
            guard text[position] == 0x2D || text[position] == 0x20 || text[position] == 0x2E else { return nil }
            position += 1
            guard text.digitRun(position) == 4 else { return nil }
            for offset in 0..<4 { digits.append(text[position + offset] - 0x30) }
            position += 4
        } else {
            let shape = groups(text, position, separators: (0x2D, 0x2E, 0x20), maxGroups: 3)
            // (A bare ten digits then a space and another number is still ten digits: `phone=5127443524 200`.)
            let bareTen = position == index && shape[0] == 10 && (shape.count == 1 || text[position + 10] == 0x20)
            if shape.isShape(3, 3, 4) {
                digits = shape.digits(text)
                position = shape.end
            } else if bareTen {
                digits = DigitString(text, position..<(position + 10))
                position += 10
            } else {
                return nil
            }
            // A bare ten-digit number after `#` is an order number, not a phone.
            if bareTen, text[index - 1] == 0x23 { return nil }
        }
        guard validNANP(digits), endsCleanly(text, position) else { return nil }
        // Bare, its table's column or its context may name it something else; not a birth
        // date's, which has six or eight digits (`fax records for Ann (born 03/10/1973) to
        // 4106421617`).
        // Or its label a thing's (`tracking 9666697110`).
        if position - index == 10 {
            let context = TableHeaders.cellColumn(text, index..<position)?.kind ?? labelOrContext(text, index, end: position)
            if let context, context != .phoneUS, context != .dateOfBirth { return nil }
            if labelsThing(text, index) { return nil }
        }
        return Finding(kind: .phoneUS, range: index..<position)
    }

    static func creditCard(_ text: ScanText, _ index: Int) -> Finding? {
        let shape = groups(text, index, separators: (0x20, 0x2D, 0x20), maxGroups: 5)
        guard (13...19).contains(shape.digitCount), endsCleanly(text, shape.end) else { return nil }
        let leadingFours = (0..<(shape.count - 1)).allSatisfy { shape[$0] == 4 }
        let valid =
            shape.count == 1 || (leadingFours && shape[shape.count - 1] == 4) || shape.isShape(4, 6, 5) || shape.isShape(4, 6, 4)
            || (leadingFours && shape[shape.count - 1] <= 4)
        guard valid else { return nil }
        let digits = shape.digits(text)
        guard cardPrefix(digits), luhn(digits) else { return nil }
        // A bare digit string right after an account label is the account's number, even when it
        // happens to pass Luhn with a card's prefix ("Account number: 5406000693549189"), and
        // after a form's hint in parentheses too ("Account number (up to 17 characters): …").
        if shape.count == 1, labelOrContext(text, index, end: shape.end, window: 20 + hintBefore(text, index)) == .bankAccount { return nil }
        // So is one in a table's account column.
        if shape.count == 1, TableHeaders.cellColumn(text, index..<shape.end)?.kind == .bankAccount { return nil }
        // And one given with a routing number (`it's 6533…, and the routing is 021000021`): no
        // card has one.
        if shape.count == 1, pairedWithRouting(text, shape.end) == .bankAccount { return nil }
        return Finding(kind: .creditCard, range: index..<shape.end)
    }

    /// The length of a form's hint in parentheses between a label and its colon just before
    /// `index` (`(up to 17 characters): `, `(mm/dd/yyyy): `), at most 40 bytes; else 0.
    static func hintBefore(_ text: ScanText, _ index: Int) -> Int {
        var position = index - 1
        while text[position] == 0x20 { position -= 1 }
        guard text[position] == 0x3A, text[position - 1] == 0x29 else { return 0 }
        let close = position - 1
        guard let open = text.glossOpening(closedAt: close, within: 40) else { return 0 }
        return close + 1 - open
    }

    static func ipv4(_ text: ScanText, _ index: Int) -> Finding? {
        var position = index
        var octets = 0
        var firstOctet = 0
        var address: UInt32 = 0
        while octets < 4 {
            let run = text.digitRun(position)
            guard (1...3).contains(run) else { return nil }
            var value = 0
            for offset in 0..<run { value = value * 10 + Int(text[position + offset] - 0x30) }
            guard value <= 255, run == 1 || text[position] != 0x30 else { return nil }
            if octets == 0 { firstOctet = value }
            address = address << 8 | UInt32(value)
            octets += 1
            position += run
            if octets < 4 {
                guard text[position] == 0x2E else { return nil }
                position += 1
            }
        }
        let next = text[position]
        guard !Bytes.isAlnum(next), !(next == 0x2E && Bytes.isDigit(text[position + 1])) else { return nil }
        // A hyphen and a letter after it make it part of a longer identifier (`bay 10.4.1.2-B`).
        if next == 0x2D, Bytes.isLetter(text[position + 1]) { return nil }
        // A network's block (`10.0.0.0/8`, `192.168.4.0/24`: no host bits set) names no host;
        // a host's address with its prefix (`192.168.4.17/24`) is one.
        if next == 0x2F, let prefix = prefixLength(text, position + 1), prefix < 32, address << prefix == 0 { return nil }
        // Four small numbers after "version", "build" ... are a version, not an address.
        if firstOctet < 10, text[index - 1] == 0x76 || text[index - 1] == 0x56 { return nil }
        // Or an image's tag, glued to its name by `:` (`app:7.7.29.52`), unless the name is an
        // address's key (`ip:`, `src_ip:`, `host:`).
        if firstOctet < 10, text[index - 1] == 0x3A, Bytes.isLetter(text[index - 2]) {
            let start = text.wordStart(index - 1)
            if !addressKeys.contains(where: { $0.count == index - 1 - start && text.matches($0, at: start) }) { return nil }
        }
        // (On its line: a heading's `Update` above a paragraph names no version in it.)
        if firstOctet < 10, versionWordBefore(text, index) || text.wordAfter(position, in: versionWords) {
            return nil
        }
        // Or a version column's cell.
        if firstOctet < 10, TableHeaders.cellColumn(text, index..<position)?.namesVersion == true { return nil }
        return Finding(kind: .ipAddress, range: index..<position)
    }

    /// Whether one of ``versionWords`` stands before `index` on its line, within 40 bytes, and
    /// numbers what is at `index`: not one followed by a number of its own first (`Firewall rule
    /// 12 allows 2.129.14.17`: the rule's number is 12).
    static func versionWordBefore(_ text: ScanText, _ index: Int) -> Bool {
        text.contextBefore(index, window: min(40, index - text.lineStart(index)), versionWords) { wordEnd in
            var next = wordEnd
            while next < index, text[next] == 0x20 || text[next] == 0x23 { next += 1 }
            return next >= index || !Bytes.isDigit(text[next])  // not followed by a number of its own
        }
    }

    /// The prefix length (0–32) of a CIDR block written from `index` (one or two digits, ending there).
    static func prefixLength(_ text: ScanText, _ index: Int) -> UInt32? {
        let run = text.digitRun(index)
        guard (1...2).contains(run), !Bytes.isAlnum(text[index + run]), text[index + run] != 0x2E || !Bytes.isDigit(text[index + run + 1]) else {
            return nil
        }
        let value = run == 1 ? UInt32(text[index] - 0x30) : UInt32(text[index] - 0x30) * 10 + UInt32(text[index + 1] - 0x30)
        return value <= 32 ? value : nil
    }

    /// Keys whose value is an address (``ipv4(_:_:)``: `ip:10.0.0.1` is one, `app:7.7.29.52` a tag).
    static let addressKeys = [[UInt8]](words: "ip", "ipv4", "host", "addr", "address", "server", "src", "dst", "gateway", "peer", "client")

    static let versionWords = [[UInt8]](
        words: "version",
        "section",
        "sections",
        "sec",
        "chapter",
        "clause",
        "paragraph",
        "para",
        "step",
        "figure",
        "table",
        "appendix",
        "rule",
        "versions",
        "build",
        "firmware",
        "release",
        "update",
        "updated",
        "upgrade",
        "patch",
        "agent",
        "windows",
        "ios",
        "android",
        "v",
        "revision",
        "rev",
        "ver",
        "edition",
        "subsection",
        "article",
        "part",
        "item",
        "image",
        "tag",
        "bumped",
        "upgraded",
        "downgraded",
        "pinned"
    )

    /// SSNs, routing and account numbers, passports and driver's licenses: digit strings whose
    /// meaning comes from their shape, their checksum and the nearest context word.
    static func digitsByContext(_ text: ScanText, _ index: Int, into findings: inout [Finding]) {
        // Only digit strings of an identifier's length (five digits or more, separators
        // included) need their context read.
        var digits = 0
        var position = index
        while digits < 5 {
            let run = text.digitRun(position)
            guard run > 0 else { break }
            digits += run
            position += run
            guard text[position] == 0x2D || text[position] == 0x20, Bytes.isDigit(text[position + 1]) else { break }
            position += 1
        }
        guard digits >= 5 else { return }
        digitsByContextChecked(text, index, into: &findings)
    }

    static func digitsByContextChecked(_ text: ScanText, _ index: Int, into findings: inout [Finding]) {
        let run = text.digitRun(index)
        let end = index + run
        let context =
            TravelDocuments.field(text, index..<end) ?? TableHeaders.cellColumn(text, index..<end)?.kind ?? pairedLabel(text, index, end: end)
            ?? {
                // A thing's label right before the number outranks a context word farther back
                // (`… 131 mg/dL. Ordering provider NPI 2345678901`).
                let named = labelOrContext(text, index, end: end) ?? askedBefore(text, index) ?? possessiveTakesKind(text, index)
                return named == nil || labelsThing(text, index) ? nil : named
            }()
        // Dashed or spaced SSN shape.
        for separator: UInt8 in [0x2D, 0x20] {
            let shape = groups(text, index, separators: (separator, separator, separator), maxGroups: 3)
            if shape.isShape(3, 2, 4), endsCleanly(text, shape.end), validSSN(shape.digits(text)),
                context == nil || context == .usSSN || context == .dateOfBirth || context == .phoneUS
            {
                findings.append(Finding(kind: .usSSN, range: index..<shape.end))
                if context == .usSSN { text.lastNamedNumber = (index..<shape.end, .usSSN) }
                return
            }
        }
        guard endsCleanly(text, end) || context == .usDriverLicense else { return }
        let digits = DigitString(text, index..<end)
        switch context {
        case .abaRouting? where run == 9 && validABA(digits):
            findings.append(Finding(kind: .abaRouting, range: index..<end))
        case .bankAccount? where (6...17).contains(run):
            findings.append(Finding(kind: .bankAccount, range: index..<end))
            text.lastNamedNumber = (index..<end, .bankAccount)
        case .usPassport? where run == 9:
            findings.append(Finding(kind: .usPassport, range: index..<end))
            text.lastNamedNumber = (index..<end, .usPassport)
        case .usDriverLicense?:
            // A date after a license's label (its expiry, its issue date) is not its number.
            if let license = LicenseDetector.license(text, index), numericDate(text, index) != license.range.upperBound {
                findings.append(license)
            }
        default:
            // A check's MICR line: the routing number, then the account number.
            if context == nil || context == .abaRouting {
                if run == 9, checkLineRouting(text, index, end: end) {
                    findings.append(Finding(kind: .abaRouting, range: index..<end))
                    return
                }
                if (4...17).contains(run), checkLineAccount(text, index) {
                    findings.append(Finding(kind: .bankAccount, range: index..<end))
                    return
                }
            }
            // A birth date's or a phone's label cannot name nine bare digits (a date has six or
            // eight, a phone ten): as for the dashed shape, it does not stand in an SSN's way
            // (`(name / SSN / DOB):\n- Mary Ellis / 167464386 / 1938-05-17`).
            if run == 9, validSSN(digits), context == nil || context == .usSSN || context == .dateOfBirth || context == .phoneUS,
                context != nil || !labelsThing(text, index)
            {
                findings.append(Finding(kind: .usSSN, range: index..<end))
                if context == .usSSN { text.lastNamedNumber = (index..<end, .usSSN) }
            }
        }
    }
}
