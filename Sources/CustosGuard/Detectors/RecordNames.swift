// SPDX-License-Identifier: Apache-2.0

/// Names as records, forms and exports write them, where prose rules would miss them: surname
/// first (`'Smith, Joshua'`) and in capitals (`PATIENT: JOHN SMITH`). Both are names only when
/// they fill a field (``Field``): the same shapes in running text are lists and headings.
extension PersonDetector {
    /// A name written surname first, as records and exports write it (`'Smith, Joshua'`,
    /// `"Gonzales, Melissa R."`, `Patient: Nguyen, Linh`): a listed surname, a comma and a listed
    /// first name (not a state's, so `"Washington, Virginia"` is a place), with an
    /// optional middle initial or name, filling a whole field (``Field``). In prose the same shape
    /// is a list (`Jordan, Taylor and Morgan`), so the field's bounds are required, unless a
    /// description in parentheses follows the name (`Nelson, Mark (born 4/10/1971)`).
    static func invertedName(_ text: ScanText, _ index: Int, _ surnameEnd: Int) -> Finding? {
        guard text[surnameEnd] == 0x2C, text[surnameEnd + 1] == 0x20 else { return nil }
        let firstStart = surnameEnd + 2
        guard let firstEnd = titleWord(text, firstStart), CensusNames.isSurname(text, index..<surnameEnd),
            CensusNames.isFirstName(text, firstStart..<firstEnd), !isStateName(text, firstStart..<firstEnd)
        else { return nil }
        let end = middleName(text, after: firstEnd) { titleWord(text, $0) }
        if text[end] == 0x20, text[end + 1] == 0x28, describedAfter(text, end) {
            var before = index - 1
            while text[before] == 0x20 { before -= 1 }
            if text[before] != 0x2C { return Finding(kind: .person, range: index..<end) }
        }
        guard let opening = Field.opening(text, before: index) else { return nil }
        // A one-letter role before `/` in a report's shorthand (`V/Hudson, Michael reported`,
        // victim; `S/`, `W/`) is a label as a colon is.
        let roleLetter = opening == 0x2F && text.startsWord(index - 2)
        // A suffix may follow the name (`Morales, Laura, Jr. — …`, `Faulkner, Michelle III — …`).
        guard
            Field.closes(text, after: suffixEnd(text, after: end), opening: opening, orComma: dashedFieldGoesOn(text, opening, after: end))
                || ((opening == 0x3A || roleLetter) && continuesSentence(text, after: end))
        else { return nil }
        return Finding(kind: .person, range: index..<end)
    }

    /// Whether a field a heading's dash opened (`Re: overpayment — Simmons, Cynthia, acct …`)
    /// goes on after the name with a comma and a lowercase word: the comma closes it. Before a
    /// capital it parts a list's names (`— Justin, Scott, Heather`).
    static func dashedFieldGoesOn(_ text: ScanText, _ opening: UInt8, after end: Int) -> Bool {
        (opening == 0x94 || opening == 0x93) && text[end] == 0x2C && text[end + 1] == 0x20 && Bytes.isLower(text[end + 2])
    }

    /// Whether a lowercase word other than `and`, `or` or `nor` follows `end` past one space:
    /// after a label's colon, the name then opens a sentence (`Discharge summary: Diaz, Kristie
    /// was admitted`), where a list would go on (`Attendees: Jordan, Taylor and Morgan`).
    static func continuesSentence(_ text: ScanText, after end: Int) -> Bool {
        guard text[end] == 0x20, Bytes.isLower(text[end + 1]) else { return false }
        var wordEnd = end + 1
        while Bytes.isLetter(text[wordEnd]) { wordEnd += 1 }
        return !text.wordEnding(at: wordEnd, isOneOf: listJoiners)
    }

    static let listJoiners = [[UInt8]](words: "and", "or", "nor")

