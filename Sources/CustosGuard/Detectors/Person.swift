// SPDX-License-Identifier: Apache-2.0

/// People's names: capitalised tokens checked against the Census name lists, with context for
/// the ambiguous cases. A full name is a first name, optional middle names or initials, and a
/// surname (`David Simpson`, `Sara B. Torres`, `Amanda Heather Myers`). A first name alone counts
/// when the text addresses or signs with it, or names a relation (`Hello Jason,`, `Thanks,\nAdam`,
/// `my daughter Sandra`); a surname alone after a title (`Dr. Patel`). What makes a first name
/// alone a person's is in Person+FirstNames.swift, names mentioned again in Person+Mentions.swift,
/// names as records write them in RecordNames.swift, the word lists in Person+Words.swift.
enum PersonDetector {
    /// A capitalised word (`Simpson`, `O'Brien`, `Smith-Jones`) at `index`: its end.
    static func titleWord(_ text: ScanText, _ index: Int) -> Int? {
        guard Bytes.isUpper(text[index]) else { return nil }
        var end = index + 1
        if text[end] == 0x27, Bytes.isUpper(text[end + 1]) { end += 2 }  // O'Brien, D'Angelo
        guard Bytes.isLower(text[end]) else { return nil }
        end += 1
        while Bytes.isLetter(text[end]) || ((text[end] == 0x27 || text[end] == 0x2D) && Bytes.isUpper(text[end + 1])) { end += 1 }
        guard !Bytes.isDigit(text[end]), text[end] != 0x5F else { return nil }
        return end
    }

    /// The name starting at the capitalised word at `index`, if the word starts one: a full
    /// name, or a first name or a surname alone where its context makes it a person's.
    static func person(_ text: ScanText, _ index: Int) -> Finding? {
        guard let found = name(text, index) else { return nil }
        // The name after a compass point's or a lake's word is a town's (`Hotel: South Rodney
        // Marriott`); asked only of a name found, since most capitalised words find none.
        return townPrefixBefore(text, index) ? nil : found
    }

