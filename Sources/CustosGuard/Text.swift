// SPDX-License-Identifier: Apache-2.0

/// Byte-level helpers over UTF-8 text. Only ASCII is classified; every byte of a multi-byte
/// character counts as "other", so detectors never match inside one.
enum Bytes {
    @inline(__always) static func isDigit(_ b: UInt8) -> Bool { b &- 0x30 < 10 }
    @inline(__always) static func isUpper(_ b: UInt8) -> Bool { b &- 0x41 < 26 }
    @inline(__always) static func isLower(_ b: UInt8) -> Bool { b &- 0x61 < 26 }
    @inline(__always) static func isLetter(_ b: UInt8) -> Bool { (b | 0x20) &- 0x61 < 26 }
    @inline(__always) static func isAlnum(_ b: UInt8) -> Bool { isDigit(b) || isLetter(b) }
    @inline(__always) static func isHex(_ b: UInt8) -> Bool { isDigit(b) || (b | 0x20) &- 0x61 < 6 }
    @inline(__always) static func lower(_ b: UInt8) -> UInt8 { isUpper(b) ? b | 0x20 : b }
    /// Letters, digits and `_` (and any non-ASCII byte): what continues a word, byte by byte
    /// (``ScanText/startsWord(_:)`` looks at a non-ASCII byte's whole character).
    @inline(__always) static func isWord(_ b: UInt8) -> Bool { isAlnum(b) || b == 0x5F || b >= 0x80 }

    /// For eight bytes (the first in the low byte), the high bit of each byte that is not an
    /// ASCII letter: ``isLetter(_:)`` on all eight at once.
    @inline(__always) static func nonLetters(_ word: UInt64) -> UInt64 {
        let highBits: UInt64 = 0x8080_8080_8080_8080
        let folded = word | 0x2020_2020_2020_2020  // capitals to lowercase
        let low = folded & 0x7F7F_7F7F_7F7F_7F7F
        // Per byte: at least `a` (0x61) sets the high bit of low + 0x1F; at most `z` (0x7A)
        // leaves the high bit of low + 0x05 clear; no sum carries into the next byte.
        let letters = (low &+ 0x1F1F_1F1F_1F1F_1F1F) & ~(low &+ 0x0505_0505_0505_0505) & ~folded & highBits
        return ~letters & highBits
    }
}

/// The text being scanned, with bounds-safe access and the context lookups detectors share.
/// One per scan, read front to back, and only while the bytes it views stay alive (the scanner
/// creates it inside `withUnsafeBufferPointer`); not shared across threads.
///
/// Its recorded state skips Swift's run-time exclusivity checks (`@exclusivity(unchecked)`): one
/// scan owns it and reads or writes each property in turn, never two accesses at once, and the
/// checks (a thread-local lookup per access) were 4% of a scan of numbers.
///
/// Context words and sentence starts are recorded as the scan passes them
/// (``noteContextWord(at:)``, ``noteSentenceEnd(_:)``), so a detector at a position sees every one
/// that lies before it, which is all a lookup ever asks for.
final class ScanText {
    private let base: UnsafePointer<UInt8>?
    let count: Int
    /// More of the same stream follows these bytes: a value running to their end may not have
    /// ended (``SecretDetectors`` then reports it to the end, for the redactor to hold).
    let continues: Bool
    /// The name lists, held here so that a lookup reads them through the text it scans rather
    /// than through a global (each access to one checks that it was initialised: a call).
    let names = CensusNames.lists

    init(_ buffer: UnsafeBufferPointer<UInt8>, continues: Bool = false) {
        self.base = buffer.baseAddress
        self.count = buffer.count
        self.continues = continues
    }