    /// Whether a record's label in capitals follows `end` past one space, or what `opening` is
    /// (`Subject JULIA Y. MORALES DOB 11/15/1978`, `… PINEDA (DOB`): what is said of the person
    /// next.
    static func recordLabelFollows(_ text: ScanText, _ end: Int, opening: UInt8 = 0x20) -> Bool {
        guard text[end] == opening else { return false }
        let start = end + 1
        return recordLabels.contains { text.has($0, at: start) && !Bytes.isAlnum(text[start + $0.count]) }
    }

    static let recordLabels = [[UInt8]](words: "DOB", "D.O.B.", "SSN", "AGE", "SEX", "DL")

    /// Whether a record's label follows `end` past one space, bare or in parentheses (`… MORALES
    /// DOB 11/15/1978`, `… PINEDA (DOB 1957-06-11)`).
    static func recordFollows(_ text: ScanText, _ end: Int) -> Bool {
        recordLabelFollows(text, end) || (text[end] == 0x20 && recordLabelFollows(text, end + 1, opening: 0x28))
    }

    /// Past a name's suffix after `end` (`, Jr.`, ` Sr.`, ` III`), or `end`.
    static func suffixEnd(_ text: ScanText, after end: Int) -> Int {
        var start = end
        if text[start] == 0x2C { start += 1 }
        guard text[start] == 0x20 else { return end }
        start += 1
        for suffix in nameSuffixes where text.has(suffix, at: start) {
            var suffixEnd = start + suffix.count
            if text[suffixEnd] == 0x2E { suffixEnd += 1 }
            if !Bytes.isAlnum(text[suffixEnd]) { return suffixEnd }
        }
        return end
    }

    /// Suffixes after a name, as written (`Jr.`, `III`).
    static let nameSuffixes = [[UInt8]](words: "Jr", "Sr", "JR", "SR", "III", "II", "IV")

    /// Labels whose value is a person (`PATIENT:`, `Name:`, `Submitted by:`), lowercase: the
    /// word before the colon.
    static let personLabels = FingerprintTable(
        CensusNames.fingerprints(
            """
            NAME PATIENT CLIENT EMPLOYEE APPLICANT MEMBER SUBSCRIBER CUSTOMER BENEFICIARY INSURED CLAIMANT
            DEFENDANT PLAINTIFF RESPONDENT PETITIONER WITNESS STUDENT CONTACT REQUESTER REQUESTOR AUTHOR OWNER
            MANAGER SUPERVISOR SPOUSE GUARDIAN PARENT CHILD DEPENDENT CASEWORKER PHYSICIAN DOCTOR PROVIDER
            SIGNATURE SIGNED FROM TO CC BCC ATTN ATTENTION BY RECIPIENT SENDER PAYEE HOLDER CARDHOLDER BORROWER
            TENANT VETERAN VICTIM SUSPECT REVIEWER APPROVER ASSIGNEE INTERVIEWEE EMPLOYER
            PASSENGER TRAVELER TRAVELLER GUEST RESIDENT OCCUPANT DRIVER DECEDENT INFORMANT COMPLAINANT CALLER
            ATTENDEE CANDIDATE LANDLORD LESSEE COSIGNER GUARANTOR POLICYHOLDER ADJUSTER PRESCRIBER
            PHARMACIST ATTORNEY COUNSEL MOTHER FATHER KIN DECLARANT AFFIANT RE SELLER BUYER PURCHASER GRANTOR GRANTEE
            TRUSTEE EXECUTOR NAMES SURNAME SURNAMES GIVEN FORENAME FN LN INMATE DETAINEE ARRESTEE OFFENDER PRISONER
            RENTER LICENSEE REGISTRANT ENROLLEE PARTICIPANT VOLUNTEER SPONSOR VISITOR NOMINEE INTERN DISTRIBUTION
            REFERENCE REFERENCES VERIFIER INVESTIGATOR INTERVIEWER ADJUDICATOR EXAMINER PREPARER ATTENDING
            """
        )
    )

