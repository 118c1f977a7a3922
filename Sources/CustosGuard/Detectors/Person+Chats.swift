// SPDX-License-Identifier: Apache-2.0

/// How chats, transcripts and logs name the people in them: a line's speaker (with its time
/// before or after, a tag, a bullet or a quotation's `>`), a bold author over a message, an
/// emoji after a name, a name acting at a log's clock time, and a log line's `… by` whom.
extension PersonDetector {
    /// The end of an emoji's shortcode opening at the `:` at `start` (`:wave:`, `:+1:`,
    /// `:thumbs_up:`); nil when none does.
    static func shortcodeEnd(_ text: ScanText, _ start: Int) -> Int? {
        var position = start + 1
        while position < start + 32,
            Bytes.isLower(text[position]) || Bytes.isDigit(text[position]) || text[position] == 0x5F
                || text[position] == 0x2B || text[position] == 0x2D
        {
            position += 1
        }
        return position > start + 1 && text[position] == 0x3A ? position + 1 : nil
    }

    /// Whether the name does something at a clock time in a log of events (`9:30 Nicole paged;
    /// 11:00 Nicole found the key`, `16:15 Brian paged`): a time (`H:MM` or `HH:MM`, perhaps
    /// `am` or `pm`) opening a line or following `;` or `,`, the name, then a lowercase word.
    static func actsAtTime(_ text: ScanText, _ name: Range<Int>) -> Bool {
        let end = name.upperBound
        // (Or fills a log's column after the time: `13:00  Isaiah  badge 36718`.)
        let column = text[end] == 0x20 && text[end + 1] == 0x20 && text[name.lowerBound - 2] == 0x20
        guard text[end] == 0x20, Bytes.isLower(text[end + 1]) || column, text[name.lowerBound - 1] == 0x20 else { return false }
        var position = name.lowerBound - 2
        if column { while text[position] == 0x20 { position -= 1 } }
        // `am` or `pm` (any case) after the time, a space before it or not.
        if text[position] | 0x20 == 0x6D, text[position - 1] | 0x20 == 0x61 || text[position - 1] | 0x20 == 0x70 {
            position -= 2
            if text[position] == 0x20 { position -= 1 }
        }
        guard Bytes.isDigit(text[position]), Bytes.isDigit(text[position - 1]), text[position - 2] == 0x3A, Bytes.isDigit(text[position - 3])
        else { return false }
        position -= 4
        if Bytes.isDigit(text[position]) { position -= 1 }
        // What opens the time: a line's start (past spaces), or `;` or `,` and a space.
        if text[position] == 0x20 {
            position -= 1
            if text[position] == 0x3B || text[position] == 0x2C { return true }
            while text[position] == 0x20 { position -= 1 }
        }
        return position < 0 || text[position] == 0x0A
    }

    /// Whether the name speaks a line of a chat: at the line's start (after a bracketed time,
    /// `[10:42]`, if one is there, or with the time after it, `Ashley [13:15]: …`; or after a
    /// list's bullet or a quotation's `>`, `- Brian: finished the review`), then `: ` and the
    /// message. Without a time the message must start in lowercase, so a form's field
    /// (`Major: Computer Science`) is not a speaker.
    static func speaks(_ text: ScanText, _ name: Range<Int>, timedOnly: Bool = false) -> Bool {
        var colon = name.upperBound
        var timed = false
        if text[colon] == 0x20, text[colon + 1] == 0x5B {
            // The time after the name: up to its `]`.
            var close = colon + 2
            while close < colon + 24, isTimeByte(text[close]) { close += 1 }
            guard text[close] == 0x5D, (colon + 2..<close).contains(where: { Bytes.isDigit(text[$0]) }) else { return false }
            colon = close + 1
            timed = true
        }
        // A meeting's transcript tags a speaker after the name (`Rachel (Guest): can everyone
        // hear me?`).
        if !timed, text[colon] == 0x20, text[colon + 1] == 0x28 {
            var close = colon + 2
            while close < colon + 20, Bytes.isLetter(text[close]) || text[close] == 0x20 || text[close] == 0x2F { close += 1 }
            guard text[close] == 0x29, close > colon + 2 else { return false }
            colon = close + 1
        }
        // (A bold speaker's closing `**` reads as spaces: `- **Maria**: on leave`.)
        if !timed, text[colon] == 0x20, text[colon + 1] == 0x20, text[colon + 2] == 0x3A { colon += 2 }
        guard text[colon] == 0x3A, text[colon + 1] == 0x20 else { return false }
        var before = name.lowerBound - 1
        while text[before] == 0x20 { before -= 1 }
        // (A list's bullet may open the line, `- Brian: finished the review`, a status list; or
        // a quotation's `>`, `> Annette: did you get the SSN?`.)
        while !timed, text[before] == 0x2D || text[before] == 0x2A || text[before] == 0x3E, text[before + 1] == 0x20 {
            before -= 1
            while text[before] == 0x20 { before -= 1 }
        }
        if !timed, let opening = beforeTime(text, endingAt: before) {
            timed = true
            before = opening
        }
        guard before < 0 || text[before] == 0x0A else { return false }
        return timed || (!timedOnly && Bytes.isLower(text[colon + 2]))
    }

