// SPDX-License-Identifier: Apache-2.0

/// U.S. street addresses, read by their grammar rather than matched by a pattern: anchored on a
/// state and ZIP code (`VA 22030`, `Virginia 22030-1234`), a city before it (capitalised words after
/// a comma or a line break), and before that a street line that starts with a building number
/// followed by a capitalised name (`1231 Lee Hollow Apt. 220`). A city or state alone is not an
/// address, and neither is a number followed by lowercase words ("3 kids").
enum AddressDetector {
    static let stateCodes: Set<[UInt8]> = Set(
        [
            "AL", "AK", "AZ", "AR", "CA", "CO", "CT", "DE", "FL", "GA", "HI", "ID", "IL", "IN", "IA", "KS", "KY", "LA", "ME", "MD", "MA", "MI",
            "MN", "MS", "MO", "MT", "NE", "NV", "NH", "NJ", "NM", "NY", "NC", "ND", "OH", "OK", "OR", "PA", "RI", "SC", "SD", "TN", "TX", "UT",
            "VT", "VA", "WA", "WV", "WI", "WY", "DC", "PR", "GU", "VI", "AS", "MP", "AA", "AE", "AP",
        ].map { [UInt8]($0.utf8) }
    )

    static let stateNames: [[UInt8]] = [
        "Alabama", "Alaska", "Arizona", "Arkansas", "California", "Colorado", "Connecticut", "Delaware", "Florida", "Georgia", "Hawaii",
        "Idaho", "Illinois", "Indiana", "Iowa", "Kansas", "Kentucky", "Louisiana", "Maine", "Maryland", "Massachusetts", "Michigan",
        "Minnesota", "Mississippi", "Missouri", "Montana", "Nebraska", "Nevada", "New Hampshire", "New Jersey", "New Mexico", "New York",
        "North Carolina", "North Dakota", "Ohio", "Oklahoma", "Oregon", "Pennsylvania", "Rhode Island", "South Carolina", "South Dakota",
        "Tennessee", "Texas", "Utah", "Vermont", "Virginia", "Washington", "West Virginia", "Wisconsin", "Wyoming", "District of Columbia",
    ].map { [UInt8]($0.utf8) }

    /// At a capital letter: the address whose state starts here, if there is one.
    static func address(_ text: ScanText, _ index: Int) -> Finding? {
        guard let stateEnd = state(text, index), text[stateEnd] == 0x20, let zipEnd = zip(text, stateEnd + 1) else { return nil }
        // The city: capitalised words between the state and a comma or line break before it.
        var position = index - 1
        guard text[position] == 0x20 else { return nil }
        position -= 1
        if text[position] == 0x2C { position -= 1 }
        let cityEnd = position + 1
        while position >= 0, cityEnd - position <= 48,
            Bytes.isLetter(text[position]) || text[position] == 0x20 || text[position] == 0x2E || text[position] == 0x27
                || text[position] == 0x2D
        {
            position -= 1
        }
        var cityStart = position + 1
        while text[cityStart] == 0x20 { cityStart += 1 }
        guard cityStart < cityEnd, Bytes.isUpper(text[cityStart]), position >= 0 else { return nil }
        // The separator between the street line and the city.
        let separator = text[position]
        guard separator == 0x2C || separator == 0x0A else { return nil }
        let streetEnd = separator == 0x0A && text[position - 1] == 0x2C ? position - 1 : position
        // The street line: back to a comma, line break or other punctuation, at most 80 bytes.
        var streetStart = streetEnd
        while streetStart > max(0, streetEnd - 80), isStreetByte(text[streetStart - 1]), !sentenceEnds(text, streetStart - 1) { streetStart -= 1 }
        guard let start = buildingNumber(text, from: streetStart, to: streetEnd) else { return nil }
        return Finding(kind: .streetAddress, range: start..<zipEnd)
    }

    /// Abbreviations a street line writes with a dot before a capital (`St. Louis`, `N. Main`).
    static let abbreviations: Set<[UInt8]> = Set(
        ["st", "ave", "blvd", "rd", "dr", "ln", "ct", "mt", "ft", "n", "s", "e", "w", "ne", "nw", "se", "sw", "apt", "ste", "no"].map {
            [UInt8]($0.utf8)
        }
    )

    /// Whether the `.` at `index` ends a sentence: followed by a space and a capital, and not
    /// closing a street abbreviation.
    static func sentenceEnds(_ text: ScanText, _ index: Int) -> Bool {
        guard text[index] == 0x2E, text[index + 1] == 0x20, Bytes.isUpper(text[index + 2]) else { return false }
        var wordStart = index
        while wordStart > 0, Bytes.isLetter(text[wordStart - 1]) { wordStart -= 1 }
        let word = (wordStart..<index).map { Bytes.lower(text[$0]) }
        return !abbreviations.contains(word)
    }

    static func isStreetByte(_ b: UInt8) -> Bool {
        Bytes.isAlnum(b) || b == 0x20 || b == 0x2E || b == 0x23 || b == 0x27 || b == 0x2D || b == 0x2F
    }

    /// The last building number in the street segment that is followed by a capitalised word:
    /// the segment may begin with prose that has numbers of its own ("born 30 Aug 1944 and
    /// living at 53003 John Harbor Suite 494").
    static func buildingNumber(_ text: ScanText, from start: Int, to end: Int) -> Int? {
        var position = start
        var found: Int?
        while position < end {
            if Bytes.isDigit(text[position]), text.startsWord(position) {
                let run = text.digitRun(position)
                var after = position + run
                if Bytes.isUpper(text[after]), !Bytes.isLetter(text[after + 1]) { after += 1 }  // 12B
                if (1...6).contains(run), text[after] == 0x20, Bytes.isUpper(text[after + 1]) || Bytes.isDigit(text[after + 1]) {
                    found = position
                }
                position += run
            }
            position += 1
        }
        return found
    }

    /// Two-letter codes as a 26×26 table, indexed by the letters.
    static let codeTable: [Bool] = {
        var table = [Bool](repeating: false, count: 26 * 26)
        for code in stateCodes { table[Int(code[0] - 0x41) * 26 + Int(code[1] - 0x41)] = true }
        return table
    }()

    static func state(_ text: ScanText, _ index: Int) -> Int? {
        let second = text[index + 1]
        if Bytes.isUpper(second) {
            guard text[index + 2] == 0x20, codeTable[Int(text[index] - 0x41) * 26 + Int(second - 0x41)] else { return nil }
            return index + 2
        }
        // A state's name is followed, within its longest length, by a space and five digits.
        var probe = index + 4
        var zipAhead = false
        while probe < index + 22, probe < text.count {
            if text[probe] == 0x20, text.digitRun(probe + 1) == 5 {
                zipAhead = true
                break
            }
            guard Bytes.isLetter(text[probe]) || text[probe] == 0x20 else { return nil }
            probe += 1
        }
        guard zipAhead else { return nil }
        for name in stateNames where name[0] == text[index] && text.has(name, at: index) && !Bytes.isLetter(text[index + name.count]) {
            return index + name.count
        }
        return nil
    }

    /// `12345` or `12345-6789`, ending the number.
    static func zip(_ text: ScanText, _ index: Int) -> Int? {
        guard text.digitRun(index) == 5 else { return nil }
        var end = index + 5
        if text[end] == 0x2D, text.digitRun(end + 1) == 4 { end += 5 }
        guard !Bytes.isAlnum(text[end]), !(text[end] == 0x2D && Bytes.isDigit(text[end + 1])) else { return nil }
        return end
    }
}
