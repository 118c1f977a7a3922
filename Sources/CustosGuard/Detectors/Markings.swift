// SPDX-License-Identifier: Apache-2.0

/// Classification markings (CAPCO / CUI registry forms): banner lines such as `SECRET//NOFORN`,
/// `TOP SECRET//SI/TK//NOFORN`, `CUI//SP-PRVCY`, and portion marks such as `(S//NF)`, `(U)`,
/// `(CUI)`. Markings are written in capitals; prose ("the Secret Service", "a top secret
/// clearance", "SECRETARY") is not a marking, and neither is a parenthesized letter inside a
/// sentence ("a (U) shaped table", "uranium (U)").
enum MarkingDetectors {
    /// Banner levels, longest first, with the classification each states.
    static let levels: [(text: [UInt8], level: MarkingLevel)] =
        ([
            ("CONTROLLED UNCLASSIFIED INFORMATION", .cui), ("TOP SECRET", .topSecret), ("UNCLASSIFIED", .unclassified),
            ("CONFIDENTIAL", .confidential), ("SECRET", .secret), ("CUI", .cui),
        ] as [(String, MarkingLevel)]).map { (Array($0.0.utf8), $0.1) }

    /// Portion-mark levels.
    static let portionLevels: [(text: [UInt8], level: MarkingLevel)] =
        ([
            ("TS", .topSecret), ("CUI", .cui), ("S", .secret), ("C", .confidential), ("U", .unclassified),
        ] as [(String, MarkingLevel)]).map { (Array($0.0.utf8), $0.1) }

    static func isCaveat(_ b: UInt8) -> Bool {
        Bytes.isUpper(b) || Bytes.isDigit(b) || b == 0x20 || b == 0x2C || b == 0x2F || b == 0x2D
    }

    /// After `//`: the caveat text, to the end of the marking (no trailing space or comma).
    static func caveatsEnd(_ text: ScanText, _ start: Int) -> Int {
        var position = start
        while isCaveat(text[position]), position - start < 160 { position += 1 }
        while position > start, text[position - 1] == 0x20 || text[position - 1] == 0x2C || text[position - 1] == 0x2F { position -= 1 }
        return position
    }

    static func banner(_ text: ScanText, _ index: Int) -> (Finding, MarkingLevel)? {
        guard text.startsWord(index) else { return nil }
        // Inside parentheses `CUI` opens a portion mark, which ``portion(_:_:)`` reads; a level
        // spelled out there is a banner's, the whole of what the parentheses hold (an
        // attachment's or a title's classification: `report.pdf (SECRET//NOFORN)`).
        let parenthesized = text[index - 1] == 0x28
        for (word, level) in levels where text.has(word, at: index) {
            var end = index + word.count
            // `(CUI…)` after a word, closing its sentence or line (`page 3 (CUI).`, `report.pdf
            // (CUI//SP-PRVCY)`), is the classification of what the word names, as a level
            // spelled out is; anywhere else it is a portion mark.
            if parenthesized, level == .cui, word.count == 3, !trailsName(text, index - 1, end) { return nil }
            guard !Bytes.isAlnum(text[end]) else { continue }
            // A hyphen and a letter or digit make it a name's part (`the CUI-3 connector`).
            if text[end] == 0x2D, Bytes.isAlnum(text[end + 1]) { return nil }
            // So does a label's word after it (`CUI Category: PRVCY`, a designation block's).
            if text[end] == 0x20, Bytes.isUpper(text[end + 1]), Bytes.isLower(text[end + 2]) {
                let wordEnd = text.letterRunEnd(end + 1)
                if text[wordEnd] == 0x3A { return nil }
            }
            if text[end] == 0x2F, text[end + 1] == 0x2F, Bytes.isUpper(text[end + 2]) {
                end = caveatsEnd(text, end + 2)
            }
            if parenthesized, text[end] != 0x29 { return nil }
            return (Finding(kind: .classificationMarking, range: index..<end), level)
        }
        return nil
    }