    /// Where the text before a time ending at `last` ends: a bracketed time (`[10:42]`, `[9:15
    /// AM]`, its `]` at `last`), or a clock's time opening its line (`00:02:05`); nil when no
    /// time ends there.
    static func beforeTime(_ text: ScanText, endingAt last: Int) -> Int? {
        if Bytes.isDigit(text[last]) {
            guard let start = clockTimeStart(text, endingAt: last + 1), start == text.lineStart(start) else { return nil }
            return start - 1
        }
        guard text[last] == 0x5D else { return nil }
        var open = last - 1
        while open > last - 24, open >= 0, text[open] != 0x5B {
            guard isTimeByte(text[open]) else { return nil }
            open -= 1
        }
        guard text[open] == 0x5B, (open + 1..<last).contains(where: { Bytes.isDigit(text[$0]) }) else { return nil }
        return open - 1
    }

    /// Whether the name is an IRC log's nick opening its line, after the line's time if one is
    /// there: in angle brackets before the message (`<Mary> can someone rotate the key?`), or
    /// after `*` in an event's line (`[15:30] * Ronald has joined #ops`). Without a time the
    /// message must start in lowercase, or the event be a join or a part.
    static func ircNick(_ text: ScanText, _ name: Range<Int>) -> Bool {
        let (start, end) = (name.lowerBound, name.upperBound)
        let angled = text[start - 1] == 0x3C && text[end] == 0x3E && text[end + 1] == 0x20
        guard angled || (text[start - 1] == 0x20 && text[start - 2] == 0x2A && text[end] == 0x20 && Bytes.isLower(text[end + 1])) else {
            return false
        }
        var before = start - (angled ? 2 : 3)
        while text[before] == 0x20 { before -= 1 }
        var timed = false
        if let opening = beforeTime(text, endingAt: before) {
            timed = true
            before = opening
            while text[before] == 0x20 { before -= 1 }
        }
        guard before < 0 || text[before] == 0x0A else { return false }
        if timed { return true }
        return angled ? Bytes.isLower(text[end + 2]) : text.wordAfter(end, in: ircEvents) && text.wordAfter(end + 4, in: ircEventWords)
    }

    /// An IRC event's words after a nick (``ircNick(_:_:)``): `has joined`, `has left`, `has quit`.
    static let ircEvents = [[UInt8]](words: "has")
    static let ircEventWords = [[UInt8]](words: "joined", "left", "quit")

