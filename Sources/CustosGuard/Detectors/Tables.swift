// SPDX-License-Identifier: Apache-2.0

/// One column of a table's header: what its name says about the values under it.
struct TableColumn {
    /// The kind its name announces (`ssn`, `routing_number`, `home_phone` ...).
    let kind: SensitiveKind?
    /// Whether its name says dates of birth (`dob`, `birth_date`).
    let isBirthDate: Bool
    /// Whether its name's last word is a person's label (`NAME`, `PAYEE`, `Employee`:
    /// ``PersonDetector/personLabels``), or its whole name or its last word a name's part's
    /// (`Last`, `First name`, `given_name`, `student_first`).
    let namesPerson: Bool
    /// Whether its name says versions (`version`, `build`, `release`): four small numbers
    /// under it are a version, not an address.
    let namesVersion: Bool

    /// A column named `name` (as written). A context word counts where it stands as a part of
    /// the name: one of four letters or more at a part's start or end (`routingnumber`,
    /// `homephone`, `HomePhone`), a shorter one as a whole part (`ssn`, `customer_ssn`,
    /// `CustomerSSN`), so a person's name in a header (`Christopher`, `Courtney`, `Tina`)
    /// announces nothing.
    init(name: [UInt8]) {
        let lower = name.map(Bytes.lower)
        var announced: SensitiveKind?
        search: for (kind, words) in NumberDetectors.context {
            for word in words where Self.hasPart(word, in: lower, as: name) {
                announced = kind
                break search
            }
        }
        if announced == nil {
            announced = Self.columnWords.first { _, words in words.contains { Self.hasPart($0, in: lower, as: name) } }?.0
        }
        kind = announced
        isBirthDate = announced == .dateOfBirth || Self.hasPart(Self.dob, in: lower, as: name) || Self.hasPart(Self.birth, in: lower, as: name)
        var end = name.count
        while end > 0, !Bytes.isLetter(name[end - 1]) { end -= 1 }
        var start = end
        while start > 0, Bytes.isLetter(name[start - 1]) { start -= 1 }
        // (Or its whole name is a name's part's key, `first name`, `given_name`, or its last
        // word a name's part, `Last`, `student_first`.)
        namesPerson =
            start < end
            && (PersonDetector.personLabels.contains(CensusNames.fingerprint(Array(name[start..<end])))
                || RecordFields.partWords.contains(Array(lower[start..<end])) || RecordFields.namePartKeys.contains(lower.filter(Bytes.isLetter)))
        namesVersion = Self.versionWords.contains { Self.hasPart($0, in: lower, as: name) }
    }

    static let versionWords = [[UInt8]](words: "version", "build", "release", "firmware", "tag")

    /// Abbreviations a header writes that prose does not use as labels (`RTE`, a route's;
    /// `SOC`, social's): they name a column, never a number in a sentence (`Rte 9` is a road).
    static let columnWords: [(SensitiveKind, [[UInt8]])] = [(.abaRouting, [[UInt8]](words: "rte")), (.usSSN, [[UInt8]](words: "soc"))]

    static let dob = [UInt8]("dob".utf8)
    static let birth = [UInt8]("birth".utf8)

    /// Whether `word` occurs in `lower` (the name in lowercase; `name` as written) as a part:
    /// see ``init(name:)``.
    static func hasPart(_ word: [UInt8], in lower: [UInt8], as name: [UInt8]) -> Bool {
        guard !word.isEmpty, word.count <= lower.count else { return false }
        func boundary(_ position: Int) -> Bool {
            position == 0 || position == name.count || !Bytes.isLetter(name[position - 1]) || !Bytes.isLetter(name[position])
                || (Bytes.isUpper(name[position]) && Bytes.isLower(name[position - 1]))
        }
        var letters = 0
        for byte in word where Bytes.isLetter(byte) { letters += 1 }
        let short = letters < 4
        for start in 0...(lower.count - word.count) where lower[start] == word[0] {
            guard lower[start..<(start + word.count)].elementsEqual(word) else { continue }
            let (opens, closes) = (boundary(start), boundary(start + word.count))
            if short ? opens && closes : opens || closes { return true }
        }
        return false
    }
}

