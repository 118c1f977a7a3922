// SPDX-License-Identifier: Apache-2.0

/// A name's parts kept in fields of their own, as records, forms and APIs keep them: a first
/// name or a surname alone is a person's where the field's key says it is one (`"firstName":
/// "Jennifer"`, `last_name=Byrd`, `<GivenName>Kelsey</GivenName>`, `First name: Cheryl`, a
/// `last_name` column). The value must fill its field: the same word in a sentence after such a
/// label is not read as the field's value.
enum RecordFields {
    /// Keys of a name's parts, as their letters in lowercase (`first_name`, `firstName` and
    /// `First name` are all `firstname`); a key in quotes, before `=` or in a tag may end with
    /// one (`"patient_family_name":`). Not
    /// `first` or `last` alone: code names a pair's parts so (`var first: First`).
    static let namePartKeys = [[UInt8]](
        words: "firstname",
        "givenname",
        "given",
        "fn",
        "ln",
        "forename",
        "fname",
        "lastname",
        "surname",
        "familyname",
        "lname",
        "middlename",
        "mname",
        "namefirst",
        "namelast",
        "namegiven",
        "namefamily",
        // A wage statement's box (`Employee's first name and initial:`).
        "firstnameandinitial",
        "maidenname"
    )

    /// Keys of the person a chat's or a tracker's record is by or for, as exports write them
    /// (`"user":"Lisa"`, `author=Omar`): read only before a quoted value or after `=`, since in
    /// code an unquoted one is a parameter's type (`sender: Channel`).
    static let personKeys = [[UInt8]](
        words: "user",
        "username",
        "author",
        "sender",
        "assignee",
        "reporter",
        "owner",
        "reviewer",
        "approver",
        "maintainer",
        "requester"
    )

    /// The keys read before a quoted value or after `=`.
    static let quotedKeys = namePartKeys + personKeys

    /// The longest key read back from a value (`"patient_family_name": `).
    static let longestKey = 32

    /// Whether the word fills a field whose key names a name's part, or sits in a table cell
    /// under a column that names a person (`first_name`, `Customer`).
    static func isNamePart(_ text: ScanText, _ word: Range<Int>) -> Bool {
        if namedInProse(text, word.lowerBound) || vCardNamePart(text, word) { return true }
        // (A first name's field may hold its middle initial too: `first name and initial: Daniel F.`.)
        let end = word.upperBound
        let initialed = text[end] == 0x20 && Bytes.isUpper(text[end + 1]) && text[end + 2] == 0x2E && fillsField(text, after: end + 3)
        guard fillsField(text, after: end) || initialed else { return false }
        // An HTML table's cell is named by its column, not by its tag.
        if text[word.lowerBound - 1] == 0x3E, text[word.upperBound] == 0x3C, let column = TableHeaders.htmlColumn(text, word.lowerBound) {
            return column.namesPerson
        }
        if let key = keyBefore(text, word.lowerBound) { return key }
        return TableHeaders.cellColumn(text, word)?.namesPerson == true
    }

    /// Whether the value's field ends at `end`: a closing quote, `<`, `,`, `;`, `&`, `|` (or a
    /// space and `|`: a table's padded cell), a tab, two spaces (the next field of a form's
    /// line) or the line's end.
    static func fillsField(_ text: ScanText, after end: Int) -> Bool {
        let byte = text[end]
        return end >= text.count || byte == 0x22 || byte == 0x27 || byte == 0x3C || byte == 0x2C || byte == 0x3B || byte == 0x26
            || byte == TableHeaders.pipe || byte == TableHeaders.tab || byte == 0x0A || byte == 0x0D
            || (byte == 0x20 && (text[end + 1] == 0x20 || text[end + 1] == TableHeaders.pipe))
    }

    /// Whether the words right before `index` name what starts there as a name's part, as a
    /// sentence does (`first name Lauren, last name Jenkins`, `her maiden name is Ortiz`, `was
    /// Tate`).
    static func namedInProse(_ text: ScanText, _ index: Int) -> Bool {
        guard text[index - 1] == 0x20 else { return false }
        var end = index - 1
        if text[end - 1] == 0x73, text[end - 2] == 0x69, text[end - 3] == 0x20 { end -= 3 }  // `is`
        if text[end - 1] == 0x73, text[end - 2] == 0x61, text[end - 3] == 0x77, text[end - 4] == 0x20 { end -= 4 }  // `was`
        return PersonDetector.wordBefore(text, end: end, in: partNames)
    }

    /// What a sentence calls a name's part (``namedInProse(_:_:)``).
    static let partNames = PhraseTable(
        [[UInt8]](
            words: "first name",
            "last name",
            "given name",
            "family name",
            "middle name",
            "maiden name",
            "surname",
            "forename",
            "firstname",
            "lastname"
        )
    )