    /// ``person(_:_:)`` before the town-prefix test.
    static func name(_ text: ScanText, _ index: Int) -> Finding? {
        // After `the` a run of capitalised words is a place's or an institution's, unless a
        // middle initial shapes it as a person's ("the same person as the Kevin V. Porter").
        guard text.startsWord(index), let firstEnd = titleWord(text, index) else { return nil }
        let firstPrint = CensusNames.fingerprint(text, index..<firstEnd)
        let listedFirst = text.names.firstNames.contains(firstPrint)
        // A word on neither list names someone only as an unlisted first name before a surname
        // (below): most capitalised words stop here, before any look at their context.
        if !listedFirst, !(text[firstEnd] == 0x20 && Bytes.isUpper(text[firstEnd + 1])), !text.names.surnames.contains(firstPrint) {
            return nil
        }
        guard !afterThe(text, index) || middleInitialFollows(text, firstEnd) else { return nil }
        // A town named for someone, a compass point's or a lake's (`West William`, `Lake Ryan`,
        // `New Regina`, `Port Jennifer`): a place.
        if townPrefixes.contains(where: { $0.count == firstEnd - index && text.matches($0, at: index) }), text[firstEnd] == 0x20,
            Bytes.isUpper(text[firstEnd + 1])
        {
            return nil
        }
        // The rest of a name after its capital and apostrophe (`O'Reilly Media`): inside a word.
        if text[index - 1] == 0x27, Bytes.isUpper(text[index - 2]), text.startsWord(index - 2) { return nil }
        if text[firstEnd] == 0x2C, let inverted = invertedName(text, index, firstEnd) { return inverted }
        guard listedFirst else {
            // A surname alone, after a title or before a relative clause about a person
            // (`Acosta, who lives at`; not `age`, which a field's name also takes: `name:
            // String, age: Int`).
            // (Not a role a contract or a form defines, `Tenant's SSN`, `"Landlord"`.)
            // (After a title, a role's word is a surname too: `Dr. Holder`.)
            if text.names.surnames.contains(firstPrint),
                titled(text, index) || answersNameQuestion(text, index..<firstEnd) || actedBy(text, index..<firstEnd)
                    || partyNamed(text, index..<firstEnd)
                    || credentialFollows(text, after: firstEnd) || citedAuthor(text, index..<firstEnd) || caseParty(text, index..<firstEnd)
                    || (!personLabels.contains(firstPrint)
                        && ((relativeWhoFollows(text, firstEnd) && !isMonthOrState(text, index..<firstEnd))
                            || RecordFields.isNamePart(text, index..<firstEnd) || labelledAlone(text, index..<firstEnd)
                            || ((ownsAction(text, index..<firstEnd) || ownsRecord(text, index..<firstEnd)) && !isMonthOrState(text, index..<firstEnd))))
            {
                return Finding(kind: .person, range: index..<firstEnd)
            }
            // A first name the 1990 lists lack, shaped as a name by a middle initial before a
            // surname (`Connor O. Waters`), or by a word that introduces a person before it
            // (`Contact Cristian Jackson`).
            guard text[firstEnd] == 0x20 else { return nil }
            let initial = firstEnd + 1
            if Bytes.isUpper(text[initial]), text[initial + 1] == 0x2E, text[initial + 2] == 0x20 {
                guard let lastEnd = titleWord(text, initial + 3), CensusNames.isSurname(text, (initial + 3)..<lastEnd) else { return nil }
                return Finding(kind: .person, range: index..<lastEnd)
            }
            guard let lastEnd = titleWord(text, initial), !(text[lastEnd] == 0x20 && Bytes.isUpper(text[lastEnd + 1])),
                CensusNames.isSurname(text, initial..<lastEnd), !isInstitutionWord(text, initial..<lastEnd), introduced(text, index, sameLine: true)
            else { return nil }
            return Finding(kind: .person, range: index..<lastEnd)
        }
        let first = index..<firstEnd
        // A full name in a query string or a form's body, its space encoded (`name=Jamie+Price`,
        // `name=Jamie%20Price`).
        if text[index - 1] == 0x3D, let end = encodedSurnameEnd(text, after: firstEnd) { return Finding(kind: .person, range: index..<end) }
        // Up to three tokens after the first: capitalised words or initials (`B.`), single spaces
        // apart (kept on the stack). A run with an institution's word in it or right after it
        // (`Chase Bank`, `Grace Hopper Award`) names no one; otherwise the longest full name ends
        // at the last token that is a surname (not an initial).
        let run: NameRun = withUnsafeTemporaryAllocation(of: Range<Int>.self, capacity: 3) { later in
            var count = 0
            var position = firstEnd
            while count < 3, text[position] == 0x20 {
                let next = position + 1
                if Bytes.isUpper(text[next]), text[next + 1] == 0x2E, text[next + 2] == 0x20 {
                    later.initializeElement(at: count, to: next..<(next + 2))
                    position = next + 2
                } else if let end = titleWord(text, next) {
                    if isInstitutionWord(text, next..<end) { return .institution }
                    later.initializeElement(at: count, to: next..<end)
                    position = end
                } else {
                    break
                }
                count += 1
            }
            if count == 3, text[position] == 0x20, let end = titleWord(text, position + 1), isInstitutionWord(text, (position + 1)..<end) {
                return .institution
            }
            var last = count - 1
            while last >= 0 {
                let token = later[last]
                if token.count > 2 || text[token.upperBound - 1] != 0x2E, CensusNames.isName(text, token) {
                    return .fullName(end: token.upperBound)
                }
                last -= 1
            }
            return .firstNameAlone
        }
        switch run {
        case .institution: return nil
        case .fullName(let end):
            // A firm that bears a person's name (`Morgan Stanley`, `Edward Jones`), unless it
            // fills an individual's label (`Spouse's name: Edward Jones`).
            // (Nor when a record's label follows: a firm has no date of birth, `BOLO: Edward
            // Jones (DOB …)`.)
            if firmNames.contains(text, index..<end), !labelsPerson(text, before: index, in: individualLabels), !recordFollows(text, end) {
                return nil
            }
            // A state's name before a place's word is a town's (`Virginia Beach`, `Georgia City`).
            if placeWords.contains(CensusNames.fingerprint(text, text.wordStart(end)..<end)), isStateName(text, first) { return nil }
            return Finding(kind: .person, range: index..<end)
        case .firstNameAlone: break
        }
        // A first name before a state's code is a city ("reply to Austin, TX"); a month's
        // before a number is a date ("from August 22").
        // (Not a clinician's credential: `Seen by Maria, RN.`; but `MD` after a first name is
        // Maryland's code as often as a doctor's, `South Susan, MD`.)
        if stateCodeFollows(text, firstEnd), !credentialFollows(text, after: firstEnd) || text.has(maryland, at: firstEnd + 2) { return nil }
        if text[firstEnd] == 0x20, Bytes.isDigit(text[firstEnd + 1]), NumberDetectors.monthName(text, index) != nil { return nil }
        // A first name alone, where the text addresses, signs or relates, or owns something
        // ("Kelly's birthday"; not a month's or a state's).
        // Or follows a title: many surnames are first names too (`Ms. Clark`, `Mr. Ross`).
        // Or is described as a person right after: "Jim (born 5/31/2016)", "Ann, age 7".
        // Or is the subject of a verb only people do ("Christy wants to know", "Heidi handles it"),
        // or of what only a person is or does ("Mark was not home", "If Kathleen doesn't pick up").
        // Or opens a line or a quotation that speaks to them ("Karen, can you …"), or speaks a
        // line of a chat ("[10:42] Jasmin: hey").
        // Or signs a message after a dash at a line's end ("-Amber", "thx - April": a month's or
        // a state's name too, as no date or place stands alone there).
        // Or is joined to a pronoun ("Carol and I", "you and Amy"), or is to be let know ("Let
        // April know": no month is).
        // Or does something at a time in a log of events (`9:30 Nicole paged`), or speaks for
        // a workplace (`Maria from our office`), or is mentioned in a tracker (`[~Omar]`).
        // Or says who is there (`is this Jennifer?`, `its Maria from the clinic`), or is quoted
        // after a word for an account's holder (`for user "Steven"`), or owns a note in code
        // (`TODO(Lisa)`).
        // Or is an email address's display name (`Reply-To: Rachel <rachel@example.com>`), or
        // an author cited with a year (`As Jordan (2025) argues`), or a chat export's speaker
        // in bold (`**Daniel** — Today at 1:15 PM`), or did what a log's line records (`Matched
        // by Stacey on 5/23`).
        // Or fills a field its key names as a name's part (`"firstName": "Jennifer"`,
        // `<GivenName>Kelsey</GivenName>`, `First name: Cheryl`, a `first_name` column).
        let named =
            introducesPerson(text, first) || titled(text, index) || atMention(text, index) || toldToKnow(text, first)
            || RecordFields.isNamePart(text, first) || signedWithDash(text, first) || signsUnderDelimiter(text, first)
            || answersNameQuestion(text, first) || quotedAfterHolder(text, first) || ownsCodeNote(text, first)
            || trackerMention(text, first) || speaks(text, first, timedOnly: true)
            || credentialFollows(text, after: firstEnd)
            || (possessive(text, first) || describedAfter(text, first.upperBound) || datedAfter(text, first.upperBound)
                || actsAsPerson(text, first.upperBound)
                || addressed(text, first) || speaks(text, first) || withPronoun(text, first)
                || inNameList(text, first) || labelledAlone(text, first) || ownsAction(text, first) || saysWhoItIs(text, first)
                || actsAtTime(text, first) || hasPersonPredicate(text, first.upperBound) || fromWorkplace(text, first.upperBound)
                || namesEmailAddress(text, first) || citedAuthor(text, first) || boldSpeaker(text, first) || caseParty(text, first)
                || actedByAtLineStart(text, first) || ircNick(text, first) || partyNamed(text, first) || remoteShellUser(text, first))
                && !isMonthOrState(text, first)
        // Unless it opens a firm's name (`from Carson and Sons`, `from Thomas PLC`).
        return named && !opensFirmName(text, after: firstEnd) ? Finding(kind: .person, range: first) : nil
    }