/// Reads the header of the table a value sits in, so the value can be named by its column
/// (`dob`, `ssn`) even when no context word is near it. The layouts:
/// - a CSV block: consecutive lines with commas, the first one the header (a quoted field's
///   commas separate nothing);
/// - a TSV block (what a spreadsheet's cells become when pasted): the same with tabs, or with
///   `;` on lines without a comma (a spreadsheet saved where `,` is the decimal mark);
/// - a pipe table (markdown): consecutive lines starting with `|`, the first one the header;
/// - an SQL INSERT: `(name, ssn, dob) VALUES ('...', '...', '...'), (...)`;
/// - a report aligned with spaces (a fixed-width printout, a table copied out of a PDF):
///   consecutive lines of at most ``longestSpacedLine`` bytes with neither commas nor tabs,
///   whose cells are separated by runs of two or more spaces;
/// - a LaTeX tabular: consecutive lines with `&` between cells, each ending in `\\`;
/// - an HTML table: `<td>` cells under a row of `<th>` cells, or under the table's first row
///   (``htmlColumn(_:_:)``).
///
/// A header has at least two fields, no digits, and no field longer than a column's name (four
/// words, 40 bytes); a row has as many cells as its header. Each header is read once per scan.
enum TableHeaders {
    static let pipe: UInt8 = 0x7C
    static let comma: UInt8 = 0x2C
    static let tab: UInt8 = 0x09
    static let semicolon: UInt8 = 0x3B
    /// The separator of a report aligned with spaces: a run of two or more.
    static let spaces: UInt8 = 0x20
    /// A LaTeX tabular's cells: `&` between them, `\\` ending each row.
    static let ampersand: UInt8 = 0x26

    /// The longest line read as a row of a report aligned with spaces: such reports are
    /// printouts, and the bound keeps the cells' count per value cheap.
    static let longestSpacedLine = 400

    /// Whether the value from `index` to `end` sits in a table cell: `,` `|` tab or `(` before
    /// it, or `,` `|` tab or `)` after it, past a quote and spaces; or two spaces on either side
    /// (a report aligned with spaces); or it fills an HTML element (`>` before, `<` after).
    static func inCell(_ text: ScanText, _ index: Int, _ end: Int) -> Bool {
        if text[index - 1] == 0x3E, text[end] == 0x3C { return true }
        var before = index - 1
        if text[before] == 0x27 || text[before] == 0x22 { before -= 1 }
        while text[before] == 0x20 { before -= 1 }
        let previous = text[before]
        if previous == comma || previous == pipe || previous == tab || previous == semicolon || previous == 0x28 || previous == ampersand {
            return true
        }
        var after = end
        if text[after] == 0x27 || text[after] == 0x22 { after += 1 }
        // Two spaces on either side: a cell of a report aligned with spaces.
        if (text[index - 1] == 0x20 && text[index - 2] == 0x20) || (text[after] == 0x20 && text[after + 1] == 0x20) { return true }
        while text[after] == 0x20 { after += 1 }
        let next = text[after]
        return next == comma || next == pipe || next == tab || next == semicolon || next == 0x29 || next == ampersand
    }

    /// The column of the value at `value` when it sits in a table's cell (``inCell(_:_:_:)``) of
    /// a table with a header (``column(_:_:)``).
    static func cellColumn(_ text: ScanText, _ value: Range<Int>) -> TableColumn? {
        if text[value.lowerBound - 2] == 0x3A || text[value.lowerBound - 1] == 0x3A, let column = referencedColumn(text, value.lowerBound) {
            return column
        }
        return inCell(text, value.lowerBound, value.upperBound) ? column(text, value.lowerBound) : nil
    }