    /// Whether the word is an action item's owner (`Action: Sonya to send the W-9`,
    /// `AI-27542: Keith will call the contractor`): it opens the field of an action item's label
    /// (``actionLabels``, perhaps numbered), and the item goes on with `to` or `will` and a
    /// lowercase word.
    static func ownsAction(_ text: ScanText, _ word: Range<Int>) -> Bool {
        let end = word.upperBound
        guard text[end] == 0x20 else { return false }
        let verb: Int
        if text.matches(to, at: end + 1), text[end + 3] == 0x20 {
            verb = end + 4
        } else if text.matches(will, at: end + 1), text[end + 5] == 0x20 {
            verb = end + 6
        } else {
            return false
        }
        guard Bytes.isLower(text[verb]), text[word.lowerBound - 1] == 0x20 else { return false }
        // (Or after a long dash that hands a line's matter to someone: `Receipt missing —
        // Richard to follow up`.)
        if word.lowerBound >= 5, text.hasLongDash(at: word.lowerBound - 4), text[word.lowerBound - 5] == 0x20 { return true }
        guard text[word.lowerBound - 2] == 0x3A else { return false }
        // The label, past an item's number (`AI-27542`, `Action 2`).
        var labelEnd = word.lowerBound - 2
        var digits = labelEnd
        while Bytes.isDigit(text[digits - 1]), labelEnd - digits < 8 { digits -= 1 }
        if digits < labelEnd, text[digits - 1] == 0x2D || text[digits - 1] == 0x20 || text[digits - 1] == 0x23 { labelEnd = digits - 1 }
        let labelStart = text.wordStart(labelEnd)
        return labelStart < labelEnd && actionLabels.contains(CensusNames.fingerprint(text, labelStart..<labelEnd))
    }

    static let to = [UInt8]("to".utf8)
    static let will = [UInt8]("will".utf8)

    /// Labels of an action item (``ownsAction(_:_:)``). Not `TODO`: a code comment's item starts
    /// with a verb that may be a surname too (`TODO: Cache to disk`).
    static let actionLabels = FingerprintTable(CensusNames.fingerprints("ACTION AI OWNER ASSIGNED ASSIGNEE"))

    /// A place's last word that is a surname too (`GRANT PARK`, `HOLLY SPRINGS`): in capitals
    /// inside a sentence, the place is the likelier (``capitalsNameInProse(_:_:_:)``).
    static let placeWords = FingerprintTable(
        CensusNames.fingerprints("PARK BEACH LAKE SPRINGS HEIGHTS VALLEY CITY SQUARE GARDENS FALLS HILLS ISLAND BAY HILL")
    )

    /// Labels whose value is an individual, never a firm (`Patient:`, `Spouse:`; not `Payee:`
    /// or `Employer:`): a single listed name filling such a label's field is a person's
    /// (``labelledAlone(_:_:)``).
    static let individualLabels = FingerprintTable(CensusNames.fingerprints(individualLabelWords))

    static let individualLabelWords = """
        NAME PATIENT CLIENT EMPLOYEE APPLICANT STUDENT CONTACT SPOUSE GUARDIAN PARENT CHILD DEPENDENT TELLER ORGANIZER
        WITNESS VICTIM SUSPECT PASSENGER TRAVELER TRAVELLER GUEST ATTENDEE MOTHER FATHER KIN CALLER
        INTERVIEWEE VETERAN DECEDENT CASEWORKER PHYSICIAN DOCTOR CARDHOLDER BORROWER COSIGNER TENANT
        INMATE DETAINEE ARRESTEE OFFENDER PRISONER RENTER ENROLLEE VISITOR INTERN POC COORD
        HANDLER ADJUDICATOR INVESTIGATOR EXAMINER AUDITOR PREPARER INTERPRETER TRANSLATOR ANALYST PERSON OPR OCR
        ASSIGNEE REPORTER REVIEWER APPROVER ADJUSTER REQUESTER REQUESTOR AGENT OFFICER ESCORT SUPERVISOR
        """

    /// ``individualLabels`` and the titles (``titles``): a label ending in either names one
    /// person (`PATIENT:`, `ARRESTING OFFICER:`), whose surname alone in capitals may fill it.
    static let individualOrTitleLabels = FingerprintTable(
        CensusNames.fingerprints(individualLabelWords).union(titles.map(CensusNames.fingerprint))
    )