    /// Every context word passed so far (``NumberDetectors/context``), sorted by end.
    @exclusivity(unchecked) private(set) var contextHits: [(start: Int, end: Int, kind: SensitiveKind)] = []
    /// Positions just after each sentence end passed so far (``noteSentenceEnd(_:)`` says which dots end one).
    @exclusivity(unchecked) private(set) var sentenceStarts: [Int] = []
    /// What the table lookups have read so far (``TableHeaders``).
    @exclusivity(unchecked) var tables = TableMemo()
    /// Bytes known to be base64url characters, all of them: the run the last JSON Web Token
    /// candidate read (``SecretDetectors/jsonWebToken(_:_:)``).
    @exclusivity(unchecked) var base64URLRun = 0..<0
    /// The last date of birth found (``NumberDetectors/continuesBirthDates(_:_:)``).
    @exclusivity(unchecked) var lastBirthDate: Range<Int>?
    /// The last number its context named a passport's, a Social Security number or a bank's
    /// (``NumberDetectors/possessiveTakesKind(_:_:)``).
    @exclusivity(unchecked) var lastNamedNumber: (range: Range<Int>, kind: SensitiveKind)?
    /// The last line start found going forward: the next one is looked for only back to here.
    @exclusivity(unchecked) private var lastLine = (index: 0, start: 0)
    /// The last `(` found going forward (``lastOpenParen(before:)``), and where it was asked.
    @exclusivity(unchecked) private var lastParen = (index: 0, paren: -1)

    /// The byte at `index`, or 0 outside the text: one unsigned comparison, no trap.
    @inline(__always) subscript(_ index: Int) -> UInt8 {
        UInt(bitPattern: index) < UInt(bitPattern: count) ? base.unsafelyUnwrapped[index] : 0
    }

    /// The end of the run of ASCII letters from `index`, read eight bytes at a time.
    @inline(__always) func letterRunEnd(_ index: Int) -> Int {
        var position = index
        if let base {
            while position &+ 8 <= count {
                let word = UInt64(littleEndian: UnsafeRawPointer(base).loadUnaligned(fromByteOffset: position, as: UInt64.self))
                let others = Bytes.nonLetters(word)
                if others != 0 { return position &+ others.trailingZeroBitCount &>> 3 }
                position &+= 8
            }
        }
        while Bytes.isLetter(self[position]) { position &+= 1 }
        return position
    }

    /// Records the context word, if any, that starts at the word start `index`, or inside an
    /// identifier (after its `_` or at a camelCase capital) when `inIdentifier`: there a context
    /// word counts only in a key (`routing_number = `, `"customerSsn":`), not in a file's or a
    /// function's name (`licence_info.hpp`).
    func noteContextWord(at index: Int, inIdentifier: Bool = false) {
        let found = contextWord(at: index) { end, word in
            let whole = !inIdentifier && (endsWord(end) || !Bytes.isLetter(word[word.count - 1]))
            return whole || ((endsWord(end) || endsIdentifierPart(end)) && keyFollows(end))
        }
        guard let (end, kind) = found else { return }
        // A unit's short word after a letter's `/` is no label (`131 mg/dL`: decilitres, no
        // driver's license).
        if end - index <= 2, self[index - 1] == 0x2F, Bytes.isLetter(self[index - 2]) { return }
        // A context word that is also a name counts in capitals only (`DAN`: `Dan` is someone),
        // and not before a middle initial (`DAN F. GOMEZ`).
        if NumberDetectors.capitalsOnlyContext.contains(where: { $0.count == end - index && matches($0, at: index) }),
            !(index..<end).allSatisfy({ Bytes.isUpper(self[$0]) }) || PersonDetector.middleInitialFollows(self, end)
        {
            return
        }
        recordContextHit(index, end, kind)
    }

    /// Keeps ``contextHits`` sorted by end; a later start with the same end goes after (as a
    /// stable sort would).
    private func recordContextHit(_ start: Int, _ end: Int, _ kind: SensitiveKind) {
        var slot = contextHits.count
        while slot > 0, contextHits[slot - 1].end > end { slot -= 1 }
        contextHits.insert((start, end, kind), at: slot)
    }