    /// The column of a spreadsheet's cell written out with its reference (`A2: Paul Holmes  B2:
    /// 762310907  C2: 06/05/1943` under `A1: Name  B1: SSN  C1: DOB`): the value at `index`
    /// follows `C2: `, and the first row's cell of the same column (`C1: `), within
    /// ``SensitiveDataScanner/longestLookBehind`` bytes before, names it (up to two spaces, a
    /// tab or the line's end).
    static func referencedColumn(_ text: ScanText, _ index: Int) -> TableColumn? {
        var colon = index - 1
        while text[colon] == 0x20 { colon -= 1 }
        guard text[colon] == 0x3A else { return nil }
        // The reference: one or two capitals, then the row's digits (not row 1).
        var rowStart = colon
        while rowStart > colon - 6, Bytes.isDigit(text[rowStart - 1]) { rowStart -= 1 }
        guard rowStart < colon, !(colon - rowStart == 1 && text[rowStart] == 0x31), text[rowStart] != 0x30 else { return nil }
        var letters = rowStart
        while letters > rowStart - 2, Bytes.isUpper(text[letters - 1]) { letters -= 1 }
        guard letters < rowStart, text.startsWord(letters) else { return nil }
        let column = (letters..<rowStart).map { text[$0] } + [0x31, 0x3A]
        // The first row's cell of that column, looked for backwards.
        var position = letters - column.count
        let limit = max(0, index - SensitiveDataScanner.longestLookBehind)
        while position >= limit {
            if text[position] == column[0], text.has(column, at: position), text.startsWord(position) {
                var start = position + column.count
                while text[start] == 0x20 { start += 1 }
                var end = start
                while end < text.count, text[end] != 0x0A, text[end] != 0x09, !(text[end] == 0x20 && text[end + 1] == 0x20) { end += 1 }
                guard end > start else { return nil }
                return TableColumn(name: (start..<end).map { text[$0] })
            }
            position -= 1
        }
        return nil
    }

    /// Whether the value fills its cell: a `,` tab `;` `|`, or `/` or `-` between spaces (past
    /// spaces), or the line's edge on both sides.
    static func isWholeCell(_ text: ScanText, _ value: Range<Int>) -> Bool {
        var before = value.lowerBound - 1
        while text[before] == 0x20 { before -= 1 }
        var after = value.upperBound
        while text[after] == 0x20 { after += 1 }
        return (before < 0 || text[before] == 0x0A || separatesCells(text, before))
            && (after >= text.count || text[after] == 0x0A || text[after] == 0x0D || separatesCells(text, after))
    }

    /// Whether the byte at `index` separates the cells of a record's row: `,` tab `;` `|`, or
    /// `/`, `-`, `–` or `—` with a space on either side (`Ana Ruiz / 240-97-8954 / 06/19/1985`,
    /// `Todd Smith — 746-66-2358 — 1988-12-28`); of a dash written in three bytes, its first or
    /// its last.
    static func separatesCells(_ text: ScanText, _ index: Int) -> Bool {
        let byte = text[index]
        if byte == comma || byte == tab || byte == semicolon || byte == pipe { return true }
        if byte == 0xE2 { return text.hasLongDash(at: index) && text[index - 1] == 0x20 && text[index + 3] == 0x20 }
        if byte == 0x93 || byte == 0x94 { return text.hasLongDash(at: index - 2) && text[index - 3] == 0x20 && text[index + 1] == 0x20 }
        return (byte == 0x2F || byte == 0x2D) && text[index - 1] == 0x20 && text[index + 1] == 0x20
    }

    /// Whether the row starting at `lineStart` opens with a person's name filling its first
    /// cell: two to four capitalised words or initials, the first a listed first name and the
    /// last a listed surname (`Ryan Ruiz,`, `MARY K. SMITH\t`), then the row's separator. A
    /// list's marker may come first (`1) `, `2. `, `b. `, `- `, `* `).
    static func rowOpensWithName(_ text: ScanText, _ lineStart: Int) -> Bool {
        var start = lineStart
        while text[start] == 0x20 { start += 1 }
        start = afterListMarker(text, start)
        var words = 0
        var lastWord = start..<start
        var position = start
        while words < 4 {
            guard Bytes.isUpper(text[position]) else { return false }
            var end = position + 1
            while Bytes.isLetter(text[end]) || (text[end] == 0x27 || text[end] == 0x2D) && Bytes.isLetter(text[end + 1]) { end += 1 }
            if words == 0, !(end - position > 1 && CensusNames.isFirstName(text, position..<end)) { return false }
            lastWord = position..<end
            if text[end] == 0x2E, end - position == 1 { end += 1 }  // an initial
            words += 1
            guard text[end] == 0x20, Bytes.isUpper(text[end + 1]) else {
                position = end
                break
            }
            position = end + 1
        }
        var after = position
        while text[after] == 0x20 { after += 1 }
        return words >= 2 && lastWord.count > 1 && separatesCells(text, after) && CensusNames.isSurname(text, lastWord)
    }