    /// Whether the `(CUI` at `open` (its level ending at `levelEnd`) follows a word on its line
    /// and closes its sentence or line after its caveats: `)` then `.`, `,`, `;` or the line's
    /// end. Not where a portion mark may start, after a title at its line's end, nor in a
    /// sentence that names portions (`the paragraph was marked (CUI).`).
    static func trailsName(_ text: ScanText, _ open: Int, _ levelEnd: Int) -> Bool {
        var close = levelEnd
        if text[close] == 0x2F, text[close + 1] == 0x2F { close = caveatsEnd(text, close + 2) }
        guard text[close] == 0x29, text[open - 1] == 0x20, Bytes.isAlnum(text[open - 2]) || text[open - 2] == 0x29 else { return false }
        let next = text[close + 1]
        let lineEnds = close + 1 >= text.count || next == 0x0A || next == 0x0D
        guard lineEnds || next == 0x2E || next == 0x2C || next == 0x3B else { return false }
        // A title's own mark at its line's end (`Threat Assessment (CUI)`) is a portion's.
        if lineEnds, marksTitle(text, open) { return false }
        let from = max(open - 48, text.lineStart(open), text.sentenceStart(holding: open))
        return !portionMayStart(text, open) && !text.contextBefore(open, window: open - from, portionWordsBefore)
    }

    /// Words before a parenthesized `CUI` in its sentence that make it a portion's mark
    /// (``trailsName(_:_:_:)``).
    static let portionWordsBefore = [[UInt8]](words: "portion", "portions", "paragraph", "paragraphs", "para", "paras", "marked")

    /// Words that, right after a parenthesized level, say it is talked about as a marking
    /// ("includes (S) portions").
    static let markingWords = [[UInt8]](
        words: "portion",
        "portions",
        "paragraph",
        "paragraphs",
        "marking",
        "markings",
        "marked",
        "banner",
        "mark",
        "marks",
        "means",
        "denotes"
    )

    static func portion(_ text: ScanText, _ index: Int) -> (Finding, MarkingLevel)? {
        guard text[index] == 0x28 else { return nil }
        for (word, level) in portionLevels where text.has(word, at: index + 1) {
            var end = index + 1 + word.count
            var caveats = false
            if text[end] == 0x2F, text[end + 1] == 0x2F {
                end = caveatsEnd(text, end + 2)
                caveats = true
            }
            guard text[end] == 0x29 else { continue }
            end += 1
            let found = (Finding(kind: .portionMarking, range: index..<end), level)
            // With caveats (`(S//NF)`), or `(CUI)`, the form is unambiguous wherever it stands.
            if caveats || level == .cui { return found }
            // `(U)`, `(C)`, `(S)`, `(TS)` are also plain prose ("a (U) shaped table", "(C) 2024",
            // "uranium (U)"): a portion mark when it opens a paragraph, list item or sentence and
            // the portion follows (a capitalised word, or the line's end), or when the next word
            // says it is a marking.
            var next = end
            while text[next] == 0x20 { next += 1 }
            if markingWords.contains(where: { text.matches($0, at: next) && text.endsWord(next + $0.count) }) { return found }
            let lineEnds = next >= text.count || text[next] == 0x0A || text[next] == 0x0D
            // A title's mark after it, at the line's end (`Threat Assessment (U)`), and a mark
            // filling a table's cell (`| (C) |`).
            if lineEnds, marksTitle(text, index) { return found }
            // Or one of two marks joined by `or`, `and` or `/` (`which is higher, (U) or (S)?`),
            // or compared (`is (S) higher than (U)?`).
            if pairedMark(text, before: index) || pairedMark(text, after: end) { return found }
            if comparedMark(text, after: end) || comparedMark(text, before: index) { return found }
            // Or a label's, before its colon (`Speaker notes (U): …`, `Figure 2 (U): …`).
            if text[end] == 0x3A, marksLabel(text, index) { return found }
            if text[next] == 0x7C, previousByte(text, index) == 0x7C { return found }
            // A mark its sentence names as one shortly before it (`a portion mark such as (U).`,
            // `it was marked (S) by mistake`), unless a copyright's words or year stand by it.
            if namedAsMarking(text, before: index), !Bytes.isDigit(text[next]), !text.wordAfter(next, in: copyright),
                !text.contextBefore(index, window: min(index, 24), copyright)
            {
                return found
            }
            guard portionMayStart(text, index) else { return nil }
            // (A paragraph's number may stand between the mark and the portion: `(S) 1. The
            // traveler …`.)
            guard lineEnds || (next > end && (Bytes.isUpper(text[next]) || text[next] == 0x22 || paragraphNumberOpens(text, next))) else {
                return nil
            }
            return found
        }
        return nil
    }