    /// The end of a name's rest after `end` in a URL's or a form's value, its spaces encoded
    /// (`+` or `%20`): up to two middle names or initials (`A.`), then a listed surname ending
    /// the value.
    static func encodedSurnameEnd(_ text: ScanText, after end: Int) -> Int? {
        func encodedSpace(_ position: Int) -> Int? {
            if text[position] == 0x2B { return position + 1 }
            if text[position] == 0x25, text[position + 1] == 0x32, text[position + 2] == 0x30 { return position + 3 }
            return nil
        }
        var position = end
        for _ in 0..<3 {
            guard let start = encodedSpace(position) else { return nil }
            if Bytes.isUpper(text[start]), text[start + 1] == 0x2E {
                position = start + 2  // an initial
                continue
            }
            guard let wordEnd = titleWord(text, start) else { return nil }
            if encodedSpace(wordEnd) == nil {
                return !Bytes.isAlnum(text[wordEnd]) && CensusNames.isSurname(text, start..<wordEnd) ? wordEnd : nil
            }
            position = wordEnd
        }
        return nil
    }

    /// What the capitalised words from a listed first name make.
    enum NameRun {
        /// A full name ending at `end`.
        case fullName(end: Int)
        /// The first name alone (a name only with more context).
        case firstNameAlone
        /// An institution's or a place's name (`Chase Bank`, `Wells Memorial Hospital`).
        case institution
    }

