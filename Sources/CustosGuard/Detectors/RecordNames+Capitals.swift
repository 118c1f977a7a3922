// SPDX-License-Identifier: Apache-2.0

/// Names in capitals, as forms, case files, cables and signature blocks write them (`PATIENT:
/// JOHN R. SMITH`, `INMATE JONATHAN HURST RELEASED`, `//signed// SANDRA BLANCHARD`): found where a
/// label, a heading, a title or the line around them says a person's name fills the place, since
/// capitals elsewhere are headings and markings (`GRANT PARK`, `TOP SECRET`).
extension PersonDetector {
    /// A name in capitals, as forms, case files and records write them (`PATIENT: JOHN R. SMITH`,
    /// `SMITH, JOHN`, `| KEVIN SWANSON |`): a listed first name and surname, either way round,
    /// filling a field (``Field``) that a label's colon, a quote, `|` or a tab opens (or, surname
    /// first, a line start); or a listed surname alone after a title (`DR. FISHER`). Capitals
    /// elsewhere are headings and markings (`GRANT PARK`, `TOP SECRET`).
    static func capitalsName(_ text: ScanText, _ index: Int) -> Finding? {
        guard text.startsWord(index) else { return nil }
        let firstEnd = capitalsWordEnd(text, index)
        guard firstEnd - index >= 2 else { return nil }
        // A surname in capitals after a title (`ATTENDING: DR. FISHER`), as in mixed case; an
        // abbreviation in capitals after it that is no name is not the name's (`SFC CAMPBELL NLT
        // 5 May`; but `GENERAL PUBLIC LICENSE` is a heading's run of words).
        // (A middle initial and a surname after a title: `DR. JOHN B. SMITH`, the whole name.)
        if middleInitialFollows(text, firstEnd), titled(text, index), CensusNames.isFirstName(text, index..<firstEnd) {
            let lastEnd = capitalsWordEnd(text, firstEnd + 4)
            if lastEnd - firstEnd - 4 >= 2, CensusNames.isSurname(text, (firstEnd + 4)..<lastEnd) {
                return Finding(kind: .person, range: index..<lastEnd)
            }
        }
        let nextEnd = capitalsWordEnd(text, firstEnd + 1)
        let nameFollows =
            text[firstEnd] == 0x20 && Bytes.isUpper(text[firstEnd + 1])
            && (nextEnd == firstEnd + 1 || nextEnd - firstEnd - 1 > 4 || CensusNames.isName(text, (firstEnd + 1)..<nextEnd))
        if !nameFollows, text[firstEnd] != 0x2C, titled(text, index), CensusNames.isSurname(text, index..<firstEnd) {
            return Finding(kind: .person, range: index..<firstEnd)
        }
        // Or after a report's party or its subject, then a lowercase word (`Subject TURNER was
        // released.`, `Defendant HARRIS appeared`), as in mixed case.
        if !nameFollows, text[firstEnd] == 0x20, Bytes.isLower(text[firstEnd + 1]), partyOrSubjectBefore(text, index),
            CensusNames.isSurname(text, index..<firstEnd)
        {
            return Finding(kind: .person, range: index..<firstEnd)
        }
        // Or before a clinician's credential (`ORDERING: RUSSELL, MD`).
        if credentialFollows(text, after: firstEnd), CensusNames.isSurname(text, index..<firstEnd) {
            return Finding(kind: .person, range: index..<firstEnd)
        }
        // A name's part alone in capitals in a field its key names (`LN: WHITAKER`, `Surname:
        // KEITH ·`), as in mixed case.
        // (Or the field's value opens a sentence: `COORD: BENNETT concurs.`)
        if text[firstEnd] != 0x20 || !Bytes.isUpper(text[firstEnd + 1]),
            Field.closes(text, after: firstEnd, opening: 0x3A) || continuesSentence(text, after: firstEnd),
            RecordFields.keyBefore(text, index) == true || labelsPerson(text, before: index, in: individualOrTitleLabels),
            CensusNames.isName(text, index..<firstEnd)
        {
            // (Or an individual's or an officer's label: `ARRESTING OFFICER: WEST`.)
            return Finding(kind: .person, range: index..<firstEnd)
        }
        // A heading names its person after a filing's `OF` or `IN RE`, or any heading's `FOR`
        // (`DECLARATION OF JANE DOE`, `MEMORANDUM FOR JOHN SMITH`): a field a person's label
        // opens, as `DECLARANT:` would.
        // So does an individual's label word in capitals right before (`INMATE JONATHAN HURST
        // RELEASED 06/20`), the name ending where a word no list holds goes on.
        let fieldOpening = Field.opening(text, before: index)
        let labelWord = fieldOpening == nil && individualLabelBefore(text, index)
        // And a list's later name after a person's label (`DISTRIBUTION: MARK PEREZ, RYAN
        // ZIMMERMAN`, `CC: …, …`): a field the label opens, as its first name's.
        let heading =
            labelWord || (fieldOpening == nil && (continuesLabelledList(text, index) || headingNamesPerson(text, before: index)))
        guard let opening = heading ? 0x3A : fieldOpening else { return capitalsNameInProse(text, index, firstEnd) }
        // At a line's start, a cell of a table whose column names a person (`PAYEE`, `NAME`),
        // or a line of its own under a person's label or over a street line (`Ship to:\nJANE
        // DOE\n12 Oak St`, a mailing label).
        let personColumn = opening == 0x0A && TableHeaders.column(text, index)?.namesPerson == true
        let labelLine =
            opening == 0x0A
            && (labelsPerson(text, before: index - 1) || streetLineFollows(text, index) || roleLineFollows(text, index)
                || afterSignatureDelimiter(text, index) || roleFollowsOnLine(text, index) || middleShapesName(text, index, firstEnd))
        let end: Int
        if text[firstEnd] == 0x2C, text[firstEnd + 1] == 0x20 {
            let secondStart = firstEnd + 2
            let secondEnd = capitalsWordEnd(text, secondStart)
            guard secondEnd - secondStart >= 2, CensusNames.isSurname(text, index..<firstEnd),
                CensusNames.isFirstName(text, secondStart..<secondEnd), !isStateName(text, secondStart..<secondEnd)
            else { return nil }
            end = middleName(text, after: secondEnd) { position in
                let wordEnd = capitalsWordEnd(text, position)
                return wordEnd - position >= 2 ? wordEnd : nil
            }
        } else if text[firstEnd] == 0x20, opening != 0x0A || personColumn || labelLine,
            opening != 0x3A || heading || labelsPerson(text, before: index) || mixedCaseLabelBefore(text, index, firstEnd),
            CensusNames.isFirstName(text, index..<firstEnd)
        {
            // A middle initial or a middle name between (`KEVIN R. SWANSON`, `HEIDI JESSICA ROWE`).
            // A middle name that is a surname too ends the name when no surname follows it
            // (`INMATE CRAIG HARRIS RELEASED`).
            var lastStart = firstEnd + 1
            var surnameAfterFirst: Int?
            let middleEnd = capitalsWordEnd(text, lastStart)
            if Bytes.isUpper(text[lastStart]), text[lastStart + 1] == 0x2E, text[lastStart + 2] == 0x20 {
                lastStart += 3
            } else if middleEnd - lastStart >= 2, text[middleEnd] == 0x20, Bytes.isUpper(text[middleEnd + 1]),
                CensusNames.isFirstName(text, lastStart..<middleEnd)
            {
                surnameAfterFirst = lastStart
                lastStart = middleEnd + 1
            }
            func surnameEnd(_ start: Int) -> Int? {
                let end = capitalsWordEnd(text, start)
                return end - start >= 2 && CensusNames.isSurname(text, start..<end) && !isInstitutionWord(text, start..<end) ? end : nil
            }
            guard let lastEnd = surnameEnd(lastStart) ?? surnameAfterFirst.flatMap(surnameEnd) else { return nil }
            end = lastEnd
        } else {
            return nil
        }
        // A cell of a report aligned with spaces closes at a run of two; a check's payee line at
        // its amount (`PAY TO THE ORDER OF JANE DOE $703.21`, `***703.21`).
        let amountFollows = heading && text[end] == 0x20 && (text[end + 1] == 0x24 || text[end + 1] == 0x2A)
        guard
            Field.closes(text, after: end, opening: opening, orComma: true) || (personColumn && text[end] == 0x20 && text[end + 1] == 0x20)
                || amountFollows
                || (labelWord && text[end] == 0x20 && !CensusNames.isName(text, (end + 1)..<capitalsWordEnd(text, end + 1)))
        else { return nil }
        return Finding(kind: .person, range: index..<end)
    }

