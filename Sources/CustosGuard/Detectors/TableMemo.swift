// SPDX-License-Identifier: Apache-2.0

/// What the table lookups of one scan have read, so that each header, block and row is read
/// once however many values sit in it.
struct TableMemo {
    /// Headers read so far: a delimited block's by the start of its header line, an SQL
    /// INSERT's by the negated position of its `VALUES` (nil: there is none).
    var headers = [Int: [TableColumn]?]()
    /// HTML tables' header rows read so far, by the position of their `<tr` (``TableHeaders/htmlColumn(_:_:)``).
    var htmlHeaders = [Int: [TableColumn]?]()
    /// The block start of each line asked about, by `6 × line start + (0 CSV, 1 pipe, 2 TSV, 3 `;`, 4 spaces, 5 `&`)`.
    var blockStarts = [Int: Int]()
    /// The current row: its separator, the separators counted up to `position` (and whether
    /// that is inside a quoted field), and those in the whole line (-1: not counted yet).
    private var row = (line: -1, separator: TableHeaders.comma, position: 0, before: 0, quoted: false, inLine: -1)

    /// The separator of the row starting at `lineStart`: `|` when the line starts with one, a tab
    /// when it holds one, else a comma; the line is read once per row.
    mutating func separator(ofRowAt lineStart: Int, _ text: ScanText) -> UInt8 {
        if row.line == lineStart { return row.separator }
        var first = lineStart
        while text[first] == 0x20 { first += 1 }
        var separator = TableHeaders.comma
        if text[first] == TableHeaders.pipe {
            separator = TableHeaders.pipe
        } else {
            // A tab wherever it stands; else `;` on a line without a comma (a spreadsheet saved
            // where `,` is the decimal mark); else `,`.
            var position = lineStart
            var semicolons = false
            var ampersands = false
            var pipes = false
            var pipeCount = 0
            var commaCount = 0
            while position < text.count, text[position] != 0x0A {
                if text[position] == TableHeaders.tab {
                    separator = TableHeaders.tab
                    break
                }
                semicolons = semicolons || text[position] == TableHeaders.semicolon
                ampersands = ampersands || text[position] == TableHeaders.ampersand
                pipes = pipes || (text[position] == TableHeaders.pipe && text[position - 1] == 0x20 && text[position + 1] == 0x20)
                if text[position] == TableHeaders.pipe { pipeCount += 1 }
                if text[position] == TableHeaders.comma { commaCount += 1 }
                position += 1
            }
            if separator != TableHeaders.tab, ampersands, TableHeaders.endsLaTeXRow(text, lineEnd: position) {
                separator = TableHeaders.ampersand
            } else if separator != TableHeaders.tab, (pipes && commaCount == 0) || (pipeCount >= 2 && pipeCount > commaCount) {
                // A query's output (`psql`): cells between ` | ` with no pipe opening the line;
                // or an export whose cells `|` separates, a comma inside one (`38873|REED, LAURA|…`).
                separator = TableHeaders.pipe
            } else if separator != TableHeaders.tab, semicolons, commaCount == 0 {
                separator = TableHeaders.semicolon
            }
            if separator == TableHeaders.comma, commaCount == 0, TableHeaders.isSpacedRow(text, lineStart, end: position) {
                separator = TableHeaders.spaces
            }
        }
        row = (lineStart, separator, lineStart, 0, false, -1)
        return separator
    }

    /// The separators from `lineStart` up to `index` on one line, outside CSV's quoted fields
    /// (`"Smith, John"` is one cell); asked in text order along a row, it counts each byte once.
    mutating func separators(in text: ScanText, from lineStart: Int, to index: Int, _ separator: UInt8) -> Int {
        // A row aligned with spaces is short (``TableHeaders/longestSpacedLine``): counted whole.
        if separator == TableHeaders.spaces { return TableHeaders.spacedSeparators(text, from: lineStart, to: index) }
        if row.line != lineStart || index < row.position {
            row = (lineStart, separator, lineStart, 0, false, row.line == lineStart ? row.inLine : -1)
        }
        for position in row.position..<index {
            let byte = text[position]
            if byte == separator, !row.quoted { row.before += 1 } else if byte == 0x22, separator == TableHeaders.comma { row.quoted.toggle() }
        }
        row.position = index
        return row.before
    }

    /// The separators in the whole line starting at `lineStart` (outside quoted fields),
    /// counted once per row.
    mutating func separators(inLineFrom lineStart: Int, _ text: ScanText, _ separator: UInt8) -> Int {
        if row.line == lineStart, row.inLine >= 0 { return row.inLine }
        if separator == TableHeaders.spaces {
            var end = lineStart
            while end < text.count, text[end] != 0x0A { end += 1 }
            let count = TableHeaders.spacedSeparators(text, from: lineStart, to: end)
            if row.line == lineStart { row.inLine = count }
            return count
        }
        var count = 0
        var quoted = false
        var position = lineStart
        while position < text.count, text[position] != 0x0A {
            let byte = text[position]
            if byte == separator, !quoted { count += 1 } else if byte == 0x22, separator == TableHeaders.comma { quoted.toggle() }
            position += 1
        }
        if row.line == lineStart { row.inLine = count }
        return count
    }
}