    /// Words before a mark in its sentence that say it is one (``namedAsMarking(_:before:)``).
    static let markingWordsBefore = [[UInt8]](words: "portion", "portions", "marked", "marking", "markings", "banner", "para", "paras")

    /// Whether a paragraph's number opens a portion at `index`: one or two digits, `.` or `)`,
    /// a space and a capital (`1. The traveler`; not a year, `(C) 2024`).
    static func paragraphNumberOpens(_ text: ScanText, _ index: Int) -> Bool {
        var position = index
        while Bytes.isDigit(text[position]), position < index + 2 { position += 1 }
        return position > index && (text[position] == 0x2E || text[position] == 0x29) && text[position + 1] == 0x20
            && Bytes.isUpper(text[position + 2])
    }

    /// (`Portions Copyright (C) 1993`: a copyright's sign, not a mark.)
    static let copyright = [[UInt8]](words: "copyright")

    /// Whether one of ``markingWordsBefore`` stands within 48 bytes before `index` in the same
    /// line and sentence.
    static func namedAsMarking(_ text: ScanText, before index: Int) -> Bool {
        let from = max(index - 48, text.lineStart(index), text.sentenceStart(holding: index))
        return text.contextBefore(index, window: index - from, markingWordsBefore)
    }

    /// Whether a bullet character (`•`, `‣`, `▪`, `◦`) starts at `index`.
    static func isBullet(_ text: ScanText, _ index: Int) -> Bool {
        guard text[index] == 0xE2 else { return false }
        switch (text[index + 1], text[index + 2]) {
        case (0x80, 0xA2), (0x80, 0xA3), (0x96, 0xAA), (0x97, 0xA6): return true
        default: return false
        }
    }

    /// The byte before `index` past spaces and tabs (0 at the text's start).
    static func previousByte(_ text: ScanText, _ index: Int) -> UInt8 {
        var position = index - 1
        while text[position] == 0x20 || text[position] == 0x09 { position -= 1 }
        return text[position]
    }

    /// Whether a capitalised word ends one space before `index` (a title the mark after it
    /// ends).
    static func marksTitle(_ text: ScanText, _ index: Int) -> Bool {
        guard text[index - 1] == 0x20, Bytes.isLetter(text[index - 2]) else { return false }
        let start = text.wordStart(index - 1)
        return Bytes.isUpper(text[start]) && text.startsWord(start)
    }

    /// Whether another portion mark follows `end` past ` or `, ` and ` or ` / `.
    static func pairedMark(_ text: ScanText, after end: Int) -> Bool {
        for joiner in markJoiners where text.has(joiner, at: end) { return opensPortionMark(text, end + joiner.count) }
        return false
    }

    /// Whether another portion mark ends just before `index` past ` or `, ` and ` or ` / `.
    static func pairedMark(_ text: ScanText, before index: Int) -> Bool {
        for joiner in markJoiners where text.has(joiner, at: index - joiner.count) { return closesPortionMark(text, index - joiner.count - 1) }
        return false
    }

    /// Whether the `)` at `close` ends a portion mark (its `(` within 40 bytes before).
    static func closesPortionMark(_ text: ScanText, _ close: Int) -> Bool {
        guard text[close] == 0x29 else { return false }
        var open = close - 1
        while open > close - 40, open > 0, text[open] != 0x28 { open -= 1 }
        return opensPortionMark(text, open)
    }

    /// Whether a portion mark's level opens at the `(` at `open`: `(S)`, or `(S//` and its caveats.
    static func opensPortionMark(_ text: ScanText, _ open: Int) -> Bool {
        text[open] == 0x28
            && portionLevels.contains {
                let after = text[open + 1 + $0.text.count]
                return text.has($0.text, at: open + 1) && (after == 0x29 || after == 0x2F)
            }
    }

    static let markJoiners = [[UInt8]](words: " or ", " and ", " / ")