    /// Words of a filing's heading in capitals that name a person after `OF` (`DECLARATION OF`,
    /// `ESTATE OF`, `IN THE MATTER OF`), and a check's payee line (`PAY TO THE ORDER OF`).
    static let filingHeadings = FingerprintTable(
        CensusNames.fingerprints(
            """
            DECLARATION AFFIDAVIT ESTATE DEPOSITION TESTIMONY STATEMENT MATTER GUARDIANSHIP CONSERVATORSHIP
            ADOPTION CUSTODY NATURALIZATION ORDER
            """
        )
    )

    /// Whether `index` follows `, ` in a list of names in capitals that a person's label opens
    /// on the same line (`DISTRIBUTION: RHONDA CARROLL, MARK PEREZ`): back from the comma only
    /// capitals, spaces, `.`, `'`, `-` and `,`, then the label's colon, within 240 bytes.
    static func continuesLabelledList(_ text: ScanText, _ index: Int) -> Bool {
        guard text[index - 1] == 0x20, text[index - 2] == 0x2C else { return false }
        var position = index - 3
        let limit = max(0, index - 240)
        while position > limit {
            let byte = text[position]
            if byte == 0x3A { return labelsPerson(text, before: position + 2) || labelsPerson(text, before: position + 1) }
            guard Bytes.isUpper(byte) || byte == 0x20 || byte == 0x2E || byte == 0x27 || byte == 0x2D || byte == 0x2C else { return false }
            position -= 1
        }
        return false
    }

