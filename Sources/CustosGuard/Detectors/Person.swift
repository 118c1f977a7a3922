// SPDX-License-Identifier: Apache-2.0

/// People's names: capitalised tokens checked against the Census name lists, with context for
/// the ambiguous cases. A full name is a first name, optional middle names or initials, and a
/// surname (`David Simpson`, `Sara B. Torres`, `Amanda Heather Myers`). A first name alone counts
/// when the text addresses or signs with it, or names a relation (`Hello Jason,`, `Thanks,\nAdam`,
/// `my daughter Sandra`); a surname alone after a title (`Dr. Patel`).
enum PersonDetector {
    /// Words before a lone first name that make it a person's name.
    static let introducers = [[UInt8]](
        words: "hello",
        "hi",
        "hey",
        "dear",
        "thanks",
        "thank you",
        "thx",
        "thnx",
        "respectfully",
        "v/r",
        "cordially",
        "warmly",
        "truly",
        "yours",
        "xoxo",
        "morning",
        "afternoon",
        "evening",
        "greetings",
        "hiya",
        "howdy",
        "yo",
        "grandmother",
        "grandfather",
        "grandma",
        "grandpa",
        "grandchild",
        "aunt",
        "uncle",
        "cousin",
        "fiance",
        "fiancee",
        "boyfriend",
        "girlfriend",
        "stepson",
        "stepdaughter",
        "stepmother",
        "stepfather",
        "stepmom",
        "stepdad",
        "neighbor",
        "neighbour",
        "roommate",
        "coworker",
        "boss",
        "dependent",
        "baby",
        "cc",
        "bcc",
        "ask",
        "asked",
        "tell",
        "told",
        "ping",
        "call",
        "called",
        "text",
        "email",
        "emailed",
        "meet",
        "met",
        "regards",
        "sincerely",
        "best",
        "cheers",
        "daughter",
        "son",
        "wife",
        "husband",
        "spouse",
        "mother",
        "father",
        "mom",
        "dad",
        "brother",
        "sister",
        "child",
        "grandson",
        "granddaughter",
        "niece",
        "nephew",
        "caregiver",
        "partner",
        "friend",
        "colleague",
        "children",
        "kids",
        "contact",
        "named",
        "attn",
        "from",
        "love",
        "signed",
        "reply to",
        "replied to",
        "write to",
        "wrote to",
        "talk to",
        "talked to",
        "speak to",
        "spoke to",
        "spoke with",
        "talked with",
        "married to",
        "forward to",
        "forwarded to",
        "taken by",
        "written by",
        "prepared by",
        "drafted by",
        "submitted by",
        "requested by",
        "signed by",
        "sent by",
        "recorded by",
        "compiled by",
        "hi there",
        "hello there",
        "hey there",
        "loop in",
        "ask for",
        "asking for",
        // Spanish: "me llamo Ana", "mi hija Sofía", "su esposo Luis".
        "llamo",
        "hija",
        "hijo",
        "esposa",
        "esposo",
        "madre",
        "padre",
        "hermana",
        "hermano",
        "looped in",
        "looping in"
    )
    /// Honorifics, offices and ranks written before a surname (`Dr. Patel`, `Officer Diaz`,
    /// `Sen. Moran`, `Maj. Ortiz`), lowercase, without the dot an abbreviation may carry.
    static let titles = [[UInt8]](
        words: "mr",
        "mrs",
        "ms",
        "miss",
        "dr",
        "prof",
        "professor",
        "officer",
        "agent",
        "detective",
        "det",
        "inspector",
        "deputy",
        "sheriff",
        "judge",
        "justice",
        "senator",
        "sen",
        "representative",
        "rep",
        "congressman",
        "congresswoman",
        "governor",
        "gov",
        "mayor",
        "ambassador",
        "general",
        "gen",
        "colonel",
        "col",
        "major",
        "maj",
        "captain",
        "capt",
        "lieutenant",
        "lt",
        "sergeant",
        "sgt",
        "admiral",
        "adm",
        "commander",
        "cmdr",
        "rev",
        "pastor"
    )

