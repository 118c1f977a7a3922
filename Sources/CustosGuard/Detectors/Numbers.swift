// SPDX-License-Identifier: Apache-2.0

/// Detectors for numbers: SSNs, phone numbers, payment cards, routing and account numbers,
/// passports, driver's licenses, dates of birth and IPv4 addresses. Each validates what it can
/// (SSN area/group/serial, NANP, Luhn and issuer prefixes, the ABA checksum, octet ranges) and
/// decides ambiguous digit strings by the nearest context word before them ("routing", "acct",
/// "passport", "DOB" ...).
enum NumberDetectors {
    /// Context words per kind, lowercase. The nearest one before a number (within a short window)
    /// says what the number is.
    static let context: [(SensitiveKind, [[UInt8]])] = [
        (
            .usSSN,
            [[UInt8]](
                words: "ssn",
                "ss#",
                "ss #",
                "ssn#",
                "social security",
                "social",
                "soc sec",
                "ss no",
                "s.s. no",
                "s.s. #",
                "s.s.#",
                "taxpayer id",
                "tin",
                // Plurals: "SSNs such as …", "TINs".
                "ssns",
                "tins"
                // (Spanish's "número de seguro social" ends with "social".)
            )
        ),
        (.abaRouting, [[UInt8]](words: "routing", "aba", "rtn", "routing #", "transit", "rtng", "ruta")),
        // DDA: a bank's demand deposit (checking) account.
        (
            .bankAccount,
            [[UInt8]](
                words: "account",
                "accounts",
                "acct",
                "accts",
                "acct.",
                "acct #",
                "a/c",
                "checking",
                "savings",
                "dda",
                "cuenta",
                "cuentas",
                // As people misspell them.
                "acount",
                "accout"
            )
        ),
        (.usPassport, [[UInt8]](words: "passport", "passports", "pp#", "pp #", "ppt", "pasaporte", "pasport")),
        (
            .usDriverLicense,
            [[UInt8]](words: "driver's license", "drivers license", "driver license", "dl", "dl #", "license", "licence", "dln", "licencia")
        ),
        (
            .dateOfBirth,
            [[UInt8]](
                words: "dob",
                "d.o.b",
                "d.o.b.",
                "date of birth",
                "date_of_birth",
                "birth date",
                "birth_date",
                "birthdate",
                "born",
                "birthday",
                "birthdays",
                "birthdates",
                "dobs",
                "birth",
                "bday",
                "b.",
                "b-day",
                "fecha de nacimiento",
                "nacimiento",
                "nació",
                "nacido",
                "nacida"
            )
        ),
        (
            .phoneUS,
            [[UInt8]](
                words: "phone",
                "phones",
                "ph",
                "tel",
                "cell",
                "mobile",
                "call",
                "callback",
                "fax",
                "teléfono",
                "telefono",
                "celular",
                "llame",
                "reached at",
                "text",
                "contact number",
                "contact no",
                "contact #"
            )
        ),
    ]

    /// The kind whose context word ends nearest before `index`, within `window` bytes and the
    /// same sentence.
    static func nearestContext(_ text: ScanText, _ index: Int, window: Int = 40) -> SensitiveKind? {
        var nearest: SensitiveKind?
        visitContext(text, before: index, window: window) { kind in
            nearest = kind
            return true
        }
        return nearest
    }