    /// Whether the word alone fills the field of a label that names an individual (`Patient:
    /// Sonya`, `Spouse: Contreras;`). The label is a form's: capitalised, opening its line or
    /// field (in code, `name: String` and `Upstream-Name: Nettle` name a type and a project).
    static func labelledAlone(_ text: ScanText, _ word: Range<Int>) -> Bool {
        if labelledByDash(text, word) { return true }
        guard Field.closes(text, after: word.upperBound, opening: 0x3A, orComma: true) else { return false }
        if inviteAttendee(text, word) { return true }
        guard labelsPerson(text, before: word.lowerBound, in: individualLabels) else { return false }
        guard var labelEnd = labelSeparator(text, before: word.lowerBound) else { return false }
        while text[labelEnd - 1] == 0x20 { labelEnd -= 1 }
        var label = text.wordStart(labelEnd)
        // A prefix joined by a hyphen is the label's (`Co-Borrower:`; not a longer word's,
        // `Upstream-Name:`), and so is another individual's label before a `/`
        // (`Parent/Guardian:`).
        if text[label - 1] == 0x2D, Bytes.isUpper(text[label - 3]) || Bytes.isUpper(text[label - 2]), text.wordStart(label - 1) < label - 1 {
            label = text.wordStart(label - 1)
        } else if text[label - 1] == 0x2F, text.wordStart(label - 1) < label - 1,
            individualLabels.contains(CensusNames.fingerprint(text, text.wordStart(label - 1)..<(label - 1)))
        {
            label = text.wordStart(label - 1)
        }
        // A label's capitalised first word before its last: when the last is `name`, one that
        // says whose or which name (`Preferred name:`, `Legal name:`; not `Bank name:`); before
        // an individual's word, any (`Acceptance agent:`, `Loan officer:`).
        if Bytes.isLower(text[label]), text[label - 1] == 0x20, Bytes.isLetter(text[label - 2]) {
            let last = label
            label = text.wordStart(label - 1)
            if text.matches(nameWord, at: last) {
                guard nameQualifiers.contains(CensusNames.fingerprint(text, label..<text.letterRunEnd(label))) else { return false }
            }
        }
        return Bytes.isUpper(text[label]) && RecordFields.opensField(text, label)
    }

    /// Words before `name` in a label that make it a person's (``labelledAlone(_:_:)``).
    static let nameQualifiers = FingerprintTable(
        CensusNames.fingerprints(
            "PREFERRED LEGAL FULL MAIDEN BIRTH PATIENT CLIENT EMPLOYEE APPLICANT SPOUSE CONTACT CUSTOMER MEMBER STUDENT CALLER GUARDIAN PARENT"
        )
    )

    /// Whether the word, filling its field (``labelledAlone(_:_:)`` has asked), is an attendee's
    /// line of a meeting's invitation: `Required:` or `Optional:` opening it, under a line that
    /// `Organizer:`, `Required:` or `Optional:` opens (`Organizer: Jason Taylor\nOptional: Samuel`).
    static func inviteAttendee(_ text: ScanText, _ word: Range<Int>) -> Bool {
        guard let colon = labelSeparator(text, before: word.lowerBound), text[colon] == 0x3A else { return false }
        let line = text.lineStart(colon)
        guard line > 0, attendeeLabels.contains(where: { $0.count == colon - line && text.matches($0, at: line) }) else { return false }
        let previous = text.lineStart(line - 1)
        return inviteLabels.contains { text.matches($0, at: previous) && text[previous + $0.count] == 0x3A }
    }

    static let attendeeLabels = [[UInt8]](words: "required", "optional")
    static let inviteLabels = attendeeLabels + [[UInt8]](words: "organizer")