    /// Whether a key names the value starting at `index` as a name's part; nil when no key
    /// stands right before it (past an opening quote, then `:`, `=` or an XML tag's `>`).
    static func keyBefore(_ text: ScanText, _ index: Int) -> Bool? {
        var position = index - 1
        let quoted = text[position] == 0x22 || text[position] == 0x27
        if quoted { position -= 1 }
        // A JSON array of names (`"given":["Ana"]`).
        if quoted, text[position] == 0x5B { position -= 1 }
        while text[position] == 0x20 { position -= 1 }
        // (A key's cell before the value's in a row of two stands for a key and its colon: `|
        // Owner | Janet |`.)
        let keyCell =
            !quoted && (text[position] == TableHeaders.pipe || text[position] == TableHeaders.tab)
            && PersonDetector.isKeyValueRow(text, separator: position)
        let separator = keyCell ? 0x3A : text[position]
        guard separator == 0x3A || separator == 0x3D || separator == 0x3E else { return nil }
        position -= 1
        // (A comparison's `==` stands for an assignment's `=`: `first_name == "Robert"`.)
        if separator == 0x3D, text[position] == 0x3D { position -= 1 }
        if separator != 0x3E {
            while text[position] == 0x20 { position -= 1 }
            if text[position] == 0x22 || text[position] == 0x27 { position -= 1 }
        }
        // A form's gloss in parentheses between the key and its colon (`Last Name (Family
        // Name): `, `First Name (Given Name): `): the key is before it.
        if separator == 0x3A, text[position] == 0x29 {
            guard let open = text.glossOpening(closedAt: position, within: longestKey) else { return nil }
            position = open - 1
            while text[position] == 0x20 { position -= 1 }
        }
        // The key: letters, `_`, `-` and single spaces, back to what opens it.
        let end = position + 1
        // The key's letters, last first.
        var letters: [UInt8] = []
        letters.reserveCapacity(longestKey)
        while position >= 0, end - position <= longestKey {
            let byte = text[position]
            if Bytes.isLetter(byte) {
                letters.append(Bytes.lower(byte))
            } else if !(byte == 0x5F || byte == 0x2D || (byte == 0x20 && Bytes.isLetter(text[position - 1]))) {
                break
            }
            position -= 1
        }
        guard !letters.isEmpty, end - position <= longestKey else { return nil }
        // A possessive before the key (`Mother's maiden name:`, `Employee's first name and
        // initial:`): the owner's `'s` is not the key's, and the owner's word opens the field.
        var keyStart = position + 1
        if text[position] == 0x27, letters.last == 0x73, text[position + 2] == 0x20, Bytes.isLetter(text[position - 1]) {
            letters.removeLast()
            keyStart = text.wordStart(position)
        }
        /// Whether the key is one of `keys` whole.
        func isWhole(_ keys: [[UInt8]]) -> Bool { keys.contains { $0.count == letters.count && $0.reversed().elementsEqual(letters) } }
        // An unquoted value after `key:` is a form's or a YAML file's only where the key opens a
        // line or a field, and the key is a part's name whole; in code it is a type (`let
        // surname: String`, `init(forename: String`).
        if separator == 0x3A, !quoted {
            guard opensField(text, keyStart) else { return spacedPartKeyEnds(text, at: end) }
            if isWhole(namePartKeys) { return true }
            // A person's key whose value ends the line (YAML's `owner: Maria`; a parameter's
            // type goes on, `sender: Channel,`).
            var after = index
            while Bytes.isLetter(text[after]) { after += 1 }
            if keyCell {
                // (Or its cell, the row's last.)
                while text[after] == 0x20 { after += 1 }
                if text[after] == TableHeaders.pipe { after += 1 }
                while text[after] == 0x20 { after += 1 }
            }
            // So does `name` opening an item of a YAML list (`  - name: Mark`: a list of people's
            // records; a list of steps names them in more words, `- name: Build image`).
            return (text[after] == 0x0A || text[after] == 0x0D || after >= text.count)
                && (isWhole(personKeys) || (isWhole(personNameKeys) && opensListItem(text, keyStart)))
        }
        if quotedKeys.contains(where: { key in key.count <= letters.count && key.reversed().elementsEqual(letters.prefix(key.count)) }) {
            return true
        }
        // A name's part keyed inside an object a name's key opens (`"name":{"first":"Ann","last":"Lee"}`,
        // FHIR's `"name":[{"family":"Lee","given":["Ann"]}]`).
        if quoted, isWhole(partWords) { return insideObject(text, position + 1, openedBy: { text.matches(nameLetters, at: $0 - 4) }) }
        // A name keyed inside an object a person's key opens (`"actor":{"name":"Lisa"}`).
        return quoted && isWhole(personNameKeys) && insideObject(text, position + 1, openedBy: { personObjectKey(text, endingAt: $0) })
    }

    /// Keys whose JSON object is a person's record (`"actor":{"name":…}`), lowercase.
    static let personObjectKeys = [[UInt8]](
        words: "actor",
        "user",
        "author",
        "sender",
        "assignee",
        "reporter",
        "owner",
        "customer",
        "patient",
        "employee",
        "contact",
        "requester",
        "recipient",
        "member",
        "person"
    )

