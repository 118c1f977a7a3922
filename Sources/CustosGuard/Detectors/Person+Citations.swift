// SPDX-License-Identifier: Apache-2.0

/// How citations name people: an author cited with the year of the work, a party in a case's
/// caption.
extension PersonDetector {
    /// Whether the word is an author a text cites with the year of the work: `as`, `and`, `&`,
    /// `by` or `see` before it and the year after it (`As Jordan (2025) argues`, `Kadatch and
    /// Jenkins (2010)`); a product's name takes a year too (`Release Phoenix (2021) notes`).
    static func citedAuthor(_ text: ScanText, _ word: Range<Int>) -> Bool {
        guard citationYearFollows(text, word.upperBound), text[word.lowerBound - 1] == 0x20 else { return false }
        return text[word.lowerBound - 2] == 0x26 || text.wordEnding(at: word.lowerBound - 1, isOneOf: citationOpeners)
    }

    static let citationOpeners = [[UInt8]](words: "as", "and", "by", "see")

    /// Whether ` (`, a year from 1800 to 2099 and `)` follow `end`: a citation's author before
    /// it (`As Jordan (2025) argues`, `Robinson, Daniel (2021).`).
    static func citationYearFollows(_ text: ScanText, _ end: Int) -> Bool {
        guard text[end] == 0x20, text[end + 1] == 0x28, text.digitRun(end + 2) == 4, text[end + 6] == 0x29 else { return false }
        let century = (text[end + 2] - 0x30) * 10 + (text[end + 3] - 0x30)
        return (18...20).contains(century)
    }

    /// Whether the word is a party a case's caption names: one capitalised word on each side
    /// of `v.` or `vs.`, each on the name lists and neither a state's or a month's name
    /// (`Manning v. Harrison, 85 F.3d 22`, `See Leon v. Tate`). A caption whose other party is a
    /// state, a country or a firm (`Texas v. Johnson`, `Brown v. Board of Education`) does not
    /// name the person here.
    static func caseParty(_ text: ScanText, _ word: Range<Int>) -> Bool {
        // The word first, the other party after ` v. `.
        if text[word.upperBound] == 0x20, let other = versusEnd(text, word.upperBound + 1), let otherEnd = titleWord(text, other) {
            return isParty(text, word) && isParty(text, other..<otherEnd) && captionEnds(text, otherEnd)
                && !capitalisedWordBefore(text, word.lowerBound)
        }
        // The word second: ` v. ` and the other party before it.
        guard text[word.lowerBound - 1] == 0x20, captionEnds(text, word.upperBound) else { return false }
        var versus = word.lowerBound - 3
        guard text[versus + 1] == 0x2E else { return false }
        if text[versus] == 0x73 { versus -= 1 }
        guard text[versus] == 0x76, text[versus - 1] == 0x20 else { return false }
        let otherEnd = versus - 1
        let other = text.wordStart(otherEnd)
        return other < otherEnd && text.startsWord(other) && titleWord(text, other) == otherEnd && isParty(text, other..<otherEnd)
            && isParty(text, word) && !capitalisedWordBefore(text, other)
    }

    /// Where the other party starts after ` v. ` or ` vs. ` at `index` (its `v`); nil when
    /// neither is there.
    static func versusEnd(_ text: ScanText, _ index: Int) -> Int? {
        guard text[index] == 0x76 else { return nil }
        var position = index + 1
        if text[position] == 0x73 { position += 1 }
        return text[position] == 0x2E && text[position + 1] == 0x20 ? position + 2 : nil
    }

    /// A name on the lists that is no state's or month's.
    static func isParty(_ text: ScanText, _ word: Range<Int>) -> Bool {
        CensusNames.isName(text, word) && !isMonthOrState(text, word)
    }

    /// Whether the caption ends after its second party: at a comma, a full stop, a `;`, a `)`,
    /// the line's or the text's end, or before ` (` or a lowercase word that does not go on
    /// with the party's name (`Board of Education`, `Sons and Daughters`).
    static func captionEnds(_ text: ScanText, _ end: Int) -> Bool {
        let next = text[end]
        if next == 0x20 {
            return text[end + 1] == 0x28 || (Bytes.isLower(text[end + 1]) && !text.wordAfter(end, in: nameGoesOn))
        }
        return end >= text.count || next == 0x2C || next == 0x2E || next == 0x3B || next == 0x29 || next == 0x0A || next == 0x0D
    }

    static let nameGoesOn = [[UInt8]](words: "of", "and", "for")

    /// Whether a capitalised word stands right before the word at `index`, a space apart: the
    /// party is a longer name's last word (`United States v. Nixon`), unless the word before
    /// is a citation's signal (`See Leon v. Tate`, `In Smith v. Jones`, `Cf.`).
    static func capitalisedWordBefore(_ text: ScanText, _ index: Int) -> Bool {
        var end = index - 1
        guard text[end] == 0x20 else { return false }
        if text[end - 1] == 0x2E { end -= 1 }
        let before = text.wordStart(end)
        return before < end && Bytes.isUpper(text[before]) && !text.wordEnding(at: end, isOneOf: citationSignals)
    }

    /// The words that open a citation (`See`, `Cf.`, `In`, `Accord`).
    static let citationSignals = [[UInt8]](words: "see", "cf", "in", "accord", "also", "but", "citing", "under", "per", "following", "compare")
}