    /// Whether the word alone fills a line that an individual's label opens with ` - ` (a
    /// ticket's fields: `Assignee - Maria`, `Patient - Sonya`).
    static func labelledByDash(_ text: ScanText, _ word: Range<Int>) -> Bool {
        let start = word.lowerBound
        guard text[start - 1] == 0x20, text[start - 2] == 0x2D, text[start - 3] == 0x20 else { return false }
        let after = text[word.upperBound]
        guard word.upperBound >= text.count || after == 0x0A || after == 0x0D else { return false }
        let labelEnd = start - 3
        let label = text.wordStart(labelEnd)
        return label < labelEnd && Bytes.isUpper(text[label]) && (label == 0 || text[label - 1] == 0x0A)
            && individualLabels.contains(CensusNames.fingerprint(text, label..<labelEnd))
    }

    /// Where the colon ending a label stands before `index` (past spaces), or the `|` between a
    /// key's cell and its value's in a row of two cells (`| Owner | Janet |`, a Markdown
    /// table of keys and values), which stands for one.
    static func labelSeparator(_ text: ScanText, before index: Int) -> Int? {
        var position = index - 1
        while text[position] == 0x20 { position -= 1 }
        if text[position] == 0x3A { return position }
        return (text[position] == TableHeaders.pipe || text[position] == TableHeaders.tab) && isKeyValueRow(text, separator: position)
            ? position : nil
    }

    /// Whether the `|` or the tab at `separator` parts a row of just two cells, a key's and a
    /// value's: on its line no other such separator but one opening the line and one closing it
    /// (`| Owner | Janet |`). A tab's row stands alone (`Owner\tJanet`): next to another line
    /// with a tab it is a two-column table's (`Employee\tStart\nApril Ross\t2023-08-18`).
    static func isKeyValueRow(_ text: ScanText, separator pipe: Int) -> Bool {
        let cellEnd = text[pipe]
        let lineStart = text.lineStart(pipe)
        var first = lineStart
        while text[first] == 0x20 { first += 1 }
        guard first < pipe else { return false }
        for position in (first + 1)..<pipe where text[position] == cellEnd { return false }
        var position = pipe + 1
        while position < text.count, text[position] != 0x0A, text[position] != cellEnd { position += 1 }
        if cellEnd == TableHeaders.tab {
            guard text[position] != cellEnd, !lineHolds(text, cellEnd, from: position + 1) else { return false }
            return lineStart == 0 || !lineHolds(text, cellEnd, from: text.lineStart(lineStart - 1))
        }
        guard text[position] == cellEnd else { return true }
        position += 1
        while text[position] == 0x20 || text[position] == 0x0D { position += 1 }
        return position >= text.count || text[position] == 0x0A
    }

    /// Whether `byte` stands on the line from `start`, within 64 bytes (well within what a
    /// stream holds back after a value).
    static func lineHolds(_ text: ScanText, _ byte: UInt8, from start: Int) -> Bool {
        var position = start
        while position < min(text.count, start + 64), text[position] != 0x0A {
            if text[position] == byte { return true }
            position += 1
        }
        return false
    }

    /// Whether a label that names a person (``personLabels``) and its colon stand before `index`,
    /// the label perhaps numbered (`Passenger 1:`, `Witness #2:`).
    static func labelsPerson(_ text: ScanText, before index: Int, in labels: FingerprintTable = personLabels) -> Bool {
        guard var position = labelSeparator(text, before: index) else { return false }
        position -= 1
        while text[position] == 0x20 { position -= 1 }
        // A form's gloss in parentheses before the colon (`Full name (as on passport):`).
        if text[position] == 0x29 {
            guard let open = text.glossOpening(closedAt: position, within: 40) else { return false }
            position = open - 1
            while text[position] == 0x20 { position -= 1 }
        }
        if Bytes.isDigit(text[position]) {
            var digits = position
            while Bytes.isDigit(text[digits - 1]), position - digits < 2 { digits -= 1 }
            if text[digits - 1] == 0x23 { digits -= 1 }
            if text[digits - 1] == 0x20, Bytes.isLetter(text[digits - 2]) { position = digits - 2 }
        }
        let end = position + 1
        let start = text.wordStart(end)
        guard start < end else { return false }
        if labels.contains(CensusNames.fingerprint(text, start..<end)) { return true }
        if end - start == 1, let spaced = letterSpacedWord(text, endingWith: start), labels.contains(spaced) { return true }
        // A label that a name's word opens (`Name on card:`, `Name of insured:`), up to four
        // words, opening its line or field.
        var first = start
        for _ in 0..<3 {
            guard text[first - 1] == 0x20, Bytes.isLetter(text[first - 2]) else { break }
            first = text.wordStart(first - 1)
            if text.matches(nameWord, at: first), first + nameWord.count < start, !Bytes.isLetter(text[first + nameWord.count]) {
                return RecordFields.opensField(text, first)
            }
        }
        return false
    }