    /// The kind a label in parentheses right after a value names (`5522142883 (checking
    /// account)`, `225992113 (routing)`, `1957-09-12 (DOB)`): a context word among the label's
    /// words. It names this value alone, so it outranks the context before it. The label is
    /// read no further than ``labelReach`` bytes past the value, within what a stream holds back
    /// after a match.
    static func labelAfter(_ text: ScanText, _ end: Int) -> SensitiveKind? {
        var position = end
        if text[position] == 0x20 { position += 1 }
        guard text[position] == 0x28 else { return statedLabel(text, end) }
        let limit = end + labelReach
        var close = position + 1
        while close < limit, text[close] != 0x29 {
            // A label names the value; it holds no value of its own (`(routing number 246690973)`).
            guard text[close] >= 0x20, text[close] != 0x28, !Bytes.isDigit(text[close]) else { return nil }
            close += 1
        }
        guard close < limit else { return nil }
        var word = position + 1
        while word < close {
            if Bytes.isLetter(text[word]), text.startsWord(word),
                let (_, kind) = text.contextWord(at: word, accepts: { end, _ in end <= close && text.endsWord(end) })
            {
                return kind
            }
            word += 1
        }
        return nil
    }

    /// How far past a value its label in parentheses may reach (``labelAfter(_:_:)``).
    static let labelReach = 31

    /// The kind a sentence goes on to call the value (`021000021 is my routing number`, `Is
    /// 021000021 a valid routing number?`, `05/05/1950 was his birthday`, `Use 021000021 as the
    /// routing`, `406952415 - that's the passport number`): after one space (or a dash between
    /// spaces), up to three of ``linkingWords`` in lowercase, then a context word in any case
    /// (`is the DOB`), all within ``labelReach`` bytes.
    static func statedLabel(_ text: ScanText, _ end: Int) -> SensitiveKind? {
        guard text[end] == 0x20 else { return nil }
        let limit = end + labelReach
        var word = end + 1
        if text[word] == 0x2D, text[word + 1] == 0x20 { word += 2 }
        var linked = 0
        while linked <= 3, word < limit, Bytes.isLetter(text[word]) {
            if linked > 0, let (_, kind) = text.contextWord(at: word, accepts: { wordEnd, _ in wordEnd <= limit && text.endsWord(wordEnd) }) {
                return kind
            }
            // Most words after a number are no linking word: out by their length first.
            var length = text.letterRunEnd(word) - word
            if text[word + length] == 0x27, text[word + length + 1] == 0x73 { length += 2 }  // `that's`
            guard Bytes.isLower(text[word]), length <= 7, text[word + length] == 0x20,
                linkingWords.contains(where: { $0.count == length && text.matches($0, at: word) })
            else { return nil }
            word += length + 1
            linked += 1
        }
        return nil
    }

    /// Words between a value and what the sentence calls it (``statedLabel(_:_:)``).
    static let linkingWords = [[UInt8]](
        words: "is",
        "was",
        "a",
        "an",
        "the",
        "my",
        "his",
        "her",
        "their",
        "our",
        "your",
        "valid",
        "correct",
        "real",
        "right",
        "wrong",
        "old",
        "new",
        "current",
        "actual",
        "full",
        "as",
        "that's",
        "it's"
    )

    /// The kind a number's context gives it: its label in parentheses right after it, else the
    /// nearest context word before it (``nearestContext(_:_:window:)``).
    static func labelOrContext(_ text: ScanText, _ index: Int, end: Int, window: Int = 40) -> SensitiveKind? {
        labelAfter(text, end) ?? nearestContext(text, index, window: window)
    }

    /// Whether a context word of `kind` ends within `window` bytes before `index`, in the same
    /// sentence (not only the nearest one, as ``nearestContext(_:_:window:)`` answers).
    /// With `endingWithin`, the word need only end within the window (a long label, `birth
    /// date is`, can start before it).
    static func context(_ kind: SensitiveKind, before text: ScanText, _ index: Int, window: Int, endingWithin: Bool = false) -> Bool {
        var found = false
        visitContext(text, before: index, window: window, endingWithin: endingWithin) { hit in
            found = hit == kind
            return found
        }
        return found
    }