    /// Past a list's marker at `start` and the space after it (`1) `, `12. `, `b. `, `- `, `* `,
    /// `• `), or `start`.
    static func afterListMarker(_ text: ScanText, _ start: Int) -> Int {
        var position = start
        let digits = text.digitRun(position)
        if (1...3).contains(digits) {
            position += digits
        } else if Bytes.isLower(text[position]), !Bytes.isLetter(text[position + 1]) {
            position += 1
        } else if text[position] == 0x2D || text[position] == 0x2A {
            return text[position + 1] == 0x20 ? position + 2 : start
        } else if text[position] == 0xE2, text[position + 1] == 0x80, text[position + 2] == 0xA2 {
            return text[position + 3] == 0x20 ? position + 4 : start
        } else {
            return start
        }
        guard text[position] == 0x29 || text[position] == 0x2E, text[position + 1] == 0x20 else { return start }
        return position + 2
    }

    /// The column of the value at `index`, when it sits in a table with a header.
    static func column(_ text: ScanText, _ index: Int) -> TableColumn? {
        if text[index - 1] == 0x3E { return htmlColumn(text, index) }
        if let column = insertColumn(text, index) { return column }
        let lineStart = text.lineStart(index)
        let separator = text.tables.separator(ofRowAt: lineStart, text)
        let column = text.tables.separators(in: text, from: lineStart, to: index, separator)
        guard column > 0 || (lineStart..<index).allSatisfy({ text[$0] == 0x20 }) else { return nil }
        let headerStart = blockStart(text, lineStart, separator)
        guard headerStart != lineStart else { return nil }
        let columns: [TableColumn]?
        if let cached = text.tables.headers[headerStart] {
            columns = cached
        } else {
            var end = headerStart
            while end < text.count, text[end] != 0x0A { end += 1 }
            columns = fields(text, headerStart..<end, separator)
            text.tables.headers.updateValue(columns, forKey: headerStart)  // nil too: "no header" is an answer
        }
        guard let columns, column < columns.count else { return nil }
        // A row has as many cells as its header (prose lines with commas seldom agree).
        guard text.tables.separators(inLineFrom: lineStart, text, separator) == columns.count - 1 else { return nil }
        return columns[column]
    }

    /// Whether the line ending at `lineEnd` ends as a LaTeX tabular's row does: `\\`, perhaps
    /// followed by `\hline` and spaces.
    static func endsLaTeXRow(_ text: ScanText, lineEnd: Int) -> Bool {
        var end = lineEnd
        while text[end - 1] == 0x20 || text[end - 1] == 0x0D { end -= 1 }
        if end >= 6, text.matches(hline, at: end - 6) { end -= 6 }
        while text[end - 1] == 0x20 { end -= 1 }
        return text[end - 1] == 0x5C && text[end - 2] == 0x5C
    }

    static let hline = [UInt8]("\\hline".utf8)

