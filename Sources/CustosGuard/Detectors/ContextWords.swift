// SPDX-License-Identifier: Apache-2.0

/// The words that say what an ambiguous number is ("routing", "acct", "passport", "DOB" ...):
/// before it, in parentheses after it, or as what the sentence goes on to call it.
extension NumberDetectors {
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
                "tins",
                // French: `numéro de sécurité sociale`.
                "sécurité sociale"
                // (Spanish's "número de seguro social" ends with "social".)
            )
        ),
        // `bank code`: how many countries name the number that routes to a bank; `R/T`: routing/transit.
        (.abaRouting, [[UInt8]](words: "routing", "aba", "rtn", "routing #", "transit", "rtng", "ruta", "bank code", "r/t")),
        // DDA: a bank's demand deposit (checking) account.
        (
            .bankAccount,
            [[UInt8]](
                words: "account",
                "accounts",
                "bank number",
                "acct",
                "accts",
                "acct.",
                "acct #",
                "a/c",
                "checking",
                "savings",
                "dda",
                // DAN: a depositor account number, beside an RTN on tax forms (in capitals only).
                "dan",
                "cuenta",
                "cuentas",
                // As people misspell them.
                "acount",
                "accout"
            )
        ),
        (
            .usPassport,
            [[UInt8]](
                words: "passport",
                "passports",
                "pp#",
                "pp #",
                "ppt",
                "pasaporte",
                "pasport",
                // A travel document's number (`doc_type=P; doc_number=…`, an airline's APIS record).
                "doc_number",
                "docnumber",
                "document number",
                "document no",
                "document #",
                "doc number",
                "doc no",
                "doc #"
            )
        ),
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
                "d/o/b",
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
                "nací",
                "nacido",
                "nacida",
                // French: `date de naissance`, `né le`, `née le`.
                "naissance",
                "né le",
                "née le"
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
                "contact #",
                "contact"
            )
        ),
    ]

    /// Context words that are also names, which count only in capitals and not before a middle
    /// initial (`DAN`, a depositor's account; `Dan` and `DAN F. GOMEZ` are someone).
    static let capitalsOnlyContext = [[UInt8]](words: "dan")

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

    /// A routing number given right after a value, past ` and `, `, ` or `, same ` (`it's
    /// 6747609563269 and routing 113000609`, `New: 78464277, same routing 113000609`, `…, and
    /// the routing is 021000021`): the value a routing number is given with is its account's.
    static func pairedWithRouting(_ text: ScanText, _ end: Int) -> SensitiveKind? {
        var word = end
        if text[word] == 0x2C { word += 1 }
        guard text[word] == 0x20 else { return nil }
        word += 1
        if text.matches(andLetters, at: word), text[word + 3] == 0x20 {
            word += 4
            if text.matches(theLetters, at: word), text[word + 3] == 0x20 { word += 4 }
        } else if text.matches(sameLetters, at: word), text[word + 4] == 0x20, text[end] == 0x2C {
            word += 5
        } else if text[end] != 0x2C {
            return nil
        }
        guard let (wordEnd, kind) = text.contextWord(at: word, accepts: { wordEnd, _ in text.endsWord(wordEnd) }), kind == .abaRouting
        else { return nil }
        var position = wordEnd
        while text[position] == 0x20 || text[position] == 0x23 || text[position] == 0x3A { position += 1 }
        if text.matches(numberWord, at: position), text[position + numberWord.count] == 0x20 { position += numberWord.count + 1 }
        if text.matches(isLetters, at: position), text[position + 2] == 0x20 { position += 3 }
        return Bytes.isDigit(text[position]) ? .bankAccount : nil
    }

    static let andLetters = [UInt8]("and".utf8)
    static let theLetters = [UInt8]("the".utf8)
    static let isLetters = [UInt8]("is".utf8)
    static let sameLetters = [UInt8]("same".utf8)
    static let numberWord = [UInt8]("number".utf8)

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

    /// The kind the question on the line before asks for, when the value's line answers it
    /// (`Agent: Can I get your full name and date of birth?\nCustomer: Ana Ruiz, 01/18/1984`):
    /// the previous line ends with `?` (or opens with a questionnaire's `Q:` and the value's line
    /// with its `A:`) and names one kind, its last context word's. The
    /// question must start within ``SensitiveDataScanner/longestLookBehind`` bytes before the
    /// value.
    static func askedBefore(_ text: ScanText, _ index: Int) -> SensitiveKind? {
        let lineStart = text.lineStart(index)
        guard lineStart > 0 else { return nil }
        var questionEnd = lineStart - 1
        while questionEnd > 0, text[questionEnd - 1] == 0x20 || text[questionEnd - 1] == 0x0D { questionEnd -= 1 }
        // A questionnaire's `Q:` line asks even when a sentence follows its question (`Q: Have
        // you held a passport? If yes, give its number.` / `A: Yes, …`).
        guard questionEnd > 0 else { return nil }
        let asks = text[questionEnd - 1] == 0x3F
        guard asks || (text[lineStart] | 0x20 == 0x61 && text[lineStart + 1] == 0x3A) else { return nil }
        var questionStart = questionEnd - 1
        while questionStart > 0, text[questionStart - 1] != 0x0A { questionStart -= 1 }
        guard questionStart >= index - SensitiveDataScanner.longestLookBehind,
            asks || (text[questionStart] | 0x20 == 0x71 && text[questionStart + 1] == 0x3A)
        else { return nil }
        let hits = text.contextHits
        var kind: SensitiveKind?
        var candidate = hits.count - 1
        while candidate >= 0, hits[candidate].end > questionEnd { candidate -= 1 }
        while candidate >= 0, hits[candidate].start >= questionStart {
            if let known = kind, known != hits[candidate].kind { return nil }
            kind = hits[candidate].kind
            candidate -= 1
        }
        return kind
    }

    /// Whether the label just before `index` names a thing's number, not a person's (`order
    /// 106377493`, `tracking #9666697110`, `Invoice No. 5551234567`, `INV-68831165`): the word
    /// before, past spaces, `#`, `:`, `-` and `number`, `no.` or `num`, is one of ``thingLabels``. A bare number
    /// so named is no phone and no Social Security number.
    static func labelsThing(_ text: ScanText, _ index: Int) -> Bool {
        var end = index
        func skipPunctuation() {
            while end > 0, text[end - 1] == 0x20 || text[end - 1] == 0x23 || text[end - 1] == 0x3A || text[end - 1] == 0x2E || text[end - 1] == 0x2D {
                end -= 1
            }
        }
        skipPunctuation()
        if text.wordEnding(at: end, isOneOf: numberWords) {
            end = text.wordStart(end)
            skipPunctuation()
        }
        return text.wordEnding(at: end, isOneOf: thingLabels)
    }

    static let numberWords = [[UInt8]](words: "number", "no", "num", "nbr", "nr")

    /// The kind of the number named shortly before, when a possessive that leaves the noun out
    /// introduces this one (`My passport (101095026) expires next spring; my son's is
    /// 915905045`, `his SSN is …, and mine is …`): `'s`, `mine`, `his`, `hers`, `theirs` or
    /// `yours`, then `is` or `was`, just before `index`, and the earlier number (``ScanText/lastNamedNumber``)
    /// within 80 bytes in the same sentence.
    static func possessiveTakesKind(_ text: ScanText, _ index: Int) -> SensitiveKind? {
        guard let previous = text.lastNamedNumber, previous.range.upperBound < index, index - previous.range.upperBound <= 80,
            text.sentenceStart(holding: index) <= previous.range.lowerBound, text[index - 1] == 0x20
        else { return nil }
        var end = index - 1
        guard text.wordEnding(at: end, isOneOf: copulas) else { return nil }
        end = text.wordStart(end) - 1
        guard end > 0, text[end] == 0x20 else { return nil }
        if text[end - 1] == 0x73, text[end - 2] == 0x27 || (text[end - 2] == 0x99 && text[end - 3] == 0x80 && text[end - 4] == 0xE2) {
            return previous.kind  // `my son's is`, `my son’s is`
        }
        return text.wordEnding(at: end, isOneOf: possessivePronouns) ? previous.kind : nil
    }

    static let copulas = [[UInt8]](words: "is", "was")
    static let possessivePronouns = [[UInt8]](words: "mine", "his", "hers", "theirs", "yours", "ours")

    /// Labels of things' numbers (``labelsThing(_:_:)``), lowercase.
    static let thingLabels = [[UInt8]](
        words: "order",
        "tracking",
        "ticket",
        "invoice",
        "inv",
        "confirmation",
        "reference",
        "ref",
        "transaction",
        "txn",
        "serial",
        "sku",
        "receipt",
        "booking",
        "reservation",
        "po",
        "incident",
        "shipment",
        "waybill",
        "batch",
        "lot",
        "part",
        "model",
        "build",
        // Registries' numbers: a medical record's, a provider's, a firm's.
        "mrn",
        "npi",
        "duns",
        "uei",
        "cage",
        "ein"
    )

    /// The kind a number's context gives it: its label in parentheses right after it, else the
    /// nearest context word before it (``nearestContext(_:_:window:)``), else a routing number
    /// given right after it (``pairedWithRouting(_:_:)``).
    static func labelOrContext(_ text: ScanText, _ index: Int, end: Int, window: Int = 40) -> SensitiveKind? {
        // (A routing number given right after names the value only where nothing else does.)
        labelAfter(text, end) ?? nearestContext(text, index, window: window) ?? pairedWithRouting(text, end)
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
}
