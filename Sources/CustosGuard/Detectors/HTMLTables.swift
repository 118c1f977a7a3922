// SPDX-License-Identifier: Apache-2.0

extension TableHeaders {
    /// For a value filling an HTML table's cell (`<td>123-45-6789</td>`), the column its header
    /// names: the nearest row before the value's row whose cells are `<th>`, else the table's
    /// first row. The value's row is read back to its `<tr>`, counting the cells opened on the
    /// way; the header row must start within ``SensitiveDataScanner/longestLookBehind`` bytes
    /// before the value, so a stream judges the value as the whole text does.
    static func htmlColumn(_ text: ScanText, _ index: Int) -> TableColumn? {
        guard text[index - 1] == 0x3E else { return nil }
        let floor = max(0, index - SensitiveDataScanner.longestLookBehind)
        // Back to the row's `<tr`: the cells opened after it are the value's column and those before.
        var cells = 0
        var position = index - 1
        var rowStart = -1
        while position >= floor {
            if text[position] == 0x3C {
                if isTag(text, position, td) || isTag(text, position, th) {
                    cells += 1
                } else if isTag(text, position, tr) {
                    rowStart = position
                    break
                } else if isTag(text, position, table) {
                    return nil
                }
            }
            position -= 1
        }
        guard rowStart >= 0, cells > 0, let headerStart = htmlHeaderRow(text, before: rowStart, floor: floor) else { return nil }
        let columns: [TableColumn]?
        if let cached = text.tables.htmlHeaders[headerStart] {
            columns = cached
        } else {
            columns = htmlHeaderCells(text, headerStart, before: rowStart)
            text.tables.htmlHeaders.updateValue(columns, forKey: headerStart)
        }
        guard let columns, cells - 1 < columns.count else { return nil }
        return columns[cells - 1]
    }

    /// The `<tr` of the header row for the row at `rowStart`: the nearest row before it holding a
    /// `<th>` cell, else the first row after the table's `<table`; nil when neither starts at or
    /// after `floor`.
    static func htmlHeaderRow(_ text: ScanText, before rowStart: Int, floor: Int) -> Int? {
        var position = rowStart - 1
        var headerCell = false
        var firstRow: Int?
        while position >= floor {
            if text[position] == 0x3C {
                if isTag(text, position, th) {
                    headerCell = true
                } else if isTag(text, position, tr) {
                    if headerCell { return position }
                    firstRow = position
                } else if isTag(text, position, table) {
                    return firstRow
                }
            }
            position -= 1
        }
        return nil
    }

    /// The columns the cells of the row at `rowStart` name (each cell's text up to its next
    /// tag), read up to `limit`; nil unless they are a header's (``fields(_:_:_:)``'s rules: two
    /// or more, no digits, short names).
    static func htmlHeaderCells(_ text: ScanText, _ rowStart: Int, before limit: Int) -> [TableColumn]? {
        var names: [[UInt8]] = []
        var position = rowStart + 1
        while position < limit {
            guard text[position] == 0x3C else {
                position += 1
                continue
            }
            if text[position + 1] == 0x2F, text.matches(tr, at: position + 2) { break }
            guard isTag(text, position, th) || isTag(text, position, td) else {
                position += 1
                continue
            }
            while position < limit, text[position] != 0x3E { position += 1 }
            position += 1
            var name: [UInt8] = []
            while position < limit, text[position] != 0x3C {
                let byte = text[position]
                if Bytes.isDigit(byte) || name.count >= longestColumnName { return nil }
                if byte != 0x20 || !name.isEmpty { name.append(byte) }
                position += 1
            }
            while name.last == 0x20 { name.removeLast() }
            names.append(name)
        }
        return columns(named: names)
    }

    /// Whether an opening tag named `name` (lowercase, any case in the text) starts at `index`:
    /// `<td>` or `<td class="x">`, not `<thead>`.
    @inline(__always) static func isTag(_ text: ScanText, _ index: Int, _ name: [UInt8]) -> Bool {
        guard text.matches(name, at: index + 1) else { return false }
        let after = text[index + 1 + name.count]
        return after == 0x3E || after == 0x20
    }

    static let td = [UInt8]("td".utf8)
    static let th = [UInt8]("th".utf8)
    static let tr = [UInt8]("tr".utf8)
    static let table = [UInt8]("table".utf8)
}