    /// Whether a label written in mixed case ends with its colon before `index` (`Court
    /// appearance: CRAIG LOPEZ`), the name's first word ending at `firstEnd`: a whole name in
    /// capitals after it stands out from the label's words as a form's value does.
    static func mixedCaseLabelBefore(_ text: ScanText, _ index: Int, _ firstEnd: Int) -> Bool {
        var colon = index - 1
        while text[colon] == 0x20 { colon -= 1 }
        guard text[colon] == 0x3A, Bytes.isLower(text[colon - 1]) else { return false }
        // Not a place's or an occasion's name (`Location: GRANT PARK`, `Subject: MAY REPORT`):
        // the word after the first is no place's word, and the first no month's.
        let nextEnd = capitalsWordEnd(text, firstEnd + 1)
        return !placeWords.contains(CensusNames.fingerprint(text, (firstEnd + 1)..<nextEnd)) && !isMonthOrState(text, index..<firstEnd)
    }

    /// Whether a first name in capitals (not a month's or a state's) ending at `firstEnd` goes
    /// on with a middle initial or a middle name (a listed first name) and then a word in
    /// capitals: the shape of a person's whole name, which a line may hold alone (a pharmacy
    /// label's `DIANE G. RHODES`, `TIFFANY CARRIE KENT`); a heading's words rarely take it.
    static func middleShapesName(_ text: ScanText, _ index: Int, _ firstEnd: Int) -> Bool {
        guard text[firstEnd] == 0x20, Bytes.isUpper(text[firstEnd + 1]) else { return false }
        let middle = firstEnd + 1
        let lastStart: Int
        if text[middle + 1] == 0x2E, text[middle + 2] == 0x20 {
            lastStart = middle + 3
        } else {
            let middleEnd = capitalsWordEnd(text, middle)
            guard middleEnd - middle >= 2, text[middleEnd] == 0x20, CensusNames.isFirstName(text, middle..<middleEnd) else { return false }
            lastStart = middleEnd + 1
        }
        return capitalsWordEnd(text, lastStart) - lastStart >= 2 && CensusNames.isFirstName(text, index..<firstEnd)
            && !isMonthOrState(text, index..<firstEnd)
    }