    /// ``introducers`` and ``titles`` as fingerprints: a lookup hashes the word before a name
    /// once, and only when a word of its first letter and length is in the list.
    static let introducerTable = PhraseTable(introducers)
    static let titleTable = PhraseTable(titles)

    /// Per byte, whether a title can end with it (its last letter, or `.`): most words before a
    /// capital are out after one lookup.
    static let titleEnds: [Bool] = {
        var ends = [Bool](repeating: false, count: 256)
        ends[0x2E] = true
        for title in titles { ends[Int(title[title.count - 1])] = true }
        return ends
    }()

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

    static func person(_ text: ScanText, _ index: Int) -> Finding? {
        // After `the` a run of capitalised words is a place's or an institution's, unless a
        // middle initial shapes it as a person's ("the same person as the Kevin V. Porter").
        guard text.startsWord(index), let firstEnd = titleWord(text, index), !afterThe(text, index) || middleInitialFollows(text, firstEnd)
        else { return nil }
        // The rest of a name after its capital and apostrophe (`O'Reilly Media`): inside a word.
        if text[index - 1] == 0x27, Bytes.isUpper(text[index - 2]), text.startsWord(index - 2) { return nil }
        if text[firstEnd] == 0x2C, let inverted = invertedName(text, index, firstEnd) { return inverted }
        guard CensusNames.isFirstName(text, index..<firstEnd) else {
            // A surname alone, after a title or before a relative clause about a person
            // (`Acosta, who lives at`; not `age`, which a field's name also takes: `name:
            // String, age: Int`).
            if titled(text, index) || (relativeWhoFollows(text, firstEnd) && !isMonthOrState(text, index..<firstEnd))
                || RecordFields.isNamePart(text, index..<firstEnd),
                CensusNames.isSurname(text, index..<firstEnd)
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
                CensusNames.isSurname(text, initial..<lastEnd), introduced(text, index, sameLine: true)
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
                if token.count > 2 || text[token.upperBound - 1] != 0x2E, CensusNames.isSurname(text, token) || CensusNames.isFirstName(text, token) {
                    return .fullName(end: token.upperBound)
                }
                last -= 1
            }
            return .firstNameAlone
        }
        switch run {
        case .institution: return nil
        case .fullName(let end): return Finding(kind: .person, range: index..<end)
        case .firstNameAlone: break
        }
        // A first name before a state's code is a city ("reply to Austin, TX"); a month's
        // before a number is a date ("from August 22").
        if stateCodeFollows(text, firstEnd) { return nil }
        if text[firstEnd] == 0x20, Bytes.isDigit(text[firstEnd + 1]), NumberDetectors.monthName(text, index) != nil { return nil }
        // A first name alone, where the text addresses, signs or relates, or owns something
        // ("Kelly's birthday"; not a month's or a state's).
        // Or follows a title: many surnames are first names too (`Ms. Clark`, `Mr. Ross`).
        // Or is described as a person right after: "Jim (born 5/31/2016)", "Ann, age 7".
        // Or is the subject of a verb only people do ("Christy wants to know", "Heidi handles it").
        // Or opens a line or a quotation that speaks to them ("Karen, can you …"), signs a message
        // after a dash ("-Amber" at its end), or speaks a line of a chat ("[10:42] Jasmin: hey").
        // Or is joined to a pronoun ("Carol and I", "you and Amy"), or is to be let know ("Let
        // April know": no month is).
        // Or fills a field its key names as a name's part (`"firstName": "Jennifer"`,
        // `<GivenName>Kelsey</GivenName>`, `First name: Cheryl`, a `first_name` column).
        return introduced(text, index) || titled(text, index) || atMention(text, index) || toldToKnow(text, first)
            || RecordFields.isNamePart(text, first)
            || (possessive(text, first) || describedAfter(text, first.upperBound) || datedAfter(text, first.upperBound)
                || actsAsPerson(text, first.upperBound)
                || addressed(text, first) || signedWithDash(text, first) || speaks(text, first) || withPronoun(text, first)
                || inNameList(text, first))
                && !isMonthOrState(text, first)
            ? Finding(kind: .person, range: first) : nil
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