    /// Whether ` WORD than ` and another portion mark follow `end` (`(S) higher than (U)`).
    static func comparedMark(_ text: ScanText, after end: Int) -> Bool {
        guard text[end] == 0x20 else { return false }
        let wordEnd = text.letterRunEnd(end + 1)
        guard wordEnd > end + 1, text.has(thanSpaced, at: wordEnd) else { return false }
        return opensPortionMark(text, wordEnd + thanSpaced.count)
    }

    /// Whether another portion mark and ` WORD than ` end just before `index`.
    static func comparedMark(_ text: ScanText, before index: Int) -> Bool {
        guard text.has(thanSpaced, at: index - thanSpaced.count) else { return false }
        let wordEnd = index - thanSpaced.count
        let word = text.wordStart(wordEnd)
        guard word < wordEnd, text[word - 1] == 0x20 else { return false }
        return closesPortionMark(text, word - 2)
    }

    static let thanSpaced = [UInt8](" than ".utf8)

    /// Whether a label of at most 40 bytes opens the line before the mark at `index`: a
    /// capital, then letters, digits and spaces only (`Speaker notes (U):`).
    static func marksLabel(_ text: ScanText, _ index: Int) -> Bool {
        guard text[index - 1] == 0x20 else { return false }
        var start = index - 1
        while start > 0, index - start <= 40, Bytes.isAlnum(text[start - 1]) || text[start - 1] == 0x20 { start -= 1 }
        return (start == 0 || text[start - 1] == 0x0A) && Bytes.isUpper(text[start])
    }

    /// Whether a capitalised word, a space and one to three digits ending at `digitsEnd` open
    /// their line (`Slide 2`, `Para 14`, `Page 3`).
    static func numberedLabelOpensLine(_ text: ScanText, digitsEnd: Int) -> Bool {
        var digits = digitsEnd - 1
        while Bytes.isDigit(text[digits - 1]), digitsEnd - digits < 3 { digits -= 1 }
        guard text[digits - 1] == 0x20, Bytes.isLetter(text[digits - 2]) else { return false }
        let word = text.wordStart(digits - 1)
        return Bytes.isUpper(text[word]) && (word == 0 || text[word - 1] == 0x0A)
    }

    /// A portion mark opens a paragraph, a list item, a sentence or a clause after `;`.
    static func portionMayStart(_ text: ScanText, _ index: Int) -> Bool {
        var position = index - 1
        while position >= 0, text[position] == 0x20 || text[position] == 0x09 { position -= 1 }
        if position < 0 { return true }
        switch text[position] {
        case 0x0A, 0x3A, 0x22: return true  // new line, `:`, opening quote
        case 0x2E, 0x21, 0x3F, 0x3B:  // `.` `!` `?` `;`: a sentence's or a clause's end, or a list number ("3.")
            return position < index - 1
        case 0x2D, 0x2A:  // `-`, `*` bullets at a line start
            return position == 0 || text[position - 1] == 0x0A || text[position - 1] == 0x20
        case 0xA2, 0xA3, 0xAA, 0xA6:  // the last byte of a bullet: `•` `‣` (E2 80 A2/A3), `▪` (E2 96 AA), `◦` (E2 97 A6)
            return isBullet(text, position - 2) && (position == 2 || text[position - 3] == 0x0A || text[position - 3] == 0x20)
        case 0x5D:  // a checklist's box (`- [ ] (S) Review`, `- [x] (U) Send`)
            return (text[position - 1] == 0x20 || text[position - 1] | 0x20 == 0x78) && text[position - 2] == 0x5B
        case 0x30...0x39:  // a numbered part's label opening the line (`Slide 2 (U) Background`, `Para 3 (S)`)
            return numberedLabelOpensLine(text, digitsEnd: position + 1)
        default: return false
        }
    }
}

/// A classification level as markings state it, lowest to highest.
public enum MarkingLevel: Int, Sendable, Comparable, CaseIterable {
    case unclassified, cui, confidential, secret, topSecret

    /// The name the gateway's configuration uses (`secret`, `top-secret` ...).
    public var name: String {
        switch self {
        case .unclassified: "unclassified"
        case .cui: "cui"
        case .confidential: "confidential"
        case .secret: "secret"
        case .topSecret: "top-secret"
        }
    }

    public static func < (lhs: MarkingLevel, rhs: MarkingLevel) -> Bool { lhs.rawValue < rhs.rawValue }
}