    /// Calls `visit` with the kind of each context word within `window` bytes before `index`
    /// (starting within them, or only ending within them when `endingWithin`) and in the same
    /// sentence, nearest first, until it returns true.
    private static func visitContext(
        _ text: ScanText,
        before index: Int,
        window: Int,
        endingWithin: Bool = false,
        _ visit: (SensitiveKind) -> Bool
    ) {
        let hits = text.contextHits
        guard !hits.isEmpty else { return }
        let floor = max(text.sentenceStart(holding: index), index - window)
        // The last hit ending at or before `index`.
        var low = 0
        var high = hits.count
        while low < high {
            let middle = (low + high) / 2
            if hits[middle].end <= index { low = middle + 1 } else { high = middle }
        }
        var candidate = low - 1
        while candidate >= 0, hits[candidate].end >= floor {
            if endingWithin || hits[candidate].start >= floor, visit(hits[candidate].kind) { return }
            candidate -= 1
        }
    }

    /// Context words by their first two bytes (``contextSlot(_:_:)``), longest first
    /// (``ScanText/contextWord(at:accepts:)``): a word is compared only with the few that start
    /// as it does.
    static let contextByStart: [[(word: [UInt8], kind: SensitiveKind)]] = {
        var table = [[(word: [UInt8], kind: SensitiveKind)]](repeating: [], count: 32 << 7)
        for (kind, words) in context {
            for word in words { table[contextSlot(word[0], word.count > 1 ? word[1] : 0)].append((word, kind)) }
        }
        return table.map { $0.sorted { $0.word.count > $1.word.count } }
    }()

    /// The slot of a word's first letter and second byte, either case (bytes outside ASCII share
    /// slots; a match is still compared byte by byte).
    @inline(__always) static func contextSlot(_ first: UInt8, _ second: UInt8) -> Int {
        Int((Bytes.lower(first) &- 0x61) & 31) << 7 | Int(Bytes.lower(second) & 0x7F)
    }

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
    /// parts: each side is a number of its own.
    static func isIdentifierPair(_ text: ScanText, slash: Int) -> Bool {
        (1...6).allSatisfy { Bytes.isDigit(text[slash - $0]) && Bytes.isDigit(text[slash + $0]) }
    }