    /// The start of the CSV or TSV block or pipe table holding the line at `lineStart`: the first of
    /// the consecutive lines up to it that hold `separator` (the line itself when the line before
    /// holds none). Each line is walked over once per scan.
    static func blockStart(_ text: ScanText, _ lineStart: Int, _ separator: UInt8) -> Int {
        func blockKey(_ line: Int) -> Int {
            line &* 6
                &+ (separator == pipe
                    ? 1 : separator == tab ? 2 : separator == semicolon ? 3 : separator == spaces ? 4 : separator == ampersand ? 5 : 0)
        }
        let key = blockKey(lineStart)
        if let known = text.tables.blockStarts[key] { return known }
        var walked = [key]
        var start = lineStart
        while start > 0 {
            let previousStart = text.lineStart(start - 1)
            var holdsSeparator = false
            if separator == pipe {
                var first = previousStart
                while text[first] == 0x20 { first += 1 }
                holdsSeparator =
                    text[first] == pipe || isRuleLine(text, previousStart, end: start - 1)
                    || (previousStart..<(start - 1)).contains { text[$0] == pipe && text[$0 - 1] == 0x20 && text[$0 + 1] == 0x20 }
                    || (previousStart..<(start - 1)).count(where: { text[$0] == pipe }) >= 2  // an export's bare `|`
            } else if separator == spaces {
                holdsSeparator = isSpacedRow(text, previousStart, end: start - 1)
            } else {
                for offset in previousStart..<(start - 1) where text[offset] == separator { holdsSeparator = true }
            }
            guard holdsSeparator else { break }
            start = previousStart
            let previousKey = blockKey(start)
            if let known = text.tables.blockStarts[previousKey] {
                start = known
                break
            }
            walked.append(previousKey)
        }
        // A table's top border (`+------+------+`) is above its header, not its header.
        if separator == pipe, start < lineStart {
            var end = start
            while end < lineStart, text[end] != 0x0A { end += 1 }
            if isRuleLine(text, start, end: end) { start = end + 1 }
        }
        for key in walked { text.tables.blockStarts[key] = start }
        return start
    }

    /// Whether the line from `start` to `end` is a table's rule: dashes or `=` (three or more)
    /// with only `+`, `|`, `:` and spaces among them (`----+----`, `+------+`, `|---|:--|`).
    static func isRuleLine(_ text: ScanText, _ start: Int, end: Int) -> Bool {
        var dashes = 0
        for position in start..<max(start, end) {
            let byte = text[position]
            if byte == 0x2D || byte == 0x3D {
                dashes += 1
            } else if !(byte == 0x2B || byte == pipe || byte == 0x3A || byte == 0x20 || byte == 0x0D) {
                return false
            }
        }
        return dashes >= 3
    }

    /// For a value inside a tuple after an SQL `VALUES`, the column the INSERT's column list
    /// names at the value's place. Quoted commas (`'Smith, John'`) separate nothing; a tuple
    /// is read on its own line, and the column list must start within
    /// ``SensitiveDataScanner/longestLookBehind`` bytes before the value.
    static func insertColumn(_ text: ScanText, _ index: Int) -> TableColumn? {
        // The tuple holding the value: back to its `(`, counting the commas before the value.
        let floor = max(0, index - SensitiveDataScanner.longestLookBehind)
        guard text.lastOpenParen(before: index, notBefore: floor) >= floor else { return nil }
        var position = index - 1
        if text[position] == 0x27 { position -= 1 }  // the value's own opening quote
        var commas = 0
        var quoted = false
        while position >= floor {
            let byte = text[position]
            if byte == 0x27 {
                quoted.toggle()
            } else if !quoted {
                if byte == comma { commas += 1 } else if byte == 0x29 || byte == 0x0A { return nil } else if byte == 0x28 { break }
            }
            position -= 1
        }
        guard position >= floor, text[position] == 0x28 else { return nil }
        // `VALUES` before it, past spaces and earlier tuples of a multi-row INSERT.
        var keyword = position - 1
        while keyword - 5 >= floor, !(text.matches(values, at: keyword - 5) && text.startsWord(keyword - 5)) {
            let byte = text[keyword]
            guard
                byte == 0x20 || byte == 0x0A || byte == comma || byte == 0x29 || byte == 0x28 || byte == 0x27 || Bytes.isAlnum(byte)
                    || byte == 0x2D || byte == 0x2E || byte == 0x2F || byte == 0x40 || byte == 0x2B
            else { return nil }
            keyword -= 1
        }
        guard keyword - 5 >= floor, text.matches(values, at: keyword - 5) else { return nil }
        let columns: [TableColumn]?
        if let cached = text.tables.headers[-keyword] {
            columns = cached
        } else {
            columns = insertColumnList(text, before: keyword - 5, floor: floor)
            text.tables.headers.updateValue(columns, forKey: -keyword)
        }
        guard let columns, commas < columns.count else { return nil }
        return columns[commas]
    }

    static let values = [UInt8]("values".utf8)