    /// Whether an individual's label word in capitals (``individualLabels``: `INMATE`,
    /// `PATIENT`; or a police report's `R/P`, its reporting party) and one space stand right
    /// before `index`, the label opening its line or a sentence of the report.
    static func individualLabelBefore(_ text: ScanText, _ index: Int) -> Bool {
        guard text[index - 1] == 0x20, Bytes.isUpper(text[index - 2]) else { return false }
        if text[index - 2] == 0x50, text[index - 3] == 0x2F, text[index - 4] == 0x52, !Bytes.isLetter(text[index - 5]) {
            return index - 4 == text.lineStart(index - 4) || text[index - 6] == 0x2E
        }
        let start = text.wordStart(index - 1)
        guard start < index - 2, Bytes.isUpper(text[start + 1]) else { return false }
        // (A report's paragraph may open with its number and its portion mark: `1. (S) SOURCE
        // TINA WILSON REPORTED`; `SOURCE` and `SUBJECT` name someone there.)
        if start != text.lineStart(start) {
            return opensMarkedParagraph(text, start) && reportLabels.contains(CensusNames.fingerprint(text, start..<(index - 1)))
        }
        return individualLabels.contains(CensusNames.fingerprint(text, start..<(index - 1)))
            || reportLabels.contains(CensusNames.fingerprint(text, start..<(index - 1)))
    }

    /// Whether a report's party (``partyRoles``) or `Subject` stands right before `index`, a
    /// space apart, not in capitals itself (`SUBJECT MATTER was` is a heading's run of words).
    static func partyOrSubjectBefore(_ text: ScanText, _ index: Int) -> Bool {
        guard text[index - 1] == 0x20 else { return false }
        let end = index - 1
        let start = text.wordStart(end)
        guard start + 1 < end, text.startsWord(start), Bytes.isLower(text[start + 1]) else { return false }
        return text.wordEnding(at: end, isOneOf: reportSubjects) || partyRoleBefore(text, index)
    }

    /// `Subject` before a surname in capitals (``partyOrSubjectBefore(_:_:)``), lowercase.
    static let reportSubjects = [[UInt8]](words: "subject")

    /// The words that open a report's paragraph about a person in capitals (`SOURCE`, `SUBJECT`).
    static let reportLabels = FingerprintTable(CensusNames.fingerprints("SOURCE SUBJECT"))

    /// Whether only a paragraph's number, its portion mark, or both stand between the line's
    /// start and `index` (`1. (S//NF) SOURCE`, `(C) SUBJECT`, `2. SOURCE`).
    static func opensMarkedParagraph(_ text: ScanText, _ index: Int) -> Bool {
        var position = index - 1
        while text[position] == 0x20 { position -= 1 }
        if text[position] == 0x29 {
            var open = position - 1
            while open > position - 40, open > 0, text[open] != 0x28 { open -= 1 }
            guard text[open] == 0x28, Bytes.isUpper(text[open + 1]) else { return false }
            position = open - 1
            while text[position] == 0x20 { position -= 1 }
        }
        if text[position] == 0x2E, Bytes.isDigit(text[position - 1]) {
            position -= 1
            while Bytes.isDigit(text[position]) { position -= 1 }
        }
        return position < index - 1 && (position < 0 || text[position] == 0x0A)
    }

    /// Whether a heading in capitals names a person just before `index`: one of
    /// ``filingHeadings`` and `OF`, `IN RE`, or any heading's `FOR` (`MEMORANDUM FOR`,
    /// `TALKING POINTS FOR`).
    static func headingNamesPerson(_ text: ScanText, before index: Int) -> Bool {
        guard text[index - 1] == 0x20 else { return false }
        if text[index - 5] == 0x20, text[index - 4] == 0x46, text[index - 3] == 0x4F, text[index - 2] == 0x52 {
            return Bytes.isUpper(text[index - 6]) && Bytes.isUpper(text[index - 7])
        }
        guard text[index - 4] == 0x20 else { return false }
        if text[index - 3] == 0x52, text[index - 2] == 0x45 {
            return text[index - 5] == 0x4E && text[index - 6] == 0x49 && text.startsWord(index - 6)
        }
        guard text[index - 3] == 0x4F, text[index - 2] == 0x46 else { return false }
        let end = index - 4
        let start = text.wordStart(end)
        return start < end && text.startsWord(start) && (start..<end).allSatisfy { Bytes.isUpper(text[$0]) }
            && filingHeadings.contains(CensusNames.fingerprint(text, start..<end))
    }