    /// Records the context word that a line's hyphenation splits, its first part from `index`
    /// to the `-` at `hyphen` and the rest after the line break (`rout-\ning number`,
    /// `pass-\nport`, `Social Secu-\nrity`, as text copied out of a PDF has them): the parts
    /// are read as one word. Rare, so it may build the joined word.
    func noteWrappedContextWord(at index: Int, hyphen: Int) {
        var next = hyphen + 1
        if self[next] == 0x0D { next += 1 }
        guard self[next] == 0x0A, Bytes.isLower(self[next + 1]) else { return }
        next += 1
        // The joined letters and what follows them on the line, lowercase, with where each is.
        var joined: [UInt8] = []
        var positions: [Int] = []
        for position in index..<hyphen {
            joined.append(Bytes.lower(self[position]))
            positions.append(position)
        }
        var position = next
        while joined.count < 40, position < count, self[position] != 0x0A {
            joined.append(Bytes.lower(self[position]))
            positions.append(position)
            position += 1
        }
        let firstPart = hyphen - index
        guard joined.count > firstPart else { return }
        for (word, kind) in NumberDetectors.contextByStart[NumberDetectors.contextSlot(joined[0], joined.count > 1 ? joined[1] : 0)]
        where word.count > firstPart && word.count <= joined.count && joined.starts(with: word) {
            // A whole word: a letter may not go on after a word that ends in one.
            if word.count < joined.count, Bytes.isLetter(joined[word.count]), Bytes.isLetter(word[word.count - 1]) { continue }
            recordContextHit(index, positions[word.count - 1] + 1, kind)
            return
        }
    }

    /// The first context word (``NumberDetectors/context``, longest first) at `index` that
    /// `accepts` (given where it would end and its letters): where it ends and its kind. A
    /// one-letter abbreviation (`b.` for born) counts only in lowercase and not at a line's
    /// start or after an outline's number: `B.` is an initial, and `b. ` opening a line (or
    /// `1.b.`) is a list's second item.
    func contextWord(at index: Int, accepts: (Int, [UInt8]) -> Bool) -> (end: Int, kind: SensitiveKind)? {
        var lineStart = index - 1
        while self[lineStart] == 0x20 { lineStart -= 1 }
        let outlined = (self[lineStart] == 0x2E || self[lineStart] == 0x29) && Bytes.isDigit(self[lineStart - 1])
        let initialOrMarker =
            self[index + 1] == 0x2E && (Bytes.isUpper(self[index]) || lineStart < 0 || self[lineStart] == 0x0A || outlined)
        for (word, kind) in NumberDetectors.contextByStart[NumberDetectors.contextSlot(self[index], self[index + 1])]
        where matches(word, at: index) && !(initialOrMarker && word.count == 2) && accepts(index + word.count, word) {
            return (index + word.count, kind)
        }
        return nil
    }

    /// Whether the whole word ending just before `end` is one of `words` (lowercase).
    func wordEnding(at end: Int, isOneOf words: [[UInt8]]) -> Bool {
        let start = wordStart(end)
        return startsWord(start) && words.contains { $0.count == end - start && matches($0, at: start) }
    }

    /// Whether an en dash or an em dash (`–`, `—`) starts at `index`.
    @inline(__always) func hasLongDash(at index: Int) -> Bool {
        self[index] == 0xE2 && self[index + 1] == 0x80 && (self[index + 2] == 0x93 || self[index + 2] == 0x94)
    }

    /// Whether a word inside an identifier ends at `end`: a `_` follows (`routing_number`), or a
    /// capital follows a lowercase letter (`accountNumber`).
    @inline(__always) func endsIdentifierPart(_ end: Int) -> Bool {
        let next = self[end]
        return next == 0x5F || (Bytes.isUpper(next) && Bytes.isLower(self[end - 1]))
    }