    static let nameWord = [UInt8]("name".utf8)

    /// The fingerprint of a word written letter by letter, a space between (`N A M E`, as OCR
    /// reads a spaced-out form's label), whose last letter is at `last`: three letters at
    /// least, each a word of its own.
    static func letterSpacedWord(_ text: ScanText, endingWith last: Int) -> UInt64? {
        var first = last
        while first >= 2, text[first - 1] == 0x20, Bytes.isLetter(text[first - 2]), text.startsWord(first - 2) { first -= 2 }
        guard last - first >= 4 else { return nil }
        var hash = CensusNames.offsetBasis
        for position in stride(from: first, through: last, by: 2) { hash = CensusNames.step(hash, text[position]) }
        return hash
    }

    /// Whether a word in capitals from `index` to `end` could start ``capitalsName(_:_:)``'s
    /// match, by the bytes around it alone: another capital word after it (past a space or a
    /// comma and a space), or a title's last byte or a label's colon before it. Most capitals (`SSN`, `JSON`) are
    /// out here.
    @inline(__always) static func capitalsNameMayStart(_ text: ScanText, _ index: Int, _ end: Int) -> Bool {
        let after = text[end]
        return (after == 0x20 && Bytes.isUpper(text[end + 1])) || (after == 0x2C && text[end + 1] == 0x20 && Bytes.isUpper(text[end + 2]))
            || (text[index - 1] == 0x20 && (titleEnds[Int(Bytes.lower(text[index - 2]))] || text[index - 2] == 0x3A))
    }

    /// The end of a word in capitals from `index` (`O'NEIL`, `SMITH-JONES`), or `index`.
    static func capitalsWordEnd(_ text: ScanText, _ index: Int) -> Int {
        var end = index
        while Bytes.isUpper(text[end]) || ((text[end] == 0x27 || text[end] == 0x2D) && end > index && Bytes.isUpper(text[end + 1])) { end += 1 }
        return Bytes.isLower(text[end]) || Bytes.isDigit(text[end]) ? index : end
    }

    /// Past a first name ending at `end`: a middle initial (`R.`, `R`) or a middle name that is
    /// a listed first name (`word` finds a name-shaped word's end); else `end`.
    static func middleName(_ text: ScanText, after end: Int, _ word: (Int) -> Int?) -> Int {
        guard text[end] == 0x20 else { return end }
        let middle = end + 1
        if Bytes.isUpper(text[middle]), !Bytes.isLetter(text[middle + 1]) { return text[middle + 1] == 0x2E ? middle + 2 : middle + 1 }
        if let middleEnd = word(middle), CensusNames.isFirstName(text, middle..<middleEnd) { return middleEnd }
        return end
    }