    /// Words that end or sit inside an institution's or a place's name and are not common
    /// surnames (so `Hall`, `Park`, `Day`, `Church` are not here: Anne Hall, Kaylee Park, Doris Day,
    /// Eric Church).
    static let institutionWords = FingerprintTable(
        CensusNames.fingerprints(
            """
            BANK UNIVERSITY COLLEGE SCHOOL ACADEMY INSTITUTE HOSPITAL CLINIC CENTER CENTRE FOUNDATION
            MEMORIAL MUSEUM LIBRARY CATHEDRAL BRIDGE RIVER COUNTY AIRPORT STATION AVENUE
            BOULEVARD COMPANY CORPORATION CORP INC GROUP AGENCY DEPARTMENT OFFICE BUREAU ADMINISTRATION
            COMMITTEE COUNCIL COMMISSION AWARD AWARDS PRIZE BUILDING TOWER PLAZA ASSOCIATION SOCIETY
            FUND TRUST PARTNERS HOLDINGS SERVICES SOLUTIONS SYSTEMS TECHNOLOGIES LABS LABORATORY
            STADIUM THEATER THEATRE HOTEL MOTORS AIRLINES INSURANCE FINANCIAL ACT PROGRAM PORTAL LTD LLC LLP PLC
            FELLOWSHIP SCHOLARSHIP
            """
        )
    )

    static func isInstitutionWord(_ text: ScanText, _ word: Range<Int>) -> Bool {
        institutionWords.contains(CensusNames.fingerprint(text, word))
    }

    /// Verbs whose subject is a person, not a place or a company named like one (so not `said`,
    /// `reported`, `announced`: "China said", "Dell reported").
    static let personVerbs = [[UInt8]](
        words: "asked",
        "asks",
        "told",
        "tells",
        "wants",
        "wanted",
        "handles",
        "handled",
        "emailed",
        "texted",
        "mentioned",
        "thinks",
        "thought",
        "knows",
        "knew",
        "agreed",
        "replied",
        "promised",
        "prefers",
        "lives",
        "lived",
        "feels",
        "felt",
        "remembers",
        "forgot",
        "wonders",
        "insists",
        "apologized"
    )

    /// Whether a line, a sentence or a quotation starts by addressing the name: the name, then
    /// a comma or a dash, then a lowercase word ("Karen, can you resend it", `Brian - per our
    /// call`, `"Darren -- the portal`). A capital after the comma is a place's or a list's
    /// ("Austin, TX", "Paris, France", "China, India").
    static func addressed(_ text: ScanText, _ name: Range<Int>) -> Bool {
        let start = name.lowerBound
        let quoted = text[start - 1] == 0x22 || text.has(openingQuote, at: start - 3)
        var before = start - 1
        while before >= 0, text[before] == 0x20 || text[before] == 0x3E { before -= 1 }
        guard quoted || before < 0 || text[before] == 0x0A || text.startsSentence(start) else { return false }
        var position = name.upperBound
        if text[position] == 0x2C {
            position += 1
        } else if text[position] == 0x20, text[position + 1] == 0x2D, text[position + 2] == 0x2D {
            position += 3
        } else if text[position] == 0x20, text[position + 1] == 0x2D, text[position + 2] == 0x20 {
            position += 2  // `Brian - per our call`
        } else if text[position] == 0x20, text.hasLongDash(at: position + 1) {
            position += 4
        } else {
            return false
        }
        return text[position] == 0x20 && Bytes.isLower(text[position + 1])
    }

    /// Whether the name is joined by `and` to a pronoun for a person: "Carol and I", "Amy and
    /// me", "you and Amy", "me and Amy".
    static func withPronoun(_ text: ScanText, _ name: Range<Int>) -> Bool {
        let end = name.upperBound
        if text.has(andSpace, at: end) {
            let pronoun = end + andSpace.count
            if text[pronoun] == 0x49 || text.has(me, at: pronoun) { return text.endsWord(pronoun + (text[pronoun] == 0x49 ? 1 : 2)) }
        }
        let start = name.lowerBound
        guard start >= 5, text.has(andSpace, at: start - 5) else { return false }
        return text.wordEnding(at: start - 5, isOneOf: objectPronouns)
    }