    /// Whether the identifier holding `index` is a key: after its last letter, digit or `_`,
    /// an optional closing quote, spaces, then `=`, `:` or `>` (`account_number = `,
    /// `"bankAccount":`, `<routing_number>`). It reads at most 57 bytes on, well within what a
    /// stream holds back after a value.
    func keyFollows(_ index: Int) -> Bool {
        var position = index
        while position < index + 48, Bytes.isAlnum(self[position]) || self[position] == 0x5F { position += 1 }
        if self[position] == 0x22 || self[position] == 0x27 { position += 1 }
        while self[position] == 0x20, position < index + 56 { position += 1 }
        let next = self[position]
        return next == 0x3D || next == 0x3A || next == 0x3E
    }

    /// Whether the letters of `run` change from a lowercase letter to a capital somewhere.
    func isCamelCase(_ run: Range<Int>) -> Bool {
        var index = run.lowerBound + 1
        while index < run.upperBound {
            if Bytes.isUpper(self[index]), Bytes.isLower(self[index - 1]) { return true }
            index += 1
        }
        return false
    }

    /// Records the context words that start inside the identifier `run` after a lowercase
    /// letter, at a capital (`bankAccount`, `customerSsn`); a word after a `_` is looked at as
    /// the scan reaches it.
    func noteContextWords(inside run: Range<Int>) {
        var index = run.lowerBound + 1
        while index < run.upperBound {
            if Bytes.isUpper(self[index]), Bytes.isLower(self[index - 1]) { noteContextWord(at: index, inIdentifier: true) }
            index += 1
        }
    }

    /// Records a sentence start after the `.` at `index` when it ends a sentence: a lowercase
    /// letter or digit before it (or a capital ending a token of four characters or more: `NASA.`,
    /// an identifier `WDL8O8KRDP9X.`), a space and a capital or digit after it, and the word it
    /// closes not an abbreviation (`Dr. Patel`, `routing no. 1234` go on with the same sentence).
    @inline(__always) func noteSentenceEnd(_ index: Int) {
        let next = self[index + 2]
        let last = self[index - 1]
        guard self[index + 1] == 0x20, Bytes.isUpper(next) || Bytes.isDigit(next),
            Bytes.isLower(last) || Bytes.isDigit(last)
                || (Bytes.isUpper(last) && Bytes.isAlnum(self[index - 2]) && Bytes.isAlnum(self[index - 3]) && Bytes.isAlnum(self[index - 4]))
        else { return }
        var start = index - 1
        while start > index - 7, Bytes.isLetter(self[start - 1]) { start -= 1 }
        // A one-letter word is an initial or an abbreviation (`B. Torres`, `b. May 9, 1952`).
        if index - start == 1, Bytes.isLetter(self[start]), startsWord(start) { return }
        let abbreviatesNumber = {
            self.startsWord(start) && Self.numberAbbreviations.contains { self.matches($0, at: start) && $0.count == index - start }
        }
        if Bytes.isUpper(next) {
            // `Mr.`, `Dr.`, `St.`, `Col.`: a capitalised word of at most three letters.
            if index - start <= 3, Bytes.isUpper(self[start]), startsWord(start) { return }
            // `passport no. M56658426`: a number's abbreviation before a capital and a digit;
            // `Acct. No. 5227…`: before another (`No.`, `Num.`, `#`).
            if Bytes.isDigit(self[index + 3]) || (self[index + 3] | 0x20 == 0x6F && self[index + 4] == 0x2E) || self[index + 2] == 0x23,
                abbreviatesNumber()
            {
                return
            }
        } else if abbreviatesNumber() {
            return
        }
        sentenceStarts.append(index + 2)
    }

    /// Words abbreviated before a number (`no. 1234`, `acct. 5678`, `ext. 4410`; one-letter ones
    /// such as `p. 12` need no entry: no one-letter word's dot ends a sentence).
    static let numberAbbreviations = [[UInt8]](
        words: "no",
        "nos",
        "num",
        "acct",
        "ext",
        "tel",
        "ph",
        "vol",
        "ref",
        "approx",
        "sec",
        "art",
        "fig",
        "ch",
        "pp"
    )

