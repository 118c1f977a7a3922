// SPDX-License-Identifier: Apache-2.0

/// Names mentioned again: a first name or surname alone, shortly before or after the full name
/// the scan found (``PersonDetector/mentions(after:at:in:into:)``).
extension PersonDetector {
    /// How far back a later mention may look for the full name it repeats: within the context a
    /// ``StreamingRedactor`` keeps, so streamed text is judged as the whole text is.
    static let mentionLookBehind = SensitiveDataScanner.longestLookBehind

    /// Later mentions of people already found: the first name or surname of a `First Last`
    /// finding, or a name found alone, standing alone and capitalised within
    /// ``mentionLookBehind`` bytes after it ("Ryan White briefed the group. Ryan will follow
    /// up"; "cc: Morgan ... ping Morgan"). A word that continues a run of capitalised words
    /// ("White House") is not a mention; a sentence's first word before it does not make a run
    /// ("Text Ryan at ...").
    /// `found`: the findings so far, resolved (``SensitiveDataScanner/resolve(_:)``).
    static func mentions(after found: [Finding], at capitalisedWords: [Int], in text: ScanText, into candidates: inout [Finding]) {
        var names: [(token: Range<Int>, end: Int)] = []
        for finding in found where finding.kind == .person {
            guard let firstEnd = titleWord(text, finding.range.lowerBound) ?? capitalsWord(text, finding.range.lowerBound) else { continue }
            guard firstEnd < finding.range.upperBound else {
                // A name found alone (`Dear Morgan`, `Dr. Patel`) may be mentioned again alone.
                names.append((finding.range, finding.range.upperBound))
                continue
            }
            names.append((finding.range.lowerBound..<firstEnd, finding.range.upperBound))
            var lastStart = finding.range.upperBound
            while lastStart > firstEnd, text[lastStart - 1] != 0x20 { lastStart -= 1 }
            if lastStart > firstEnd, text[finding.range.upperBound - 1] != 0x2E {
                names.append((lastStart..<finding.range.upperBound, finding.range.upperBound))
            }
        }
        guard !names.isEmpty else { return }
        func same(_ token: Range<Int>, _ word: Range<Int>) -> Bool {
            token.count == word.count && (0..<word.count).allSatisfy { text[token.lowerBound + $0] == text[word.lowerBound + $0] }
        }
        // The words come in text order: the names within reach of one form a window that only
        // moves forward, so each word compares against the few names just before it (and, for
        // a mention before the name, the few just after it).
        // `found` is resolved (in text order, no overlaps), so `names` is in order of both
        // their ends and their tokens' starts.
        var reachable = 0
        var ahead = 0
        for start in capitalisedWords {
            // Only a word with a name within reach before or after it is read at all.
            while reachable < names.count, start - names[reachable].end > mentionLookBehind { reachable += 1 }
            while ahead < names.count, names[ahead].token.lowerBound <= start { ahead += 1 }
            let after = reachable < names.count && names[reachable].end <= start
            let before = ahead < names.count && names[ahead].token.lowerBound - start <= mentionLookAhead + longestMention
            guard after || before, let end = titleWord(text, start) ?? capitalsWord(text, start) else { continue }
            let word = start..<end
            // After the name, or before it ("Per our call, Rubio will send … Ms. Rubio also
            // gave"): within ``mentionLookAhead`` bytes, less than a stream holds back, so a
            // stream judges it alike. The spelling first, then whether the word stands alone.
            let repeats =
                (after && names[reachable...].prefix(while: { $0.end <= start }).contains(where: { same($0.token, word) }))
                || (before && word.count <= longestMention
                    && names[ahead...].prefix(while: { $0.token.lowerBound - end <= mentionLookAhead }).contains(where: {
                        $0.token.lowerBound >= end && same($0.token, word)
                    }))
            if repeats, standsAlone(text, word) { candidates.append(Finding(kind: .person, range: word)) }
        }
    }

    /// A word in capitals at `index` (`BROWN`, `O'NEIL`), two letters at least: its end.
    static func capitalsWord(_ text: ScanText, _ index: Int) -> Int? {
        let end = capitalsWordEnd(text, index)
        return end - index >= 2 ? end : nil
    }

    /// How far before a name found later a mention of it (of at most ``longestMention`` bytes)
    /// may stand: the mention, the gap and the name fit in
    /// ``SensitiveDataScanner/longestFinding`` bytes, which a ``StreamingRedactor`` holds back,
    /// so streamed text is judged as the whole text is.
    static let mentionLookAhead = 160

    /// The longest word taken as a mention before the name it repeats.
    static let longestMention = 40

    /// Appends the starts of the words before `index`, as far back as a mention before a name
    /// may start, that begin with a capital and then a lowercase letter, `'` or another capital
    /// (where a name can be): what the scan records from the first person it finds on.
    static func noteCapitalisedWords(in text: ScanText, before index: Int, into starts: inout [Int]) {
        var position = max(0, index - mentionLookAhead - longestMention)
        while position < index {
            if Bytes.isUpper(text[position]), Bytes.isLetter(text[position + 1]) || text[position + 1] == 0x27, text.startsWord(position) {
                starts.append(position)
            }
            position += 1
        }
    }