    /// The INSERT's column list `(a, b, c)` ending just before `valuesStart` (past spaces), if it
    /// starts at or after `floor`.
    static func insertColumnList(_ text: ScanText, before valuesStart: Int, floor: Int) -> [TableColumn]? {
        var close = valuesStart - 1
        while close > floor, text[close] == 0x20 || text[close] == 0x0A { close -= 1 }
        guard text[close] == 0x29 else { return nil }
        var open = close - 1
        while open >= floor, text[open] != 0x28, text[open] != 0x29 { open -= 1 }
        guard open >= floor, text[open] == 0x28 else { return nil }
        return fields(text, (open + 1)..<close, comma)
    }

    /// The fields of a header line, split at `separator`: nil unless there are at
    /// least two, none holds a digit and none is longer than a column's name
    /// (``longestColumnName`` bytes: a line of prose with commas is no header).
    static func fields(_ text: ScanText, _ range: Range<Int>, _ separator: UInt8) -> [TableColumn]? {
        var fields: [[UInt8]] = [[]]
        var quoted = false
        for position in range {
            let byte = text[position]
            if Bytes.isDigit(byte) { return nil }
            if separator == spaces, byte == 0x20 {
                // A run of two or more spaces after a name's letters ends its cell; one space
                // joins the words of a name (`DATE OF BIRTH`).
                if !fields[fields.count - 1].isEmpty, text[position + 1] == 0x20 {
                    fields.append([])
                } else if !fields[fields.count - 1].isEmpty, text[position - 1] != 0x20 {
                    fields[fields.count - 1].append(byte)
                }
                continue
            }
            if byte == 0x22, separator == comma {
                quoted.toggle()  // `"date of birth"`: the quotes are not the name's
            } else if byte == separator, !quoted {
                fields.append([])
            } else if byte != 0x20 || !fields[fields.count - 1].isEmpty {
                guard fields[fields.count - 1].count < longestColumnName else { return nil }
                fields[fields.count - 1].append(byte)
            }
        }
        if separator == spaces, fields[fields.count - 1].isEmpty { fields.removeLast() }  // spaces ending the line
        return columns(named: fields)
    }

    /// The columns `names` make as a header's: nil unless there are two or more, each of at most
    /// four words (`social security number`, `date of birth`; more is prose).
    static func columns(named names: [[UInt8]]) -> [TableColumn]? {
        guard names.count > 1, names.allSatisfy({ words($0) <= 4 }) else { return nil }
        return names.map(TableColumn.init(name:))
    }

    static let longestColumnName = 40

    /// Whether the line from `lineStart` to `end` is a row of a report aligned with spaces: at
    /// most ``longestSpacedLine`` bytes, no comma, tab or `;`, and a run of two or more spaces
    /// between two cells.
    static func isSpacedRow(_ text: ScanText, _ lineStart: Int, end: Int) -> Bool {
        guard end - lineStart <= longestSpacedLine else { return false }
        var position = lineStart
        while text[position] == 0x20 { position += 1 }
        var runs = false
        while position < end {
            let byte = text[position]
            if byte == comma || byte == tab || byte == semicolon { return false }
            if byte == 0x20, text[position + 1] == 0x20, position + 2 < end {
                var next = position + 2
                while text[next] == 0x20 { next += 1 }
                runs = runs || (next < end && text[next] != 0x0D)
            }
            position += 1
        }
        return runs
    }

    /// The runs of two or more spaces after a cell's text from `lineStart` up to `end` (a
    /// report aligned with spaces: indentation before the first cell separates nothing).
    static func spacedSeparators(_ text: ScanText, from lineStart: Int, to end: Int) -> Int {
        var count = 0
        var position = lineStart
        while text[position] == 0x20, position < end { position += 1 }
        while position < end {
            if text[position] == 0x20, text[position + 1] == 0x20 {
                while text[position] == 0x20, position < end { position += 1 }
                // Spaces ending the line separate nothing.
                if position < end || (text[position] != 0x0A && text[position] != 0x0D && position < text.count) { count += 1 }
            } else {
                position += 1
            }
        }
        return count
    }

    /// The words (runs of non-spaces) in `name`.
    static func words(_ name: [UInt8]) -> Int {
        var count = 0
        var inWord = false
        for byte in name {
            if byte == 0x20 {
                inWord = false
            } else if !inWord {
                inWord = true
                count += 1
            }
        }
        return count
    }
}