    /// Whether the line after the one holding `index` starts as a street line does (a building
    /// number, a space and a capitalised word) and a state's code and a ZIP code follow within
    /// two lines (`12 Oak St\nBoise, ID 83702`): a mailing address under the name. All of it
    /// within ``SensitiveDataScanner/longestFinding`` bytes of `index`, which a stream holds
    /// back, so a stream judges the name as the whole text does.
    static func streetLineFollows(_ text: ScanText, _ index: Int) -> Bool {
        let limit = min(text.count, index + SensitiveDataScanner.longestFinding)
        var position = index
        while position < limit, text[position] != 0x0A { position += 1 }
        let street = position + 1
        let digits = text.digitRun(street)
        guard (1...6).contains(digits), text[street + digits] == 0x20, Bytes.isUpper(text[street + digits + 1]) else { return false }
        var lines = 0
        var at = street + digits
        while at < limit, lines < 2 {
            if text[at] == 0x0A { lines += 1 }
            if text[at] == 0x2C, text[at + 1] == 0x20, let stateEnd = AddressDetector.state(text, at + 2), text[stateEnd] == 0x20,
                let zipEnd = AddressDetector.zip(text, stateEnd + 1), zipEnd <= limit
            {
                return true
            }
            at += 1
        }
        return false
    }

    /// Whether the next line after the one holding `index` names a party's role alone (a
    /// caption: `JENNY CONTRERAS,\n        Plaintiff,`): a person's label (``personLabels``),
    /// then `,` `.` `:` or the line's end, within ``SensitiveDataScanner/longestFinding`` bytes.
    static func roleLineFollows(_ text: ScanText, _ index: Int) -> Bool {
        let limit = min(text.count, index + SensitiveDataScanner.longestFinding)
        var position = index
        while position < limit, text[position] != 0x0A { position += 1 }
        position += 1
        while text[position] == 0x20 || text[position] == 0x09 { position += 1 }
        let start = position
        while Bytes.isLetter(text[position]) { position += 1 }
        guard position > start, position < limit, Bytes.isUpper(text[start]), personLabels.contains(CensusNames.fingerprint(text, start..<position))
        else { return false }
        let after = text[position]
        return after == 0x2C || after == 0x2E || after == 0x3A || after == 0x0A || after == 0x0D || position >= text.count
    }

    /// Whether the line holding `index` ends with a party's role after a comma (a signature
    /// block: `ERIK OCONNOR, Seller`): `, ` and a person's label (``personLabels``) closing the
    /// line, within ``SensitiveDataScanner/longestFinding`` bytes.
    static func roleFollowsOnLine(_ text: ScanText, _ index: Int) -> Bool {
        let limit = min(text.count, index + SensitiveDataScanner.longestFinding)
        var lineEnd = index
        while lineEnd < limit, text[lineEnd] != 0x0A, text[lineEnd] != 0x0D { lineEnd += 1 }
        guard lineEnd < limit || lineEnd == text.count else { return false }
        var end = lineEnd
        while text[end - 1] == 0x20 || text[end - 1] == 0x2E { end -= 1 }
        let start = text.wordStart(end)
        guard start < end, start > index, text[start - 1] == 0x20, text[start - 2] == 0x2C else { return false }
        return personLabels.contains(CensusNames.fingerprint(text, start..<end))
    }

    /// Whether the line before the one starting at `index` is an email signature's delimiter,
    /// `--` (or `-- `) alone.
    static func afterSignatureDelimiter(_ text: ScanText, _ index: Int) -> Bool {
        var end = index - 1
        guard text[end] == 0x0A else { return false }
        if text[end - 1] == 0x0D { end -= 1 }
        if text[end - 1] == 0x20 { end -= 1 }
        return text[end - 1] == 0x2D && text[end - 2] == 0x2D && (end - 2 == 0 || text[end - 3] == 0x0A)
    }