    /// The bounds of a field a whole value fills: what opens it (a quote, `|`, a tab, a line
    /// start, a label's colon past spaces, or the `/` after a label in capitals) and what closes
    /// it (a quote or `/` matching the opening one, `|`, a tab, `;`, or the line's end).
    enum Field {
        /// The byte that opens the field ending just before `index` (`0x0A` for a line start or
        /// the text's start), or nil when none does.
        static func opening(_ text: ScanText, before index: Int) -> UInt8? {
            var before = index - 1
            while text[before] == 0x20 { before -= 1 }
            if before < 0 { return 0x0A }
            let byte = text[before]
            // An apostrophe inside a word (`O'NEIL`) opens nothing.
            if byte == 0x27, Bytes.isLetter(text[before - 1]) { return nil }
            // A message's slash-separated field after its label in capitals (`SUBJ/JOHN
            // SMITH/DOB/...`); a banner's `//` separates no such field.
            if byte == 0x2F, before == index - 1, Bytes.isUpper(text[before - 1]) { return byte }
            // A chat line's speaker after its time (`[9:41 AM] Huynh, Kristina: can you …`).
            if byte == 0x5D, before == index - 2 { return byte }
            // A numbered list's item opens as a line does (`1. WALLACE, DORIS MR`, a booking's
            // passenger).
            if byte == 0x2E, before == index - 2, Bytes.isDigit(text[before - 1]) {
                var number = before - 1
                while Bytes.isDigit(text[number - 1]), before - number < 3 { number -= 1 }
                if number == 0 || text[number - 1] == 0x0A { return 0x0A }
            }
            // A heading's dash between spaces (`Badge request — JULIA PETERSON`): the last byte
            // of `—` or `–` stands for the dash.
            if byte == 0x94 || byte == 0x93, before == index - 2, text.hasLongDash(at: before - 2), text[before - 3] == 0x20 { return byte }
            return byte == 0x0A || byte == 0x27 || byte == 0x22 || byte == TableHeaders.pipe || byte == TableHeaders.tab || byte == 0x3A
                || byte == 0x3B ? byte : nil
        }

        /// Whether the field opened by `opening` closes at `end` (past spaces); `orComma` lets
        /// a comma close it too (`NAME: JOHN SMITH, AGE 45`). A full stop ending the line
        /// closes a label's field as its end does (`Customer: JANE DOE.`, a transcript's line),
        /// and so do two spaces or more before the next field's label (`R/P: HUBER, BRITTANY
        /// DOB: ...`, a form's line).
        static func closes(_ text: ScanText, after end: Int, opening: UInt8, orComma: Bool = false) -> Bool {
            var after = end
            while text[after] == 0x20 { after += 1 }
            let closing = text[after]
            if opening == 0x27 || opening == 0x22 || opening == 0x2F { return closing == opening }
            if opening == 0x5D { return closing == 0x3A && after == end }
            // A middle dot between a card's fields (`Surname: KEITH · Given names: …`).
            if closing == 0xC2, text[after + 1] == 0xB7 { return true }
            // A clinician's or a lawyer's credential after the name (`JUSTIN L. HALL, MD`).
            if credentialFollows(text, after: end) { return true }
            if after - end >= 2, Bytes.isUpper(closing) { return true }
            // A dash between spaces, as a list's line separates a name from what follows
            // (`Nelson, Scott — scott@example.com`).
            if after > end, text.hasLongDash(at: after), text[after + 3] == 0x20 { return true }
            if closing == 0x2E, opening == 0x3A || opening == 0x3B {
                // Or a sentence that goes on after the label's field (`Applicant name: Keith,
                // Shawn. Social Security Number: …`), or a list's last name (`Attendance: Gray,
                // Mary; Cox, Sabrina. Next …`).
                var next = after + 1
                while text[next] == 0x20 { next += 1 }
                return next >= text.count || text[next] == 0x0A || text[next] == 0x0D || (next > after + 1 && Bytes.isUpper(text[next]))
            }
            // A citation's year after the name (`Robinson, Daniel (2021). Title.`).
            if after == end + 1, citationYearFollows(text, end) { return true }
            // A phone's extension after the name (`Adjuster: Elizabeth ext. 85100`, `at ext 6695`).
            let extensionAt = text.has(atSpace, at: after) ? after + atSpace.count : after
            if after == end + 1, text.matches(extensionWord, at: extensionAt), text[extensionAt + 3] == 0x2E || text[extensionAt + 3] == 0x20 {
                var digits = extensionAt + 4
                while text[digits] == 0x20 { digits += 1 }
                if Bytes.isDigit(text[digits]) { return true }
            }
            // A booking's passenger ends the line with a title in capitals (`1. WALLACE, DORIS MR`).
            if after == end + 1, let title = passengerTitles.first(where: { text.has($0, at: after) }) {
                let next = text[after + title.count]
                return after + title.count >= text.count || next == 0x0A || next == 0x0D
            }
            // A label's field inside parentheses closes with them (`(OPR: MORALES; OCR: CERVANTES)`).
            if closing == 0x29, opening == 0x3A {
                // (Its `(` on the line, within a finding's reach: read back here, not through the
                // scan's memo, which is asked in text order.)
                var open = end - 1
                let floor = max(0, end - SensitiveDataScanner.longestFinding)
                while open >= floor, text[open] != 0x28, text[open] != 0x0A { open -= 1 }
                if open >= floor, text[open] == 0x28 { return true }
            }
            // A label's value may be followed by what is said of it in parentheses (`RE: SHERRY
            // KEITH (DOB: …)`).
            return after >= text.count || closing == 0x0A || closing == 0x0D || closing == TableHeaders.pipe || closing == TableHeaders.tab
                || closing == 0x3B || (orComma && closing == 0x2C) || (closing == 0x28 && opening == 0x3A && after > end)
        }
    }