    /// Whether `index` begins a sentence: the text's start, a line's first word, or a sentence
    /// start passed so far (``noteSentenceEnd(_:)``).
    func startsSentence(_ index: Int) -> Bool {
        var before = index - 1
        while before >= 0, self[before] == 0x20 { before -= 1 }
        return before < 0 || self[before] == 0x0A || (index > 0 && sentenceStart(holding: index) == index)
    }

    /// The start of the sentence holding `index`: the last sentence start passed at or before
    /// it, or 0.
    func sentenceStart(holding index: Int) -> Int {
        var low = 0
        var high = sentenceStarts.count
        while low < high {
            let middle = (low + high) / 2
            if sentenceStarts[middle] <= index { low = middle + 1 } else { high = middle }
        }
        return low > 0 ? sentenceStarts[low - 1] : 0
    }

    /// Whether `index` starts a word: no letter, digit, `_` or non-ASCII letter before it.
    /// Punctuation and spaces outside ASCII (`“John`, `—Sandra`, a no-break space) end a word.
    @inline(__always) func startsWord(_ index: Int) -> Bool {
        guard index > 0 else { return true }
        let previous = self[index - 1]
        return previous < 0x80 ? !Bytes.isWord(previous) : !continuesWord(characterBefore: index)
    }

    /// Whether `index` ends a word: no letter, digit, `_` or non-ASCII letter at it.
    @inline(__always) func endsWord(_ index: Int) -> Bool {
        guard index < count else { return true }
        let next = self[index]
        return next < 0x80 ? !Bytes.isWord(next) : !continuesWord(characterAt: index)
    }

    /// Whether the non-ASCII character ending just before `end` would continue a word.
    func continuesWord(characterBefore end: Int) -> Bool {
        var start = end - 1
        while start > max(0, end - 4), self[start] & 0xC0 == 0x80 { start -= 1 }
        return continuesWord(characterAt: start)
    }

    /// Whether the non-ASCII character starting at `start` would continue a word: anything but
    /// punctuation, spaces and symbols (a byte that starts no well-formed character counts as a
    /// letter, as every non-ASCII byte did before).
    func continuesWord(characterAt start: Int) -> Bool {
        let lead = self[start]
        var scalar: UInt32
        var length: Int
        switch lead {
        case 0xC2...0xDF: (scalar, length) = (UInt32(lead & 0x1F), 2)
        case 0xE0...0xEF: (scalar, length) = (UInt32(lead & 0x0F), 3)
        case 0xF0...0xF4: (scalar, length) = (UInt32(lead & 0x07), 4)
        default: return true
        }
        for offset in 1..<length {
            let byte = self[start + offset]
            guard byte & 0xC0 == 0x80 else { return true }
            scalar = scalar << 6 | UInt32(byte & 0x3F)
        }
        return !Self.isPunctuationOrSymbol(scalar)
    }

    /// Latin-1 punctuation and signs, general punctuation (spaces, dashes, quotes, bullets),
    /// currency, letterlike and technical symbols, arrows, shapes, dingbats, CJK and fullwidth
    /// punctuation, emoji, the byte-order mark.
    static func isPunctuationOrSymbol(_ scalar: UInt32) -> Bool {
        switch scalar {
        case 0x80...0xBF, 0xD7, 0xF7, 0x2000...0x206F, 0x20A0...0x20CF, 0x2100...0x214F, 0x2190...0x2BFF, 0x3000...0x303F,
            0xFE10...0xFE1F, 0xFE30...0xFE4F, 0xFEFF, 0xFF01...0xFF0F, 0xFF1A...0xFF20, 0xFF3B...0xFF40, 0xFF5B...0xFF65,
            0x1F000...0x1FAFF:
            true
        default: false
        }
    }

    /// Length of the run of digits starting at `index`.
    func digitRun(_ index: Int) -> Int {
        var end = index
        while Bytes.isDigit(self[end]) { end += 1 }
        return end - index
    }