    static func isInstitutionWord(_ text: ScanText, _ word: Range<Int>) -> Bool {
        institutionWords.contains(CensusNames.fingerprint(text, word))
    }

    /// Whether an introducer makes the first name `first` a person's: any for most names; for
    /// a state's name only a greeting or a sign-off (`Thanks, Virginia`; `from Georgia`, `written
    /// by Virginia` are places), and for a month's not a range's start (`from April to June`,
    /// `from May through July`; `a note from August` is someone's).
    static func introducesPerson(_ text: ScanText, _ first: Range<Int>) -> Bool {
        if isStateName(text, first) { return introduced(text, first.lowerBound, by: greetingTable) }
        guard
            introduced(text, first.lowerBound) || introducesSelf(text, first.lowerBound) || introduced(text, first.lowerBound, by: agentTable)
                || afterWith(text, first.lowerBound)
        else { return false }
        return NumberDetectors.monthName(text, first.lowerBound) == nil || !rangeGoesOn(text, after: first.upperBound)
            || introduced(text, first.lowerBound, by: greetingTable)
    }

    /// Whether `I'm ` (or `I’m `) stands right before `index`, a word of its own: the writer
    /// giving their name (`I'm Jose.`); the apostrophe keeps it out of the introducers' table.
    static func introducesSelf(_ text: ScanText, _ index: Int) -> Bool {
        if text.has(iAm, at: index - iAm.count) { return text.startsWord(index - iAm.count) }
        return text.has(iAmCurly, at: index - iAmCurly.count) && text.startsWord(index - iAmCurly.count)
    }

    /// Whether a meeting's or a call's word and `w/ ` (`with`) stand right before `index`:
    /// `Call w/ Lauren re: loan mod`, `Mtg w/ Kim @ 14:00` (`Ship w/ Austin` is a place).
    static func afterWith(_ text: ScanText, _ index: Int) -> Bool {
        guard text[index - 1] == 0x20, text[index - 2] == 0x2F, text[index - 3] | 0x20 == 0x77, text[index - 4] == 0x20 else { return false }
        return text.wordEnding(at: index - 4, isOneOf: meetingWords)
    }

    /// What one has with a person (``afterWith(_:_:)``), lowercase.
    static let meetingWords = [[UInt8]](
        words: "call",
        "called",
        "mtg",
        "meeting",
        "met",
        "spoke",
        "talked",
        "talk",
        "lunch",
        "coffee",
        "chat",
        "sync",
        "interview",
        "appt"
    )

    /// Whether a surname alone ends a sentence or a clause right after a workflow's verb and
    /// `by` (`Per diem approved by Smith.`, `Reviewed by Lynch,`): who did it. Not when more
    /// words go on, since a firm or a body acts the same way (`approved by Wells Fargo`), nor at
    /// a line's end, where a code comment's words stop too (`/// returned by Hummingbird`).
    static func actedBy(_ text: ScanText, _ word: Range<Int>) -> Bool {
        let next = text[word.upperBound]
        guard next == 0x2E || next == 0x2C || next == 0x3B else { return false }
        // (`by` itself: `per` before a surname is as often a heading's `per Shell`.)
        return text[word.lowerBound - 1] == 0x20 && text.wordEnding(at: word.lowerBound - 1, isOneOf: byWord)
            && wordBefore(text, end: word.lowerBound - 1, in: agentTable)
    }