    /// Whether a workflow's past participle and `by` open the line before the name, which ends
    /// it or goes on with `on`, with `at` and a time, or with a full stop (`Matched by Stacey on
    /// 5/23`, `# managed by Gregory`, `Picked up by Allison.`, `Package left by Erica at
    /// 16:00.`): who did what a log records. The line may open with a comment's or a list's
    /// marker, or with the thing done.
    static func actedByAtLineStart(_ text: ScanText, _ name: Range<Int>) -> Bool {
        let start = name.lowerBound
        guard text[start - 1] == 0x20, text[start - 2] | 0x20 == 0x79, text[start - 3] | 0x20 == 0x62, text[start - 4] == 0x20 else { return false }
        // (A particle may stand between: `Picked up by Allison`, `Dropped off by`.)
        var verbEnd = start - 4
        if text.wordEnding(at: verbEnd, isOneOf: particles) { verbEnd = text.wordStart(verbEnd) - 1 }
        guard text[verbEnd] == 0x20 else { return false }
        let verb = text.wordStart(verbEnd)
        guard participleEnds(text, verbEnd) else { return false }
        var before = verb - 1
        // (What was done may be named first: `Package left by Erica at 16:00.`)
        if text[before] == 0x20, Bytes.isUpper(text[text.wordStart(before)]), text.wordStart(before) < before {
            let thing = text.wordStart(before)
            if thing == 0 || text[thing - 1] == 0x0A { before = thing - 1 }
        }
        while text[before] == 0x20 || text[before] == 0x23 || text[before] == 0x2F || text[before] == 0x2D || text[before] == 0x2A { before -= 1 }
        guard before < 0 || text[before] == 0x0A else { return false }
        let next = text[name.upperBound]
        return name.upperBound >= text.count || next == 0x0A || next == 0x0D || next == 0x2E || text.has(onSpace, at: name.upperBound)
            || (next == 0x20 && text.has(atSpace, at: name.upperBound + 1) && Bytes.isDigit(text[name.upperBound + 1 + atSpace.count]))
    }

    /// Whether a past participle ends at `end`: a word of four letters or more ending in `ed`,
    /// or one of ``irregularParticiples`` (`Left`, `Seen`, `Taken`).
    static func participleEnds(_ text: ScanText, _ end: Int) -> Bool {
        let start = text.wordStart(end)
        return (end - start >= 4 && text[end - 1] == 0x64 && text[end - 2] == 0x65) || text.wordEnding(at: end, isOneOf: irregularParticiples)
    }

    /// Past participles a log's line takes that do not end in `ed` (`Package left by Erica`).
    static let irregularParticiples = [[UInt8]](
        words: "left",
        "sent",
        "paid",
        "made",
        "taken",
        "given",
        "done",
        "run",
        "held",
        "brought",
        "seen",
        "written",
        "drawn"
    )

    static let onSpace = [UInt8](" on ".utf8)

    /// The particles of a phrasal verb before `by` (``actedByAtLineStart(_:_:)``).
    static let particles = [[UInt8]](words: "up", "off", "out", "in")

    /// Whether the name opens its line in bold and a dash follows (`**Daniel** — Today at 1:15
    /// PM`): a message's author as a chat app's copy writes it.
    static func boldSpeaker(_ text: ScanText, _ name: Range<Int>) -> Bool {
        let start = name.lowerBound
        let end = name.upperBound
        guard text[start - 1] == 0x2A, text[start - 2] == 0x2A, text[end] == 0x2A, text[end + 1] == 0x2A, text[end + 2] == 0x20,
            start == 2 || text[start - 3] == 0x0A
        else { return false }
        return text.hasLongDash(at: end + 3) || (text[end + 3] == 0x2D && text[end + 4] == 0x20)
    }

    /// Where a clock's time ending at `end` starts (`9:41`, `00:02:05`): digits in groups of one
    /// or two, then of two, parted by `:`; nil when none ends there.
    static func clockTimeStart(_ text: ScanText, endingAt end: Int) -> Int? {
        var position = end
        var groups = 0
        while true {
            var start = position
            while Bytes.isDigit(text[start - 1]), position - start < 3 { start -= 1 }
            // Minutes and seconds have two digits; the hour one or two.
            guard position - start == 2 || (position - start == 1 && text[start - 1] != 0x3A) else { return nil }
            groups += 1
            position = start
            guard groups < 3, text[position - 1] == 0x3A else { break }
            position -= 1
        }
        return groups >= 2 ? position : nil
    }

    /// What a chat's bracketed time holds: digits, `:`, `.`, spaces and AM/PM letters.
    @inline(__always) static func isTimeByte(_ byte: UInt8) -> Bool {
        Bytes.isDigit(byte) || byte == 0x3A || byte == 0x20 || byte == 0x2E || Bytes.isLetter(byte)
    }
}