    /// Whether one of `words` (lowercase ASCII) occurs, case-insensitively and as a whole word,
    /// in the `window` bytes before `index`. A word after `_` counts: markdown's emphasis
    /// (`_Section 4.2_`) and an identifier's last part (`app_version`) both start one there.
    /// `accepting` is asked of each occurrence, given where it ends.
    func contextBefore(_ index: Int, window: Int, _ words: [[UInt8]], accepting: (Int) -> Bool = { _ in true }) -> Bool {
        let start = max(0, index - window)
        guard start < index else { return false }
        for word in words where word.count <= index - start {
            var position = start
            while position + word.count <= index {
                if matches(word, at: position), startsWord(position) || !Bytes.isLetter(word[0]) || self[position - 1] == 0x5F,
                    endsWord(position + word.count) || !Bytes.isLetter(word[word.count - 1]), accepting(position + word.count)
                {
                    return true
                }
                position += 1
            }
        }
        return false
    }

    /// Whether the first word after `index` (past spaces) is one of `words` (lowercase).
    func wordAfter(_ index: Int, in words: [[UInt8]]) -> Bool {
        var position = index
        while self[position] == 0x20 { position += 1 }
        return words.contains { matches($0, at: position) && endsWord(position + $0.count) }
    }

    /// Whether the lowercase ASCII `word` occurs at `index`, ignoring case.
    @inline(__always) func matches(_ word: some RandomAccessCollection<UInt8>, at index: Int) -> Bool {
        guard index >= 0, index + word.count <= count else { return false }
        var position = index
        for expected in word {
            if Bytes.lower(self[position]) != expected { return false }
            position += 1
        }
        return true
    }

    /// Whether `literal` (exact bytes) occurs at `index`.
    @inline(__always) func has(_ literal: [UInt8], at index: Int) -> Bool {
        guard index >= 0, index + literal.count <= count else { return false }
        for offset in 0..<literal.count where self[index + offset] != literal[offset] { return false }
        return true
    }

    /// Where the `(` is that opens a gloss in parentheses closed by the `)` at `close` (a form's
    /// `Full name (as on passport):`, `Account number (up to 17 characters):`): read back at most
    /// `reach` bytes, and not past another parenthesis or a line break; nil when none opens it.
    func glossOpening(closedAt close: Int, within reach: Int) -> Int? {
        var open = close - 1
        while open > close - reach, open > 0, self[open] != 0x28, self[open] != 0x29, self[open] != 0x0A { open -= 1 }
        return self[open] == 0x28 ? open : nil
    }

    /// The start of the run of letters holding `index`.
    func wordStart(_ index: Int) -> Int {
        var position = index
        while position > 0, Bytes.isLetter(self[position - 1]) { position -= 1 }
        return position
    }

    /// The start of the line holding `index`. Asked in text order, as the detectors do, it reads
    /// each byte of a long line once, not once per question.
    func lineStart(_ index: Int) -> Int {
        let floor = index >= lastLine.index ? lastLine.index : 0
        var position = index
        while position > floor, self[position - 1] != 0x0A { position -= 1 }
        guard index >= lastLine.index else { return position }
        let start = position == floor && position > 0 && self[position - 1] != 0x0A ? lastLine.start : position
        lastLine = (index, start)
        return start
    }

    /// The position of the last `(` before `index` and not before `limit` (-1: none). Asked in
    /// text order, it reads each byte once, not once per question; asked behind an earlier
    /// question (a detector looking ahead of the scan asked first), it reads back only to
    /// `limit`, so such questions cannot each walk back to the text's start.
    func lastOpenParen(before index: Int, notBefore limit: Int = 0) -> Int {
        // The earlier answer covers the bytes before where it was asked.
        let known = index >= lastParen.index
        let floor = known ? lastParen.index : limit
        var position = index - 1
        while position >= floor, self[position] != 0x28 { position -= 1 }
        let paren = position >= floor ? position : known ? lastParen.paren : -1
        if known { lastParen = (index, paren) }
        return paren >= limit ? paren : -1
    }
}

extension Array where Element == [UInt8] {
    /// Lowercase keyword lists written as strings.
    init(words: String...) { self = words.map { [UInt8]($0.utf8) } }
}