    /// A full name in capitals inside a sentence written in lowercase (`In loving memory of
    /// SHERRY KEITH, beloved husband`, `a letter to JOHN Q. SMITH about`): a lowercase word
    /// before it, a listed first name (not a month's or a state's, unless a middle initial
    /// follows: `for APRIL O. MILLER`), an optional middle initial or name, and a listed surname
    /// (no institution's word), then the sentence goes on (a comma, a full stop, `;`, `)` or a
    /// lowercase word, a parenthesis or a dash: `contacted SUSAN T. BROWN (W/F, DOB …)`,
    /// `Passenger NICHOLAS U. LI — seat 22A`) or the line
    /// ends (`RE: Claimant DORIS WALLACE`). Capitals between capitals are a
    /// heading's or a marking's; after `the`, a thing's (`send the PING ACK`).
    static func capitalsNameInProse(_ text: ScanText, _ index: Int, _ firstEnd: Int) -> Finding? {
        // In a sentence written all in capitals (`CONTACTED JESSICA A. PINEDA (DOB …)`), only a
        // record's label after the name, or a rank or title before it (`SGT CHRISTINE
        // FERNANDEZ,`), tells it from the words around it.
        let inCapitals = Bytes.isUpper(text[index - 2]) && Bytes.isUpper(text[index - 3])
        // (A deed's or a will's `I, KENNETH MUELLER, of …` stands for a lowercase word before.)
        let declares = text[index - 2] == 0x2C && text[index - 3] == 0x49 && !Bytes.isLetter(text[index - 4])
        // (So does a clause's comma after a lowercase word or a number: `On 6/1/2023, TERRY S.
        // LEWIS briefed …`.)
        let afterClause = text[index - 2] == 0x2C && (Bytes.isLower(text[index - 3]) || Bytes.isDigit(text[index - 3]))
        guard text[index - 1] == 0x20,
            inCapitals || declares || afterClause || (Bytes.isLower(text[index - 2]) && Bytes.isLower(text[index - 3]))
                || afterSignedMark(text, index),
            !theEnds(text, index),
            text[firstEnd] == 0x20,
            CensusNames.isFirstName(text, index..<firstEnd), !isMonthOrState(text, index..<firstEnd) || middleInitialFollows(text, firstEnd)
        else { return nil }
        let afterMiddle = middleName(text, after: firstEnd) { position in
            let wordEnd = capitalsWordEnd(text, position)
            return wordEnd - position >= 2 && text[wordEnd] == 0x20 ? wordEnd : nil
        }
        // The surname after a middle name or initial, else right after the first name (a
        // surname that is also a first name, `SEAN BENNETT at`, is no middle name).
        for lastStart in [afterMiddle + 1, firstEnd + 1] {
            let lastEnd = capitalsWordEnd(text, lastStart)
            // (A place's word after a middle initial is a surname: `HEATHER V. HILL`.)
            guard lastEnd - lastStart >= 2, CensusNames.isSurname(text, lastStart..<lastEnd), !isInstitutionWord(text, lastStart..<lastEnd),
                lastStart != firstEnd + 1 && middleInitialFollows(text, firstEnd)
                    || !placeWords.contains(CensusNames.fingerprint(text, lastStart..<lastEnd))
            else { continue }
            let next = text[lastEnd]
            if inCapitals { return recordFollows(text, lastEnd) || titled(text, index) ? Finding(kind: .person, range: index..<lastEnd) : nil }
            let goesOn =
                next == 0x2C || next == 0x2E || next == 0x3B || next == 0x29 || next == 0x3A || (next == 0x20 && Bytes.isLower(text[lastEnd + 1]))
                || next == 0x0A || lastEnd == text.count || (next == 0x20 && (text[lastEnd + 1] == 0x28 || text.hasLongDash(at: lastEnd + 1)))
                || recordLabelFollows(text, lastEnd)
            return goesOn ? Finding(kind: .person, range: index..<lastEnd) : nil
        }
        return nil
    }

    /// Whether a signature's mark stands right before the word at `index`, a space apart: a
    /// message's `//signed//` (`//SIGNED//`), or an electronic signature's `/s/`.
    static func afterSignedMark(_ text: ScanText, _ index: Int) -> Bool {
        let end = index - 1
        guard text[end - 1] == 0x2F else { return false }
        if text[end - 2] | 0x20 == 0x73, text[end - 3] == 0x2F { return end - 3 == 0 || !Bytes.isAlnum(text[end - 4]) }
        return text[end - 2] == 0x2F && text.matches(signed, at: end - 8) && text[end - 9] == 0x2F && text[end - 10] == 0x2F
    }

    static let signed = [UInt8]("signed".utf8)
}