    /// Whether the name is one item of a list of three or more listed first names, and nothing
    /// else, after a word that introduces people ("are Taylor, Wayne, and Lori", "Attendees:
    /// Amy, Bob & Carl"; `and` or `&` may join the last), no item followed by a state's code.
    static func inNameList(_ text: ScanText, _ name: Range<Int>) -> Bool {
        guard
            text[name.upperBound] == 0x2C || text[name.lowerBound - 2] == 0x2C || text.has(andSpace, at: name.lowerBound - 5)
                || text.has(ampersandSpace, at: name.lowerBound - 3)
        else { return false }
        // Back to the list's first item, then forward over every item.
        var start = name.lowerBound
        for _ in 0..<8 {
            guard let previous = listItemBefore(text, start) else { break }
            start = previous
        }
        var items = 0
        var position = start
        while items < 9 {
            guard let end = PersonDetector.titleWord(text, position), CensusNames.isFirstName(text, position..<end),
                !isMonthOrState(text, position..<end), !stateCodeFollows(text, end)
            else { return false }
            items += 1
            var next = end
            if text[next] == 0x2C { next += 1 }
            guard text[next] == 0x20 else { break }
            next += 1
            let byAnd = text.has(andWord, at: next)
            let joined = byAnd || (text[next] == 0x26 && text[next + 1] == 0x20)
            if joined { next += byAnd ? andWord.count : 2 }
            guard Bytes.isUpper(text[next]) else { break }
            // A comma or `and` joins items: "Taylor Wayne" is one name; "Athena MUSE" no item.
            guard text[end] == 0x2C || joined else { return false }
            position = next
        }
        guard items >= 3 else { return false }
        // A word that introduces people must come before the list: a firm is named the same
        // way ("SBA loan file for Coleman, Gilbert and Riley", "the Gay, Thomas and Campbell
        // office", "(C) 2022 Le, Chan and Walker"), and so are places.
        var before = start - 1
        while text[before] == 0x20 || text[before] == 0x3A { before -= 1 }
        return text.wordEnding(at: before + 1, isOneOf: listIntroducers)
    }

    /// Whether `, XX` (a state's code) follows the word ending at `end` ("Austin, TX").
    static func stateCodeFollows(_ text: ScanText, _ end: Int) -> Bool {
        text[end] == 0x2C && text[end + 1] == 0x20 && Bytes.isUpper(text[end + 2]) && Bytes.isUpper(text[end + 3]) && !Bytes.isLetter(text[end + 4])
    }

    /// The start of the list item before the one at `start` (`Taylor, ` or `Wayne, and `), if any.
    static func listItemBefore(_ text: ScanText, _ start: Int) -> Int? {
        var end = start - 1
        guard text[end] == 0x20 else { return nil }
        if text.has(andSpace, at: start - 5) {
            end = start - 5
            if text[end - 1] == 0x2C { end -= 1 }
        } else if text.has(ampersandSpace, at: start - 3) {
            end = start - 3
        } else if text[end - 1] == 0x2C {
            end -= 1
        } else {
            return nil
        }
        let itemStart = text.wordStart(end)
        guard itemStart < end, PersonDetector.titleWord(text, itemStart) == end else { return nil }
        return itemStart
    }

    static let ampersandSpace = [UInt8](" & ".utf8)
    static let andWord = [UInt8]("and ".utf8)
    /// Words right before a list (past `:` and spaces) that make its items people.
    static let listIntroducers = [[UInt8]](
        words: "are",
        "were",
        "include",
        "includes",
        "including",
        "attendees",
        "participants",
        "members",
        "present",
        "invitees",
        "team",
        "staff",
        "volunteers",
        "witnesses",
        "students",
        "kids",
        "children",
        "cc",
        "invite",
        "invited",
        "thank",
        "thanks",
        "welcome"
    )

