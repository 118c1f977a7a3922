// SPDX-License-Identifier: Apache-2.0

/// What makes a listed first name alone a person's (``PersonDetector/person(_:_:)`` asks these
/// once a capitalised word is a first name that no surname follows): the text addresses, signs,
/// owns, describes, lets know or lists it, or gives it a verb only people do.
extension PersonDetector {
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
        "apologized",
        "wrote",
        "reacted",
        "requested",
        "laughed",
        "cried"
    )

    /// Whether a line, a sentence or a quotation starts by addressing the name: the name, then
    /// a comma or a dash, then a lowercase word ("Karen, can you resend it", `Brian - per our
    /// call`, `"Darren -- the portal`), or the name asked after and a lowercase word (`Jen? you
    /// up?`). A capital after the comma is a place's or a list's ("Austin, TX", "Paris,
    /// France", "China, India").
    static func addressed(_ text: ScanText, _ name: Range<Int>) -> Bool {
        let start = name.lowerBound
        let quoted = text[start - 1] == 0x22 || text.has(openingQuote, at: start - 3)
        var before = start - 1
        while before >= 0, text[before] == 0x20 || text[before] == 0x3E { before -= 1 }
        // (Or after a sender's label opening the line, when what follows speaks to the reader:
        // `Walgreens: Tiffany, your refill …`.)
        // (Or a chat line's speaker after its time: `[10:00] Me: Michael?? u there`.)
        let labelStart = text.wordStart(before)
        let afterLabel =
            !quoted && text[before] == 0x3A
            && (text.lineStart(before) == labelStart || (text[labelStart - 1] == 0x20 && text[labelStart - 2] == 0x5D))
        guard quoted || before < 0 || text[before] == 0x0A || text.startsSentence(start) || afterLabel || portionMarkOpensLine(text, before)
        else { return false }
        var position = name.upperBound
        if text[position] == 0x3F {
            // Called by name alone, then what is asked (`Me: Michael?? u there`, `Jen? you up?`).
            while text[position] == 0x3F { position += 1 }
            return text[position] == 0x20 && Bytes.isLower(text[position + 1])
        }
        if text[position] == 0x2C {
            position += 1
        } else if text[position] == 0x20, text[position + 1] == 0x3A, let end = shortcodeEnd(text, position + 1) {
            position = end  // a chat's emoji after the name (`Sarah :wave: can u …`)
        } else if text[position] == 0x20, text[position + 1] == 0xF0, text[position + 2] == 0x9F {
            position += 5  // or the emoji itself (`Stacey 😊 see u sat`)
            if text[position] == 0xEF, text[position + 1] == 0xB8, text[position + 2] == 0x8F { position += 3 }
        } else if text[position] == 0x20, text[position + 1] == 0x2D, text[position + 2] == 0x2D {
            position += 3
        } else if text[position] == 0x20, text[position + 1] == 0x2D, text[position + 2] == 0x20 {
            position += 2  // `Brian - per our call`
        } else if text[position] == 0x20, text.hasLongDash(at: position + 1) {
            position += 4
        } else {
            return false
        }
        guard text[position] == 0x20, Bytes.isLower(text[position + 1]) else { return false }
        return !afterLabel || text.wordAfter(position, in: secondPerson)
    }

    /// Whether a portion mark opening its line ends at `close` (its `)`: `(U) Timothy, per our
    /// call`): what follows it opens the paragraph.
    static func portionMarkOpensLine(_ text: ScanText, _ close: Int) -> Bool {
        guard text[close] == 0x29 else { return false }
        var open = close - 1
        while open > close - 32, open > 0, text[open] != 0x28, text[open] != 0x0A { open -= 1 }
        guard text[open] == 0x28, MarkingDetectors.portion(text, open)?.0.range.upperBound == close + 1 else { return false }
        var before = open - 1
        while text[before] == 0x20 { before -= 1 }
        return before < 0 || text[before] == 0x0A
    }

    /// Words that speak to the reader (``addressed(_:_:)`` after a label).
    static let secondPerson = [[UInt8]](words: "you", "your", "you're", "please", "thanks", "thank")

    /// Whether the name says who is there: asked after (`is this Jennifer?`, `Is that Sam?`:
    /// `is this` or `is that`, the name, then `?`), or given by a caller naming themself (`its
    /// Maria from the clinic`, `it's Ryan, ur card`, `It is Dale here`: `it's`, `its` or `it is`
    /// before the name; `from`, `here`, `again`, a comma, or the sentence's or line's end after it).
    static func saysWhoItIs(_ text: ScanText, _ name: Range<Int>) -> Bool {
        let start = name.lowerBound
        // Every word it reads before the name ends in `s` or `t` (`is this`, `that`, `its`, `it is`).
        let last = text[start - 2] | 0x20
        guard text[start - 1] == 0x20, last == 0x73 || last == 0x74 else { return false }
        let wordEnd = start - 1
        let word = text.wordStart(wordEnd)
        guard word < wordEnd else { return false }
        if text.wordEnding(at: wordEnd, isOneOf: demonstratives) {
            // `is this`: the question ends with the name.
            return text[name.upperBound] == 0x3F && text[word - 1] == 0x20 && text.wordEnding(at: word - 1, isOneOf: copulaIs)
        }
        let announced: Bool
        if text.wordEnding(at: wordEnd, isOneOf: itsWords) {
            // `its`, `it's` (the apostrophe ends the word `it`), `it’s`, or `it is`.
            announced =
                wordEnd - word == 3 || (text[word - 1] == 0x27 && text.wordEnding(at: word - 1, isOneOf: itWord))
                || (word >= 4 && text.has(curlyApostrophe, at: word - 3) && text.wordEnding(at: word - 3, isOneOf: itWord))
        } else {
            announced = text.wordEnding(at: wordEnd, isOneOf: copulaIs) && text[word - 1] == 0x20 && text.wordEnding(at: word - 1, isOneOf: itWord)
        }
        guard announced else { return false }
        let end = name.upperBound
        let next = text[end]
        if next == 0x2C || next == 0x2E || next == 0x21 || next == 0x0A || next == 0x0D || end >= text.count { return true }
        return next == 0x20 && selfAnnouncers.contains { text.matches($0, at: end + 1) && text.endsWord(end + 1 + $0.count) }
    }

    static let demonstratives = [[UInt8]](words: "this", "that")
    static let copulaIs = [[UInt8]](words: "is")
    static let itWord = [[UInt8]](words: "it")
    static let itsWords = [[UInt8]](words: "its", "s")
    static let curlyApostrophe = [UInt8]("\u{2019}".utf8)
    /// What follows a caller's own name (``saysWhoItIs(_:_:)``).
    static let selfAnnouncers = [[UInt8]](words: "from", "here", "again", "calling", "with")

    /// Whether the name is mentioned as a tracker writes it (`[~Maria] can you verify`,
    /// `Resolved by [~Omar]`): `[~` before, `]` after.
    static func trackerMention(_ text: ScanText, _ name: Range<Int>) -> Bool {
        text[name.lowerBound - 1] == 0x7E && text[name.lowerBound - 2] == 0x5B && text[name.upperBound] == 0x5D
    }

    /// Whether the name speaks for a workplace: ` from ` and `our`, `your`, `the` or `my`, then
    /// within three words one of ``workplaces`` (`Maria from our office will call`, `Kim from
    /// the benefits office`).
    static func fromWorkplace(_ text: ScanText, _ end: Int) -> Bool {
        guard text.has(fromSpace, at: end) else { return false }
        var position = end + fromSpace.count
        guard determiners.contains(where: { text.matches($0, at: position) && text[position + $0.count] == 0x20 }) else { return false }
        position = text.letterRunEnd(position) + 1
        for _ in 0..<3 {
            let wordEnd = text.letterRunEnd(position)
            guard wordEnd > position, Bytes.isLower(text[position]) else { return false }
            if workplaces.contains(where: { $0.count == wordEnd - position && text.matches($0, at: position) }) { return true }
            guard text[wordEnd] == 0x20 else { return false }
            position = wordEnd + 1
        }
        return false
    }

    static let fromSpace = [UInt8](" from ".utf8)
    static let determiners = [[UInt8]](words: "our", "your", "the", "my")
    /// Where someone works, as they say when they call (``fromWorkplace(_:_:)``).
    static let workplaces = [[UInt8]](
        words: "office",
        "team",
        "clinic",
        "department",
        "agency",
        "bank",
        "company",
        "hospital",
        "school",
        "desk",
        "unit",
        "branch",
        "firm",
        "center",
        "practice",
        "pharmacy",
        "lab"
    )

    /// Whether the name owns a note left in code (`# TODO(Lisa): remove`, `// FIXME(Omar)`): the
    /// convention's word and `(` right before, `)` right after.
    static func ownsCodeNote(_ text: ScanText, _ name: Range<Int>) -> Bool {
        guard text[name.lowerBound - 1] == 0x28, text[name.upperBound] == 0x29 else { return false }
        return text.wordEnding(at: name.lowerBound - 1, isOneOf: codeNotes)
    }

    static let codeNotes = [[UInt8]](words: "todo", "fixme", "xxx", "hack", "note")

    /// Whether the name is quoted right after a word for a person holding an account or a
    /// record (`failed for user "Steven"`, `patient 'Maria'`): the value such a word names.
    static func quotedAfterHolder(_ text: ScanText, _ name: Range<Int>) -> Bool {
        let quote = text[name.lowerBound - 1]
        guard quote == 0x22 || quote == 0x27, text[name.upperBound] == quote, text[name.lowerBound - 2] == 0x20 else { return false }
        return text.wordEnding(at: name.lowerBound - 2, isOneOf: accountHolders)
    }

    /// Whether the name is the user of a remote shell's destination (`ssh Robert@10.0.0.5`,
    /// `scp report.pdf Maria@host:`): an account, so a person's.
    static func remoteShellUser(_ text: ScanText, _ name: Range<Int>) -> Bool {
        guard text[name.upperBound] == 0x40, Bytes.isAlnum(text[name.upperBound + 1]) else { return false }
        let lineStart = text.lineStart(name.lowerBound)
        var position = lineStart
        while text[position] == 0x20 || text[position] == 0x24 { position += 1 }  // a prompt's `$`
        return remoteShells.contains { text.matches($0, at: position) && text[position + $0.count] == 0x20 }
            && (text[name.lowerBound - 1] == 0x20 && !(position..<name.lowerBound).contains { text[$0] == 0x40 })
    }

    /// Commands whose destination names an account (``remoteShellUser(_:_:)``).
    static let remoteShells = [[UInt8]](words: "ssh", "scp", "sftp", "rsync", "mosh")

    /// Words for a person holding an account or a record (``quotedAfterHolder(_:_:)``).
    static let accountHolders = [[UInt8]](words: "user", "username", "customer", "member", "patient", "employee", "client", "applicant")

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
    /// Amy, Bob & Carl"; `and` or `&` may join the last), no item followed by a state's code;
    /// or of two after such a word as a label (`Witnesses: Nicole and Rebecca`) or after a
    /// closing's comma (`Love, Allison & Anthony`); or of three or more, commas between them,
    /// that end a line a label opens (`Seating: table 4 — Justin, Scott, Heather`).
    static func inNameList(_ text: ScanText, _ name: Range<Int>) -> Bool {
        guard
            text[name.upperBound] == 0x2C || text[name.lowerBound - 2] == 0x2C || text.has(andSpace, at: name.lowerBound - 5)
                || text.has(andSpace, at: name.upperBound) || text.has(ampersandSpace, at: name.upperBound)
                || text.has(ampersandSpace, at: name.lowerBound - 3)
        else { return false }
        // Back to the list's first item, then forward over every item.
        var start = name.lowerBound
        for _ in 0..<8 {
            guard let previous = listItemBefore(text, start) else { break }
            // A closing's word and its comma before the names is none of them (`Love, Allison &
            // Anthony`).
            if let end = PersonDetector.titleWord(text, previous), text[end] == 0x2C, PersonDetector.wordBefore(text, end: end, in: greetingTable) {
                break
            }
            start = previous
        }
        var items = 0
        var position = start
        var listEnd = start
        var commasOnly = true
        while items < 9 {
            guard let end = PersonDetector.titleWord(text, position), CensusNames.isFirstName(text, position..<end),
                !isMonthOrState(text, position..<end), !stateCodeFollows(text, end)
            else { return false }
            items += 1
            listEnd = end
            var next = end
            if text[next] == 0x2C { next += 1 }
            guard text[next] == 0x20 else { break }
            next += 1
            let byAnd = text.has(andWord, at: next)
            let joined = byAnd || (text[next] == 0x26 && text[next + 1] == 0x20)
            if joined {
                next += byAnd ? andWord.count : 2
                commasOnly = false
            }
            guard Bytes.isUpper(text[next]) else { break }
            // A comma or `and` joins items: "Taylor Wayne" is one name; "Athena MUSE" no item.
            guard text[end] == 0x2C || joined else { return false }
            position = next
        }
        guard items >= 2 else { return false }
        // A word that introduces people must come before the list: a firm is named the same
        // way ("SBA loan file for Coleman, Gilbert and Riley", "the Gay, Thomas and Campbell
        // office", "(C) 2022 Le, Chan and Walker"), and so are places. Two names need the
        // word as a label, its colon right before them (`Witnesses: Nicole and Rebecca`).
        var before = start - 1
        while text[before] == 0x20 { before -= 1 }
        // Three or more filling the rest of a labelled line are its value (`Seating: table 4 —
        // Justin, Scott, Heather`); a firm's surnames take `and` (`Organization: Boyd, Simon
        // and Reyes`).
        if items >= 3, commasOnly, endsLine(text, listEnd), text.lineStart(start) < start,
            (text.lineStart(start)..<start).contains(where: { text[$0] == 0x3A })
        {
            return true
        }
        // Or a closing's comma (`Love, Allison & Anthony`).
        if text[before] == 0x2C, items == 2 { return PersonDetector.wordBefore(text, end: before, in: greetingTable) }
        let labelled = text[before] == 0x3A
        if labelled { before -= 1 }
        guard items >= 3 || labelled else { return false }
        return text.wordEnding(at: before + 1, isOneOf: listIntroducers)
    }

    /// Whether the line ends at `end` (perhaps after a full stop).
    static func endsLine(_ text: ScanText, _ end: Int) -> Bool {
        let next = text[end] == 0x2E ? end + 1 : end
        return next >= text.count || text[next] == 0x0A || text[next] == 0x0D
    }

    /// Whether `, XX` (a state's code) follows the word ending at `end` ("Austin, TX").
    static func stateCodeFollows(_ text: ScanText, _ end: Int) -> Bool {
        text[end] == 0x2C && text[end + 1] == 0x20 && Bytes.isUpper(text[end + 2]) && Bytes.isUpper(text[end + 3]) && !Bytes.isLetter(text[end + 4])
    }

    static let maryland = [UInt8]("MD".utf8)

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
        "names",
        "cc",
        "invite",
        "invited",
        "thank",
        "thanks",
        "welcome",
        // Who is coming (`RSVPs for Amy's birthday: Ben, Carl and Dan`).
        "rsvps",
        "rsvp",
        "guests",
        "confirmed",
        "coming",
        "going",
        "birthday",
        "party"
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

    /// Whether the name answers a question about a name on the line before, right after the
    /// answering speaker's label (`agent: can you spell the last name` / `caller: Barnes, L as
    /// in Lima.`): the previous line has the word `name`, the name follows `Label: ` at its
    /// line's start and ends its clause (`,`, `.`, the line's end).
    static func answersNameQuestion(_ text: ScanText, _ name: Range<Int>) -> Bool {
        let next = text[name.upperBound]
        guard next == 0x2C || next == 0x2E || next == 0x0A || next == 0x0D || name.upperBound >= text.count else { return false }
        guard text[name.lowerBound - 1] == 0x20, text[name.lowerBound - 2] == 0x3A else { return false }
        let labelStart = text.wordStart(name.lowerBound - 2)
        guard labelStart < name.lowerBound - 2, labelStart > 0, text[labelStart - 1] == 0x0A else { return false }
        // The line before, back to its start (at most ``SensitiveDataScanner/longestLookBehind`` bytes).
        let questionEnd = labelStart - 1
        var position = questionEnd
        let limit = max(0, name.lowerBound - SensitiveDataScanner.longestLookBehind)
        while position > limit, text[position - 1] != 0x0A {
            position -= 1
            if text.matches(nameWord, at: position), text.startsWord(position), text.endsWord(position + nameWord.count) { return true }
        }
        return false
    }

    /// Whether the name fills the line under an email signature's delimiter (`-- ` alone on
    /// its line): the sender's signature (`-- \nRandy\nm: 404 …`).
    static func signsUnderDelimiter(_ text: ScanText, _ name: Range<Int>) -> Bool {
        afterSignatureDelimiter(text, name.lowerBound)
            && (text[name.upperBound] == 0x0A || text[name.upperBound] == 0x0D || name.upperBound >= text.count)
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

    /// Whether an email address in angle brackets follows the name (`Rachel
    /// <rachel@example.com>`): the name is the address's display name (not a hyphenated
    /// word's part, `FSF-India <…>`).
    static func namesEmailAddress(_ text: ScanText, _ name: Range<Int>) -> Bool {
        let end = name.upperBound
        guard text[end] == 0x20, text[end + 1] == 0x3C, text[name.lowerBound - 1] != 0x2D else { return false }
        var position = end + 2
        var at = false
        while position < end + 2 + 254, text[position] != 0x3E {
            let byte = text[position]
            guard byte > 0x20, byte != 0x3C else { return false }
            if byte == 0x40 { at = true }
            position += 1
        }
        return at && text[position] == 0x3E
    }

    /// `“`, which opens a quotation.
    static let openingQuote = [UInt8]("\u{201C}".utf8)

    /// Whether what follows the name (one space on) says something only a person is or does:
    /// ``personPredicates`` (`Mark was not home`, `Rachel is allergic to peanuts`, `If Kathleen
    /// doesn't pick up`). `is home to` is a place's.
    static func hasPersonPredicate(_ text: ScanText, _ end: Int) -> Bool {
        guard text[end] == 0x20, Bytes.isLower(text[end + 1]) else { return false }
        let start = end + 1
        // An age reached (`Kimberly turns 5 next month`, `Michael turned 40`; a town's 180th
        // is no person's).
        if text.wordAfter(end, in: turns) {
            let verbEnd = text.letterRunEnd(start)
            guard text[verbEnd] == 0x20 else { return false }
            let age = verbEnd + 1
            let digits = text.digitRun(age)
            return (1...2).contains(digits) && !Bytes.isAlnum(text[age + digits])
                && !(text[age + digits] == 0x2E && Bytes.isDigit(text[age + digits + 1]))
        }
        guard predicateStarts.contains(where: { text.matches($0, at: start) }) else { return false }
        for phrase in personPredicates where text.matches(phrase, at: start) && text.endsWord(start + phrase.count) {
            return !(phrase.suffix(home.count).elementsEqual(home) && text.has(toAfter, at: start + phrase.count))
        }
        return false
    }

    /// What a person is or does after their name (``hasPersonPredicate(_:_:)``): a state of
    /// health, of a household or of being reached; lowercase.
    static let personPredicates: [[UInt8]] = {
        var phrases: [String] = []
        for verb in ["is", "was"] {
            for negation in ["", " not", "n't", " still"] {
                for state in [
                    "home", "out", "present", "ready", "allergic", "pregnant", "sick", "absent", "hospitalized", "homeless", "unemployed", "deceased",
                    "great to work with", "helpful", "rude", "very helpful", "so helpful",
                ] {
                    phrases.append("\(verb)\(negation) \(state)")
                }
            }
        }
        for negated in ["doesn't", "didn't", "does not", "did not", "won't", "can't", "never"] {
            for action in ["pick up", "answer", "answered", "respond", "call back", "show up", "showed up", "return calls"] {
                phrases.append("\(negated) \(action)")
            }
        }
        phrases += ["passed away", "called back", "picked up", "showed up", "no-showed", "was admitted", "was discharged"]
        // Who fetches the children (`Robert is picking up the kids today`).
        phrases += ["is picking up", "will pick up", "is dropping off", "will drop off", "is babysitting", "is coming over", "is covering"]
        // What a visitor or a collaborator does (`Wendy checked in at 9:00`, `Holly left a
        // comment`).
        phrases += ["checked in", "checked out", "left a comment", "left a note", "left a message", "left a voicemail"]
        // What a person's week or day was (`Monica had a great week!`), and what they will do
        // at a meeting (`Dakota will brief the DAS`).
        for adjective in ["great", "good", "rough", "hard", "tough", "bad", "busy"] {
            phrases.append("had a \(adjective)")
        }
        for action in ["brief", "attend", "present", "call", "email", "text", "cover", "come by", "stop by"] {
            phrases.append("will \(action)")
        }
        // What a reference says of the person it recommends.
        phrases += ["would be an asset", "would be a great asset"]
        // A greeting passed on (`P.S. Lisa says hi!`; a country says more).
        phrases += ["says hi", "says hello", "said hi", "said hello"]
        // Forms are signed by people (`Jessica signed Form 8879`; a country signs treaties).
        for form in ["form", "the form", "the consent", "the application", "the release", "the waiver", "the lease", "the affidavit"] {
            phrases.append("signed \(form)")
        }
        return phrases.map { Array($0.utf8) }
    }()

    /// The first words of ``personPredicates``: most words after a name start none.
    static let predicateStarts = [[UInt8]](
        words: "is",
        "was",
        "doesn't",
        "didn't",
        "does ",
        "did ",
        "won't",
        "can't",
        "never",
        "passed",
        "called",
        "picked",
        "showed",
        "no-",
        "signed",
        "had",
        "will",
        "would",
        "checked",
        "left",
        "says",
        "said"
    )
    static let turns = [[UInt8]](words: "turns", "turned")
    static let toAfter = [UInt8](" to".utf8)
    static let home = [UInt8]("home".utf8)

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
        guard text[end] == 0x2C, text[end + 1] == 0x20 else { return false }
        return relativePronouns.contains { text.matches($0, at: end + 2) && text.endsWord(end + 2 + $0.count) }
    }

    static let relativePronouns = [[UInt8]](words: "who", "whose", "whom")

    static func describedAfter(_ text: ScanText, _ end: Int) -> Bool {
        var position = end
        if text[position] == 0x20 { position += 1 }
        // A record's label right after the name (`dependents: Ryan DOB December 07, 2012`; not
        // after a two-letter word, `Mi SSN es`, Spanish's `my`).
        if position > end, Bytes.isUpper(text[position]), recordLabelFollows(text, end), Bytes.isLetter(text[end - 3]) { return true }
        guard text[position] == 0x28 || text[position] == 0x2C else { return false }
        let parenthesized = text[position] == 0x28
        position += 1
        if text[position] == 0x20 { position += 1 }
        if descriptions.contains(where: { text.matches($0, at: position) && text.endsWord(position + $0.count) }) { return true }
        // An age after a name opening its line (`Brian, 34. Loves hiking`).
        let age = text.digitRun(position)
        if !parenthesized, (1...2).contains(age), text.lineStart(end) == text.wordStart(end - 1),
            text[position + age] == 0x2E || text[position + age] == 0x2C || text[position + age] == 0x0A || position + age >= text.count
        {
            return true
        }
        // A relation in parentheses (`Emergency: Natasha (aunt)`, `Luis (son)`, `Ana (child,
        // born …)`, `Kiara (self)`), or after a comma, closing the clause (`Seen with Andrew,
        // interpreter.`, `Maria, my sister, called`).
        if parenthesized {
            return relations.contains {
                text.matches($0, at: position) && (text[position + $0.count] == 0x29 || text[position + $0.count] == 0x2C)
            }
        }
        if let owner = relationOwners.first(where: { text.matches($0, at: position) }) { position += owner.count }
        return relations.contains {
            guard text.matches($0, at: position) else { return false }
            let next = text[position + $0.count]
            return next == 0x2E || next == 0x2C || next == 0x3B || next == 0x0A || position + $0.count >= text.count
        }
    }

    /// Who a relation after a name's comma is to (`Maria, my sister`).
    static let relationOwners = [[UInt8]](words: "my ", "our ", "his ", "her ", "their ", "the ")

    /// What a person is to the writer or to another person, as a parenthesis after a name says.
    static let relations = [[UInt8]](
        words: "aunt",
        "uncle",
        "mother",
        "father",
        "mom",
        "dad",
        "son",
        "daughter",
        "wife",
        "husband",
        "spouse",
        "brother",
        "sister",
        "grandmother",
        "grandfather",
        "niece",
        "nephew",
        "cousin",
        "friend",
        "neighbor",
        "neighbour",
        "partner",
        "guardian",
        "caregiver",
        "fiance",
        "fiancee",
        "roommate",
        "coworker",
        "child",
        "stepson",
        "stepdaughter",
        "self",
        // And who they are to a household (`Jo (babysitter)`).
        "babysitter",
        "nanny",
        "sitter",
        "tutor",
        "coach",
        "teacher",
        "nurse",
        "therapist",
        "pastor",
        "landlord",
        "boss",
        "supervisor",
        // Spanish's (`Contacto de emergencia: Jennifer (hermana)`).
        "hermana",
        "hermano",
        "madre",
        "padre",
        "esposa",
        "esposo",
        "hija",
        "hijo",
        "abuela",
        "abuelo",
        "prima",
        "primo",
        "amiga",
        "amigo",
        // And who helps them (`Seen with Andrew, interpreter.`).
        "interpreter",
        "translator",
        "caseworker",
        "aide",
        "chaplain",
        "advocate"
    )

    /// Whether the name owns what follows: `'s` and a lowercase word ("Kelly's birthday") or an
    /// ordinal ("Amy's 7th birthday"), an
    /// abbreviation in capitals ("Gary's DOB", "Ann's SSN"), or a context word ("Robert's
    /// Social Security number").
    static func possessive(_ text: ScanText, _ name: Range<Int>) -> Bool {
        let end = name.upperBound
        guard text[end] == 0x27, text[end + 1] == 0x73, text[end + 2] == 0x20 else { return false }
        let next = end + 3
        // (Or an ordinal: `Amy's 7th birthday`.)
        if Bytes.isLower(text[next]) || (Bytes.isDigit(text[next]) && Bytes.isLetter(text[next + text.digitRun(next)])) { return true }
        var capitals = next
        while Bytes.isUpper(text[capitals]) { capitals += 1 }
        if (2...4).contains(capitals - next) && !Bytes.isAlnum(text[capitals]) { return true }
        // A capitalised context word: "Robert's Social Security number", "Ann's Date of Birth".
        return text.contextWord(at: next) { end, _ in text.endsWord(end) } != nil
    }

    /// Whether a surname alone owns a record of a person (`correct Lopez's file`, `Smith's SSN`,
    /// `Johnson's date of birth`): `'s`, then one of ``personalRecords``. A shop's name owns
    /// other things (`Lowe's hours`), and an occupation's a license (`Driver's license`).
    static func ownsRecord(_ text: ScanText, _ name: Range<Int>) -> Bool {
        let end = name.upperBound
        guard text[end] == 0x27, text[end + 1] == 0x73, text[end + 2] == 0x20 else { return false }
        let next = end + 3
        return personalRecords.contains(where: { text.matches($0, at: next) && text.endsWord(next + $0.count) })
    }

    /// What a person's possessive names in case notes and records (``ownsRecord(_:_:)``).
    static let personalRecords = [[UInt8]](
        words: "file",
        "record",
        "records",
        "case",
        "claim",
        "application",
        "wife",
        "husband",
        "son",
        "daughter",
        "mother",
        "father",
        "spouse",
        "children",
        "attorney",
        "counsel",
        "lawyer",
        "signature",
        "identity",
        "ssn",
        "dob",
        "social security",
        "date of birth",
        "birthday",
        "passport",
        "home address"
    )

    /// Whether the word is a month's or a state's name ("May's figures", "Virginia's roads").
    static func isMonthOrState(_ text: ScanText, _ word: Range<Int>) -> Bool {
        monthsAndStates.contains { $0.count == word.count && text.matches($0, at: word.lowerBound) }
    }

    /// Month and state names, lowercase (for ``ScanText/matches(_:at:)``).
    static let monthsAndStates = NumberDetectors.months + stateNames
}