    static let byWord = [[UInt8]](words: "by")

    /// Whether a report's party (``partyRoles``) stands right before the surname, and its
    /// sentence goes on with a lowercase word or ends (`Complainant Smith declined to press
    /// charges.`): not a list of parties (`Defendant Camacho, Mcconnell and …`) or a firm's
    /// longer name (`Defendant Chandler Inc`).
    static func partyNamed(_ text: ScanText, _ word: Range<Int>) -> Bool {
        let next = text[word.upperBound]
        guard (next == 0x20 && Bytes.isLower(text[word.upperBound + 1])) || next == 0x2E else { return false }
        return partyRoleBefore(text, word.lowerBound)
    }

    /// Whether a report's party (``partyRoles``), a whole word, ends a space before `index`.
    static func partyRoleBefore(_ text: ScanText, _ index: Int) -> Bool {
        let end = index - 1
        guard text[end] == 0x20 else { return false }
        let start = text.wordStart(end)
        return start < end && text.startsWord(start) && partyRoles.mayEnd(text[start], end - start) && partyRoles.contains(text, start..<end)
    }

    /// Whether a capitalised town prefix (``townPrefixes``: three to five letters) and a space
    /// stand right before `index`. Asked at most capitalised words, so it reads back at most six
    /// bytes and compares only a word of a prefix's length.
    static func townPrefixBefore(_ text: ScanText, _ index: Int) -> Bool {
        let end = index - 1
        guard text[end] == 0x20 else { return false }
        var start = end
        while start > end - 6, Bytes.isLetter(text[start - 1]) { start -= 1 }
        let length = end - start
        guard length >= 3, length <= 5, townPrefixInitials & (1 << UInt32((text[start] &- 0x41) & 31)) != 0, Bytes.isUpper(text[start]) else {
            return false
        }
        return text.startsWord(start) && townPrefixTable.contains(CensusNames.fingerprint(text, start..<end))
    }

    /// ``townPrefixes`` as fingerprints, and a bit per capital that begins one.
    static let townPrefixTable = FingerprintTable(Set(townPrefixes.map(CensusNames.fingerprint)))
    static let townPrefixInitials: UInt32 = townPrefixes.reduce(0) { $0 | 1 << UInt32(Bytes.lower($1[0]) &- 0x61) }

    static let iAm = [UInt8]("I'm ".utf8)
    static let iAmCurly = [UInt8]("I\u{2019}m ".utf8)

    /// Whether a range's next word follows `end` (`to`, `through`, `until`, a dash ...): what
    /// went before was a range's start.
    static func rangeGoesOn(_ text: ScanText, after end: Int) -> Bool {
        var position = end
        if text[position] == 0x2C { position += 1 }
        guard text[position] == 0x20 else { return false }
        position += 1
        if text[position] == 0x2D, text[position + 1] == 0x20 { return true }
        return rangeWords.contains { text.matches($0, at: position) && text.endsWord(position + $0.count) }
    }

    static let rangeWords = [[UInt8]](words: "to", "through", "thru", "until", "till", "and", "or", "onward", "onwards", "–")

    /// An introducer word just before `index` (same line, or alone on the line before: a sign-off;
    /// `sameLine` for the weaker evidence of an unlisted first name, which crosses a line break
    /// only after a comma: `v/r,\nConnor Barton` is signed, `Love\nPassport No.` is a name's last
    /// word above a form's label).
    static func introduced(_ text: ScanText, _ index: Int, sameLine: Bool = false, by table: PhraseTable = introducerTable) -> Bool {
        var position = index - 1
        while position >= 0, text[position] == 0x20 || text[position] == 0x2C || text[position] == 0x3A || text[position] == 0x0A {
            // A line break with no comma before it (`Love\nPassport`) ends the weaker evidence's reach.
            if sameLine, text[position] == 0x0A, text[position - 1] != 0x2C { return false }
            position -= 1
        }
        return position >= 0 && wordBefore(text, end: position + 1, in: table)
    }