    static let andSpace = [UInt8](" and ".utf8)
    static let me = [UInt8]("me".utf8)
    static let objectPronouns = [[UInt8]](words: "you", "me")

    /// Whether the name sits between `let` and `know` ("Let Jessica know if it fails").
    static func toldToKnow(_ text: ScanText, _ name: Range<Int>) -> Bool {
        text.has(knowAfter, at: name.upperBound) && text.endsWord(name.upperBound + knowAfter.count) && text[name.lowerBound - 1] == 0x20
            && text.wordEnding(at: name.lowerBound - 1, isOneOf: letWords)
    }

    static let knowAfter = [UInt8](" know".utf8)
    static let letWords = [[UInt8]](words: "let")

    /// Whether the name signs off after a dash: `-Amber` or `--Amber`, or `–` or `—` with a
    /// space between or not, at a line's start or after a space, and nothing but spaces after
    /// the name to the line's end. A hyphen and a space is a list's bullet at a line's start
    /// (`- Ruby`), but a signature after words (`thx - Erin`).
    static func signedWithDash(_ text: ScanText, _ name: Range<Int>) -> Bool {
        var before = name.lowerBound - 1
        if text[before] == 0x2D {
            before -= text[before - 1] == 0x2D ? 2 : 1  // `-Amber`, `--Amber`
        } else if text[before] == 0x20, text[before - 1] == 0x2D, text[before - 2] == 0x20, signsAfter(text, before - 2) {
            before -= 2
        } else {
            if text[before] == 0x20 { before -= 1 }
            guard text.hasLongDash(at: before - 2) else { return false }
            before -= 3
        }
        guard before < 0 || text[before] == 0x20 || text[before] == 0x0A else { return false }
        var after = name.upperBound
        while text[after] == 0x20 { after += 1 }
        return after >= text.count || text[after] == 0x0A || text[after] == 0x0D
    }

    /// Whether what ends at `end` may come before a signature's ` - ` on a line: punctuation, a
    /// lowercase word (`thx - Erin`) or a word that signs off (`Thanks - Erin`), not another
    /// capitalised word (`Austin - Dallas - Houston`, a list).
    static func signsAfter(_ text: ScanText, _ end: Int) -> Bool {
        let last = text[end - 1]
        guard Bytes.isLetter(last) else { return last == 0x21 || last == 0x2E || last == 0x29 }
        let start = text.wordStart(end)
        return Bytes.isLower(text[start]) || wordBefore(text, end: end, in: introducerTable)
    }

    /// Whether the name speaks a line of a chat: at the line's start (after a bracketed time,
    /// `[10:42]`, if one is there), then `: ` and the message. Without a time the message must
    /// start in lowercase, so a form's field (`Major: Computer Science`) is not a speaker.
    static func speaks(_ text: ScanText, _ name: Range<Int>) -> Bool {
        guard text[name.upperBound] == 0x3A, text[name.upperBound + 1] == 0x20 else { return false }
        var before = name.lowerBound - 1
        while text[before] == 0x20 { before -= 1 }
        var timed = false
        if text[before] == 0x5D {
            // A bracketed time: digits, `:`, `.`, spaces and AM/PM letters.
            var open = before - 1
            while open > before - 24, open >= 0, text[open] != 0x5B {
                let byte = text[open]
                guard Bytes.isDigit(byte) || byte == 0x3A || byte == 0x20 || byte == 0x2E || Bytes.isLetter(byte) else { return false }
                open -= 1
            }
            guard text[open] == 0x5B, (open + 1..<before).contains(where: { Bytes.isDigit(text[$0]) }) else { return false }
            timed = true
            before = open - 1
        }
        guard before < 0 || text[before] == 0x0A else { return false }
        return timed || Bytes.isLower(text[name.upperBound + 2])
    }

    /// `“`, which opens a quotation.
    static let openingQuote = [UInt8]("\u{201C}".utf8)

    /// Whether the word after the name (one space on) is one of ``personVerbs``.
    static func actsAsPerson(_ text: ScanText, _ end: Int) -> Bool {
        guard text[end] == 0x20, Bytes.isLower(text[end + 1]) else { return false }
        return personVerbs.contains { text.matches($0, at: end + 1) && text.endsWord(end + 1 + $0.count) }
    }