    /// The kind of one of two identifiers joined by `/` under two labels joined the same way
    /// (`Routing/account: 019112426/33342471005`): the first value takes the first label's
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
        } else {
            return nil
        }
        // The context word nearest before the pair, and the one right before it across a `/`.
        let hits = text.contextHits
        guard let second = hits.lastIndex(where: { $0.end <= pairStart }), second > 0,
            hits[second].end >= max(pairStart - 40, text.sentenceStart(holding: pairStart))
        else { return nil }
        let label = hits[second - 1]
        guard label.end + 1 == hits[second].start, text[label.end] == 0x2F else { return nil }
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
            if shape.isShape(3, 3, 4) || (shape.isShape(10) && position == index) {
                digits = shape.digits(text)
                position = shape.end
            } else {
                return nil
            }
            // A bare ten-digit number after `#` is an order number, not a phone.
            if shape.isShape(10), text[index - 1] == 0x23 { return nil }
        }
        guard validNANP(digits), endsCleanly(text, position) else { return nil }
        if position - index == 10, let context = labelOrContext(text, index, end: position), context != .phoneUS { return nil }
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
        return Finding(kind: .creditCard, range: index..<shape.end)
    }

    /// The length of a form's hint in parentheses between a label and its colon just before
    /// `index` (`(up to 17 characters): `, `(mm/dd/yyyy): `), at most 40 bytes; else 0.
    static func hintBefore(_ text: ScanText, _ index: Int) -> Int {
        var position = index - 1
        while text[position] == 0x20 { position -= 1 }
        guard text[position] == 0x3A, text[position - 1] == 0x29 else { return 0 }
        let close = position - 1
        var open = close - 1
        while open > close - 40, open >= 0, text[open] != 0x28, text[open] != 0x29, text[open] != 0x0A { open -= 1 }
        return text[open] == 0x28 ? close + 1 - open : 0
    }

    static func ipv4(_ text: ScanText, _ index: Int) -> Finding? {
        var position = index
        var octets = 0
        var firstOctet = 0
        while octets < 4 {
            let run = text.digitRun(position)
            guard (1...3).contains(run) else { return nil }
            var value = 0
            for offset in 0..<run { value = value * 10 + Int(text[position + offset] - 0x30) }
            guard value <= 255, run == 1 || text[position] != 0x30 else { return nil }
            if octets == 0 { firstOctet = value }
            octets += 1
            position += run
            if octets < 4 {
                guard text[position] == 0x2E else { return nil }
                position += 1
            }
        }
        let next = text[position]
        guard !Bytes.isAlnum(next), !(next == 0x2E && Bytes.isDigit(text[position + 1])) else { return nil }
        // Four small numbers after "version", "build" ... are a version, not an address.
        if firstOctet < 10, text[index - 1] == 0x76 || text[index - 1] == 0x56 { return nil }
        // Or an image's tag, glued to its name by `:` (`app:7.7.29.52`), unless the name is an
        // address's key (`ip:`, `src_ip:`, `host:`).
        if firstOctet < 10, text[index - 1] == 0x3A, Bytes.isLetter(text[index - 2]) {
            let start = text.wordStart(index - 1)
            if !addressKeys.contains(where: { $0.count == index - 1 - start && text.matches($0, at: start) }) { return nil }
        }
        if firstOctet < 10, text.contextBefore(index, window: 40, versionWords) || text.wordAfter(position, in: versionWords) { return nil }
        return Finding(kind: .ipAddress, range: index..<position)
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
        "item"
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
        let inCell = TableHeaders.inCell(text, index, end)
        let context =
            (inCell ? TableHeaders.column(text, index)?.kind : nil) ?? pairedLabel(text, index, end: end) ?? labelOrContext(text, index, end: end)
        // Dashed or spaced SSN shape.
        for separator: UInt8 in [0x2D, 0x20] {
            let shape = groups(text, index, separators: (separator, separator, separator), maxGroups: 3)
            if shape.isShape(3, 2, 4), endsCleanly(text, shape.end), validSSN(shape.digits(text)),
                context == nil || context == .usSSN || context == .dateOfBirth || context == .phoneUS
            {
                findings.append(Finding(kind: .usSSN, range: index..<shape.end))
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
        case .usPassport? where run == 9:
            findings.append(Finding(kind: .usPassport, range: index..<end))
        case .usDriverLicense?:
            // A date after a license's label (its expiry, its issue date) is not its number.
            if let license = LicenseDetector.license(text, index), numericDate(text, index) != license.range.upperBound {
                findings.append(license)
            }
        default:
            // A birth date's or a phone's label cannot name nine bare digits (a date has six or
            // eight, a phone ten): as for the dashed shape, it does not stand in an SSN's way
            // (`(name / SSN / DOB):\n- Mary Ellis / 167464386 / 1938-05-17`).
            if run == 9, validSSN(digits), context == nil || context == .usSSN || context == .dateOfBirth || context == .phoneUS {
                findings.append(Finding(kind: .usSSN, range: index..<end))
            }
        }
    }

    // MARK: dates of birth

    static let months = [[UInt8]](
        words: "january",
        "february",
        "march",
        "april",
        "may",
        "june",
        "july",
        "august",
        "september",
        "october",
        "november",
        "december"
    )

    /// A date (`1/5/1969`, `1969-01-05`, `01-05-1969`, `January 5, 1969`, `5 Jan 1969`) that the
    /// nearest context calls a date of birth. The month-name forms start at a letter; see
    /// ``dateOfBirthWord(_:_:)``.
    static func dateOfBirth(_ text: ScanText, _ index: Int) -> Finding? {
        guard let end = numericDate(text, index) ?? dayMonthYear(text, index) else { return nil }
        guard isBirthContext(text, index..<end) else { return nil }
        text.lastBirthDate = index..<end
        return Finding(kind: .dateOfBirth, range: index..<end)
    }

    static func dateOfBirthWord(_ text: ScanText, _ index: Int) -> Finding? {
        guard text.startsWord(index), let end = monthDayYear(text, index), isBirthContext(text, index..<end) else { return nil }
        text.lastBirthDate = index..<end
        return Finding(kind: .dateOfBirth, range: index..<end)
    }

    /// A date is a date of birth when a birth word comes shortly before it in the same sentence,
    /// even with another context word between ("The DOB on the account is 04/18/1969"): a date
    /// cannot be an account or routing number.
    ///
    /// A date right after a deadline's word is a deadline, whatever came before ("DOB
    /// (05/23/1957) by 6/22/2023"); a date another follows in the same breath is not ("his birth
    /// date is 1/14/2019; mine is 07-04-1965"). A label in parentheses right after the date
    /// (`1957-09-12 (DOB)`) makes it a birth date, and so does a name right before it in
    /// parentheses (`Pt Dana Shah (11/08/1944)`).
    static func isBirthContext(_ text: ScanText, _ date: Range<Int>) -> Bool {
        if context(.dateOfBirth, before: text, date.lowerBound, window: 24, endingWithin: true), !labelledEarlierDate(text, date) {
            return !afterDeadlineWord(text, date.lowerBound)
        }
        if labelAfter(text, date.upperBound) == .dateOfBirth || afterName(text, date) { return true }
        if continuesBirthDates(text, date) { return !afterDeadlineWord(text, date.lowerBound) }
        if TableHeaders.inCell(text, date.lowerBound, date.upperBound), let column = TableHeaders.column(text, date.lowerBound) {
            return column.isBirthDate
        }
        // A row with no header that a person's name opens: a record of them, and the date in a
        // cell of its own is when they were born (`Ryan Ruiz,310-87-5276,02/09/1947,...`, `1)
        // Jean Henderson, 557-16-1570, 02/25/1991`, `- John Stanton / 240-97-8954 / 06/19/1985`).
        return TableHeaders.isWholeCell(text, date) && TableHeaders.rowOpensWithName(text, text.lineStart(date.lowerBound))
    }

    /// Whether the date goes on a list a birth date starts, in the same sentence: only spaces,
    /// `,` `;`, labels in parentheses, ``listWords`` and possessives (`my son's is`) between them ("Dates of birth:
    /// 1998-05-20 (primary) and 4/13/2017 (dependent)"; "his birth date is 1/14/2019; mine is
    /// 07-04-1965"). At most 40 bytes apart, within what a stream keeps before a value.
    static func continuesBirthDates(_ text: ScanText, _ date: Range<Int>) -> Bool {
        guard let previous = text.lastBirthDate, previous.upperBound < date.lowerBound, date.lowerBound - previous.upperBound <= 40,
            text.sentenceStart(holding: date.lowerBound) <= previous.lowerBound
        else { return false }
        var position = previous.upperBound
        while position < date.lowerBound {
            let byte = text[position]
            if byte == 0x20 || byte == 0x2C || byte == 0x3B {
                position += 1
            } else if byte == 0x28 {
                // A label in parentheses, letters and spaces only (`(primary)`).
                position += 1
                while Bytes.isLetter(text[position]) || text[position] == 0x20 { position += 1 }
                guard text[position] == 0x29 else { return false }
                position += 1
            } else if let word = listWords.first(where: { text.matches($0, at: position) && text.endsWord(position + $0.count) }),
                text.startsWord(position)
            {
                position += word.count
            } else if Bytes.isLower(text[position]), text.startsWord(position), case let end = text.letterRunEnd(position),
                text[end] == 0x27, text[end + 1] == 0x73, text.endsWord(end + 2)
            {
                // Whose date the next one is: `my son's is 01/12/2017`.
                position = end + 2
            } else {
                return false
            }
        }
        return true
    }

    /// Whether a birth date found earlier lies between the date and the birth label before it:
    /// the label named that one, and this date is a birth date only as a list goes on ("Born
    /// 1/1/1980 and hired 3/4/2010").
    static func labelledEarlierDate(_ text: ScanText, _ date: Range<Int>) -> Bool {
        guard let previous = text.lastBirthDate, previous.upperBound <= date.lowerBound, date.lowerBound - previous.upperBound < 24 else {
            return false
        }
        // Hits are sorted by end and noted only as the pass reaches them: the last few are the ones between.
        for hit in text.contextHits.reversed() {
            guard hit.end >= previous.upperBound else { break }
            if hit.kind == .dateOfBirth, hit.start >= previous.upperBound, hit.end <= date.lowerBound { return false }
        }
        return true
    }

    /// Words that join the dates of a list (``continuesBirthDates(_:_:)``).
    static let listWords = [[UInt8]](
        words: "and",
        "or",
        "mine",
        "his",
        "hers",
        "theirs",
        "is",
        "was",
        "also",
        "my",
        "her",
        "their",
        "our",
        "your",
        "the"
    )

    /// Words before a date that make it a deadline or a bound, not a birth date, or the value a
    /// correction rejects ("DOB is May 6, 1940, not 12/13/2024").
    static let deadlineWords = [[UInt8]](words: "by", "until", "till", "before", "after", "due", "through", "thru", "expires", "since", "not")

    /// Whether the word just before `index` (one space back) is one of ``deadlineWords``.
    static func afterDeadlineWord(_ text: ScanText, _ index: Int) -> Bool {
        text[index - 1] == 0x20 && text.wordEnding(at: index - 1, isOneOf: deadlineWords)
    }

    /// Whether the date stands alone in parentheses right after a listed name (`Dana Shah
    /// (11/08/1944)`, `Jo (1/5/2016)`): a person's date is when they were born, unless the name
    /// signs for something (`Approved by John Smith (03/04/2024)`: the date it was signed); or
    /// follows a listed name and the relation it is listed as (`Laura Ortiz (daughter)
    /// 06/10/2011`, ``relationWords``).
    static func afterName(_ text: ScanText, _ date: Range<Int>) -> Bool {
        // Or after a name and the relation it is listed as (`Laura Ortiz (daughter) 06/10/2011`).
        if text[date.lowerBound - 1] == 0x20, text[date.lowerBound - 2] == 0x29 {
            let close = date.lowerBound - 2
            var open = close - 1
            while Bytes.isLower(text[open]) { open -= 1 }
            guard text[open] == 0x28, text[open - 1] == 0x20, open + 1 < close,
                relationWords.contains(where: { $0.count == close - open - 1 && text.matches($0, at: open + 1) })
            else { return false }
            let nameEnd = open - 1
            let start = text.wordStart(nameEnd)
            return start < nameEnd && Bytes.isUpper(text[start])
                && (CensusNames.isSurname(text, start..<nameEnd) || CensusNames.isFirstName(text, start..<nameEnd))
        }
        guard text[date.lowerBound - 1] == 0x28, text[date.upperBound] == 0x29, text[date.lowerBound - 2] == 0x20 else { return false }
        let end = date.lowerBound - 2
        var start = text.wordStart(end)
        guard start < end, Bytes.isUpper(text[start]), Bytes.isLower(text[start + 1]) else { return false }
        guard CensusNames.isSurname(text, start..<end) || CensusNames.isFirstName(text, start..<end) else { return false }
        // Back over the name's other words and initials (`John A. Smith`) to the word before it.
        while text[start - 1] == 0x20 {
            let previousEnd = text[start - 2] == 0x2E ? start - 2 : start - 1  // before an initial's dot
            let previous = text.wordStart(previousEnd)
            guard previous < previousEnd, Bytes.isUpper(text[previous]) else { break }
            start = previous
        }
        var before = start - 1
        while before >= 0, text[before] == 0x20 || text[before] == 0x3A { before -= 1 }
        return !text.wordEnding(at: before + 1, isOneOf: signingWords)
    }

    /// Relations a person is listed as, in parentheses after their name (``afterName(_:_:)``).
    static let relationWords = [[UInt8]](
        words: "son",
        "daughter",
        "child",
        "spouse",
        "wife",
        "husband",
        "dependent",
        "stepson",
        "stepdaughter",
        "grandson",
        "granddaughter",
        "niece",
        "nephew",
        "minor"
    )

    /// Words before a name that make a date after it the date of a signature or a review.
    static let signingWords = [[UInt8]](
        words: "by",
        "approved",
        "signed",
        "reviewed",
        "submitted",
        "updated",
        "modified",
        "edited",
        "author",
        "authored",
        "approver",
        "reviewer",
        "signature"
    )

    static func numericDate(_ text: ScanText, _ index: Int) -> Int? {
        let slash = groups(text, index, separators: (0x2F, 0x2D, 0x2F), maxGroups: 3)
        guard slash.count == 3, endsCleanly(text, slash.end) else { return nil }
        if slash.isShape(4, 2, 2) { return slash.end }
        if (1...2).contains(slash[0]) && (1...2).contains(slash[1]) && slash[2] == 4 { return slash.end }
        return nil
    }

    /// `5 March 1969`, `5th March 1969`, `5th of March, 1969`.
    static func dayMonthYear(_ text: ScanText, _ index: Int) -> Int? {
        guard let dayEnd = dayOfMonth(text, index), text[dayEnd] == 0x20 else { return nil }
        var monthStart = dayEnd + 1
        if text[monthStart] == 0x6F, text[monthStart + 1] == 0x66, text[monthStart + 2] == 0x20 { monthStart += 3 }  // `of`
        guard let monthEnd = monthName(text, monthStart) else { return nil }
        var position = monthEnd
        if text[position] == 0x2C { position += 1 }
        guard text[position] == 0x20, text.digitRun(position + 1) == 4 else { return nil }
        return position + 5
    }

    /// `March 5, 1969`, `March 5th, 1969`.
    static func monthDayYear(_ text: ScanText, _ index: Int) -> Int? {
        guard let monthEnd = monthName(text, index), text[monthEnd] == 0x20, let dayEnd = dayOfMonth(text, monthEnd + 1) else { return nil }
        var position = dayEnd
        if text[position] == 0x2C { position += 1 }
        guard text[position] == 0x20, text.digitRun(position + 1) == 4 else { return nil }
        return position + 5
    }

    /// The end of a day of the month at `index`: one or two digits, and an ordinal's ending
    /// (`1st`, `22nd`, `3rd`, `5th`) if one follows.
    @inline(__always) static func dayOfMonth(_ text: ScanText, _ index: Int) -> Int? {
        let digits = text.digitRun(index)
        guard (1...2).contains(digits) else { return nil }
        let end = index + digits
        let (first, second) = (text[end], text[end + 1])
        let ordinal =
            (first == 0x73 && second == 0x74) || (first == 0x6E && second == 0x64) || (first == 0x72 && second == 0x64)
            || (first == 0x74 && second == 0x68)
        if ordinal, !Bytes.isLetter(text[end + 2]) { return end + 2 }
        return Bytes.isLetter(first) ? nil : end
    }

    /// The end of a month name (full, or three-letter abbreviation with an optional dot) at `index`.
    static func monthName(_ text: ScanText, _ index: Int) -> Int? {
        guard Bytes.isUpper(text[index]), Bytes.isLower(text[index + 1]) else { return nil }
        for month in months where month[0] == text[index] | 0x20 && month[1] == text[index + 1] {
            if text.matches(month, at: index), !Bytes.isLetter(text[index + month.count]) { return index + month.count }
            if text.matches(month[0..<3], at: index), !Bytes.isLetter(text[index + 3]) { return text[index + 3] == 0x2E ? index + 4 : index + 3 }
        }
        return nil
    }
}