    /// Whether the word ending at `end` (a whole word), or the two words ending there one space
    /// or `/` apart (`thank you`, `v/r`), is in `table`.
    static func wordBefore(_ text: ScanText, end: Int, in table: PhraseTable) -> Bool {
        var start = end
        while start > 0, Bytes.isLetter(text[start - 1]) { start -= 1 }
        guard start < end, table.mayEnd(text[start], end - start) else { return false }
        if text.startsWord(start), table.contains(text, start..<end) { return true }
        guard text[start - 1] == 0x20 || text[start - 1] == 0x2F else { return false }
        var first = start - 1
        while first > 0, Bytes.isLetter(text[first - 1]) { first -= 1 }
        return first < start - 1 && table.mayBegin(text[first], start - 1 - first) && text.startsWord(first) && table.contains(text, first..<end)
    }

    /// Whether ` X. ` and a capitalised word follow `end`.
    static func middleInitialFollows(_ text: ScanText, _ end: Int) -> Bool {
        text[end] == 0x20 && Bytes.isUpper(text[end + 1]) && text[end + 2] == 0x2E && text[end + 3] == 0x20 && Bytes.isUpper(text[end + 4])
    }

    /// `the` before the name, or before the run of capitalised words it goes on (up to three
    /// before it): a place, an institution or an occasion ("the South China Sea", "the
    /// Washington Post", "the Martin Luther King Day event"), not a person.
    static func afterThe(_ text: ScanText, _ index: Int) -> Bool {
        var word = index
        for _ in 0..<4 {
            if theEnds(text, word) { return true }
            guard word >= 2, text[word - 1] == 0x20 else { return false }
            var start = word - 1
            while start > 0, Bytes.isLetter(text[start - 1]) { start -= 1 }
            guard start < word - 1, Bytes.isUpper(text[start]) else { return false }
            word = start
        }
        return false
    }

    /// Whether the word `the` (any case) and a space end just before `index`.
    @inline(__always) static func theEnds(_ text: ScanText, _ index: Int) -> Bool {
        index >= 4 && text[index - 1] == 0x20 && text[index - 2] | 0x20 == 0x65 && text[index - 3] | 0x20 == 0x68
            && text[index - 4] | 0x20 == 0x74 && text.startsWord(index - 4)
    }

    /// Whether `1LT` or `2LT` (any case) ends at `end`, a word of its own.
    static func lieutenantGrade(_ text: ScanText, before end: Int) -> Bool {
        text[end - 1] | 0x20 == 0x74 && text[end - 2] | 0x20 == 0x6C && (text[end - 3] == 0x31 || text[end - 3] == 0x32)
            && text.startsWord(end - 3)
    }

    /// Whether a title stands before the word at `index`, and the word is not a title itself
    /// (`Inspector General`, `Lieutenant Colonel` are offices, not people).
    static func titled(_ text: ScanText, _ index: Int) -> Bool {
        let last = Bytes.lower(text[index - 2])
        guard text[index - 1] == 0x20, titleEnds[Int(last)] else { return false }
        let titleEnd = last == 0x2E ? index - 2 : index - 1
        // A lieutenant's grade in the Army's abbreviation (`1LT`, `2LT`).
        if lieutenantGrade(text, before: titleEnd) { return true }
        guard wordBefore(text, end: titleEnd, in: titleTable) else { return false }
        // A state's code after a city ("Nathanmouth, MS. Section 4") is no `Ms.`, nor is a
        // domain's last label (`opm.gov. Draft a memo`).
        let titleStart = text.wordStart(titleEnd)
        if text[titleStart - 1] == 0x2E || text[titleStart - 1] == 0x40 { return false }
        // A dot after a title's whole word ends its sentence (`… INSPECTOR GENERAL. REASON:`):
        // only an abbreviation takes one (`Gen.`, `Capt.`).
        if last == 0x2E, titleEnd - titleStart > 4 { return false }
        if text[titleStart - 1] == 0x20, text[titleStart - 2] == 0x2C, (titleStart..<titleEnd).allSatisfy({ Bytes.isUpper(text[$0]) }) {
            return false
        }
        var end = index
        while Bytes.isLetter(text[end]) { end += 1 }
        // Nor a firm named with a rank (`General Mills`).
        if firmNames.contains(text, titleStart..<end) { return false }
        return !(titleTable.mayEnd(text[index], end - index) && titleTable.contains(text, index..<end))
    }
}