    /// Words that, in parentheses or after a comma right after a name, describe a person
    /// (`Jim (born 5/31/2016)`, `Ann, age 7`, `Acosta, who lives at`).
    static let descriptions = [[UInt8]](words: "born", "age", "aged", "dob", "who", "whose", "whom")

    /// Whether the name follows an `@` that starts a word (`@Brandon can you review?`), not an
    /// email's.
    static func atMention(_ text: ScanText, _ index: Int) -> Bool {
        text[index - 1] == 0x40 && text.startsWord(index - 1)
    }

    /// Whether a date alone in parentheses follows `end` (`Dustin (03/30/2011)`, `Amanda (Oct
    /// 21, 2012)`): the date a person was born, as ``NumberDetectors/afterName(_:_:)`` reads it.
    static func datedAfter(_ text: ScanText, _ end: Int) -> Bool {
        guard text[end] == 0x20, text[end + 1] == 0x28 else { return false }
        let start = end + 2
        let dateEnd =
            Bytes.isDigit(text[start])
            ? NumberDetectors.numericDate(text, start) ?? NumberDetectors.dayMonthYear(text, start) : NumberDetectors.monthDayYear(text, start)
        guard let dateEnd else { return false }
        return text[dateEnd] == 0x29
    }

    /// Whether `, who`, `, whose` or `, whom` follows `end`.
    static func relativeWhoFollows(_ text: ScanText, _ end: Int) -> Bool {
        guard text[end] == 0x2C, text[end + 1] == 0x20, text.has(who, at: end + 2) else { return false }
        let after = end + 5
        return text.endsWord(after) || (text.has(whoseEnding, at: after) && text.endsWord(after + 2))
            || (text[after] == 0x6D && text.endsWord(after + 1))
    }

    static let who = [UInt8]("who".utf8)
    /// What `whose` adds to `who`.
    static let whoseEnding = [UInt8]("se".utf8)

    static func describedAfter(_ text: ScanText, _ end: Int) -> Bool {
        var position = end
        if text[position] == 0x20 { position += 1 }
        guard text[position] == 0x28 || text[position] == 0x2C else { return false }
        position += 1
        if text[position] == 0x20 { position += 1 }
        return descriptions.contains { text.matches($0, at: position) && text.endsWord(position + $0.count) }
    }

    /// Whether the name owns what follows: `'s` and a lowercase word ("Kelly's birthday"), an
    /// abbreviation in capitals ("Gary's DOB", "Ann's SSN"), or a context word ("Robert's
    /// Social Security number").
    static func possessive(_ text: ScanText, _ name: Range<Int>) -> Bool {
        let end = name.upperBound
        guard text[end] == 0x27, text[end + 1] == 0x73, text[end + 2] == 0x20 else { return false }
        let next = end + 3
        if Bytes.isLower(text[next]) { return true }
        var capitals = next
        while Bytes.isUpper(text[capitals]) { capitals += 1 }
        if (2...4).contains(capitals - next) && !Bytes.isAlnum(text[capitals]) { return true }
        // A capitalised context word: "Robert's Social Security number", "Ann's Date of Birth".
        return text.contextWord(at: next) { end, _ in text.endsWord(end) } != nil
    }

    /// Whether the word is a month's or a state's name ("May's figures", "Virginia's roads").
    static func isMonthOrState(_ text: ScanText, _ word: Range<Int>) -> Bool {
        monthsAndStates.contains { $0.count == word.count && text.matches($0, at: word.lowerBound) }
    }

    /// Month and state names, lowercase (for ``ScanText/matches(_:at:)``).
    static let monthsAndStates = NumberDetectors.months + stateNames

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
            guard let firstEnd = titleWord(text, finding.range.lowerBound) else { continue }
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
            guard after || before, let end = titleWord(text, start) else { continue }
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

