// SPDX-License-Identifier: Apache-2.0

/// An airline booking's travel document line, as reservation systems print it (IATA's `SSR
/// DOCS`): `SSR DOCS YY HK1/P/USA/455746953/USA/1962-04-10/M/…`, its fields parted by `/`: the
/// document's type (`P`, a passport), its issuing country, its number, the holder's
/// nationality, their date of birth, and on. No label stands at the values: their places in the
/// line name them.
enum TravelDocuments {
    /// What the field at `value` holds in a `DOCS` line: `.usPassport` for a passport's number
    /// that the United States issued (`P/USA/<number>`), `.dateOfBirth` for the date after the
    /// nationality that follows a document's number; nil elsewhere.
    static func field(_ text: ScanText, _ value: Range<Int>) -> SensitiveKind? {
        let start = value.lowerBound
        guard text[start - 1] == 0x2F, isCountry(text, endingAt: start - 1), text[start - 5] == 0x2F else { return nil }
        let before = start - 5
        // The document's type right before: the value is its number.
        if Bytes.isUpper(text[before - 1]), text[before - 2] == 0x2F {
            guard text[before - 1] == 0x50, text.matches(unitedStates, at: start - 4), docsLine(text, before - 2) else { return nil }
            return .usPassport
        }
        // A document's number before: the value is the holder's date of birth.
        var numberStart = before
        while Bytes.isAlnum(text[numberStart - 1]) { numberStart -= 1 }
        guard numberStart < before, text[numberStart - 1] == 0x2F, isCountry(text, endingAt: numberStart - 1),
            text[numberStart - 5] == 0x2F, Bytes.isUpper(text[numberStart - 6]), text[numberStart - 7] == 0x2F,
            docsLine(text, numberStart - 7)
        else { return nil }
        return .dateOfBirth
    }

    /// Whether three capitals (a country's code) end at `end`.
    static func isCountry(_ text: ScanText, endingAt end: Int) -> Bool {
        Bytes.isUpper(text[end - 1]) && Bytes.isUpper(text[end - 2]) && Bytes.isUpper(text[end - 3])
    }

    /// Whether `DOCS` stands on the line before `index`, within 24 bytes.
    static func docsLine(_ text: ScanText, _ index: Int) -> Bool {
        var position = index - 1
        while position >= max(0, index - 24), text[position] != 0x0A {
            if text.matches(docs, at: position), text.startsWord(position) { return true }
            position -= 1
        }
        return false
    }

    static let docs = [UInt8]("docs".utf8)
    static let unitedStates = [UInt8]("usa".utf8)
}