    /// Whether one of ``personObjectKeys`` (a quoted key's letters, whole) ends at `end`.
    static func personObjectKey(_ text: ScanText, endingAt end: Int) -> Bool {
        personObjectKeys.contains { key in text[end - key.count - 1] == 0x22 && text.matches(key, at: end - key.count) }
    }

    /// Whether a vCard's `N` property holds the word as its family or given name (`N:King;Lisa;;;`:
    /// family, given, additional names, prefixes, suffixes).
    static func vCardNamePart(_ text: ScanText, _ word: Range<Int>) -> Bool {
        guard text[word.upperBound] == 0x3B else { return false }
        var position = word.lowerBound - 1
        if text[position] == 0x3B {
            // The given name: after the family name's `;`.
            position -= 1
            while Bytes.isLetter(text[position]) || text[position] == 0x2D || text[position] == 0x27 || text[position] == 0x20 { position -= 1 }
        }
        guard text[position] == 0x3A, text[position - 1] == 0x4E else { return false }
        return position - 1 == 0 || text[position - 2] == 0x0A
    }

    /// The key of a person's whole name where only its place says the name is a person's: a
    /// YAML list item's first key (``opensListItem(_:_:)``) or a key inside an object a person's
    /// key opens (``personObjectKeys``).
    static let personNameKeys = [[UInt8]](words: "name")

    /// Whether the key at `start` opens an item of a YAML list: `- ` before it, and only spaces
    /// before that on its line.
    static func opensListItem(_ text: ScanText, _ start: Int) -> Bool {
        guard text[start - 1] == 0x20, text[start - 2] == 0x2D else { return false }
        var position = start - 3
        while text[position] == 0x20 { position -= 1 }
        return position < 0 || text[position] == 0x0A
    }

    /// Whether a name's part's key in words, capitalised, ends at `end` (`Last name`, `First
    /// name`): a form's label even mid-line, after an earlier field's value (`Employee's first
    /// name and initial: Doris Last name: Wallace`, as a wage statement's text runs on). Code
    /// spells no key with a space.
    static func spacedPartKeyEnds(_ text: ScanText, at end: Int) -> Bool {
        spacedPartKeys.contains { key in
            let start = end - key.count
            return start >= 0 && Bytes.isUpper(text[start]) && text.startsWord(start) && text.matches(key, at: start)
        }
    }

    static let spacedPartKeys = [[UInt8]](words: "first name", "last name", "given name", "family name", "middle name", "maiden name")

    /// A name's parts in one word each (`first`, `last`): keys that count only inside a name's
    /// object (``insideObject(_:_:openedBy:)``), and the one-word names of a table's columns
    /// (`Last`, `First`, `student_first`).
    static let partWords = [[UInt8]](words: "first", "last", "middle", "given", "family")

    /// Whether the key starting at `keyStart` is inside a JSON object that a key `opens` (given
    /// where its letters end) opens: `"name":{`, `"patientName": [{` for a name's parts; within
    /// 160 bytes.
    static func insideObject(_ text: ScanText, _ keyStart: Int, openedBy opens: (Int) -> Bool) -> Bool {
        var position = keyStart - 1
        let limit = max(0, keyStart - 160)
        while position > limit, text[position] != 0x7B {
            if text[position] == 0x7D || text[position] == 0x0A { return false }
            position -= 1
        }
        guard text[position] == 0x7B else { return false }
        position -= 1
        while text[position] == 0x20 || text[position] == 0x5B { position -= 1 }
        guard text[position] == 0x3A else { return false }
        position -= 1
        while text[position] == 0x20 { position -= 1 }
        guard text[position] == 0x22 else { return false }
        return opens(position)
    }

    static let nameLetters = [UInt8]("name".utf8)

    /// Whether a key starting at `start` opens a line (past spaces and a `-` or `*` bullet or a
    /// comment's `#`) or a field (after two spaces, a tab, `|`, `;` or `·`).
    static func opensField(_ text: ScanText, _ start: Int) -> Bool {
        var position = start - 1
        if text[position] == 0x20, text[position - 1] == 0x20 { return true }
        while text[position] == 0x20 { position -= 1 }
        // (A list's bullet or a comment's `#`: `# owner: Patricia`.)
        if text[position] == 0x2D || text[position] == 0x2A || text[position] == 0x23 {
            position -= 1
            while text[position] == 0x20 { position -= 1 }
        }
        let byte = text[position]
        // (`·` between a card's fields: `USA PASSPORT · Surname: KEITH`; a sentence's end before
        // a capitalised label: `Motion at Front Door 14:00. Visitor: Annette`.)
        return position < 0 || byte == 0x0A || byte == TableHeaders.tab || byte == TableHeaders.pipe || byte == 0x3B
            || (byte == 0xB7 && text[position - 1] == 0xC2)
            || (byte == 0x2E && position == start - 2 && Bytes.isUpper(text[start]) && Bytes.isAlnum(text[position - 1]))
    }
}