    /// How far before a name found later a mention of it (of at most ``longestMention`` bytes)
    /// may stand: the mention, the gap and the name fit in
    /// ``SensitiveDataScanner/longestFinding`` bytes, which a ``StreamingRedactor`` holds back,
    /// so streamed text is judged as the whole text is.
    static let mentionLookAhead = 160

    /// The longest word taken as a mention before the name it repeats.
    static let longestMention = 40

    /// Appends the starts of the words before `index`, as far back as a mention before a name
    /// may start, that begin with a capital and then a lowercase letter or `'` (where a name can
    /// be): what the scan records from the first person it finds on.
    static func noteCapitalisedWords(in text: ScanText, before index: Int, into starts: inout [Int]) {
        var position = max(0, index - mentionLookAhead - longestMention)
        while position < index {
            if Bytes.isUpper(text[position]), Bytes.isLower(text[position + 1]) || text[position + 1] == 0x27, text.startsWord(position) {
                starts.append(position)
            }
            position += 1
        }
    }

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
        // Nor the first of such a list (`Clark, Gomez and Bennett`).
        if text[end] == 0x2C, text[end + 1] == 0x20, let nextEnd = titleWord(text, end + 2),
            text.has(andSpace, at: nextEnd) || text.has(ampersandSpace, at: nextEnd) || text[nextEnd] == 0x2C
        {
            return false
        }
        return true
    }

    /// An introducer word just before `index` (same line, or alone on the line before: a sign-off;
    /// `sameLine` for the weaker evidence of an unlisted first name, which crosses a line break
    /// only after a comma: `v/r,\nConnor Barton` is signed, `Love\nPassport No.` is a name's last
    /// word above a form's label).
    static func introduced(_ text: ScanText, _ index: Int, sameLine: Bool = false) -> Bool {
        var position = index - 1
        while position >= 0, text[position] == 0x20 || text[position] == 0x2C || text[position] == 0x3A || text[position] == 0x0A {
            // A line break with no comma before it (`Love\nPassport`) ends the weaker evidence's reach.
            if sameLine, text[position] == 0x0A, text[position - 1] != 0x2C { return false }
            position -= 1
        }
        return position >= 0 && wordBefore(text, end: position + 1, in: introducerTable)
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

    /// `the` before the name, or before the capitalised word before it: a place or an
    /// institution ("the South China Sea", "the Washington Post"), not a person.
    static func afterThe(_ text: ScanText, _ index: Int) -> Bool {
        if theEnds(text, index) { return true }
        guard index >= 2, text[index - 1] == 0x20 else { return false }
        var start = index - 1
        while start > 0, Bytes.isLetter(text[start - 1]) { start -= 1 }
        return start < index - 1 && Bytes.isUpper(text[start]) && theEnds(text, start)
    }

    /// Whether the word `the` (any case) and a space end just before `index`.
    @inline(__always) static func theEnds(_ text: ScanText, _ index: Int) -> Bool {
        index >= 4 && text[index - 1] == 0x20 && text[index - 2] | 0x20 == 0x65 && text[index - 3] | 0x20 == 0x68
            && text[index - 4] | 0x20 == 0x74 && text.startsWord(index - 4)
    }

    /// Whether a title stands before the word at `index`, and the word is not a title itself
    /// (`Inspector General`, `Lieutenant Colonel` are offices, not people).
    static func titled(_ text: ScanText, _ index: Int) -> Bool {
        let last = Bytes.lower(text[index - 2])
        guard text[index - 1] == 0x20, titleEnds[Int(last)] else { return false }
        let titleEnd = last == 0x2E ? index - 2 : index - 1
        guard wordBefore(text, end: titleEnd, in: titleTable) else { return false }
        // A state's code after a city ("Nathanmouth, MS. Section 4") is no `Ms.`.
        let titleStart = text.wordStart(titleEnd)
        if text[titleStart - 1] == 0x20, text[titleStart - 2] == 0x2C, (titleStart..<titleEnd).allSatisfy({ Bytes.isUpper(text[$0]) }) {
            return false
        }
        var end = index
        while Bytes.isLetter(text[end]) { end += 1 }
        return !(titleTable.mayEnd(text[index], end - index) && titleTable.contains(text, index..<end))
    }
}
