// SPDX-License-Identifier: Apache-2.0

/// Dates of birth: a date in any of the common forms that its context calls a birth date.
extension NumberDetectors {
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
    /// parentheses (`Pt Dana Shah (11/08/1944)`), or its place in a booking's travel document
    /// line (``TravelDocuments``).
    static func isBirthContext(_ text: ScanText, _ date: Range<Int>) -> Bool {
        if TravelDocuments.field(text, date) == .dateOfBirth { return true }
        if context(.dateOfBirth, before: text, date.lowerBound, window: 24, endingWithin: true), !labelledEarlierDate(text, date) {
            return !afterDeadlineWord(text, date.lowerBound)
        }
        if labelAfter(text, date.upperBound) == .dateOfBirth || afterName(text, date) { return true }
        if continuesBirthDates(text, date) { return !afterDeadlineWord(text, date.lowerBound) }
        if let column = TableHeaders.cellColumn(text, date) {
            return column.isBirthDate
        }
        // A row with no header that a person's name opens: a record of them, and the date in a
        // cell of its own is when they were born (`Ryan Ruiz,310-87-5276,02/09/1947,...`, `1)
        // Jean Henderson, 557-16-1570, 02/25/1991`, `- John Stanton / 240-97-8954 / 06/19/1985`).
        if TableHeaders.isWholeCell(text, date) && TableHeaders.rowOpensWithName(text, text.lineStart(date.lowerBound)) { return true }
        // The line answers a question about a birth date on the line before.
        return askedBefore(text, date.lowerBound) == .dateOfBirth
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
                && CensusNames.isName(text, start..<nameEnd)
        }
        guard text[date.lowerBound - 1] == 0x28, text[date.upperBound] == 0x29, text[date.lowerBound - 2] == 0x20 else { return false }
        let end = date.lowerBound - 2
        var start = text.wordStart(end)
        guard start < end, Bytes.isUpper(text[start]), Bytes.isLower(text[start + 1]) else { return false }
        guard CensusNames.isName(text, start..<end) else { return false }
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
