// SPDX-License-Identifier: Apache-2.0

extension NumberDetectors {
    /// Whether the nine digits at `index..<end` are the routing number of a check's MICR line,
    /// as a check's bottom edge prints it and people copy it: the routing number, then the
    /// account number (`021000021 4001234567 1001`, `⑆021000021⑆ 4001234567⑈ 1001`), with a
    /// check named shortly before (``checkNamed(before:_:)``) or the routing number between
    /// transit symbols (`⑆021000021⑆`). No label stands at the numbers: their order on the check
    /// is what names them.
    ///
    /// Nine digits after a routing number are its account, even where they would pass as a
    /// routing number themselves.
    static func checkLineRouting(_ text: ScanText, _ index: Int, end: Int) -> Bool {
        let account = afterCheckSeparators(text, end)
        guard account > end, (4...17).contains(text.digitRun(account)), validABA(DigitString(text, index..<end)) else { return false }
        // Between two transit symbols the field is the routing number's, a check named or not.
        if isTransitSymbol(text, index - 3), isTransitSymbol(text, end) { return true }
        if let earlier = nineDigits(endingAt: beforeCheckSeparators(text, index), text), earlier.upperBound < index,
            validABA(DigitString(text, earlier))
        {
            return false
        }
        return checkNamed(before: text, index)
    }

    /// The nine digits ending at `end`, a number of its own; nil when the digits there are not
    /// nine.
    static func nineDigits(endingAt end: Int, _ text: ScanText) -> Range<Int>? {
        var start = end
        while Bytes.isDigit(text[start - 1]) { start -= 1 }
        return end - start == 9 && !Bytes.isAlnum(text[start - 1]) ? start..<end : nil
    }

    /// Whether the digits at `index` are the account number after a check line's routing
    /// number (``checkLineRouting(_:_:end:)``).
    static func checkLineAccount(_ text: ScanText, _ index: Int) -> Bool {
        let routingEnd = beforeCheckSeparators(text, index)
        guard routingEnd < index, let routing = nineDigits(endingAt: routingEnd, text) else { return false }
        return checkLineRouting(text, routing.lowerBound, end: routing.upperBound)
    }

    /// Whether `check`, `cheque` or `MICR` (any case, opening a word: `checks`, `checkbook`)
    /// stands within ``checkReach`` bytes before `index`.
    static func checkNamed(before text: ScanText, _ index: Int) -> Bool {
        var position = index - 4
        while position >= max(0, index - checkReach) {
            if text[position] | 0x20 == 0x63 || text[position] | 0x20 == 0x6D, text.startsWord(position),
                checkWords.contains(where: { text.matches($0, at: position) })
            {
                return true
            }
            position -= 1
        }
        return false
    }

    /// How far before a check line's routing number the check is named (``checkNamed(before:_:)``).
    static let checkReach = 160

    static let checkWords = [[UInt8]](words: "check", "cheque", "micr")

    /// Past the spaces and MICR symbols (transit `⑆`, on-us `⑈`, amount `⑇`, dash `⑉`: U+2446 to
    /// U+2449) from `index`.
    static func afterCheckSeparators(_ text: ScanText, _ index: Int) -> Int {
        var position = index
        while true {
            if text[position] == 0x20 {
                position += 1
            } else if isCheckSymbol(text, position) {
                position += 3
            } else {
                return position
            }
        }
    }

    /// Back over the spaces and MICR symbols before `index`: where they start.
    static func beforeCheckSeparators(_ text: ScanText, _ index: Int) -> Int {
        var position = index
        while true {
            if text[position - 1] == 0x20 {
                position -= 1
            } else if position >= 3, isCheckSymbol(text, position - 3) {
                position -= 3
            } else {
                return position
            }
        }
    }

    /// Whether the MICR transit symbol `⑆` (U+2446, `E2 91 86`), which opens and closes a check's
    /// routing field, starts at `index`.
    @inline(__always) static func isTransitSymbol(_ text: ScanText, _ index: Int) -> Bool {
        text[index] == 0xE2 && text[index + 1] == 0x91 && text[index + 2] == 0x86
    }

    /// Whether a MICR symbol (U+2446 to U+2449, `E2 91 86` to `E2 91 89` in UTF-8) starts at `index`.
    @inline(__always) static func isCheckSymbol(_ text: ScanText, _ index: Int) -> Bool {
        text[index] == 0xE2 && text[index + 1] == 0x91 && (0x86...0x89).contains(text[index + 2])
    }
}