    /// Whether what follows a name ending at `end` makes it a firm's first word: `and` or `&`
    /// and a family firm's suffix (`Carson and Sons`), or a corporate suffix (`Thomas PLC`).
    static func opensFirmName(_ text: ScanText, after end: Int) -> Bool {
        if familyFirmFollows(text, after: end) { return true }
        // A corporate suffix right after (`Thomas PLC`, `Taylor LLC`).
        if text[end] == 0x20, case let wordEnd = text.letterRunEnd(end + 1), wordEnd > end + 2,
            isInstitutionWord(text, (end + 1)..<wordEnd), !Bytes.isAlnum(text[wordEnd])
        {
            return true
        }
        return firmOfSurnamesFollows(text, after: end)
    }

    /// Whether the name is the first of a firm's list of surnames (`Morton, Marquez and Garcia`,
    /// `Allen, Russo & Lee`): `, ` then capitalised words joined by `, ` and at last by `and` or
    /// `&`, one of them a surname that is no first name. A list of people's first names reads
    /// the same (`their children were Andrea, Scott and Laura`) but its names are first names;
    /// a firm whose every name is also a first name (`Patrick, Neal and Harris`) is not told
    /// apart.
    static func firmOfSurnamesFollows(_ text: ScanText, after end: Int) -> Bool {
        guard text[end] == 0x2C, text[end + 1] == 0x20 else { return false }
        var position = end + 2
        var surnameOnly = false
        var isLast = false
        for _ in 0..<4 {
            if text.has(andWord, at: position) {
                position += andWord.count
                isLast = true
            }
            guard let wordEnd = titleWord(text, position), CensusNames.isSurname(text, position..<wordEnd) else { return false }
            if !CensusNames.isFirstName(text, position..<wordEnd) { surnameOnly = true }
            if isLast { return surnameOnly }
            if text.has(andSpace, at: wordEnd) {
                position = wordEnd + 1
            } else if text.has(ampersandSpace, at: wordEnd) {
                position = wordEnd + ampersandSpace.count
                isLast = true
            } else if text[wordEnd] == 0x2C, text[wordEnd + 1] == 0x20 {
                position = wordEnd + 2
            } else {
                return false
            }
        }
        return false
    }

    /// Whether `and` or `&` and a family firm's suffix follow `end` (`Johnson and Sons`, `Lee & Co`).
    static func familyFirmFollows(_ text: ScanText, after end: Int) -> Bool {
        for joiner in [andSpace, ampersandSpace] where text.has(joiner, at: end) {
            let suffix = end + joiner.count
            return firmSuffixes.contains { text.has($0, at: suffix) && !Bytes.isLetter(text[suffix + $0.count]) }
        }
        return false
    }

    /// What follows `and` or `&` after a family firm's name.
    static let firmSuffixes = [[UInt8]](words: "Sons", "Son", "Daughters", "Co", "Company", "Associates", "Partners")

    /// Whether the capitalised word stands alone as a mention can: not before or after another
    /// capitalised word, nor after a capitalised abbreviation.
    static func standsAlone(_ text: ScanText, _ word: Range<Int>) -> Bool {
        let (start, end) = (word.lowerBound, word.upperBound)
        // Alone: not after or before another capitalised word, nor joined to one by a hyphen
        // (`Odonnell-Cooper`, a firm's or a double-barrelled name's part).
        if text[end] == 0x20, Bytes.isUpper(text[end + 1]) { return false }
        if (text[start - 1] == 0x2D && Bytes.isLetter(text[start - 2])) || (text[end] == 0x2D && Bytes.isUpper(text[end + 1])) { return false }
        // A month's name before a number is a date (`April 30, 2023` after `April Ross`).
        if text[end] == 0x20, Bytes.isDigit(text[end + 1]), NumberDetectors.monthName(text, start) != nil { return false }
        // A capitalised word before counts only inside a sentence ("Text Ryan at ..." is a mention).
        if text[start - 1] == 0x20, Bytes.isLetter(text[start - 2]) {
            let previous = text.wordStart(start - 2)
            if Bytes.isUpper(text[previous]), !text.startsSentence(previous) { return false }
        }
        // Nor after a capitalised abbreviation that ends no sentence (`Jr. Day`, `St. Louis`;
        // a title's surname, `Mr. White`, is the person detector's).
        if text[start - 1] == 0x20, text[start - 2] == 0x2E, Bytes.isLetter(text[start - 3]), !text.startsSentence(start),
            Bytes.isUpper(text[text.wordStart(start - 3)])
        {
            return false
        }
        // Nor inside a list of capitalised words, a firm's name ("Frye, Perez and Gonzalez",
        // "Petersen, Brown and Clark"): after `Capitalised and ` or `Capitalised, and `, or
        // after `Capitalised, ` with `,` or ` and` after it.
        var before = start - 1
        if text.has(andSpace, at: start - 5) {
            before = start - 6
        } else if text.has(ampersandSpace, at: start - 3) {
            before = start - 4
        } else if text[start - 1] == 0x20, text[start - 2] == 0x2C, text[end] == 0x2C || text.has(andSpace, at: end) {
            before = start - 3
        }
        if before < start - 1 {
            if text[before] == 0x2C { before -= 1 }
            let previous = text.wordStart(before + 1)
            if previous <= before, Bytes.isUpper(text[previous]) { return false }
        }
        // Nor a family firm's (`Johnson and Sons`, `Lee & Co`).
        if familyFirmFollows(text, after: end) { return false }
        // Nor the first of such a list (`Clark, Gomez and Bennett`).
        if text[end] == 0x2C, text[end + 1] == 0x20, let nextEnd = titleWord(text, end + 2),
            text.has(andSpace, at: nextEnd) || text.has(ampersandSpace, at: nextEnd) || text[nextEnd] == 0x2C
        {
            return false
        }
        return true
    }
}