    /// Whether `, ` and a credential (`MD`, `RN`, `DO`, `NP`, `PA-C`, `PhD`, `Esq` …) ending its
    /// word follow `end` (`JUSTIN L. HALL, MD`).
    static func credentialFollows(_ text: ScanText, after end: Int) -> Bool {
        guard text[end] == 0x2C, text[end + 1] == 0x20 else { return false }
        return credentials.contains { text.has($0, at: end + 2) && !Bytes.isLetter(text[end + 2 + $0.count]) }
    }

    static let credentials = [[UInt8]](words: "MD", "M.D.", "RN", "DO", "NP", "PA-C", "PhD", "Ph.D.", "Esq", "DDS", "DNP", "LCSW")

    static let extensionWord = [UInt8]("ext".utf8)
    static let atSpace = [UInt8]("at ".utf8)

    /// The titles a booking writes after a passenger's name (``Field/closes(_:after:opening:orComma:)``).
    static let passengerTitles = [[UInt8]](words: "MR", "MRS", "MS", "MISS", "MSTR", "DR")

    /// A full name written on a form's blank, between runs of underscores (`Name: ____Tyler Q.
    /// Williams____`): a listed first name, an optional middle initial or name, and a listed
    /// surname, the blank's underscores right after.
    static func onBlank(_ text: ScanText, _ index: Int) -> Finding? {
        guard text[index - 1] == 0x5F, text[index - 2] == 0x5F, let firstEnd = titleWordBeforeBlank(text, index),
            text[firstEnd] == 0x20, CensusNames.isFirstName(text, index..<firstEnd)
        else { return nil }
        // The surname right after the first name, or after a middle initial or name.
        for lastStart in [firstEnd + 1, middleName(text, after: firstEnd) { titleWordBeforeBlank(text, $0) } + 1] {
            if let lastEnd = titleWordBeforeBlank(text, lastStart), text[lastEnd] == 0x5F, text[lastEnd + 1] == 0x5F,
                CensusNames.isSurname(text, lastStart..<lastEnd)
            {
                return Finding(kind: .person, range: index..<lastEnd)
            }
        }
        return nil
    }

    /// The end of a capitalised word from `index` (letters after its capital) that a space or
    /// a blank's `_` ends.
    static func titleWordBeforeBlank(_ text: ScanText, _ index: Int) -> Int? {
        guard Bytes.isUpper(text[index]), Bytes.isLower(text[index + 1]) else { return nil }
        var end = index + 2
        while Bytes.isLetter(text[end]) { end += 1 }
        return text[end] == 0x20 || text[end] == 0x5F ? end : nil
    }

    /// Whether the word is a state's name (`Virginia`, `GEORGIA`): after a surname's comma, the
    /// pair is a place's name.
    static func isStateName(_ text: ScanText, _ word: Range<Int>) -> Bool {
        stateNames.contains { $0.count == word.count && text.matches($0, at: word.lowerBound) }
    }

    static let stateNames = AddressDetector.stateNames.map { $0.map(Bytes.lower) }
}
